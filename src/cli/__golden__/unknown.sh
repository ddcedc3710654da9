kubeclt get pods
echo $?
kubectl gett pods
echo $?
