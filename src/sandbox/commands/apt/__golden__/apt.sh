# apt and dpkg on a v1.34.3 node: the repository, holds, versions offered before and after the
# repository changes, the refusals (held, unknown version, unknown package, downgrade, a minor
# pkgs.k8s.io does not serve), and the listings.
cat /etc/apt/sources.list.d/kubernetes.list
apt-mark showhold
dpkg -l | grep kube
dpkg -l 'kube*'
dpkg-query -W kubeadm kubelet
apt-cache madison kubeadm
apt-cache policy kubelet
apt-get install -y kubeadm=1.35.0-1.1
sudo sed -i 's/v1.34/v1.35/' /etc/apt/sources.list.d/kubernetes.list
apt-cache madison kubeadm
sudo apt-get update
apt-cache madison kubeadm kubectl cri-tools
apt-get install -y kubeadm=1.35.0-1.1
apt-get install kubeadm=1.35.0-1.1
echo y | apt-get install kubeadm=1.35.0-1.1 --allow-change-held-packages
apt-mark unhold kubeadm kubeadm
apt-get install -y kubeadm=1.35.0-1
apt-get install -y kubeadm=1.35.0-1.1
apt-get install -y kubeadmin
apt-mark hold kubeadm
apt-mark hold kubeadm
apt-get install -y --allow-change-held-packages kubeadm=1.34.3-1.1
apt-get install -y kubelet='1.35.*' kubectl=1.35.1-1.1 --allow-change-held-packages
apt-get install -y kubectl=1.35.0-1.1 --allow-change-held-packages
apt-get install -y kubectl=1.35.0-1.1 --allow-change-held-packages --allow-downgrades
apt list --installed
apt list --upgradable
apt-cache policy kubeadm
sed -i 's/v1.35/v1.99/' /etc/apt/sources.list.d/kubernetes.list
apt-get update
apt update
kubelet --version
