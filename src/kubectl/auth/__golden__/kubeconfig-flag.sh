kubectl get pods --kubeconfig=missing.conf
kubectl config view --kubeconfig=missing.conf
kubectl config set-cluster kubernetes --server=https://192.168.1.10:6443 --certificate-authority=/etc/kubernetes/pki/ca.crt --embed-certs --kubeconfig=jane.conf
kubectl config set-credentials bob --token=x --kubeconfig jane.conf
kubectl config delete-user bob --kubeconfig jane.conf
kubectl config set-credentials bob --client-certificate=jane.crt --kubeconfig jane.conf
grep client-certificate: jane.conf
ls -l jane.conf
kubectl get ns default --kubeconfig=/etc/kubernetes/admin.conf
ssh node01
kubectl get nodes
kubectl --kubeconfig /etc/kubernetes/kubelet.conf get nodes
kubectl --kubeconfig /etc/kubernetes/kubelet.conf auth whoami
