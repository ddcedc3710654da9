# Pipelines, lists, exit codes, negation, subshells and groups
echo one two three | wc -w
printf 'c\nb\na\n' | sort | head -2
true && echo and-ran || echo or-ran
false && echo and-ran || echo or-ran
false; echo "status $?"
true; echo "status $?"
! true; echo $?
! false; echo $?
false | true; echo $?
true | false; echo $?
nosuchcommand; echo $?
nosuchcommand 2>/dev/null || echo fallback
echo a; echo b ; echo c;
(cd /; pwd); pwd
x=outer; (x=inner; echo $x); echo $x
{ echo in-group; echo second; } | wc -l
echo piped | (read_it() { :; }; cat) 2>/dev/null || echo fine
echo start &&
echo continued
echo left |
tr a-z A-Z
echo a || echo b && echo c
(exit 7); echo $?
false || (exit 3); echo $?
