# head, tail, wc: counts, signs, several files, widths
seq 1 20 > n.txt
head n.txt
head -3 n.txt
head -n 2 n.txt
head -n -17 n.txt
head -c 5 n.txt
tail -3 n.txt
tail -n +18 n.txt
tail -c 6 n.txt
printf 'a\nb\n' > ab.txt
head -2 n.txt ab.txt
tail -n1 n.txt ab.txt
head -q -n1 n.txt ab.txt
head nope.txt
tail -n x n.txt
head -n
seq 3 | tail -1
wc n.txt
wc -l n.txt
wc -w -c n.txt
wc n.txt ab.txt
wc -l n.txt nope.txt
echo hello world | wc
echo hello world | wc -c
echo hello world | wc -lw
printf 'no newline' | wc -l
wc < n.txt
mkdir dir; wc dir
printf 'héllo\n' | wc -c
printf 'héllo\n' | wc -m
