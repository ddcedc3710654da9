# awk: fields, separators, NR/NF, patterns, BEGIN/END, printf, arrays, functions
printf 'alice 30 dev\nbob 25 ops\ncarol 35 dev\n' > people.txt
awk '{print $1}' people.txt
awk '{print $1, $3}' people.txt
awk '{print NR": "$0}' people.txt
awk '{print NF, $NF, $(NF-1)}' people.txt
awk '/dev/ {print $1}' people.txt
awk '$2 > 28' people.txt
awk '$3 == "ops" {print "ops:", $1}' people.txt
awk 'NR==2' people.txt
awk 'BEGIN {print "start"} {sum += $2} END {print "total", sum, "avg", sum/NR}' people.txt
awk -F: '{print $1}' <<< 'root:x:0:0'
awk -F, -v OFS=- '{$1=$1; print}' <<< 'a,b,c'
awk -v name=bob '$1 == name {print $2}' people.txt
awk '{count[$3]++} END {for (k in count) n++; print n, count["dev"]}' people.txt
awk '{printf "%-6s|%4d|%s\n", $1, $2, toupper($3)}' people.txt
awk 'BEGIN {printf "%5.2f %x %c %s\n", 3.14159, 255, 65, "str"}'
awk 'BEGIN {print length("hello"), substr("hello", 2, 3), index("hello", "l")}'
awk 'BEGIN {n = split("a:b:c", parts, ":"); print n, parts[1], parts[3]}'
awk 'BEGIN {s = "aaa"; gsub(/a/, "b", s); print s; t = "x-y-z"; sub(/-/, "+", t); print t}'
awk 'BEGIN {print match("foobar", /ob/), RSTART, RLENGTH}'
awk 'BEGIN {print 1/3, 2^10, 7%3, int(-3.7), 1e20, 0.1+0.2, 100000 * 100000}'
awk 'BEGIN {x = "10"; y = 9; print (x > y), ("10" > "9")}'
awk '{ $2 = $2 * 2; print }' people.txt
awk '{ if ($2 >= 30) print $1, "senior"; else print $1, "junior" }' people.txt
awk 'BEGIN { for (i = 1; i <= 3; i++) printf "%d ", i; print "" }'
awk 'BEGIN { i = 0; while (i < 3) { i++; if (i == 2) continue; print "i=" i } }'
awk 'function double(x) { return x * 2 } BEGIN { print double(21) }'
awk 'NR == 1 { next } { print $1 }' people.txt
awk '{ print $1 > "names.txt" }' people.txt; cat names.txt
awk 'END { print NR }' people.txt
awk '{ print length }' people.txt
echo '  leading   spaces  ' | awk '{print "[" $1 "]", NF}'
echo 'a b c' | awk '{ NF = 2; print }'
echo 'x' | awk '{ $5 = "e"; print; print NF }'
awk 'BEGIN { exit 3 } END { print "end runs" }'; echo $?
awk '/b/,/c/' <<< $'a\nb\nx\nc\nd'
awk '{print $1' people.txt
awk '{print}' nope.txt
