// Descriptions (our own words) of volumes: the Volume entry of a pod and every volume source. The
// storage plugins of particular vendors (most deprecated or moved to CSI drivers) share generic
// wording for the fields they have in common.

import type { TypeDoc, TypeDocs } from './types';

/** Fields that mean the same in every vendor volume source. */
const VENDOR_FIELDS: Readonly<Record<string, string>> = {
  fsType: 'The filesystem type to format and mount, such as ext4 or xfs. Defaults to ext4 where formatting applies.',
  readOnly: 'Mount the volume read-only. Defaults to false.',
  secretRef: 'The Secret with the credentials for the storage system.',
  volumeID: 'The ID of the volume in the storage system.',
  partition: 'The partition of the disk to mount; 0 or unset mounts the whole disk.',
  user: 'The user name for the storage system.',
  monitors: 'The addresses of the storage cluster\'s monitors.',
  path: 'The path inside the storage system.',
};

const vendor = (about: string, fields: Record<string, string> = {}): TypeDoc => ({
  about: `${about} Provided by a storage plugin; most in-tree plugins are deprecated in favour of CSI drivers.`,
  fields: { ...VENDOR_FIELDS, ...fields },
});

const MODE =
  'Permission bits for the files, as a number (octal 0400 to 0777 in YAML, decimal 0 to 511 in JSON). Defaults to 0644.';
const ITEMS = 'Only project these keys, each to a chosen path. When unset every key becomes a file named after the key.';

export const VOLUME_DOCS: TypeDocs = {
  'core/v1.Volume': {
    about: 'A named volume of a pod: where its data comes from. Containers mount it with volumeMounts.',
    fields: {
      awsElasticBlockStore: 'Deprecated: an AWS EBS disk (now served by the ebs.csi.aws.com CSI driver).',
      azureDisk: 'Deprecated: an Azure data disk (now served by the disk.csi.azure.com CSI driver).',
      azureFile: 'Deprecated: an Azure File share (now served by the file.csi.azure.com CSI driver).',
      cephfs: 'Deprecated: a CephFS mount.',
      cinder: 'Deprecated: an OpenStack Cinder volume.',
      configMap: 'The keys of a ConfigMap as files.',
      csi: 'A volume provided by a CSI driver that supports inline (ephemeral) volumes.',
      downwardAPI: 'Information about the pod (labels, annotations, resources) as files.',
      emptyDir: 'An empty directory made when the pod starts and deleted with the pod. Containers of the pod can share files through it.',
      ephemeral: 'A volume from a storage class that lives only as long as the pod: a PVC is made from a template with the pod and deleted with it.',
      fc: 'Deprecated: a Fibre Channel disk.',
      flexVolume: 'Deprecated: a volume from a FlexVolume driver.',
      flocker: 'Deprecated: a Flocker dataset.',
      gcePersistentDisk: 'Deprecated: a Google Compute Engine persistent disk (now served by the pd.csi.storage.gke.io CSI driver).',
      gitRepo: 'Deprecated: a git repository cloned into an empty directory. Use an init container that runs git instead.',
      glusterfs: 'Deprecated: a GlusterFS mount.',
      hostPath: 'A file or directory of the node mounted into the pod. Gives access to the node itself; use with care.',
      image: 'The content of an OCI image or artifact, mounted read-only.',
      iscsi: 'An iSCSI disk.',
      name: 'The name of the volume, unique within the pod (a DNS label). volumeMounts refer to it.',
      nfs: 'An NFS export.',
      persistentVolumeClaim: 'The volume bound to a PersistentVolumeClaim in the same namespace.',
      photonPersistentDisk: 'Deprecated: a VMware Photon disk.',
      portworxVolume: 'Deprecated: a Portworx volume.',
      projected: 'Several sources (ConfigMaps, Secrets, downward API, service account tokens) merged into one directory.',
      quobyte: 'Deprecated: a Quobyte mount.',
      rbd: 'Deprecated: a Ceph RBD image.',
      scaleIO: 'Deprecated: a ScaleIO volume.',
      secret: 'The keys of a Secret as files (kept in memory on the node, never written to its disk).',
      storageos: 'Deprecated: a StorageOS volume.',
      vsphereVolume: 'Deprecated: a vSphere disk (now served by the csi.vsphere.vmware.com CSI driver).',
    },
  },
  'core/v1.ConfigMapVolumeSource': {
    about: 'Projects the keys of a ConfigMap as files in the volume.',
    fields: { defaultMode: MODE, items: ITEMS, name: 'The name of the ConfigMap.', optional: 'Do not fail when the ConfigMap or a listed key does not exist.' },
  },
  'core/v1.SecretVolumeSource': {
    about: 'Projects the keys of a Secret as files in the volume.',
    fields: { defaultMode: MODE, items: ITEMS, optional: 'Do not fail when the Secret or a listed key does not exist.', secretName: 'The name of the Secret.' },
  },
  'core/v1.KeyToPath': {
    about: 'Maps one key to a file.',
    fields: { key: 'The key.', mode: 'Permission bits for this file, instead of defaultMode.', path: 'The relative path of the file. It may not contain "..".' },
  },
  'core/v1.EmptyDirVolumeSource': {
    about: 'An empty directory that lives as long as the pod.',
    fields: {
      medium: 'Where the data is kept: "" (the node\'s disk, the default) or Memory (a tmpfs, counted against the container memory).',
      sizeLimit: 'The most data the volume may hold. A pod that writes more is evicted.',
    },
  },
  'core/v1.HostPathVolumeSource': {
    about: 'A path on the node.',
    fields: {
      path: 'The path on the node. A symlink is followed.',
      type:
        'What must be at the path: "" (no check), DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice or BlockDevice.',
    },
  },
  'core/v1.PersistentVolumeClaimVolumeSource': {
    about: 'The volume bound to a PersistentVolumeClaim.',
    fields: { claimName: 'The name of the PersistentVolumeClaim in the pod\'s namespace.', readOnly: 'Mount the volume read-only. Defaults to false.' },
  },
  'core/v1.NFSVolumeSource': {
    about: 'An NFS export mounted into the pod.',
    fields: { path: 'The exported path.', readOnly: 'Mount the export read-only. Defaults to false.', server: 'The host name or IP address of the NFS server.' },
  },
  'core/v1.DownwardAPIVolumeSource': {
    about: 'Files with information about the pod.',
    fields: { defaultMode: MODE, items: 'The files to create.' },
  },
  'core/v1.DownwardAPIVolumeFile': {
    about: 'One file with information about the pod.',
    fields: {
      fieldRef: 'A field of the pod: metadata.name, metadata.namespace, metadata.uid, metadata.labels or metadata.annotations.',
      mode: 'Permission bits for this file, instead of defaultMode.',
      path: 'The relative path of the file.',
      resourceFieldRef: 'A resource request or limit of a container.',
    },
  },
  'core/v1.DownwardAPIProjection': { about: 'Pod information in a projected volume.', fields: { items: 'The files to create.' } },
  'core/v1.ProjectedVolumeSource': {
    about: 'Several volume sources projected into one directory.',
    fields: { defaultMode: MODE, sources: 'The sources to project.' },
  },
  'core/v1.VolumeProjection': {
    about: 'One source of a projected volume (exactly one field).',
    fields: {
      clusterTrustBundle: 'Certificates from ClusterTrustBundle objects.',
      configMap: 'Keys of a ConfigMap.',
      downwardAPI: 'Information about the pod.',
      podCertificate: 'A private key and certificate issued for the pod.',
      secret: 'Keys of a Secret.',
      serviceAccountToken: 'A short-lived token of the pod\'s service account, renewed by the kubelet.',
    },
  },
  'core/v1.ConfigMapProjection': {
    about: 'A ConfigMap in a projected volume.',
    fields: { items: ITEMS, name: 'The name of the ConfigMap.', optional: 'Do not fail when the ConfigMap or a listed key does not exist.' },
  },
  'core/v1.SecretProjection': {
    about: 'A Secret in a projected volume.',
    fields: { items: ITEMS, name: 'The name of the Secret.', optional: 'Do not fail when the Secret or a listed key does not exist.' },
  },
  'core/v1.ServiceAccountTokenProjection': {
    about: 'A token of the pod\'s service account written to a file.',
    fields: {
      audience: 'Who the token is meant for. Defaults to the API server.',
      expirationSeconds: 'How long the token is valid. Defaults to one hour; at least 10 minutes.',
      path: 'The relative path of the token file.',
    },
  },
  'core/v1.ClusterTrustBundleProjection': {
    about: 'Certificates from ClusterTrustBundle objects, written to one file.',
    fields: {
      labelSelector: 'Select bundles by label (with signerName).',
      name: 'One bundle by name.',
      optional: 'Do not fail when no bundle matches.',
      path: 'The relative path of the file.',
      signerName: 'Select bundles of this signer.',
    },
  },
  'core/v1.PodCertificateProjection': {
    about: 'A key pair and a certificate issued for the pod by a signer, written to files and renewed by the kubelet.',
    fields: {
      certificateChainPath: 'The file for the certificate chain.',
      credentialBundlePath: 'The file for the key and certificate chain together.',
      keyPath: 'The file for the private key.',
      keyType: 'The key algorithm, such as RSA3072 or ECDSAP256.',
      maxExpirationSeconds: 'The longest lifetime to ask for.',
      signerName: 'The signer that issues the certificate.',
      userAnnotations: 'Extra data passed to the signer.',
    },
  },
  'core/v1.EphemeralVolumeSource': {
    about: 'A volume from a PVC made for the pod and deleted with it.',
    fields: { volumeClaimTemplate: 'The template of the PVC; it is named <pod name>-<volume name>.' },
  },
  'core/v1.PersistentVolumeClaimTemplate': {
    about: 'A template for a PersistentVolumeClaim.',
    fields: { metadata: 'Labels and annotations for the claim.', spec: 'The spec of the claim.' },
  },
  'core/v1.CSIVolumeSource': {
    about: 'An inline volume from a CSI driver.',
    fields: {
      driver: 'The name of the CSI driver.',
      fsType: 'The filesystem type, passed to the driver.',
      nodePublishSecretRef: 'A Secret with data the driver needs to mount the volume.',
      readOnly: 'Mount the volume read-only.',
      volumeAttributes: 'Driver-specific settings.',
    },
  },
  'core/v1.CSIPersistentVolumeSource': {
    about: 'A persistent volume managed by a CSI driver.',
    fields: {
      controllerExpandSecretRef: 'A Secret the driver needs to expand the volume.',
      controllerPublishSecretRef: 'A Secret the driver needs to attach the volume.',
      driver: 'The name of the CSI driver.',
      fsType: 'The filesystem type, passed to the driver.',
      nodeExpandSecretRef: 'A Secret the driver needs to expand the filesystem on the node.',
      nodePublishSecretRef: 'A Secret the driver needs to mount the volume.',
      nodeStageSecretRef: 'A Secret the driver needs to stage the volume on the node.',
      readOnly: 'Mount the volume read-only.',
      volumeAttributes: 'Driver-specific settings.',
      volumeHandle: 'The driver\'s ID of the volume.',
    },
  },
  'core/v1.ImageVolumeSource': {
    about: 'An OCI image or artifact mounted read-only as a volume.',
    fields: {
      pullPolicy: 'When to pull it: Always, IfNotPresent or Never (as for container images).',
      reference: 'The image or artifact reference, such as registry.example.com/data:v1.',
    },
  },
  'core/v1.LocalVolumeSource': {
    about: 'A disk, partition or directory of one node, used as a persistent volume (with nodeAffinity naming the node).',
    fields: { fsType: 'The filesystem type, for block devices.', path: 'The full path on the node.' },
  },
  'core/v1.GitRepoVolumeSource': {
    about: 'Deprecated: a git repository cloned when the pod starts.',
    fields: { directory: 'The directory to clone into; "." clones into the volume root.', repository: 'The repository URL.', revision: 'The commit to check out.' },
  },
  'core/v1.SecretReference': {
    about: 'A reference to a Secret, possibly in another namespace.',
    fields: { name: 'The name of the Secret.', namespace: 'The namespace of the Secret.' },
  },
  'core/v1.AWSElasticBlockStoreVolumeSource': vendor('An AWS Elastic Block Store disk.'),
  'core/v1.AzureDiskVolumeSource': vendor('An Azure data disk.', {
    cachingMode: 'The host caching mode: None, ReadOnly or ReadWrite.',
    diskName: 'The name of the disk.',
    diskURI: 'The URI of the disk.',
    kind: 'Shared, Dedicated or Managed.',
  }),
  'core/v1.AzureFileVolumeSource': vendor('An Azure File share.', { secretName: 'The Secret with the storage account name and key.', shareName: 'The name of the share.' }),
  'core/v1.AzureFilePersistentVolumeSource': vendor('An Azure File share.', {
    secretName: 'The Secret with the storage account name and key.',
    secretNamespace: 'The namespace of that Secret.',
    shareName: 'The name of the share.',
  }),
  'core/v1.CephFSVolumeSource': vendor('A CephFS filesystem.', { secretFile: 'The path of the key ring file.' }),
  'core/v1.CinderVolumeSource': vendor('An OpenStack Cinder volume.'),
  'core/v1.FCVolumeSource': vendor('A Fibre Channel disk.', { lun: 'The logical unit number.', targetWWNs: 'The target world wide names.', wwids: 'The world wide identifiers of the volume.' }),
  'core/v1.FlexVolumeSource': vendor('A volume from a FlexVolume driver.', { driver: 'The name of the driver.', options: 'Driver-specific options.' }),
  'core/v1.FlockerVolumeSource': vendor('A Flocker dataset.', { datasetName: 'The name of the dataset.', datasetUUID: 'The UUID of the dataset.' }),
  'core/v1.GCEPersistentDiskVolumeSource': vendor('A Google Compute Engine persistent disk.', { pdName: 'The name of the disk.' }),
  'core/v1.GlusterfsVolumeSource': vendor('A GlusterFS volume.', { endpoints: 'The Endpoints object listing the GlusterFS servers.', path: 'The GlusterFS volume name.' }),
  'core/v1.GlusterfsPersistentVolumeSource': vendor('A GlusterFS volume.', {
    endpoints: 'The Endpoints object listing the GlusterFS servers.',
    endpointsNamespace: 'The namespace of that Endpoints object.',
    path: 'The GlusterFS volume name.',
  }),
  'core/v1.ISCSIVolumeSource': vendor('An iSCSI disk.', {
    chapAuthDiscovery: 'Use CHAP authentication for discovery.',
    chapAuthSession: 'Use CHAP authentication for the session.',
    initiatorName: 'A custom iSCSI initiator name.',
    iqn: 'The iSCSI qualified name of the target.',
    iscsiInterface: 'The iSCSI interface to use. Defaults to default (tcp).',
    lun: 'The logical unit number of the target.',
    portals: 'More target portal addresses.',
    targetPortal: 'The target portal address (ip:port).',
  }),
  'core/v1.PhotonPersistentDiskVolumeSource': vendor('A VMware Photon disk.', { pdID: 'The ID of the disk.' }),
  'core/v1.PortworxVolumeSource': vendor('A Portworx volume.'),
  'core/v1.QuobyteVolumeSource': vendor('A Quobyte volume.', {
    group: 'The group the volume is accessed as.',
    registry: 'The Quobyte registry addresses.',
    tenant: 'The tenant that owns the volume.',
    volume: 'The name of the volume.',
  }),
  'core/v1.RBDVolumeSource': vendor('A Ceph RBD image.', { image: 'The name of the image.', keyring: 'The path of the key ring.', pool: 'The RADOS pool.' }),
  'core/v1.ScaleIOVolumeSource': vendor('A ScaleIO volume.', {
    gateway: 'The address of the gateway.',
    protectionDomain: 'The protection domain of the storage.',
    sslEnabled: 'Talk to the gateway over TLS.',
    storageMode: 'ThickProvisioned or ThinProvisioned.',
    storagePool: 'The storage pool.',
    system: 'The name of the storage system.',
    volumeName: 'The name of the volume.',
  }),
  'core/v1.StorageOSVolumeSource': vendor('A StorageOS volume.', { volumeName: 'The name of the volume.', volumeNamespace: 'The StorageOS namespace of the volume.' }),
  'core/v1.VsphereVirtualDiskVolumeSource': vendor('A vSphere virtual disk.', {
    storagePolicyID: 'The ID of the storage policy.',
    storagePolicyName: 'The name of the storage policy.',
    volumePath: 'The path of the disk.',
  }),
};

/** PersistentVolume sources borrow the descriptions of the matching pod volume sources. */
export const VOLUME_ALIASES: Readonly<Record<string, string>> = {
  'core/v1.CSIPersistentVolumeSource': 'core/v1.CSIVolumeSource',
  'core/v1.CephFSPersistentVolumeSource': 'core/v1.CephFSVolumeSource',
  'core/v1.CinderPersistentVolumeSource': 'core/v1.CinderVolumeSource',
  'core/v1.FlexPersistentVolumeSource': 'core/v1.FlexVolumeSource',
  'core/v1.ISCSIPersistentVolumeSource': 'core/v1.ISCSIVolumeSource',
  'core/v1.RBDPersistentVolumeSource': 'core/v1.RBDVolumeSource',
  'core/v1.ScaleIOPersistentVolumeSource': 'core/v1.ScaleIOVolumeSource',
  'core/v1.StorageOSPersistentVolumeSource': 'core/v1.StorageOSVolumeSource',
};
