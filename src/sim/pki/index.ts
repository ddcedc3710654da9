export { identityOfClientCertificate, type CertificateIdentity } from './identity';
export { clusterCa, controlPlaneCertificates, kubeconfigClient, serviceAccountKey, type KeyPair, type PkiSetup } from './kubeadm';
export { int63Serial, keyFor, randomSerial, streamFor } from './keys';
export { renewCertificate, type Renewal } from './renew';
