// `kubectl set selector TYPE NAME k=v,…`: replace a Service's pod selector (only equality
// requirements; other kinds are refused). Like kubectl, it writes even when nothing changes.

import { parseLabelSelector } from '../../../sim/api/labels';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import { dryRunOf, isError, writePrinter } from '../create-shared';
import { SET_COMMON_FLAGS, applySetPlan } from './set-run';
import { findTargets } from './targets';

const OPERATORS: Record<string, string> = { in: 'In', notin: 'NotIn', exists: 'Exists', '!': 'DoesNotExist' };

/** metav1.ParseToLabelSelector, keeping what a Service selector can hold. */
function parseSelector(text: string): { labels: Record<string, string>; expressions: string[] } | KubectlError {
  const parsed = parseLabelSelector(text);
  if (!parsed.ok) return messageError(`couldn't parse the selector string "${text}": ${parsed.message}`);
  const labels: Record<string, string> = {};
  const expressions: string[] = [];
  for (const req of parsed.selector ?? []) {
    if (req.operator === '=' || req.operator === '==') labels[req.key] = req.values[0] ?? '';
    else if (req.operator === 'gt' || req.operator === 'lt') return messageError(`"${req.operator}" isn't supported in label selectors`);
    else if (OPERATORS[req.operator]) expressions.push(`{${req.key} ${OPERATORS[req.operator] as string} [${req.values.join(' ')}]}`);
    else return messageError(`"${req.operator}" is not a valid label selector operator`);
  }
  return { labels, expressions };
}

function runSetSelector(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  if (inv.args.length === 0) return messageError('one selector is required');
  const selector = parseSelector(inv.args[inv.args.length - 1] as string);
  if (isError(selector)) return selector;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const local = f.bool('local');
  const found = findTargets(inv, inv.args.slice(0, -1), { all: f.bool('all'), local, latest: true });
  if ('fatal' in found) return found.fatal;
  const version = f.string('resource-version');
  const errors = applySetPlan({ inv, dryRun, local, printer }, found.targets, {
    operation: 'selector updated',
    skipUnchanged: false,
    bareErrors: true,
    mutate: (copy) => {
      if (version !== '') copy.metadata.resourceVersion = version;
      if (selector.expressions.length > 0) return { error: `match expression [${selector.expressions.join(' ')}] not supported on this object` };
      if (copy.kind !== 'Service') return { error: 'setting a selector is only supported for Services' };
      (copy['spec'] as Record<string, unknown>)['selector'] = { ...selector.labels };
      return undefined;
    },
  });
  return aggregate([...found.errors, ...errors]);
}

export const setSelectorCommand: CommandSpec = {
  name: 'selector',
  short: "Replace a Service's pod selector",
  long:
    "Replace the pod selector of existing Services with the given one: label requirements key=value, separated by commas. The old selector is dropped entirely.\n\n" +
    ' Keys and values must be valid label keys and values (values at most 63 characters). With --resource-version the change is made only if the object still has that version.',
  example: [
    '  # Send the traffic of Service web to the pods labelled app=web,track=canary',
    '  kubectl set selector service web app=web,track=canary',
    '  ',
    '  # Show the changed Service without sending it',
    '  kubectl set selector svc/web app=web --dry-run=client -o yaml',
  ].join('\n'),
  use: '(-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]',
  flags: [
    ...SET_COMMON_FLAGS.filter((fl) => fl.name !== 'kustomize' && fl.name !== 'recursive'),
    { name: 'recursive', shorthand: 'R', type: 'bool', default: true, usage: 'With -f, also read the directories inside the given ones.' },
    { name: 'resource-version', type: 'string', usage: 'Change the object only if it still has this resource version (one object only).' },
  ],
  run: runSetSelector,
};
