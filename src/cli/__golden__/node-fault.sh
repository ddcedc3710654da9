ssh node01
systemctl status kubelet
systemctl stop kubelet
systemctl is-active kubelet
exit
sleep 60
kubectl get nodes
ssh node01 systemctl start kubelet
sleep 10
kubectl get nodes
