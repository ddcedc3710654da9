# Parameters, defaults, lengths, patterns, command substitution, arithmetic, tilde, globs
name=world; echo "hello $name" hello${name}s $name_x "${name}_x"
unset missing; echo [${missing}] [${missing:-default}] [${missing-dash}] [${missing:+alt}] [${name:+alt}]
empty=; echo [${empty:-d}] [${empty-d}] [${empty:=set}] [$empty]
echo ${#name} ${#missing}
file=/etc/kubernetes/manifests/etcd.yaml
echo ${file##*/} ${file#*/} ${file%.yaml} ${file%%/*}x ${file/etc/ETC} ${file//e/E}
echo ${missing:?is required}
echo $?
echo "$(echo nested "$(echo deeper)")" `echo back` "$(printf 'a\n\n\n')"
x=$(false); echo $?
echo $((1 + 2 * 3)) $(( (1 + 2) * 3 )) $((7 / 2)) $((7 % 3)) $((2 ** 10)) $((-5 + 2)) $((3 > 2)) $((1 && 0))
i=5; echo $((i++)) $i $((++i)) $((i += 10)) $i
echo $((1 / 0))
echo ~ ~/sub ~root "~" '~' x~
spaced="a   b    c"; echo $spaced; echo "$spaced"
for w in $spaced; do echo "[$w]"; done
touch b.txt a.txt c.log .hidden
echo *.txt; echo *.none; echo "*.txt"; echo \*.txt; echo ?.log; echo [ab].txt; echo .*
echo */ nomatch/*
mkdir -p dir/sub && touch dir/x.txt dir/sub/y.txt && echo dir/*.txt dir/*/*.txt
pattern='*.txt'; echo $pattern "$pattern"
echo $? $$ > /dev/null; echo ok
echo ${%}
echo ${x y}
