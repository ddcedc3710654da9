# if, for, while, until, break, continue
if true; then echo yes; fi
if false; then echo yes; else echo no; fi
if false; then echo one; elif true; then echo two; else echo three; fi
x=5; if [ $x -gt 3 ]; then echo big; fi
if [ -f nofile ]; then echo exists; else echo missing; fi
for i in 1 2 3; do echo "item $i"; done
for f in a b c
do
  echo "$f!"
done
for n in $(seq 1 3); do echo -n "$n "; done; echo
i=0; while [ $i -lt 3 ]; do echo "while $i"; i=$((i+1)); done
i=0; until [ $i -ge 2 ]; do echo "until $i"; i=$((i+1)); done
for i in 1 2 3 4 5; do if [ $i -eq 2 ]; then continue; fi; if [ $i -eq 4 ]; then break; fi; echo $i; done
for a in 1 2; do for b in x y; do if [ $b = y ]; then continue 2; fi; echo $a$b; done; done
for a in 1 2; do for b in x y; do break 2; done; echo never; done; echo out
for x in; do echo never; done; echo empty-list
for i in 1 2 3; do echo $i; done | sort -r
if true; then
  echo multi-line if
fi
while false; do echo never; done; echo $?
break
continue
test 1 -eq 1 && echo eq
[ "a" = "a" ] && echo same
[ "a" != "b" ] && echo differ
[ -z "" ] && [ -n "x" ] && echo zn
[ 2 -lt 10 ] && echo numeric
[ abc -lt 1 ]
echo $?
[ 1 = 1
[ -d . ] && [ ! -f . ] && echo dir
[ 1 -eq 1 -a 2 -eq 2 ] && echo both
[ \( 1 -eq 2 \) -o 3 -eq 3 ] && echo either
