export KUBECONFIG=/root/kc.yaml
echo cert > jane.crt
echo key > jane.key
kubectl config set-cluster lab --server=https://10.0.0.10:6443 --certificate-authority=ca.crt
kubectl config set-cluster lab --embed-certs --certificate-authority=missing.crt
kubectl config set-cluster lab --embed-certs
kubectl config set-cluster lab --certificate-authority=jane.crt --insecure-skip-tls-verify
kubectl config set-cluster lab --tls-server-name=api.lab --proxy-url=http://proxy:3128
cat $KUBECONFIG
kubectl config set-cluster lab --server=https://10.0.0.11:6443 --insecure-skip-tls-verify
kubectl config set-cluster lab --certificate-authority=jane.crt --embed-certs
kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key
kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs
kubectl config set-credentials bob --token=abc
cat $KUBECONFIG
kubectl config set-credentials bob --username=u --password=p
kubectl config set-credentials bob --token=abc --username=u
kubectl config set-credentials bob --embed-certs
kubectl config set-credentials bob --embed-certs --client-key=nope.key
kubectl config set-credentials x --exec-command=/bin/get-token --exec-env=A=1 --exec-env=B=2 --auth-provider=oidc --auth-provider-arg=client-id=foo,secret=bar
kubectl config set-credentials x --exec-env=A- --auth-provider-arg=secret-
kubectl config set-credentials y --exec-command=cmd --exec-arg=a,b --exec-provide-cluster-info --exec-interactive-mode=Never --exec-api-version=client.authentication.k8s.io/v1
kubectl config set-credentials y --exec-interactive-mode=bad
kubectl config set-context jane@lab --cluster=lab --user=jane
cat $KUBECONFIG
kubectl config set clusters.lab.server https://1.2.3.4:6443
kubectl config set contexts.jane@lab.namespace dev
kubectl config set contexts.a.b.c.cluster lab
kubectl config set users.jane.act-as admin
kubectl config set users.jane.act-as-groups admins
kubectl config set users.jane.client-key-data abc
kubectl config set users.jane.client-key-data YWJj
kubectl config set users.jane.client-certificate-data abc --set-raw-bytes
kubectl config set clusters.lab.insecure-skip-tls-verify maybe
kubectl config set clusters.lab.insecure-skip-tls-verify T
kubectl config set users.jane.token ""
kubectl config set current-context jane@lab
kubectl config set preferences.colors true
kubectl config set contexts.jane@lab.namespace.x y
kubectl config set foo bar
kubectl config unset users.nobody.token
kubectl config unset users.bob
kubectl config unset users.ghost
kubectl config unset foo
kubectl config unset contexts.jane@lab.namespace
cat $KUBECONFIG
kubectl config delete-user bob
kubectl config delete-user x
kubectl config delete-cluster nope
kubectl config delete-user
kubectl config unset clusters
kubectl config unset current-context
cat $KUBECONFIG
