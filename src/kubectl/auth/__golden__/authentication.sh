openssl genrsa -out jane.key 2048
openssl req -new -key jane.key -subj "/CN=jane/O=dev" -out jane.csr
openssl x509 -req -in jane.csr -CA /etc/kubernetes/pki/ca.crt -CAkey /etc/kubernetes/pki/ca.key -CAcreateserial -out jane.crt -days 30
kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key
kubectl config set-context jane --cluster=kubernetes --user=jane --namespace=default
kubectl --context=jane get pods
kubectl --context=jane auth whoami
kubectl create role pod-reader --verb=get,list --resource=pods
kubectl create rolebinding jane-read --role=pod-reader --group=dev
kubectl run web --image=nginx
kubectl --context=jane get pods
kubectl --context=jane delete pod web
kubectl --context=jane get pods --as=bob
kubectl get pods --user=jane -n kube-system
kubectl config set-credentials mallory --client-certificate=jane.crt --client-key=/etc/kubernetes/pki/ca.key
kubectl get pods --user=mallory
kubectl config set-credentials eve --client-certificate=/etc/kubernetes/pki/ca.crt --client-key=/etc/kubernetes/pki/ca.key
kubectl get pods --user=eve
kubectl get pods --user=nobody
kubectl config set-credentials half --client-certificate=jane.crt
kubectl get pods --user=half
kubectl create sa ci
kubectl get pods --token=bogus
kubectl config set-credentials ci --token=$(kubectl create token ci --duration=10m)
kubectl auth whoami --user=ci
kubectl get pods --user=ci
kubectl get pods --user=ci --token=bogus
kubectl create rolebinding ci-read --role=pod-reader --serviceaccount=default:ci
kubectl get pods --user=ci
sleep 601
kubectl get pods --user=ci
kubectl get nodes --user=jane
kubectl config set-credentials old --token=abc --username=x
kubectl config set-credentials basic --username=u --password=p
kubectl get pods --user=basic
KUBECONFIG=/etc/kubernetes/kubelet.conf kubectl auth whoami
KUBECONFIG=/etc/kubernetes/kubelet.conf kubectl get pods -n kube-system -l component=etcd
KUBECONFIG=/etc/kubernetes/kubelet.conf kubectl delete pod web
kubectl create secret tls mixed --cert=jane.crt --key=/etc/kubernetes/pki/ca.key --dry-run=client -o name
kubectl create secret tls jane --cert=jane.crt --key=jane.key --dry-run=client -o name
cat <<EOF > csr.yaml
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: jane-self
spec:
  request: $(base64 -w0 jane.csr)
  signerName: kubernetes.io/kube-apiserver-client
  usages: [client auth]
EOF
kubectl --context=jane create -f csr.yaml
kubectl create clusterrole csr-creator --verb=create,get,list,update --resource=certificatesigningrequests,certificatesigningrequests/approval
kubectl create clusterrolebinding jane-csr --clusterrole=csr-creator --user=jane
kubectl --context=jane create -f csr.yaml
kubectl get csr jane-self -o jsonpath='{.spec.username} {.spec.groups}{"\n"}'
kubectl --context=jane certificate approve jane-self
kubectl certificate approve jane-self
kubectl get csr jane-self
kubectl --context=jane auth whoami -o jsonpath='{.status.userInfo.username} {.status.userInfo.groups}'
