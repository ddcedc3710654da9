// `kubectl certificate approve|deny`: adds an Approved (or Denied) condition to each named
// CertificateSigningRequest through its approval subresource, as kubectl v1.35 does: a request
// that already carries the condition is left as it is unless --force, one carrying the opposite
// decision is an error, and each request found is printed (`…/jane approved`) as it was read.

import type { KubeObject } from '../../sim/api/object';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { renderCommandHelp } from '../cli/help';
import { isError, PRINT_FLAGS, printWritten, writePrinter } from './create-shared';
import { FILENAME_FLAG, KUSTOMIZE_FLAG, RECURSIVE_FLAG } from './rollout/shared';
import { findTargets, kustomizeError } from './targets';

interface Decision {
  /** The condition this verb adds. */
  type: 'Approved' | 'Denied';
  /** The condition that makes this verb an error. */
  opposite: 'Approved' | 'Denied';
  reason: string;
  message: string;
  /** Printed after each request. */
  done: string;
}

const APPROVE: Decision = { type: 'Approved', opposite: 'Denied', reason: 'KubectlApprove', message: 'This CSR was approved by kubectl certificate approve.', done: 'approved' };
const DENY: Decision = { type: 'Denied', opposite: 'Approved', reason: 'KubectlDeny', message: 'This CSR was denied by kubectl certificate deny.', done: 'denied' };

interface Condition {
  type: string;
  status?: string;
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
}

const conditionsOf = (obj: KubeObject): Condition[] => ((obj['status'] as { conditions?: Condition[] } | undefined)?.conditions ?? []);

function decide(inv: Invocation, d: Decision): KubectlError | undefined {
  const k = kustomizeError(inv);
  if (k) return k;
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) {
    return messageError('one or more CSRs must be specified as <name> or -f <filename>');
  }
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const targets = findTargets(inv, { args: inv.args.length > 0 ? ['certificatesigningrequest', ...inv.args] : [] });
  if ('kind' in targets) return targets;
  const errors: KubectlError[] = [];
  let found = 0;
  for (const entry of targets.entries) {
    if (!entry.ok) {
      errors.push(entry.error);
      continue;
    }
    const { type, object } = entry.target;
    if (type.group !== 'certificates.k8s.io' || type.kind !== 'CertificateSigningRequest') {
      errors.push(messageError(`can only handle CertificateSigningRequest.certificates.k8s.io objects, got ${type.group ? `${type.kind}.${type.group}` : type.kind}`));
      continue;
    }
    const failed = applyDecision(inv, object, d);
    if (failed) {
      errors.push(failed);
      continue;
    }
    found++;
    const printed = printWritten(inv.out, printer, object, d.done, 'none');
    if (printed) errors.push(printed);
  }
  if (found === 0 && errors.length === 0) inv.out.out('No resources found\n');
  return aggregate(errors);
}

/** Reads the request afresh, adds the condition when it is missing (or --force), writes the approval. */
function applyDecision(inv: Invocation, listed: KubeObject, d: Decision): KubectlError | undefined {
  const type = inv.cluster.api.typeOf(listed);
  if (!type) return undefined;
  const current = inv.cluster.api.get(type, undefined, listed.metadata.name ?? '');
  if (!current.ok) return messageError(`could not find v1 or v1beta1 version of ${listed.metadata.name ?? ''}: ${current.status.message}`);
  const csr = current.object;
  const conditions = conditionsOf(csr);
  const opposite = conditions.find((c) => c.type === d.opposite);
  if (opposite) return messageError(`certificate signing request "${csr.metadata.name ?? ''}" is already ${opposite.type}`);
  const has = conditions.some((c) => c.type === d.type);
  if (has && !inv.flags.bool('force')) return undefined;
  const added: Condition[] = has ? [] : [{ type: d.type, status: 'True', reason: d.reason, message: d.message, lastUpdateTime: inv.cluster.rt.timestamp() }];
  const next: KubeObject = { ...csr, status: { ...(csr['status'] as object | undefined), conditions: [...conditions, ...added] } };
  const res = inv.cluster.api.updateApproval(next);
  return res.ok ? undefined : statusError(res.status);
}

const FLAGS = (what: string): readonly FlagSpec[] => [
  ...PRINT_FLAGS,
  { ...FILENAME_FLAG, usage: 'Files or directories naming the requests to update.' },
  { name: 'force', type: 'bool', usage: `Update the request even if it is already ${what}.` },
  KUSTOMIZE_FLAG,
  RECURSIVE_FLAG,
];

export const certificateApproveCommand: CommandSpec = {
  name: 'approve',
  short: 'Approve a certificate signing request',
  long:
    'Approve certificate signing requests (CSRs).\n\n' +
    ' Approving tells the request\'s signer to issue the certificate it asks for: for the\n' +
    ' kubernetes.io/kube-apiserver-client signer, a client certificate from the cluster CA whose\n' +
    ' CN becomes the user name and whose O values become groups.\n\n' +
    ' Read the request first (kubectl describe csr NAME): whoever holds the key of an approved\n' +
    ' request can authenticate as the identity it names.',
  example: "  # Approve the request named jane\n  kubectl certificate approve jane",
  use: '(-f FILENAME | NAME)',
  flags: FLAGS('approved'),
  run: (inv) => decide(inv, APPROVE),
};

export const certificateDenyCommand: CommandSpec = {
  name: 'deny',
  short: 'Deny a certificate signing request',
  long:
    'Deny certificate signing requests (CSRs).\n\n' +
    ' Denying tells the request\'s signer not to issue a certificate for it. A denied request\n' +
    ' cannot be approved afterwards; the cluster deletes it an hour later.',
  example: '  # Deny the request named jane\n  kubectl certificate deny jane',
  use: '(-f FILENAME | NAME)',
  flags: FLAGS('denied'),
  run: (inv) => decide(inv, DENY),
};

export const certificateCommand: CommandSpec = {
  name: 'certificate',
  short: 'Approve or deny certificate signing requests',
  long: 'Approve or deny certificate signing requests.',
  use: 'SUBCOMMAND [options]',
  subcommands: [certificateApproveCommand, certificateDenyCommand],
  // cmd.Help(): any arguments are ignored and the help printed, with success.
  run: (inv) => {
    inv.out.out(renderCommandHelp(certificateCommand, inv.commandPath, certificateCommand.flags ?? []));
    return undefined;
  },
};
