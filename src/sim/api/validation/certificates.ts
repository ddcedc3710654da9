import type { FieldError } from '../field-errors';
import { duplicate, forbidden, invalid, raw, required, tooLong, unsupported } from '../field-errors';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { isDNS1123Label, isDNS1123Subdomain } from './names';
import { asArr, asNum, asObj, asStr, type Obj } from './util';
import { csrRequestError, certificateContentError } from '../certificates/pem-checks';

/**
 * CertificateSigningRequests: kubernetes `pkg/apis/certificates/validation/validation.go` (v1.35)
 * and `ValidateSignerName` of core validation. Names are not checked (any name will do); the
 * request must be a PEM CERTIFICATE REQUEST whose self-signature verifies; usages come from a
 * fixed set; the legacy signer is refused through v1. Updates may not remove Approved, Denied or
 * Failed conditions; only the approval subresource adds Approved/Denied and only the status
 * subresource sets the certificate, once.
 */

/** The usages the API knows, sorted as the server lists them in Unsupported messages. */
export const KNOWN_USAGES = [
  'any', 'cert sign', 'client auth', 'code signing', 'content commitment', 'crl sign', 'data encipherment',
  'decipher only', 'digital signature', 'email protection', 'encipher only', 'ipsec end system', 'ipsec tunnel',
  'ipsec user', 'key agreement', 'key encipherment', 'microsoft sgc', 'netscape sgc', 'ocsp signing', 's/mime',
  'server auth', 'signing', 'timestamping',
];
const KNOWN = new Set(KNOWN_USAGES);
const LEGACY_SIGNER = 'kubernetes.io/legacy-unknown';
const TRUE_ONLY = new Set(['Approved', 'Denied', 'Failed']);

export type CsrSubresource = 'status' | 'approval';

interface Options {
  allowSettingApprovalConditions: boolean;
  allowSettingCertificate: boolean;
  /** Each `allow…` below tolerates a problem the stored object already has. */
  allowBothApprovedAndDenied: boolean;
  allowLegacySignerName: boolean;
  allowDuplicateConditionTypes: boolean;
  allowEmptyConditionType: boolean;
  allowArbitraryCertificate: boolean;
  allowUnknownUsages: boolean;
  allowDuplicateUsages: boolean;
}

const conditionsOf = (csr: Obj): Obj[] => asArr(asObj(csr.status).conditions).map(asObj);
const usagesOf = (csr: Obj): string[] => asArr(asObj(csr.spec).usages).map(asStr);
const certificateOf = (csr: Obj): string => asStr(asObj(csr.status).certificate);

function options(csr: Obj, old: Obj | undefined): Options {
  const oldTypes = old ? conditionsOf(old).map((c) => asStr(c.type)) : [];
  const oldUsages = old ? usagesOf(old) : [];
  return {
    allowSettingApprovalConditions: false,
    allowSettingCertificate: false,
    allowBothApprovedAndDenied: oldTypes.includes('Approved') && oldTypes.includes('Denied'),
    allowLegacySignerName: !!old && asStr(asObj(old.spec).signerName) === LEGACY_SIGNER,
    allowDuplicateConditionTypes: new Set(oldTypes).size !== oldTypes.length,
    allowEmptyConditionType: oldTypes.includes(''),
    allowArbitraryCertificate: !!old && (certificateOf(csr) === certificateOf(old) || certificateContentError(certificateOf(old)) !== undefined),
    allowUnknownUsages: oldUsages.some((u) => !KNOWN.has(u)),
    allowDuplicateUsages: new Set(oldUsages).size !== oldUsages.length,
  };
}

/** spec.request as the server prints the []byte: JSON base64 (null when absent). */
function requestValue(spec: Obj): unknown {
  return typeof spec.request === 'string' ? spec.request : raw('null');
}

function validate(csr: Obj, opts: Options): FieldError[] {
  const errs = validateObjectMeta(csr.metadata, () => []);
  const spec = asObj(csr.spec);
  const requestError = csrRequestError(asStr(spec.request));
  if (requestError) errs.push(invalid('spec.request', requestValue(spec), requestError));
  const usages = usagesOf(csr);
  if (usages.length === 0) errs.push(required('spec.usages'));
  if (!opts.allowUnknownUsages) {
    usages.forEach((u, i) => {
      if (!KNOWN.has(u)) errs.push(unsupported(`spec.usages[${i}]`, u, KNOWN_USAGES));
    });
  }
  if (!opts.allowDuplicateUsages) {
    usages.forEach((u, i) => {
      if (usages.indexOf(u) < i) errs.push(duplicate(`spec.usages[${i}]`, u));
    });
  }
  const signerName = asStr(spec.signerName);
  if (!opts.allowLegacySignerName && signerName === LEGACY_SIGNER) {
    errs.push(invalid('spec.signerName', signerName, 'the legacy signerName is not allowed via this API version'));
  } else errs.push(...validateSignerName('spec.signerName', signerName));
  const seconds = asNum(spec.expirationSeconds);
  if (seconds !== undefined && seconds < 600) {
    errs.push(invalid('spec.expirationSeconds', seconds, 'may not specify a duration less than 600 seconds (10 minutes)'));
  }
  errs.push(...validateConditions(csr, opts));
  if (!opts.allowArbitraryCertificate) {
    const problem = certificateContentError(certificateOf(csr));
    if (problem) errs.push(invalid('status.certificate', '<certificate data>', problem));
  }
  return errs;
}

function validateConditions(csr: Obj, opts: Options): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  let approved = false;
  let denied = false;
  conditionsOf(csr).forEach((c, i) => {
    const path = `status.conditions[${i}]`;
    const type = asStr(c.type);
    const status = asStr(c.status);
    if (!opts.allowEmptyConditionType && type === '') errs.push(required(`${path}.type`));
    const allowed = TRUE_ONLY.has(type) ? ['True'] : ['False', 'True', 'Unknown'];
    if (status === '') errs.push(required(`${path}.status`));
    else if (!allowed.includes(status)) errs.push(unsupported(`${path}.status`, status, allowed));
    if (!opts.allowBothApprovedAndDenied) {
      if (type === 'Approved') {
        approved = true;
        if (denied) errs.push(invalid(`${path}.type`, type, 'Approved and Denied conditions are mutually exclusive'));
      } else if (type === 'Denied') {
        denied = true;
        if (approved) errs.push(invalid(`${path}.type`, type, 'Approved and Denied conditions are mutually exclusive'));
      }
    }
    if (!opts.allowDuplicateConditionTypes) {
      if (seen.has(type)) errs.push(duplicate(`${path}.type`, type));
      seen.add(type);
    }
  });
  return errs;
}

/** core validation's ValidateSignerName: `<domain with a dot>/<path of DNS subdomains>`. */
export function validateSignerName(path: string, signerName: string): FieldError[] {
  if (signerName === '') return [required(path)];
  const segments = signerName.split('/');
  if (segments.length !== 2) return [invalid(path, signerName, "must be a fully qualified domain and path of the form 'example.com/signer-name'")];
  const [domain, rest] = segments as [string, string];
  const errs: FieldError[] = [];
  if (domain.length > 253) errs.push(tooLong(path, '', 253));
  const labels = domain.split('.');
  for (const label of labels) {
    const problems = isDNS1123Label(label);
    if (problems.length === 0) continue;
    for (const p of problems) errs.push(invalid(path, domain, `validating label "${label}": ${p}`));
    break;
  }
  if (labels.length < 2) errs.push(invalid(path, domain, 'should be a domain with at least two segments separated by dots'));
  for (const label of rest.split('.')) {
    const problems = isDNS1123Subdomain(label);
    if (problems.length === 0) continue;
    for (const p of problems) errs.push(invalid(path, rest, `validating label "${label}": ${p}`));
    break;
  }
  if (signerName.length > 253 + 253 + 63 + 1 + 1) errs.push(tooLong(path, '', 253 + 253 + 63 + 1 + 1));
  return errs;
}

export function validateCsrCreate(csr: Obj): FieldError[] {
  return validate(csr, options(csr, undefined));
}

/** A plain update (metadata only) or, with `subresource`, the status or approval subresource's. */
export function validateCsrUpdate(csr: Obj, old: Obj, subresource?: CsrSubresource): FieldError[] {
  const opts = options(csr, old);
  if (subresource === 'status') opts.allowSettingCertificate = true;
  if (subresource === 'approval') opts.allowSettingApprovalConditions = true;
  const errs = validate(csr, opts);
  const ofType = (o: Obj, t: string) => conditionsOf(o).filter((c) => asStr(c.type) === t);
  for (const t of ['Approved', 'Denied', 'Failed']) {
    if (ofType(csr, t).length < ofType(old, t).length) errs.push(forbidden('status.conditions', `updates may not remove a condition of type "${t}"`));
  }
  if (!opts.allowSettingApprovalConditions) {
    for (const t of ['Approved', 'Denied']) {
      const before = ofType(old, t);
      const after = ofType(csr, t);
      if (after.length > before.length) errs.push(forbidden('status.conditions', `updates may not add a condition of type "${t}"`));
      else if (after.length === before.length && JSON.stringify(after) !== JSON.stringify(before)) {
        errs.push(forbidden('status.conditions', `updates may not modify a condition of type "${t}"`));
      }
    }
  }
  if (certificateOf(csr) !== certificateOf(old)) {
    if (!opts.allowSettingCertificate) errs.push(forbidden('status.certificate', 'updates may not set certificate content'));
    else if (certificateOf(old) !== '') errs.push(forbidden('status.certificate', 'updates may not modify existing certificate content'));
  }
  errs.push(...validateObjectMetaUpdate(csr.metadata, old.metadata));
  return errs;
}
