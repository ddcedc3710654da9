# cat: files, stdin, -n, -b, -E, errors
printf 'one\ntwo\n\nfour' > a.txt
printf 'x\ny\n' > b.txt
cat a.txt
echo
cat a.txt b.txt
cat -n b.txt a.txt
echo
cat -b a.txt
echo
cat -E b.txt
echo piped | cat
echo piped | cat b.txt - b.txt
cat nope.txt b.txt
echo $?
mkdir d; cat d
cat -z a.txt
cat --number b.txt
