/** The object identifiers the simulated PKI writes and reads, with openssl's long and short names. */
export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  extensionRequest: '1.2.840.113549.1.9.14',
  emailAddress: '1.2.840.113549.1.9.1',
  commonName: '2.5.4.3',
  countryName: '2.5.4.6',
  localityName: '2.5.4.7',
  stateOrProvinceName: '2.5.4.8',
  organizationName: '2.5.4.10',
  organizationalUnitName: '2.5.4.11',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
} as const;

/** Distinguished-name attributes: the short name `-subj` and the printed DN use, by OID. */
export const DN_SHORT: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.countryName]: 'C',
  [OID.localityName]: 'L',
  [OID.stateOrProvinceName]: 'ST',
  [OID.organizationName]: 'O',
  [OID.organizationalUnitName]: 'OU',
  [OID.emailAddress]: 'emailAddress',
};

export const DN_BY_SHORT: Record<string, string> = Object.fromEntries(Object.entries(DN_SHORT).map(([o, s]) => [s, o]));

/** Extended key usages as openssl -text names them. */
export const EKU_NAMES: Record<string, string> = {
  [OID.serverAuth]: 'TLS Web Server Authentication',
  [OID.clientAuth]: 'TLS Web Client Authentication',
  [OID.codeSigning]: 'Code Signing',
  [OID.emailProtection]: 'E-mail Protection',
  [OID.timeStamping]: 'Time Stamping',
  [OID.ocspSigning]: 'OCSP Signing',
};
