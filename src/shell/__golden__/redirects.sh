# Output and input redirection, descriptors, /dev/null
echo first > out.txt
echo second >> out.txt
cat out.txt
cat < out.txt
wc -l < out.txt
echo replaced > out.txt; cat out.txt
cat missing.txt 2> err.txt; cat err.txt
cat missing.txt 2>/dev/null; echo "status $?"
cat missing.txt > both.txt 2>&1; cat both.txt
cat out.txt missing.txt &> all.txt; cat all.txt
cat out.txt missing.txt > only-out.txt; cat only-out.txt
cat missing.txt 2>&1 | wc -l
cat missing.txt 2>&1 >/dev/null | tr a-z A-Z
echo to-stderr >&2
echo to-stderr 1>&2 2>/dev/null
echo visible 2>&1 >/dev/null
tr a-z A-Z <<< "here string"
cat < missing.txt
echo x > nodir/file.txt
echo x > .
echo data > /dev/null; echo $?
> empty.txt; wc -c empty.txt
echo a > f1 > f2; cat f1; cat f2
cat out.txt > out.txt; wc -c out.txt
echo $((1+1)) >> out.txt; cat out.txt
ls > listing.txt; cat listing.txt
unset nothing; echo x > $nothing
