ls -l /etc/kubernetes
ls /etc/kubernetes/manifests /etc/kubernetes/pki
head -20 /etc/kubernetes/manifests/kube-scheduler.yaml
grep -E 'current-context|server:' ~/.kube/config
KUBECONFIG=/nowhere kubectl get pods
