// `kubectl events`: the namespace's (or every namespace's) events, oldest first, in kubectl's own
// event table (LAST SEEN with "(xN over …)", OBJECT as Kind/name), filtered by --for and --types;
// -w prints each event as it is recorded. Other -o formats print the EventList.

import type { KubeObject } from '../../sim/api/object';
import { typeForKind } from '../../sim/api/registry';
import type { CommandSpec, Invocation } from '../cli/command';
import { INTERRUPTED, messageError, statusError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { waitUntilInterrupted } from '../get/watch';
import { isOutputSpec, resolvePrinter, type OutputSpec } from '../output/printer-spec';
import { escapeTerminal, executeJsonPath, newKubectlTabWriter, toJson, toYaml } from '../printers';
import { resolveResource } from '../resources/resolve';
import { since, timeOf } from '../tables/format';
import { executeGoTemplate } from '../printers/go-template';

interface EventObject extends KubeObject {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  involvedObject?: { kind?: string; name?: string; apiVersion?: string };
}

const FLAGS: readonly FlagSpec[] = [
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Show the events of every namespace (the current namespace is ignored).' },
  { name: 'watch', shorthand: 'w', type: 'bool', usage: 'After the list, keep printing events as they are recorded.' },
  { name: 'for', type: 'string', usage: 'Only the events about this object, as TYPE/NAME (e.g. pod/web).' },
  { name: 'types', type: 'stringSlice', usage: 'Only events of these types: Normal, Warning, or both (comma-separated).' },
  { name: 'no-headers', type: 'bool', usage: 'Leave out the header line of the default table.' },
  { name: 'chunk-size', type: 'int', default: 500, usage: 'Ask the server for this many events at a time (no effect here).' },
  { name: 'output', shorthand: 'o', type: 'string', usage: 'Print the events in this format: json, yaml, name, jsonpath=… (default: the event table).' },
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'Let a template quietly skip fields an event lacks.' },
  { name: 'show-managed-fields', type: 'bool', usage: 'Keep metadata.managedFields in JSON and YAML output.' },
  { name: 'template', type: 'string', usage: 'The template of -o jsonpath=… or go-template (jsonpath only here).' },
];

const PRINT_FORMATS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml';

/** When an event last happened: its series, else lastTimestamp, else eventTime (kubectl's sort key). */
function eventTime(e: EventObject): number {
  return timeOf(e.series?.lastObservedTime) ?? timeOf(e.lastTimestamp) ?? timeOf(e.eventTime) ?? 0;
}

/** LAST SEEN: the age, with "(xN over AGE-OF-FIRST)" for repeated events. */
function interval(e: EventObject, now: number): string {
  const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
  if (e.series) return `${since(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

class EventTable {
  private headersPrinted = false;
  private readonly w = newKubectlTabWriter();

  constructor(
    private readonly noHeaders: boolean,
    private readonly allNamespaces: boolean,
  ) {}

  print(events: readonly EventObject[], now: number): string {
    if (!this.noHeaders && !this.headersPrinted) {
      this.w.write(`${this.allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`);
      this.headersPrinted = true;
    }
    for (const e of events) {
      const object = `${escapeTerminal(e.involvedObject?.kind ?? '')}/${escapeTerminal(e.involvedObject?.name ?? '')}`;
      const cells = [interval(e, now), escapeTerminal(e.type ?? ''), escapeTerminal(e.reason ?? ''), object, escapeTerminal((e.message ?? '').trim())];
      this.w.write(`${this.allNamespaces ? `${e.metadata.namespace ?? ''}\t` : ''}${cells.join('\t')}\n`);
    }
    return this.w.flush();
  }
}

/** The -o printer for events (PrintFlags: no wide, no custom columns), or undefined for the table. */
function outputSpec(inv: Invocation): OutputSpec | undefined | KubectlError {
  const output = inv.flags.string('output');
  if (output === '' && inv.flags.string('template') === '') return undefined;
  if (output === 'wide' || output.startsWith('custom-columns')) {
    return messageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${PRINT_FORMATS}`);
  }
  return resolvePrinter({ output, template: inv.flags.string('template'), noHeaders: false, allowMissingKeys: inv.flags.bool('allow-missing-template-keys'), ...(inv.ctx.files ? { files: inv.ctx.files } : {}) });
}

function printValue(spec: OutputSpec, value: KubeObject | Record<string, unknown>, items: readonly KubeObject[], count: number): string | KubectlError {
  switch (spec.kind) {
    case 'yaml':
      return `${count > 0 ? '---\n' : ''}${toYaml(value)}`;
    case 'json':
      return toJson(value);
    case 'name':
      return items.map((o) => `event/${o.metadata.name}\n`).join('');
    case 'jsonpath': {
      const r = executeJsonPath(spec.program, value, { allowMissingKeys: spec.allowMissingKeys, outputJson: spec.asJson });
      return r.ok ? r.text : messageError(r.message);
    }
    case 'go-template': {
      const r = executeGoTemplate(spec.program, value);
      return r.ok ? r.text : messageError(r.message);
    }
    default:
      return '';
  }
}

function runEvents(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const allNamespaces = f.bool('all-namespaces');
  let forKind: { kind: string; apiVersion: string; name: string } | undefined;
  const forArg = f.string('for');
  if (forArg !== '') {
    if (!forArg.includes('/')) return messageError('--for must be in resource/name form');
    const parts = forArg.split('/');
    if (parts.length !== 2) return messageError('arguments in resource/name form may not have more than one slash');
    const resolved = resolveResource((parts[0] as string).toLowerCase(), inv.cluster.api.types.all());
    if (!resolved.ok) return resolved.error;
    const t = resolved.type;
    forKind = { kind: t.kind, apiVersion: t.group ? `${t.group}/${t.version}` : t.version, name: parts[1] as string };
  }
  const types = [...new Set(f.strings('types'))].sort();
  for (const t of types) if (t.toLowerCase() !== 'normal' && t.toLowerCase() !== 'warning') return messageError('valid --types are Normal or Warning');
  const spec = outputSpec(inv);
  if (spec !== undefined && !isOutputSpec(spec)) return spec;

  const type = typeForKind('v1', 'Event');
  if (!type) return messageError('the server does not serve events');
  const wanted = (e: EventObject): boolean =>
    (types.length === 0 || types.some((t) => t.toLowerCase() === (e.type ?? '').toLowerCase())) &&
    (!forKind || (e.involvedObject?.kind === forKind.kind && e.involvedObject?.apiVersion === forKind.apiVersion && e.involvedObject?.name === forKind.name));
  const namespace = allNamespaces ? undefined : inv.namespace;
  const table = new EventTable(f.bool('no-headers'), allNamespaces);

  if (f.bool('watch')) return watchEvents(inv, type, namespace, wanted, table, spec);

  const listed = inv.cluster.api.list(type, namespace !== undefined ? { namespace } : {});
  if (!listed.ok) return statusError(listed.status);
  const events = (listed.object as EventObject[]).filter(wanted);
  if (events.length === 0) {
    inv.out.err(allNamespaces ? 'No events found.\n' : `No events found in ${inv.namespace} namespace.\n`);
    return undefined;
  }
  // Oldest first; events of one moment keep the server's order.
  const sorted = events.map((e, i) => ({ e, i, t: eventTime(e) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.e);
  if (spec === undefined) {
    inv.out.out(table.print(sorted, inv.cluster.now()));
    return undefined;
  }
  const list = { apiVersion: 'v1', items: sorted, kind: 'EventList', metadata: { resourceVersion: String(inv.cluster.store.resourceVersion()) } };
  const text = printValue(spec, list, sorted, 0);
  if (typeof text !== 'string') return text;
  inv.out.out(text);
  return undefined;
}

function watchEvents(inv: Invocation, type: NonNullable<ReturnType<typeof typeForKind>>, namespace: string | undefined, wanted: (e: EventObject) => boolean, table: EventTable, spec: OutputSpec | undefined): KubectlError | undefined {
  let printed = 0;
  let failure: KubectlError | undefined;
  const show = (e: EventObject): void => {
    if (failure || !wanted(e)) return;
    const text = spec === undefined ? table.print([e], inv.cluster.now()) : printValue(spec, e, [e], printed);
    if (typeof text !== 'string') failure = text;
    else inv.out.out(text);
    printed++;
  };
  // A watch without a resourceVersion first delivers what exists (in storage order), then changes.
  const existing = inv.cluster.api.list(type, namespace !== undefined ? { namespace } : {});
  if (!existing.ok) return statusError(existing.status);
  for (const e of existing.object as EventObject[]) show(e);
  const started = inv.cluster.api.watch(type, namespace !== undefined ? { namespace } : {}, (ev) => {
    // Events expire after an hour; kubectl does not print their deletion.
    if (ev.type !== 'DELETED') show(ev.object as EventObject);
  });
  if (!started.ok) return statusError(started.status);
  let interrupted = false;
  try {
    interrupted = waitUntilInterrupted(inv.ctx, () => failure !== undefined);
  } finally {
    started.object();
  }
  return failure ?? (interrupted ? INTERRUPTED : undefined);
}

export const eventsCommand: CommandSpec = {
  name: 'events',
  short: 'List the events of a namespace',
  long:
    'List events: what the controllers, the scheduler and the kubelets reported about objects, oldest first.\n\n' +
    ' An event seen several times shows how often and since when, e.g. "5s (x4 over 2m)". Narrow the list\n' +
    ' to one object with --for, or to warnings with --types=Warning.',
  example:
    '  # The events of the current namespace\n  kubectl events\n  \n' +
    '  # Every namespace\n  kubectl events -A\n  \n' +
    '  # What happened to one pod, then keep watching\n  kubectl events --for pod/web --watch\n  \n' +
    '  # Only warnings, as YAML\n  kubectl events --types=Warning -o yaml',
  use: `[(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]`,
  flags: FLAGS,
  run: runEvents,
};
