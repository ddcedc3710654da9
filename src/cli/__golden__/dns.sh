nslookup kubernetes.default
echo $?
nslookup kubernetes.default.svc.cluster.local 10.96.0.10
nslookup kube-dns.kube-system.svc.cluster.local 10.96.0.10
nslookup node01
