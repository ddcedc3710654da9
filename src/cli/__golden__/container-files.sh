# Files written in a container stay there (until it restarts) and reach what it serves.
kubectl create deployment web --image=nginx:1.27
kubectl expose deployment web --port 80
sleep 20
POD=$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
kubectl exec $POD -- sh -c 'echo "edited by hand" > /usr/share/nginx/html/index.html'
kubectl exec $POD -- cat /usr/share/nginx/html/index.html
kubectl run probe --image=busybox:1.36 --restart=Never --rm -i -- wget -qO- web
kubectl exec $POD -- sh -c 'mkdir -p /work && echo one > /work/a && rm /etc/nginx/conf.d/default.conf'
kubectl exec $POD -- ls /work /etc/nginx/conf.d
kubectl exec $POD -- rm /etc/nginx/conf.d/default.conf
kubectl exec $POD -- rm -r /work
kubectl exec $POD -- ls /work
# A page from a ConfigMap, through a Service.
kubectl create configmap page --from-literal=index.html='from a configmap'
cat <<'Y' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: cm-web
  labels: {app: cm-web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    volumeMounts: [{name: page, mountPath: /usr/share/nginx/html}]
  volumes:
  - name: page
    configMap: {name: page}
Y
kubectl expose pod cm-web --port 80
sleep 15
kubectl run probe --image=busybox:1.36 --restart=Never --rm -i -- wget -qO- cm-web
kubectl exec cm-web -- sh -c 'echo hacked > /usr/share/nginx/html/index.html'
kubectl exec cm-web -- rm /usr/share/nginx/html/index.html
kubectl exec cm-web -- touch /var/run/secrets/kubernetes.io/serviceaccount/x
# Two containers share an emptyDir.
cat <<'Y' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: shared
spec:
  volumes:
  - name: data
    emptyDir: {}
  containers:
  - name: writer
    image: busybox:1.36
    command: ["sh", "-c", "echo hello from the writer > /data/msg; sleep 3600"]
    volumeMounts: [{name: data, mountPath: /data}]
  - name: reader
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts: [{name: data, mountPath: /shared}]
Y
sleep 15
kubectl exec shared -c reader -- ls -a /shared
kubectl exec shared -c reader -- cat /shared/msg
kubectl exec shared -c reader -- sh -c 'echo answer > /shared/reply; rm /shared/msg'
kubectl exec shared -c writer -- ls /data
kubectl exec shared -c writer -- cat /data/reply
# A claim's data outlives its pod.
cat <<'Y' | kubectl apply -f -
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: notes
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: Pod
metadata:
  name: keeper
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts: [{name: notes, mountPath: /notes}]
  volumes:
  - name: notes
    persistentVolumeClaim: {claimName: notes}
Y
sleep 20
kubectl exec keeper -- sh -c 'echo remember me > /notes/todo.txt; echo scratch > /tmp/scratch'
kubectl delete pod keeper --grace-period=1
cat <<'Y' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: keeper
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts: [{name: notes, mountPath: /notes}]
  volumes:
  - name: notes
    persistentVolumeClaim: {claimName: notes}
Y
sleep 20
kubectl exec keeper -- cat /notes/todo.txt
kubectl exec keeper -- cat /tmp/scratch
# Removing the file an exec probe checks makes the probe fail; the restarted container starts afresh.
cat <<'Y' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: healthy
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/healthy; sleep 3600"]
    livenessProbe:
      exec: {command: [cat, /tmp/healthy]}
      periodSeconds: 5
      failureThreshold: 1
Y
sleep 20
kubectl exec healthy -- sh -c 'rm /tmp/healthy; echo gone > /tmp/note'
sleep 5
kubectl get events --field-selector involvedObject.name=healthy,type=Warning
sleep 40
kubectl get pod healthy
kubectl exec healthy -- ls /tmp
