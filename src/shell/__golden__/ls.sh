# ls: columns on a terminal, one per line into a pipe, -a -A -1 -d -r -t -S, errors
ls
touch alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega
mkdir dir1 dir2
ls
ls | head -3
ls -1 | tail -2
ls -C | wc -l
touch .hidden
ls -a | head -4
ls -A | head -2
ls -d dir1 .
ls -r | head -2
ls dir1
ls dir1 dir2 alpha
ls nope alpha
echo $?
ls -z
touch 'with space' "it's"
ls
ls -l alpha # virtual: times are the simulated clock
ls -la dir1 # virtual: times are the simulated clock
ls -lh # virtual: times are the simulated clock
