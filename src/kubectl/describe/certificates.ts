// `kubectl describe csr`: who asked, of which signer, for how long, where the request stands, and
// what the PKCS#10 request inside asks for (its subject and alternative names).

import { humanDuration } from '../../lib/duration';
import { decodeExtension } from '../../lib/pki/extensions';
import { nameValues } from '../../lib/pki/name';
import { OID } from '../../lib/pki/oids';
import { parseCsr } from '../../sim/api/certificates/pem-checks';
import type { KubeObject } from '../../sim/api/object';
import { csrCondition } from '../tables/certificates';
import { formatLabels } from '../tables/format';
import type { DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { timeString } from './format';
import { LEVEL_0, tabbed, type DescribeWriter } from './writer';

interface Csr extends KubeObject {
  spec?: { request?: string; signerName?: string; username?: string; expirationSeconds?: number };
  status?: { conditions?: { type?: string }[]; certificate?: string };
}

/** printListHelper: the values one a line, under the first one's column. */
function list(w: DescribeWriter, name: string, values: readonly string[]): void {
  if (values.length > 0) w.write(LEVEL_0, `\t${name}:\t${values.join('\n\t\t')}\n`);
}

export function describeCertificateSigningRequest(obj: KubeObject, ctx: DescribeContext): string {
  const csr = obj as Csr;
  // The API server admits only requests that parse, so an empty one stands in for the impossible.
  const parsed = parseCsr(csr.spec?.request ?? '');
  const request = typeof parsed === 'string' ? { subject: [], extensions: [] } : parsed;
  const events = searchEvents(ctx, queryFor(obj));
  const subject = (oid: string) => nameValues(request.subject, oid);
  const san = request.extensions.find((e) => e.oid === OID.subjectAltName);
  const altNames = san ? (decodeExtension(san).altNames ?? []) : [];
  const alt = (kind: string) => altNames.filter((a) => a.kind === kind).map((a) => a.value);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', obj.metadata.name ?? '');
    w.line(LEVEL_0, 'Labels', formatLabels(obj.metadata.labels));
    w.line(LEVEL_0, 'Annotations', formatLabels(obj.metadata.annotations));
    w.line(LEVEL_0, 'CreationTimestamp', timeString(obj.metadata.creationTimestamp));
    w.line(LEVEL_0, 'Requesting User', csr.spec?.username ?? '');
    if (csr.spec?.signerName) w.line(LEVEL_0, 'Signer', csr.spec.signerName);
    if (csr.spec?.expirationSeconds !== undefined) w.line(LEVEL_0, 'Requested Duration', humanDuration(csr.spec.expirationSeconds * 1000));
    w.line(LEVEL_0, 'Status', csrCondition(csr));
    w.write(LEVEL_0, 'Subject:\n');
    w.write(LEVEL_0, `\tCommon Name:\t${subject(OID.commonName).at(-1) ?? ''}\n`);
    w.write(LEVEL_0, '\tSerial Number:\t\n');
    list(w, 'Organization', subject(OID.organizationName));
    list(w, 'Organizational Unit', subject(OID.organizationalUnitName));
    list(w, 'Country', subject(OID.countryName));
    list(w, 'Locality', subject(OID.localityName));
    list(w, 'Province', subject(OID.stateOrProvinceName));
    if (altNames.length > 0) {
      w.write(LEVEL_0, 'Subject Alternative Names:\n');
      list(w, 'DNS Names', alt('DNS'));
      list(w, 'Email Addresses', alt('email'));
      list(w, 'URIs', alt('URI'));
      list(w, 'IP Addresses', alt('IP'));
    }
    writeEvents(w, events, ctx.now);
  });
}
