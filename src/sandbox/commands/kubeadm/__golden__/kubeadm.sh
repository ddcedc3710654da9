kubeadm version
kubeadm version -o short
kubeadm version -o json
kubeadm certs check-expiration
kubeadm token list
kubeadm token create --print-join-command
kubeadm token create abcdef.0123456789abcdef --ttl 2h --description "for node03"
kubeadm token list
kubectl -n kube-system get secret bootstrap-token-abcdef -o yaml
kubeadm token create abcdef.0123456789abcdef
sleep 3h
kubeadm token list
kubeadm token delete abcdef
kubeadm token generate
sleep 2d
kubeadm certs check-expiration
kubeadm certs renew apiserver
kubeadm certs renew foo
kubeadm certs renew all
kubeadm certs check-expiration
openssl verify -CAfile /etc/kubernetes/pki/ca.crt /etc/kubernetes/pki/apiserver.crt
KUBECONFIG=/etc/kubernetes/admin.conf kubectl get nodes
kubeadm upgrade plan
kubeadm foo
ssh node01
kubeadm version -o short
kubeadm token list
kubeadm certs check-expiration
exit
