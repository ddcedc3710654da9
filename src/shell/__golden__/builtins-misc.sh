# which, type, history, date, sleep, clear, exit and friends
which ls cat
which cd; echo $?
which nosuch; echo $?
which kubectl # virtual: kubectl is registered by the cluster layer
type cd ls echo if
type nosuch; echo $?
type -t cd ls if
type kubectl # virtual: kubectl is registered by the cluster layer
history # virtual: the real session history differs
history 2 # virtual: the real session history differs
date # virtual: the simulated clock
date +%s # virtual: the simulated clock
sleep 90; date '+%F %T' # virtual: sleep advances the simulated clock
sleep 1m 30s; date -u +%H:%M:%S # virtual: the simulated clock
date -d @0
date -u -d @86399 '+%Y-%m-%d %H:%M:%S %a %b %e %j %Z %z'
date -d 2026-01-02T03:04:05Z '+%A %B %d %y %I %p %s'
sleep x
sleep
clear # virtual: raw escape codes
basename /etc/kubernetes/manifests/etcd.yaml .yaml
basename /a/b/
dirname /etc/kubernetes/manifests/etcd.yaml
dirname file
hostname # virtual: the simulated host name
whoami # virtual: the simulated user
echo 'echo sourced $1' > script.sh; source script.sh arg
. ./script.sh dot
source nope.sh
bash script.sh viabash
chmod +x script.sh; ./script.sh direct
./nope.sh
./
sh -c 'echo inner; exit 4'; echo $?
true; echo $?
false; echo $?
(exit 300); echo $?
exit 1 2
echo still here
exit 5 # virtual: ends the transcript
