kubectl create deployment web --image=nginx:1.27 --replicas=2
kubectl run crash --image=busybox -- sh -c 'echo starting; echo boom >&2; exit 1'
sleep 90
kubectl get pods -o wide
crictl ps
crictl pods --name etcd
crictl ps --name 'kube-(apiserver|scheduler)' -q
ssh node02
crictl ps -a --name crash
crictl ps -a --pod $(crictl pods -q --name crash)
crictl logs $(crictl ps -a -q --name crash --latest)
crictl logs --tail 1 $(crictl ps -a -q --name crash --latest | cut -c1-5)
crictl pods
crictl pods --namespace default -q
crictl images
crictl images nginx:1.27
crictl inspect $(crictl ps -a -q --name crash --latest)
systemctl stop kubelet
sleep 5m
crictl ps
crictl ps -a -n 2
crictl version
crictl logs nope
crictl ps --state bogus
crictl rmi nginx
exit
