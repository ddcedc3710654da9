ssh node01
hostname
pwd
ls /etc/kubernetes
kubectl get nodes
exit
hostname
ssh node02 'hostname; cat /etc/hostname'
ssh nodeX
echo $?
