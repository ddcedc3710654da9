// kubectl get -w / --watch-only / --output-watch-events: print what is there now (unless
// --watch-only), then one row (or document) per change the API server's watch delivers, at the
// moment it happens in virtual time, until the watch is interrupted or its time is up.
// Tables keep growing column widths across rows, as kubectl's RememberWidths tab writer does.

import type { KubeObject } from '../../sim/api/object';
import type { WatchEvent } from '../../sim/store/store';
import { INTERRUPTED, aggregate, messageError, statusError, type KubectlError } from '../cli/errors';
import type { KubectlContext, Output } from '../context';
import { HumanPrinter } from '../output/table-printer';
import type { OutputSpec } from '../output/printer-spec';
import { newKubectlTabWriter, toJson, toYaml, executeJsonPath, printCustomColumns } from '../printers';
import type { VisitResult } from '../resources/visit';
import { buildTable } from '../tables';
import { objectName } from './generic';
import type { Cluster } from '../../sim/cluster';
import { executeGoTemplate } from '../printers/go-template';

/** How long a watch lasts when the host sets no limit: then it ends as if Ctrl-C were pressed. */
export const DEFAULT_WATCH_LIMIT_MS = 60_000;
/** Virtual time passes in steps this long between checks for an interruption. */
const STEP_MS = 1_000;

export interface WatchOptions {
  readonly cluster: Cluster;
  readonly ctx: KubectlContext;
  /** '' with --all-namespaces. */
  readonly namespace: string;
  readonly labelSelector: string;
  readonly fieldSelector: string;
  readonly watchOnly: boolean;
  readonly outputWatchEvents: boolean;
  /** --request-timeout: the watch request is cut off after this long (undefined: never). */
  readonly requestTimeoutMs?: number | undefined;
  /** The human table options, or the generic printer. */
  readonly printer: { readonly human: { wide: boolean; noHeaders: boolean; allNamespaces: boolean; showLabels: boolean; columnLabels: readonly string[] } } | { readonly spec: OutputSpec };
}

type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** Prints one object; `flush` writes what was printed since the last flush (tables align per flush). */
interface Emitter {
  emit(obj: KubeObject, event: EventType | undefined): KubectlError | undefined;
  flush(): void;
}

function humanEmitter(opts: Extract<WatchOptions['printer'], { human: unknown }>['human'], type: Parameters<typeof buildTable>[0], cluster: Cluster, withNamespace: boolean, out: Output): Emitter {
  const w = newKubectlTabWriter();
  const printer = new HumanPrinter({ wide: opts.wide, noHeaders: opts.noHeaders, withNamespace, showLabels: opts.showLabels, columnLabels: opts.columnLabels });
  return {
    emit: (obj, event) => {
      printer.print(buildTable(type, [obj], cluster.now()), w, event);
      return undefined;
    },
    flush: () => out.out(w.flush()),
  };
}

function genericEmitter(spec: OutputSpec, out: Output): Emitter {
  let count = 0;
  const emit = (obj: KubeObject, event: EventType | undefined): KubectlError | undefined => {
    const value: Record<string, unknown> = event ? { type: event, object: obj } : obj;
    count++;
    switch (spec.kind) {
      case 'yaml':
        out.out(`${count > 1 ? '---\n' : ''}${toYaml(value)}`);
        return undefined;
      case 'json':
        // metav1.WatchEvent is a struct: "type" comes before "object" (whose keys are sorted).
        out.out(event ? `{\n    "type": "${event}",\n    "object": ${toJson(obj).trimEnd().replace(/\n/g, '\n    ')}\n}\n` : toJson(obj));
        return undefined;
      case 'name':
        out.out(`${objectName(obj)}\n`);
        return undefined;
      case 'jsonpath': {
        const r = executeJsonPath(spec.program, value, { allowMissingKeys: spec.allowMissingKeys, outputJson: spec.asJson });
        if (!r.ok) return messageError(r.message);
        out.out(r.text);
        return undefined;
      }
      case 'go-template': {
        const r = executeGoTemplate(spec.program, value);
        out.out(r.text);
        return r.ok ? undefined : messageError(r.message);
      }
      case 'custom-columns': {
        const r = printCustomColumns(spec.columns, [obj], { noHeaders: spec.noHeaders || count > 1 });
        out.out(r.text);
        return r.ok ? undefined : messageError(r.message);
      }
      case 'human':
        return undefined;
    }
  };
  return { emit, flush: () => undefined };
}

/** Runs the watch; `result` is what the builder fetched for the same arguments. */
export function runWatch(result: VisitResult, opts: WatchOptions, out: Output): KubectlError | undefined {
  if (result.errors.length > 0) return aggregate([...result.errors]);
  const infos = result.infos;
  const first = infos[0];
  if (!first) return undefined;
  if (infos.some((i) => i.type.group !== first.type.group || i.type.kind !== first.type.kind)) {
    return messageError('watch is only supported on individual resources and resource collections - more than 1 resource was found');
  }

  const printer =
    'human' in opts.printer
      ? humanEmitter(opts.printer.human, first.type, opts.cluster, opts.printer.human.allNamespaces && first.type.namespaced, out)
      : genericEmitter(opts.printer.spec, out);
  const eventOf = (type: EventType): EventType | undefined => (opts.outputWatchEvents ? type : undefined);

  if (!opts.watchOnly) {
    for (const obj of infos.flatMap((i) => i.objects)) {
      const err = printer.emit(obj, eventOf('ADDED'));
      if (err) return err;
    }
    printer.flush();
  }
  // Several names are several watch sources, which the builder cannot watch at once.
  if (first.named && infos.length > 1) return messageError('you may only watch a single resource or type of resource at a time');

  const named = first.named ? first.objects[0]?.metadata.name : undefined;
  const fieldSelector = [opts.fieldSelector, named !== undefined ? `metadata.name=${named}` : ''].filter((s) => s !== '').join(',');
  let failure: KubectlError | undefined;
  const started = opts.cluster.api.watch(
    first.type,
    {
      ...(first.type.namespaced && opts.namespace !== '' ? { namespace: opts.namespace } : {}),
      ...(opts.labelSelector !== '' ? { labelSelector: opts.labelSelector } : {}),
      ...(fieldSelector !== '' ? { fieldSelector } : {}),
    },
    (e: WatchEvent) => {
      if (failure) return;
      failure = printer.emit(e.object, eventOf(e.type as EventType));
      printer.flush();
    },
  );
  if (!started.ok) return statusError(started.status);
  let interrupted = false;
  try {
    // A watch cut off by --request-timeout closes its stream; kubectl ignores how the watch
    // ended and exits 0 without a message.
    interrupted = waitUntilInterrupted(opts.ctx, () => failure !== undefined, opts.requestTimeoutMs);
  } finally {
    started.object();
  }
  return failure ?? (interrupted ? INTERRUPTED : undefined);
}

/**
 * Lets virtual time pass until the host interrupts (true), `stop` says so, or the watch's time is
 * up (false: the headless end of an endless command is not a Ctrl-C); `maxMs` shortens that time.
 */
export function waitUntilInterrupted(ctx: KubectlContext, stop: () => boolean = () => false, maxMs?: number): boolean {
  if (!ctx.wait) return false;
  const limit = Math.min(ctx.watchLimitMs ?? DEFAULT_WATCH_LIMIT_MS, maxMs ?? Infinity);
  for (let waited = 0; waited < limit && !stop(); waited += STEP_MS) {
    if (ctx.interrupted?.()) return true;
    ctx.wait(Math.min(STEP_MS, limit - waited));
  }
  return false;
}
