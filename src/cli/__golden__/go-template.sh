# Go templates over objects from the cluster: a Secret's value in clear, a list, a watch-free get.
kubectl create secret generic db --from-literal=password='s3cr3t!' --from-literal=user=admin
kubectl get secret db -o go-template='{{.data.password | base64decode}}{{"\n"}}'
kubectl get secret db -o go-template='{{range $k, $v := .data}}{{$k}}={{$v | base64decode}}{{"\n"}}{{end}}'
kubectl create deployment web --image=nginx:1.27 --replicas=2
sleep 20
kubectl get pods -l app=web -o go-template='{{range .items}}{{.metadata.name}} {{.status.phase}} {{(index .spec.containers 0).image}}{{"\n"}}{{end}}' | sed 's/web-[a-z0-9]*-[a-z0-9]*/web-POD/'
kubectl get nodes -o template --template='{{range .items}}{{.metadata.name}}{{if .spec.taints}} (tainted){{end}}{{"\n"}}{{end}}'
kubectl get deploy web -o go-template='{{.status.readyReplicas}}/{{.spec.replicas}} ready{{"\n"}}'
kubectl get deploy web -o go-template='{{.spec.template.spec.containers.image}}'
echo '{{range .items}}{{.metadata.namespace}}/{{.metadata.name}}{{"\n"}}{{end}}' > svc.tmpl
kubectl get svc -A -o go-template-file=svc.tmpl
kubectl get svc -o go-template-file=missing.tmpl
