# The CKA's kubeadm upgrade on a v1.34.3 cluster with pkgs.k8s.io packages: the plan an old kubeadm
# sees, the skew policy's refusals, kubeadm upgraded from the v1.35 repository, the control plane
# upgraded (static pods restarted with new images, manifests backed up, kubeadm-config updated,
# add-ons rolled), the kubelet upgraded and restarted, then the worker with `kubeadm upgrade node`.
kubectl get nodes
kubectl version
kubeadm upgrade plan
kubeadm upgrade apply v1.35.0 -y
kubeadm upgrade apply v1.34.2 -y
sed -i 's/v1.34/v1.35/' /etc/apt/sources.list.d/kubernetes.list
apt-get update > /dev/null
apt-mark unhold kubeadm && apt-get install -y kubeadm=1.35.0-1.1 > /dev/null && apt-mark hold kubeadm
kubeadm version -o short
kubeadm upgrade plan
kubeadm upgrade apply v1.36.0
kubeadm upgrade apply v1.35.1 -y
kubeadm upgrade apply v1.35.0
kubeadm upgrade apply v1.35.0 -y
kubectl version
kubectl get pods -n kube-system
ls /etc/kubernetes/tmp
grep image: /etc/kubernetes/manifests/kube-apiserver.yaml /etc/kubernetes/tmp/kubeadm-backup-manifests-*/kube-apiserver.yaml
kubectl get cm kubeadm-config -n kube-system -o jsonpath='{.data.ClusterConfiguration}' | grep kubernetesVersion
kubectl get deploy coredns -n kube-system -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
kubectl get ds kube-proxy -n kube-system -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
kubeadm certs check-expiration | grep -E 'apiserver |scheduler'
cat /var/lib/kubelet/kubeadm-flags.env
kubeadm upgrade apply v1.35.0 -y | grep -E 'equal|SUCCESS'
kubectl drain controlplane --ignore-daemonsets
apt-mark unhold kubelet kubectl && apt-get install -y kubelet=1.35.0-1.1 kubectl=1.35.0-1.1 > /dev/null && apt-mark hold kubelet kubectl
kubectl get nodes
systemctl restart kubelet
kubectl get nodes
systemctl daemon-reload
kubectl uncordon controlplane
kubectl version
kubectl drain node01 --ignore-daemonsets
ssh node01
kubeadm upgrade plan
kubeadm version -o short
sed -i 's/v1.34/v1.35/' /etc/apt/sources.list.d/kubernetes.list
apt-get update > /dev/null && apt-get install -y --allow-change-held-packages kubeadm=1.35.0-1.1 > /dev/null
kubeadm upgrade node
apt-get install -y --allow-change-held-packages kubelet=1.35.0-1.1 kubectl=1.35.0-1.1 > /dev/null
systemctl daemon-reload && systemctl restart kubelet
exit
kubectl uncordon node01
kubectl get nodes
kubeadm upgrade plan
kubectl delete cm kubeadm-config -n kube-system
kubeadm certs check-expiration | head -3
kubeadm upgrade apply v1.35.2 -y
