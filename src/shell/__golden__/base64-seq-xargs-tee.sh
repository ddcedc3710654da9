# base64, seq, xargs, tee
echo hello | base64
echo -n hello | base64
printf 'x%.0s' $(seq 1 60) | base64
printf 'x%.0s' $(seq 1 60) | base64 -w0; echo
echo aGVsbG8K | base64 -d
echo 'aGVsbG8' | base64 -d; echo " status $?"
echo '!!!' | base64 -d; echo $?
echo héllo | base64
echo aMOpbGxvCg== | base64 -d
echo hello > h.txt; base64 h.txt
base64 nope.txt
seq 3
seq 2 4
seq 1 3 10
seq 5 -2 1
seq -w 8 11
seq -s , 4
seq 1.5 3
seq 5 1
seq x
seq
echo a b c | xargs echo items:
echo a b c | xargs -n1 echo item
printf 'one\ntwo\n' | xargs -I{} echo '<{}>'
printf 'f1 f2\n' | xargs touch && ls f1 f2
echo | xargs echo empty
echo "a'b" | xargs echo
echo x | xargs nosuchcmd; echo $?
echo data | tee t1.txt
cat t1.txt
echo more | tee -a t1.txt t2.txt > /dev/null; cat t1.txt t2.txt
echo x | tee nodir/f.txt; echo $?
