openssl version
openssl genrsa -out jane.key 2048
openssl req -new -key jane.key -subj "/CN=jane/O=dev" -out jane.csr
openssl req -in jane.csr -noout -text
cd /etc/kubernetes/pki
openssl x509 -in apiserver.crt -noout -text
openssl x509 -in ca.crt -noout -subject -issuer -dates -serial -fingerprint -enddate
openssl x509 -in apiserver-kubelet-client.crt -noout -subject -issuer
openssl x509 -in etcd/server.crt -noout -text | grep -A1 -e Alternative -e Issuer:
cd
openssl x509 -req -in jane.csr -CA /etc/kubernetes/pki/ca.crt -CAkey /etc/kubernetes/pki/ca.key -CAcreateserial -out jane.crt -days 30
cat /etc/kubernetes/pki/ca.srl
openssl x509 -in jane.crt -noout -text | head -12
openssl verify -CAfile /etc/kubernetes/pki/ca.crt jane.crt
openssl verify -CAfile /etc/kubernetes/pki/etcd/ca.crt jane.crt
openssl rsa -in jane.key -noout -modulus | sha256sum 2>/dev/null || echo no sha256sum
[ "$(openssl rsa -in jane.key -noout -modulus)" = "$(openssl x509 -in jane.crt -noout -modulus)" ] && echo key matches
[ "$(openssl rsa -in /etc/kubernetes/pki/ca.key -noout -modulus)" = "$(openssl x509 -in jane.crt -noout -modulus)" ] || echo key does not match
openssl req -x509 -new -nodes -newkey rsa:2048 -keyout myca.key -out myca.crt -days 3650 -subj "/CN=myca" 2>/dev/null
openssl x509 -in myca.crt -noout -subject -dates
ls -l myca.key
kubectl config view --raw -o jsonpath='{.users[0].user.client-certificate-data}' | base64 -d | openssl x509 -noout -subject -issuer
grep client-certificate-data /etc/kubernetes/scheduler.conf | awk '{print $2}' | base64 -d | openssl x509 -noout -subject
openssl x509 -in /var/lib/kubelet/pki/kubelet-client-current.pem -noout -subject
echo hello | openssl base64
openssl x509 -in missing.crt -noout
openssl x509 -in jane.key -noout
openssl req -in jane.key -noout
openssl rsa -in jane.crt -noout -modulus
openssl req -new -key jane.key -subj "CN=jane"
openssl genrsa -out
openssl x509 -req -in jane.csr -CA /etc/kubernetes/pki/ca.crt -CAkey jane.key -out x.crt
openssl foo
