kubectl create deployment web --image=nginx:1.27 --replicas=3
kubectl get pods
sleep 30
kubectl get pods -o wide
kubectl get deploy web
