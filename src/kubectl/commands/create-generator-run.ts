// How every `kubectl create <generator>` runs once its object is built: the NAME argument check,
// -o / --dry-run / --validate, then print (client dry run) or POST through the typed client,
// whose errors most generators wrap as `failed to create <what>: <server message>`.

import type { KubeObject } from '../../sim/api/object';
import type { CommandSpec, Invocation } from '../cli/command';
import { messageError, statusError, usageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { withLastApplied } from './create-files';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, VALIDATE_FLAG, isError, printWarnings, printWritten, writeSettings } from './create-shared';
import { withNameHash } from '../generators/name-hash';

/** The flags every generator has. */
export const GENERATOR_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG('kubectl-create'),
  { name: 'save-config', type: 'bool', usage: 'Record the object in its last-applied-configuration annotation, for later kubectl apply.' },
  VALIDATE_FLAG,
];

export interface GeneratorDef {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly short: string;
  readonly use: string;
  readonly example?: string;
  readonly flags: readonly FlagSpec[];
  /** `failed to create <wrap>: …`; undefined when the server's error is shown as is. */
  readonly wrap?: string | ((inv: Invocation) => string);
  /** The object to create (namespace: set only when -n was given), or a failure. */
  readonly build: (inv: Invocation, name: string, namespace: string | undefined) => KubeObject | KubectlError;
  /** Extra checks after the name (e.g. required argument combinations). */
  readonly needsName?: boolean;
  /** `create service …` accepts --save-config but writes no last-applied annotation. */
  readonly ignoresSaveConfig?: boolean;
}

/** cmdutil.NameFromCommandArgs. */
export function nameFromArgs(inv: Invocation): string | KubectlError {
  const n = inv.argsLenAtDash < 0 ? inv.args.length : inv.argsLenAtDash;
  if (n !== 1) return usageError(inv.commandPath, `exactly one NAME is required, got ${n}`);
  return inv.args[0] as string;
}

export function runGenerator(def: GeneratorDef, inv: Invocation): KubectlError | undefined {
  const name = nameFromArgs(inv);
  if (typeof name !== 'string') return name;
  const settings = writeSettings(inv);
  if (isError(settings)) return settings;
  const { printer, dryRun, validation } = settings;
  const built = def.build(inv, name, inv.explicitNamespace ? inv.namespace : undefined);
  if (isError(built)) return built;
  const named = def.flags.some((f) => f.name === 'append-hash') && inv.flags.bool('append-hash') ? withNameHash(built) : built;
  let obj = inv.flags.bool('save-config') && !def.ignoresSaveConfig ? withLastApplied(named, { structOrder: true }) : named;
  if (dryRun !== 'client') {
    const res = inv.cluster.api.create(obj, { dryRun: dryRun === 'server', fieldValidation: validation, namespace: inv.namespace });
    if (!res.ok) {
      if (!def.wrap) return statusError(res.status);
      const what = typeof def.wrap === 'string' ? def.wrap : def.wrap(inv);
      return messageError(`failed to create ${what}: ${res.status.message}`);
    }
    printWarnings(inv.out, res.warnings);
    obj = res.object;
  }
  return printWritten(inv.out, printer, obj, 'created', dryRun, { structOrder: dryRun === 'client' });
}

export function generatorCommand(def: GeneratorDef): CommandSpec {
  return {
    name: def.name,
    ...(def.aliases ? { aliases: def.aliases } : {}),
    short: def.short,
    use: def.use,
    ...(def.example ? { example: def.example } : {}),
    flags: [...def.flags, ...GENERATOR_FLAGS],
    run: (inv) => runGenerator(def, inv),
  };
}

/** `key=value` pairs of --from-literal / --hard style flags. */
export function splitKeyValue(s: string): [string, string] | undefined {
  const i = s.indexOf('=');
  if (i <= 0) return undefined;
  return [s.slice(0, i), s.slice(i + 1)];
}
