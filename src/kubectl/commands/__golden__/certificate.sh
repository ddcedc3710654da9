openssl genrsa -out jane.key 2048
openssl req -new -key jane.key -subj "/CN=jane/O=dev" -out jane.csr
cat <<YAML > jane-csr.yaml
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: jane
spec:
  request: $(base64 -w0 jane.csr)
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 86400
  usages:
  - client auth
YAML
kubectl create -f jane-csr.yaml
kubectl get csr
kubectl describe csr jane
kubectl certificate approve jane
kubectl get csr
kubectl get csr jane -o jsonpath='{.status.conditions[0].reason} {.spec.username} {.spec.groups}{"\n"}'
kubectl get csr jane -o jsonpath='{.status.certificate}' | base64 -d > jane.crt
openssl x509 -in jane.crt -noout -subject -issuer -dates
openssl verify -CAfile /etc/kubernetes/pki/ca.crt jane.crt
kubectl certificate approve jane
kubectl certificate deny jane
kubectl certificate approve nobody
kubectl certificate approve
# A request the signer refuses: server auth is not a client usage.
openssl req -new -key jane.key -subj "/CN=web" -out web.csr
cat <<YAML | kubectl create -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: web
spec:
  request: $(base64 -w0 web.csr)
  signerName: kubernetes.io/kube-apiserver-client
  usages:
  - server auth
YAML
kubectl certificate approve web
kubectl get csr web
kubectl get csr web -o jsonpath='{.status.conditions[1].reason}: {.status.conditions[1].message}{"\n"}'
# Denied, then neither approvable nor signed.
openssl req -new -key jane.key -subj "/CN=bob" -out bob.csr
cat <<YAML | kubectl create -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: bob
spec:
  request: $(base64 -w0 bob.csr)
  signerName: kubernetes.io/kube-apiserver-client
  usages: [digital signature, key encipherment, client auth]
YAML
kubectl certificate deny bob
kubectl certificate approve bob
kubectl get csr bob
# The signer is a field the server selects on (its only one besides the name).
kubectl get csr --field-selector spec.signerName=kubernetes.io/kube-apiserver-client
kubectl get csr --field-selector spec.signerName=kubernetes.io/kubelet-serving
kubectl get csr --field-selector spec.username=jane
# What the API server refuses.
cat <<YAML | kubectl create -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: bad
spec:
  request: $(base64 -w0 jane.key)
  signerName: example
  expirationSeconds: 60
  usages: [client auth, flying]
YAML
cat <<YAML | kubectl create -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: bad
spec:
  request: $(base64 -w0 bob.csr)
YAML
# An hour after the decision, the csrcleaner deletes issued and denied requests.
sleep 3700
kubectl get csr
# A pending request is deleted after a day.
openssl req -new -key jane.key -subj "/CN=late" -out late.csr
cat <<YAML | kubectl create -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: late
spec:
  request: $(base64 -w0 late.csr)
  signerName: example.com/my-signer
  usages: [client auth]
YAML
sleep 86000
kubectl get csr
sleep 3600
kubectl get csr
