journalctl -u kubelet --no-pager
kubectl run crash --image=busybox --overrides='{"apiVersion":"v1","spec":{"nodeName":"node01"}}' -- sh -c 'exit 1'
kubectl run bad --image=nginx:nope --overrides='{"apiVersion":"v1","spec":{"nodeName":"node01"}}'
sleep 2m
ssh node01
journalctl -u kubelet -n 12 --no-pager
systemctl stop kubelet
sleep 1m
systemctl start kubelet
journalctl -xeu kubelet -n 20
journalctl -u containerd -n 8
journalctl -u kubelet.service -u containerd -n 3
journalctl -u docker
journalctl -n 0
journalctl -z
exit
