// Descriptions (our own words) of the metadata every object carries, label selectors, conditions,
// and the value types Quantity, IntOrString and Time.

import type { TypeDocs } from './types';

/** Fields that mean the same in every kind. */
export const COMMON_FIELDS: Readonly<Record<string, string>> = {
  apiVersion:
    'The API group and version this object is written in, such as "v1" or "apps/v1". The server may convert it to the version it stores.',
  kind: 'The type of this object, such as Pod or Deployment, written in CamelCase. The server derives it from the endpoint the object was sent to.',
  metadata: "The object's name, namespace, labels, annotations and the bookkeeping fields the server sets.",
};

export const META_DOCS: TypeDocs = {
  'meta/v1.ObjectMeta': {
    about: 'The metadata every stored object has: its identity (name, namespace, uid), labels and annotations, and fields the server maintains.',
    fields: {
      annotations:
        'Free-form key/value strings for tools and people. Unlike labels they cannot be used in selectors and may hold larger values.',
      creationTimestamp: 'When the server created the object (UTC, RFC 3339). Set by the server; read-only.',
      deletionGracePeriodSeconds: 'How many seconds the object is given to shut down once deletion was requested. Set by the server; read-only.',
      deletionTimestamp:
        'When the object is due to be removed. It is set when someone deletes an object that still has finalizers or a grace period; the object stays visible until then.',
      finalizers:
        'Names of controllers that must finish clean-up before the object is removed. Deletion waits until this list is empty.',
      generateName:
        'A prefix the server uses to make a unique name when name is empty: it appends a few random characters.',
      generation: 'A number the server increases whenever the desired state (usually spec) changes. Read-only.',
      labels:
        'Key/value pairs that identify and group objects. Selectors in Services, Deployments and kubectl -l match on them.',
      managedFields: 'Which client (field manager) last set which fields, used by server-side apply. Rarely edited by hand.',
      name: 'The name of the object, unique among objects of the same kind in its namespace. It cannot be changed after creation.',
      namespace: 'The namespace the object lives in. Empty for cluster-scoped kinds such as Node or Namespace; "default" when not given.',
      ownerReferences:
        'The objects this object belongs to. When every owner is deleted the garbage collector removes this object too; one owner may be marked as the controller.',
      resourceVersion:
        'An opaque version string that changes on every write. Clients send it back to detect conflicting updates and to resume watches.',
      selfLink: 'Deprecated and no longer set by the server.',
      uid: 'A unique identifier the server gives the object when it is created. Two objects with the same name at different times have different uids.',
    },
  },
  'meta/v1.OwnerReference': {
    about: 'Points to the object that owns this one, so that deleting the owner can delete it too.',
    fields: {
      apiVersion: 'API version of the owner.',
      blockOwnerDeletion:
        'When true and the owner is deleted in the foreground, the owner is only removed after this object is gone.',
      controller: 'True for the one owner that manages this object (for example the ReplicaSet of a pod).',
      kind: 'Kind of the owner.',
      name: 'Name of the owner.',
      uid: 'UID of the owner; the reference only matches that exact object.',
    },
  },
  'meta/v1.ManagedFieldsEntry': {
    about: 'One field manager and the set of fields it owns in the object.',
    fields: {
      apiVersion: 'The API version the fields were written in.',
      fieldsType: 'The format of fieldsV1; always "FieldsV1".',
      fieldsV1: 'The owned fields as a tree of field names.',
      manager: 'The name of the client that owns these fields (for example kubectl-client-side-apply).',
      operation: 'How the fields were written: Apply or Update.',
      subresource: 'The subresource that was written (for example status), or empty for the main resource.',
      time: 'When these fields were last changed by this manager.',
    },
  },
  'meta/v1.LabelSelector': {
    about: 'Selects objects by their labels. All conditions must hold; an empty selector matches everything, a missing one matches nothing.',
    fields: {
      matchExpressions: 'Conditions on labels with an operator (In, NotIn, Exists, DoesNotExist). All must hold.',
      matchLabels: 'Labels that must be present with exactly these values. Each pair is the same as a matchExpressions entry with operator In and one value.',
    },
  },
  'meta/v1.LabelSelectorRequirement': {
    about: 'One condition on a label: a key, an operator and values.',
    fields: {
      key: 'The label key the condition is about.',
      operator: 'How the label is compared: In, NotIn, Exists or DoesNotExist.',
      values: 'The values for In and NotIn (at least one); must be empty for Exists and DoesNotExist.',
    },
  },
  'meta/v1.FieldSelectorRequirement': {
    about: 'One condition on a field: a field path, an operator and values.',
    fields: {
      key: 'The field path the condition is about.',
      operator: 'How the field is compared: In, NotIn, Exists or DoesNotExist.',
      values: 'The values for In and NotIn; empty for Exists and DoesNotExist.',
    },
  },
  'meta/v1.Condition': {
    about: 'One observation about the state of an object, with a type, a status (True, False or Unknown) and the reason for it.',
    fields: {
      lastTransitionTime: 'When status last changed.',
      message: 'A human-readable explanation of the condition.',
      observedGeneration: 'The metadata.generation the condition was computed for.',
      reason: 'A one-word CamelCase reason for the last change of status.',
      status: 'True, False or Unknown.',
      type: 'What the condition is about, in CamelCase (for example Ready).',
    },
  },
  'resource.Quantity': {
    about:
      'A quantity is a number with an optional unit suffix, such as 500m (half a CPU), 2, 128Mi or 1Gi. Binary suffixes (Ki, Mi, Gi...) are powers of 1024, decimal ones (k, M, G...) powers of 1000, and m is one thousandth.',
  },
  'intstr.IntOrString': {
    about: 'A value that is either a whole number or a string, such as 8080 or "http" for a port, or 25% for a rollout limit.',
  },
  'meta/v1.Time': {
    about: 'A point in time, written in RFC 3339 form in UTC (for example 2026-11-24T15:04:00Z).',
  },
  'meta/v1.MicroTime': {
    about: 'A point in time with microsecond precision, in RFC 3339 form in UTC.',
  },
};
