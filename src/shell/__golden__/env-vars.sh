# Variables, export, unset, env, printenv, FOO=bar cmd
FOO=bar
echo $FOO
printenv FOO; echo $?
export FOO
printenv FOO
export BAZ="two words"
printenv BAZ
env | grep -E '^(FOO|BAZ)='
ONE=1 printenv ONE
echo "[$ONE]"
ONE=1 TWO=2 env | grep -E '^(ONE|TWO)='
export -n FOO; printenv FOO; echo $?
unset BAZ; printenv BAZ; echo $?
export 1bad=x
export =x
unset 1bad
export -p | grep -E 'FOO|QUOTED' # virtual: the real environment differs
export QUOTED='say "hi" $x `y` \z'
export -p | grep QUOTED
v=$(echo "a  b"); export W=$v; printenv W
export A=1 B=2; echo $A$B
env -u A | grep -c '^A='
env -i X=1 printenv
env nosuchcmd
env X=5 sh -c 'echo $X'
x=1; bash -c 'echo "[$x]"'
export x; bash -c 'echo "[$x]"'
s=kubernetes; echo ${s:0:4} ${s:4} ${s: -3} ${s:1:-2} ${s:20}
env # virtual: the environment of the simulated host
printenv HOME USER SHELL # virtual: the environment of the simulated host
