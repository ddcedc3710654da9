kubectl get clusterroles
kubectl get clusterrolebindings
kubectl describe clusterrole view
kubectl get clusterrole edit -o jsonpath='{.aggregationRule}{"\n"}{.metadata.labels}{"\n"}'
kubectl get roles -n kube-system
kubectl get rolebindings -n kube-public -o wide
kubectl create clusterrole monitoring --aggregation-rule=rbac.example.com/aggregate-to-monitoring=true
kubectl get clusterrole monitoring -o yaml
kubectl create clusterrole monitoring-endpoints --verb=get,list,watch --resource=services,endpoints,pods
kubectl label clusterrole monitoring-endpoints rbac.example.com/aggregate-to-monitoring=true
kubectl describe clusterrole monitoring
kubectl create clusterrole monitoring-metrics --verb=get --non-resource-url=/metrics
kubectl label clusterrole monitoring-metrics rbac.example.com/aggregate-to-monitoring=true
kubectl patch clusterrole monitoring-metrics --type=json -p='[{"op":"add","path":"/rules/0/nonResourceURLs/-","value":"/metrics/slis"}]'
kubectl get clusterrole monitoring -o yaml
kubectl delete clusterrole monitoring-endpoints
kubectl describe clusterrole monitoring
kubectl label clusterrole monitoring-metrics rbac.example.com/aggregate-to-monitoring-
kubectl get clusterrole monitoring -o jsonpath='{.rules}{"\n"}'
kubectl auth whoami
kubectl auth can-i '*' '*' --all-namespaces
kubectl auth can-i get /healthz
kubectl create namespace dev
kubectl create serviceaccount ci -n dev
kubectl create rolebinding ci-edit --clusterrole=edit --serviceaccount=dev:ci -n dev
kubectl auth can-i create deployments -n dev --as=system:serviceaccount:dev:ci
kubectl auth can-i get secrets -n dev --as=system:serviceaccount:dev:ci
kubectl auth can-i create rolebindings -n dev --as=system:serviceaccount:dev:ci
kubectl auth can-i list pods -n default --as=system:serviceaccount:dev:ci
kubectl auth can-i list nodes --as=system:serviceaccount:dev:ci
kubectl auth can-i --list -n dev --as=system:serviceaccount:dev:ci | head -12
