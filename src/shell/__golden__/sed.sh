# sed: substitutions, delimiters, -n and p, addresses, ranges, -i, -E, errors
printf 'one two\nthree four\nfive six\nseven eight\n' > t.txt
sed 's/o/0/' t.txt
sed 's/o/0/g' t.txt
sed 's|e|E|2' t.txt
sed 's#[aeiou]##g' t.txt
sed -n '2p' t.txt
sed -n '/five/p' t.txt
sed -n '2,3p' t.txt
sed -n '$p' t.txt
sed '2d' t.txt
sed '/three/,/five/d' t.txt
sed '1!d' t.txt
sed -n 's/two/2/p' t.txt
sed -e 's/one/1/' -e 's/two/2/' t.txt
sed 's/one/1/; s/three/3/' t.txt
sed 's/\(one\) \(two\)/\2 \1/' t.txt
sed -E 's/(one) (two)/\2-\1/' t.txt
sed 's/o.*/[&]/' t.txt
sed 's/one/&&/' t.txt
sed 's/[a-z]*/\U&/' t.txt
sed '2q' t.txt
sed = t.txt | head -4
sed '1a appended' t.txt | head -3
sed '2i inserted' t.txt | head -3
sed '3c changed' t.txt
sed 'y/abc/xyz/' <<< 'aabbcc'
sed -n '1~2p' t.txt
echo 'path/to/file' | sed 's/\//_/g'
echo 'a.b.c' | sed 's/\./-/g'
echo hello | sed 's/l*/X/g'
sed -i 's/one/ONE/' t.txt && head -1 t.txt
sed -i.bak 's/ONE/uno/' t.txt && head -1 t.txt t.txt.bak
printf 'no newline' | sed 's/no/NO/'
echo
sed 's/a/b' t.txt
sed 'k' t.txt
sed -n '/x/{p;p}' <<< 'x'
sed p nope.txt
sed # virtual: the usage text is not reproduced (help texts are not copied)
