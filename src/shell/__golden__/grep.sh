# grep: regex flavours, flags, context, recursion, exit codes
printf 'apple pie\nBanana split\ncherry tart\napple juice\ngrape\n' > fruit.txt
grep apple fruit.txt
grep -i banana fruit.txt
grep -v apple fruit.txt
grep -c apple fruit.txt
grep -n a fruit.txt
grep -o 'ap*le' fruit.txt
grep -w pie fruit.txt
grep -w pi fruit.txt; echo $?
grep -x grape fruit.txt
grep -E 'pie|tart' fruit.txt
grep 'pie\|tart' fruit.txt
grep -e apple -e grape fruit.txt
grep -F 'a.' fruit.txt; echo $?
grep 'a.' fruit.txt
grep '^[a-c]' fruit.txt
grep '[[:upper:]]' fruit.txt
grep 'p\{2\}' fruit.txt
grep -E 'p{2}' fruit.txt
grep 'e$' fruit.txt
grep -l apple fruit.txt
grep -q apple fruit.txt && echo found
grep nothing fruit.txt; echo $?
grep apple nope.txt; echo $?
grep -s apple nope.txt; echo $?
printf 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n' > n.txt
grep -A1 two n.txt
grep -B2 four n.txt
grep -C1 -n six n.txt
grep -A1 -e two -e six n.txt
grep -m2 e n.txt
mkdir -p sub/deep && echo 'apple in sub' > sub/deep/f.txt
grep -r apple sub
grep -rn apple .
grep apple sub
grep apple fruit.txt sub/deep/f.txt
grep -h apple fruit.txt sub/deep/f.txt
grep -c apple fruit.txt n.txt
echo 'piped apple' | grep apple
echo 'piped apple' | grep -H apple
grep 'a(' fruit.txt
grep -E 'a(' fruit.txt
grep '[a' fruit.txt
grep
grep -Z
grep -E '(ap)+' fruit.txt
grep -i 'APPLE PIE' fruit.txt
