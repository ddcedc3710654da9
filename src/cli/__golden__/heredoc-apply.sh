cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: cache
  labels:
    app: cache
spec:
  containers:
  - name: redis
    image: redis:7
    ports:
    - containerPort: 6379
EOF
kubectl get pod cache
sleep 10
kubectl get pod cache --show-labels
cat <<EOF > svc.yaml
apiVersion: v1
kind: Service
metadata:
  name: cache
spec:
  selector:
    app: cache
  ports:
  - port: 6379
EOF
kubectl apply -f svc.yaml
kubectl get svc,ep cache
