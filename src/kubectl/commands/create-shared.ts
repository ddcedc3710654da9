// What the write verbs (create, apply, replace, run, expose, delete…) share: the --dry-run and
// --validate flags with kubectl's parsing and errors, the -o printers of commands that print the
// objects they wrote, and the "<kind>/<name> created (dry run)" success line.

import type { KubeObject } from '../../sim/api/object';
import type { FieldValidation } from '../../sim/api/apiserver';
import { executeJsonPath, toJson, toYaml } from '../printers';
import { messageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import type { Invocation } from '../cli/command';
import type { Output } from '../context';
import { resolvePrinter, type OutputSpec } from '../output/printer-spec';
import { objectName } from '../get/generic';
import { executeGoTemplate } from '../printers/go-template';

export type DryRun = 'none' | 'client' | 'server';

export const DRY_RUN_FLAG: FlagSpec = {
  name: 'dry-run',
  type: 'string',
  default: 'none',
  noOptDefVal: 'unchanged',
  usage: 'Only show what would happen: "client" (nothing sent) or "server" (checked by the server, not stored).',
};
export const VALIDATE_FLAG: FlagSpec = {
  name: 'validate',
  type: 'string',
  default: 'strict',
  noOptDefVal: 'strict',
  usage: 'How the server treats unknown or duplicate fields: strict (or true), warn, ignore (or false).',
};
export const FIELD_MANAGER_FLAG = (def: string): FlagSpec => ({ name: 'field-manager', type: 'string', default: def, usage: 'The name recorded as the owner of the fields written.' });

/** -o and the template flags of commands that print what they wrote. */
export const PRINT_FLAGS: readonly FlagSpec[] = [
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'Print nothing (instead of failing) when a template names a missing field.' },
  { name: 'output', shorthand: 'o', type: 'string', usage: 'Print the objects instead of a message: json, yaml, name, jsonpath=….' },
  { name: 'show-managed-fields', type: 'bool', usage: 'Keep metadata.managedFields in -o json and -o yaml.' },
  { name: 'template', type: 'string', usage: 'The template (or template file) for -o jsonpath.' },
];

/** The formats of a write command's -o, as kubectl lists them in its error. */
const WRITE_FORMATS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml';

/** cmdutil.GetDryRunStrategy. */
export function dryRunOf(inv: Invocation): DryRun | KubectlError {
  const v = inv.flags.string('dry-run');
  switch (v) {
    case 'unchanged':
    case 'client':
    case 'true':
    case '1':
    case 't':
    case 'T':
    case 'TRUE':
    case 'True':
      return 'client';
    case 'server':
      return 'server';
    case 'none':
    case 'false':
    case '0':
    case 'f':
    case 'F':
    case 'FALSE':
    case 'False':
      return 'none';
    default:
      return messageError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
  }
}

/** --validate as the server-side fieldValidation directive. */
export function fieldValidationOf(inv: Invocation): FieldValidation | KubectlError {
  const v = inv.flags.string('validate').toLowerCase();
  if (v === 'strict' || v === 'true') return 'Strict';
  if (v === 'warn') return 'Warn';
  if (v === 'ignore' || v === 'false') return 'Ignore';
  return messageError(`invalid - validate option "${inv.flags.string('validate')}"; must be one of: strict (or true), warn, ignore (or false)`);
}

export const isError = (v: unknown): v is KubectlError =>
  typeof v === 'object' && v !== null && 'kind' in v && ['status', 'message', 'raw', 'aggregate', 'exit'].includes((v as { kind: string }).kind) && !('apiVersion' in v);

/** The printer of -o for a write command; undefined means the default success message. */
export function writePrinter(inv: Invocation): OutputSpec | undefined | KubectlError {
  const output = inv.flags.string('output');
  const template = inv.flags.string('template');
  if (output === '' && template === '') return undefined;
  if (output === 'wide' || output.startsWith('custom-columns')) {
    return messageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${WRITE_FORMATS}`);
  }
  const spec = resolvePrinter({ output, template, noHeaders: false, allowMissingKeys: inv.flags.bool('allow-missing-template-keys'), ...(inv.ctx.files ? { files: inv.ctx.files } : {}) });
  if ('kind' in spec && (spec.kind === 'message' || spec.kind === 'status' || spec.kind === 'raw' || spec.kind === 'aggregate' || spec.kind === 'exit')) {
    if (spec.kind === 'message' && spec.message.startsWith('unable to match a printer')) {
      return messageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${WRITE_FORMATS}`);
    }
    return spec;
  }
  return spec as OutputSpec;
}

/** What creating verbs (create -f, the create generators, apply) read of their flags first. */
export interface WriteSettings {
  readonly printer: OutputSpec | undefined;
  readonly dryRun: DryRun;
  readonly validation: FieldValidation;
}

/** -o, --dry-run and --validate, checked in that order as kubectl's Complete does. */
export function writeSettings(inv: Invocation): WriteSettings | KubectlError {
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const validation = fieldValidationOf(inv);
  if (isError(validation)) return validation;
  return { printer, dryRun, validation };
}

const DRY_SUFFIX: Record<DryRun, string> = { none: '', client: ' (dry run)', server: ' (server dry run)' };

export interface PrintOptions {
  /** Go struct order (typed objects built by the client) instead of sorted keys. */
  readonly structOrder?: boolean;
}

/** Prints one written object: the success line, or the object through -o. */
export function printWritten(out: Output, spec: OutputSpec | undefined, obj: KubeObject, operation: string, dryRun: DryRun, opts: PrintOptions = {}): KubectlError | undefined {
  if (spec === undefined || spec.kind === 'human') {
    out.out(`${objectName(obj)} ${operation}${DRY_SUFFIX[dryRun]}\n`);
    return undefined;
  }
  const clean = withoutManagedFields(obj);
  switch (spec.kind) {
    case 'name':
      out.out(`${objectName(obj)}\n`);
      return undefined;
    case 'yaml':
      out.out(toYaml(clean));
      return undefined;
    case 'json':
      out.out(toJson(clean, { sortKeys: !opts.structOrder }));
      return undefined;
    case 'jsonpath': {
      const r = executeJsonPath(spec.program, clean, { allowMissingKeys: spec.allowMissingKeys, outputJson: spec.asJson });
      if (!r.ok) return messageError(r.message);
      out.out(r.text);
      return undefined;
    }
    case 'go-template': {
      const r = executeGoTemplate(spec.program, clean, { structOrder: opts.structOrder ?? false });
      out.out(r.text);
      return r.ok ? undefined : messageError(r.message);
    }
    case 'custom-columns':
      return messageError('custom-columns is not a format of this command');
  }
}

function withoutManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata?.managedFields) return obj;
  const metadata = { ...obj.metadata };
  delete metadata.managedFields;
  return { ...obj, metadata };
}

/** Prints the warnings the API server attached to a response. */
export function printWarnings(out: Output, warnings: readonly string[] | undefined): void {
  for (const w of warnings ?? []) out.warning(w);
}

/** A `-f http(s)://…` input: the simulator has no network. */
export function urlInputError(paths: readonly string[]): KubectlError | undefined {
  const url = paths.find((p) => /^https?:\/\//.test(p));
  if (!url) return undefined;
  return messageError(`unable to read URL "${url}", server reported: the simulator has no network access; save the manifest to a file and use -f <file>`);
}
