kubectl create namespace dev
kubectl create serviceaccount deployer -n dev
cat > role.yaml <<'YAML'
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: dev
rules:
- apiGroups: ["apps"]
  resources: ["deployments"]
  verbs: ["get", "list", "create", "patch"]
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "list", "watch"]
YAML
kubectl apply -f role.yaml
kubectl create rolebinding deployer --role=deployer --serviceaccount=dev:deployer -n dev
SA=system:serviceaccount:dev:deployer
kubectl auth whoami --as $SA
kubectl create deployment web --image=nginx:1.27 -n dev --as $SA
kubectl get deploy,pods -n dev --as $SA
kubectl set image deployment/web nginx=nginx:1.28 -n dev --as $SA
kubectl scale deployment web --replicas=3 -n dev --as $SA
kubectl delete deployment web -n dev --as $SA
kubectl get pods --as $SA
kubectl get secrets -n dev --as $SA
kubectl get pods -n dev --as jane
