kubectl get crd
cat <<EOF > crontab-crd.yaml
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crontabs.stable.example.com
spec:
  group: stable.example.com
  scope: Namespaced
  names:
    plural: crontabs
    singular: crontab
    kind: CronTab
    shortNames:
    - ct
    categories:
    - all
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required:
            - cronSpec
            properties:
              cronSpec:
                type: string
                pattern: '^(\S+\s+){4}\S+$'
              image:
                type: string
              replicas:
                type: integer
                minimum: 1
                maximum: 10
                default: 1
    additionalPrinterColumns:
    - name: Spec
      type: string
      jsonPath: .spec.cronSpec
    - name: Replicas
      type: integer
      jsonPath: .spec.replicas
    - name: Image
      type: string
      priority: 1
      jsonPath: .spec.image
    - name: Age
      type: date
      jsonPath: .metadata.creationTimestamp
EOF
kubectl get crontabs
kubectl apply -f crontab-crd.yaml && kubectl wait --for=condition=Established crd/crontabs.stable.example.com
kubectl get crd
kubectl get crd crontabs.stable.example.com -o jsonpath='{.status.conditions[*].type}{"\n"}'
cat <<EOF | kubectl apply -f -
apiVersion: stable.example.com/v1
kind: CronTab
metadata:
  name: nightly
spec:
  cronSpec: "0 3 * * *"
  image: backup:1.0
EOF
sleep 30
kubectl get crontabs
kubectl get ct -o wide
kubectl get crontab nightly -o yaml
kubectl describe ct nightly
kubectl get all
kubectl api-resources --categories=all
cat <<EOF > bad-crontab.yaml
apiVersion: stable.example.com/v1
kind: CronTab
metadata:
  name: broken
spec:
  cronSpec: "every night"
  replicas: 20
  retries: 3
EOF
kubectl apply -f bad-crontab.yaml
kubectl apply -f bad-crontab.yaml --validate=false
cat <<EOF | kubectl apply -f -
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: backups.ops.example.com
spec:
  group: ops.example.com
  scope: Cluster
  names:
    plural: backups
    kind: Backup
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            x-kubernetes-preserve-unknown-fields: true
EOF
cat <<EOF | kubectl apply -f -
apiVersion: ops.example.com/v1
kind: Backup
metadata:
  name: daily
spec:
  schedule: "@daily"
  target: s3://bucket
EOF
kubectl get backups
kubectl label backup daily tier=gold
kubectl get backup daily -o json
kubectl explain crontab.spec
cat <<EOF | kubectl apply -f -
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widget.example.com
spec:
  group: example
  scope: Global
  names:
    plural: widgets
    kind: Widget
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        properties:
          spec:
            properties:
              size:
                type: integer
EOF
kubectl get apiservices | grep -e NAME -e example
kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations
kubectl delete crd crontabs.stable.example.com
kubectl get crontabs
kubectl apply -f bad-crontab.yaml
kubectl get crd
