# sort, uniq, cut, tr
printf 'b 2\na 10\nc 1\na 10\nB 3\n' > s.txt
sort s.txt
sort -r s.txt
sort -n -k2 s.txt
sort -k2,2n -r s.txt
sort -u s.txt
sort -f s.txt
sort -t' ' -k2 s.txt
printf '10\n9\n100\n-1\n' | sort -n
printf '1K\n2M\n3\n' | sort -h
sort nope.txt
sort -k0 s.txt
sort s.txt | uniq
sort s.txt | uniq -c
sort s.txt | uniq -d
sort s.txt | uniq -u
printf 'a\nA\na\n' | uniq -i
cut -d' ' -f2 s.txt
cut -d' ' -f1,2 s.txt | head -2
printf 'a:b:c:d\n' | cut -d: -f2-
printf 'a:b:c:d\n' | cut -d: -f-2
printf 'a:b:c:d\n' | cut -d: -f1,3 --output-delimiter=,
printf 'no delim\n' | cut -d: -f2
printf 'no delim\n' | cut -s -d: -f2
printf 'abcdef\n' | cut -c2-4
printf 'tab\tsep\n' | cut -f2
cut -f x s.txt
cut s.txt
cut -d ab -f1 s.txt
echo hello | tr a-z A-Z
echo hello | tr '[:lower:]' '[:upper:]'
echo hello | tr -d l
echo 'a    b  c' | tr -s ' '
echo hello | tr el ip
echo hello | tr a-y b-z
echo abc | tr -c a x
echo 'a,b,c' | tr , '\n'
echo hello | tr
echo hello | tr a
