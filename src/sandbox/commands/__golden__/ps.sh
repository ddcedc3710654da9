kubectl create deployment web --image=nginx:1.27 --replicas=2
sleep 30
ps -ef
ssh node01
ps aux
ps aux | grep kubelet
systemctl stop kubelet
ps -ef | grep -c kubelet
exit
