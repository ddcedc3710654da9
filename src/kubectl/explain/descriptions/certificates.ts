// Descriptions (our own words) of CertificateSigningRequest, the API through which a client asks
// the cluster's signers for an X.509 certificate.

import type { TypeDocs } from './types';

export const CERTIFICATE_DOCS: TypeDocs = {
  'certificates/v1.CertificateSigningRequest': {
    about: 'A CertificateSigningRequest asks a signer for an X.509 certificate. It holds a PKCS#10 request; once approved (kubectl certificate approve), the signer puts the certificate in status.certificate. The kubernetes.io/kube-apiserver-client signer issues client certificates from the cluster CA: the subject CN becomes the user name and each O a group.',
    fields: {
      spec: 'The request: the PKCS#10 data, the signer, the usages and the lifetime asked for, and who asked (set by the API server).',
      status: 'Whether the request was approved, denied or failed, and the issued certificate.',
    },
  },
  'certificates/v1.CertificateSigningRequestSpec': {
    about: 'What is asked for, of which signer, by whom.',
    fields: {
      expirationSeconds: 'The lifetime asked for, at least 600 seconds. The built-in signers issue at most their configured maximum (a year by default).',
      extra: 'Extra attributes of the user who created the request. Set by the API server.',
      groups: 'The groups of the user who created the request. Set by the API server.',
      request: 'The PEM-encoded PKCS#10 certificate request (base64 in YAML and JSON), e.g. from `openssl req -new`. Its signature must verify.',
      signerName: 'The signer to ask, as domain/name: kubernetes.io/kube-apiserver-client (user certificates), kubernetes.io/kube-apiserver-client-kubelet, kubernetes.io/kubelet-serving, or a signer of your own.',
      uid: 'The uid of the user who created the request. Set by the API server.',
      usages: 'The key usages the certificate should have, such as digital signature, key encipherment, client auth or server auth. A client certificate needs client auth.',
      username: 'The user who created the request. Set by the API server.',
    },
  },
  'certificates/v1.CertificateSigningRequestStatus': {
    about: 'Where the request stands.',
    fields: {
      certificate: 'The issued certificate, PEM-encoded (base64 in YAML and JSON). Set by the signer once the request is approved.',
      conditions: 'Approved, Denied or Failed, each with why and when.',
    },
  },
  'certificates/v1.CertificateSigningRequestCondition': {
    about: 'A decision about the request, or a failure to sign it.',
    fields: {
      lastTransitionTime: 'When the condition last changed status.',
      lastUpdateTime: 'When the condition was last written.',
      message: 'A sentence for humans about the condition.',
      reason: 'A one-word reason, such as KubectlApprove or SignerValidationFailure.',
      status: 'True, False or Unknown. Approved, Denied and Failed can only be True.',
      type: 'Approved, Denied or Failed. Approved and Denied exclude each other.',
    },
  },
};
