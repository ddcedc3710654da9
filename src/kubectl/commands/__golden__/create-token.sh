kubectl create sa ci
kubectl create token ci | cut -c1-40
kubectl create token
kubectl create token nope
kubectl create token ci --duration=5m
kubectl create token ci --duration=1.5s
kubectl create token ci --bound-object-kind=Deployment
kubectl create token ci --bound-object-kind=Pod
kubectl create token ci --bound-object-name=x
kubectl create token ci --bound-object-kind=Pod --bound-object-name=nope
kubectl run web --image=nginx
kubectl create token ci --bound-object-kind=Pod --bound-object-name=web
kubectl create token default --duration=2h -o yaml | grep -v token:
T=$(kubectl create token ci --audience=vault); echo ${#T}
echo $T | cut -d. -f2 | base64 -d 2>/dev/null | head -c 300; echo
