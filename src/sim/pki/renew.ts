/**
 * `kubeadm certs renew` (phases/certs/renewal, v1.35): the certificate's config is read back from
 * the old one — common name, organizations, DNS and IP SANs, extended key usages — and a new
 * certificate is issued by the same CA with a new key and serial, valid from the CA's own
 * notBefore (as kubeadm's NewSignedCert does) for a year from now. Nothing else carries over.
 */
import { authorityKeyIdentifier, basicConstraints, decodeExtension, extKeyUsage, keyIdOf, keyUsage, subjectAltName, type AltNames } from '../../lib/pki/extensions';
import { goName } from '../../lib/pki/name';
import { OID } from '../../lib/pki/oids';
import type { RsaPrivateKey } from '../../lib/pki/rsa';
import { createCertificate, type Certificate } from '../../lib/pki/x509';
import { LEAF_VALIDITY_MS } from './kubeadm';

export interface Renewal {
  old: Certificate;
  ca: Certificate;
  key: RsaPrivateKey;
  serial: number[];
  now: number;
}

export function renewCertificate(r: Renewal): Certificate {
  const ext = Object.assign({}, ...r.old.extensions.map(decodeExtension)) as ReturnType<typeof decodeExtension>;
  const altNames: AltNames = {
    dns: (ext.altNames ?? []).filter((a) => a.kind === 'DNS').map((a) => a.value),
    ips: (ext.altNames ?? []).filter((a) => a.kind === 'IP').map((a) => a.value),
  };
  const hasAltNames = (altNames.dns?.length ?? 0) + (altNames.ips?.length ?? 0) > 0;
  return createCertificate(
    {
      serial: r.serial,
      issuer: r.ca.subject,
      subject: goName({
        commonName: r.old.subject.find((a) => a.oid === OID.commonName)?.value,
        organizations: r.old.subject.filter((a) => a.oid === OID.organizationName).map((a) => a.value),
      }),
      notBefore: r.ca.notBefore,
      notAfter: r.now + LEAF_VALIDITY_MS,
      publicKey: r.key,
      extensions: [
        keyUsage(['digital signature', 'key encipherment']),
        extKeyUsage(ext.extKeyUsage ?? []),
        basicConstraints(false),
        authorityKeyIdentifier(keyIdOf(r.ca.publicKey)),
        ...(hasAltNames ? [subjectAltName(altNames)] : []),
      ],
    },
    r.ca.publicKey,
  );
}
