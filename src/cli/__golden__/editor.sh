kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml
vi web.yaml
echo $?
export EDITOR='sed -i s/nginx/httpd/'
vi web.yaml
grep image: web.yaml
kubectl apply -f web.yaml
kubectl edit deployment web
echo $?
KUBE_EDITOR='sed -i s/replicas:\ 1/replicas:\ 2/' kubectl edit deployment web
kubectl get deployment web -o jsonpath='{.spec.replicas}{"\n"}'
