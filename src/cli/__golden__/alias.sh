alias k=kubectl; k get no
k get no
alias
k get ns kube-system
type k
