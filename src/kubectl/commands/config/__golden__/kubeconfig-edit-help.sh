export KUBECONFIG=/root/kc.yaml
kubectl config set-cluster lab --server=https://10.0.0.10:6443
kubectl config set-credentials jane --token=t
kubectl config set-cluster
kubectl config set-credentials y --auth-provider-arg=nokv
kubectl config set-credentials
kubectl config delete-cluster
kubectl config set clusters.lab
kubectl config set users.jane.x y
kubectl config unset
kubectl config set a b c
echo $?
