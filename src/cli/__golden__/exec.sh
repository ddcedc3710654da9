kubectl create deployment web --image=nginx
kubectl expose deployment web --port=80
kubectl run client --image=busybox -- sleep 3600
sleep 20
kubectl exec -it client -- sh
ls /
hostname
wget -qO- web | grep title
nslookup web.default.svc.cluster.local
cd /tmp
pwd
exit
kubectl exec -it deploy/web -- bash
ls /
curl -s web | head -4
exit 3
echo $?
kubectl run tmp --image=busybox -it --rm --restart=Never -- sh
cat /etc/resolv.conf
exit
kubectl get pod tmp
