// Rows of CertificateSigningRequests (printCertificateSigningRequest): who asked, of which signer,
// for how long, and where the request stands (`Approved,Issued`, `Denied`, `Pending`, `,Failed`).

import { humanDuration } from '../../lib/duration';
import type { KubeObject } from '../../sim/api/object';
import { since } from './format';
import { AGE, col, NAME, type TableDef } from './types';

interface Csr {
  spec?: { signerName?: string; username?: string; expirationSeconds?: number };
  status?: { conditions?: { type?: string }[] | null; certificate?: string };
}

/** The CONDITION cell: the decision (Denied before Approved), then Failed, then Issued. */
export function csrCondition(csr: Csr): string {
  const types = new Set((csr.status?.conditions ?? []).map((c) => c.type));
  let out = types.has('Denied') ? 'Denied' : types.has('Approved') ? 'Approved' : 'Pending';
  if (types.has('Failed')) out += ',Failed';
  if (csr.status?.certificate) out += ',Issued';
  return out;
}

export const certificateSigningRequestTable: TableDef = {
  columns: [NAME, AGE, col('SignerName'), col('Requestor'), col('RequestedDuration'), col('Condition')],
  row(o: KubeObject, { now }) {
    const csr = o as unknown as Csr;
    const seconds = csr.spec?.expirationSeconds;
    return [
      o.metadata.name ?? '',
      since(o.metadata.creationTimestamp, now),
      csr.spec?.signerName || '<none>',
      csr.spec?.username ?? '',
      seconds === undefined ? '<none>' : humanDuration(seconds * 1000),
      csrCondition(csr),
    ];
  },
};
