kubectl create deployment web --image=nginx --replicas=2
kubectl create service nodeport web --tcp=80:80 --node-port=31080
sleep 20
curl web
echo $?
kubectl get svc web
curl -s http://$(kubectl get svc web -o jsonpath='{.spec.clusterIP}') | head -4
curl -sI $(kubectl get svc web -o jsonpath='{.spec.clusterIP}')
curl -s node01:31080 | grep title
curl -s $(kubectl get pods -l app=web -o jsonpath='{.items[0].status.podIP}') | wc -c
curl -s -o /dev/null -w '%{http_code}\n' http://192.168.1.10:31080/missing
curl http://10.96.200.200 -m 3
echo $?
curl localhost:8080
echo $?
