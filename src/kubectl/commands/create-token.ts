// `kubectl create token SERVICE_ACCOUNT`: asks the API server for a service account token (the
// serviceaccounts/token subresource) and prints it — with a newline only on a terminal, so that
// `TOKEN=$(kubectl create token ci)` and pipes get the bare token — or the TokenRequest with -o.

import { createServiceAccountToken, type TokenRequestSpec } from '../../sim/api/token-request';
import type { CommandSpec, Invocation } from '../cli/command';
import { messageError, usageError, type KubectlError } from '../cli/errors';
import { isError, PRINT_FLAGS, printWritten, writePrinter } from './create-shared';

const BOUND_KINDS = ['Node', 'Pod', 'Secret'];

function validate(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const duration = f.number('duration');
  if (duration < 0) return messageError('--duration must be greater than or equal to 0');
  if (duration % 1000 !== 0) return messageError('--duration cannot be expressed in units less than seconds');
  if (f.strings('audience').some((a) => a === '')) return messageError('--audience must not be an empty string');
  const kind = f.string('bound-object-kind');
  if (kind === '') {
    if (f.string('bound-object-name') !== '') return messageError('--bound-object-name can only be set if --bound-object-kind is provided');
    if (f.string('bound-object-uid') !== '') return messageError('--bound-object-uid can only be set if --bound-object-kind is provided');
    return undefined;
  }
  if (!BOUND_KINDS.includes(kind)) return messageError(`supported --bound-object-kind values are ${BOUND_KINDS.join(', ')}`);
  if (f.string('bound-object-name') === '') return messageError('--bound-object-name is required if --bound-object-kind is provided');
  return undefined;
}

function run(inv: Invocation): KubectlError | undefined {
  if (inv.args.length !== 1) return usageError(inv.commandPath, `exactly one NAME is required, got ${inv.args.length}`);
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const invalid = validate(inv);
  if (invalid) return invalid;
  const f = inv.flags;
  const spec: TokenRequestSpec = { audiences: f.strings('audience').length > 0 ? [...f.strings('audience')] : null };
  if (f.number('duration') > 0) spec.expirationSeconds = f.number('duration') / 1000;
  const kind = f.string('bound-object-kind');
  if (kind !== '') spec.boundObjectRef = { kind, apiVersion: 'v1', name: f.string('bound-object-name'), uid: f.string('bound-object-uid') };
  const res = createServiceAccountToken(inv.cluster.ctx, inv.namespace, inv.args[0] as string, spec);
  if (!res.ok) return messageError(`failed to create token: ${res.status.message}`);
  if (printer) return printWritten(inv.out, printer, res.object, 'created', 'none');
  const token = String((res.object['status'] as { token: string }).token);
  inv.out.out(inv.ctx.stdoutIsTerminal === false ? token : `${token}\n`);
  return undefined;
}

export const createTokenCommand: CommandSpec = {
  name: 'token',
  short: 'Request a service account token',
  long:
    'Ask the API server for a token of a service account, and print it.\n\n' +
    ' The token is valid for an hour unless --duration asks for another lifetime (10 minutes at least),\n' +
    ' for the API server unless --audience names others, and can be bound to a Pod, Secret or Node so\n' +
    ' that it stops working when that object is deleted.',
  example:
    '  # A token for the service account "ci" of the current namespace\n  kubectl create token ci\n  \n' +
    '  # A token for "ci" in namespace "build", valid for two hours\n  kubectl create token ci -n build --duration=2h\n  \n' +
    '  # Log in as "ci" with it\n  kubectl get pods --token=$(kubectl create token ci)',
  use: 'SERVICE_ACCOUNT_NAME [options]',
  flags: [
    PRINT_FLAGS[0]!,
    { name: 'audience', type: 'stringArray', usage: 'Who the token is for; the API server unless given. Repeat for several.' },
    { name: 'bound-object-kind', type: 'string', usage: 'Bind the token to an object of this kind: Node, Pod or Secret.' },
    { name: 'bound-object-name', type: 'string', usage: 'Name of the object the token is bound to (needs --bound-object-kind).' },
    { name: 'bound-object-uid', type: 'string', usage: 'UID the bound object must have; its current UID when unset.' },
    { name: 'duration', type: 'duration', usage: 'How long the token should live; 0 lets the server decide (an hour).' },
    ...PRINT_FLAGS.slice(1),
  ],
  run,
};
