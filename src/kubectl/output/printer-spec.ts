// `-o` resolution as kubectl get's PrintFlags.ToPrinter tries it: jsonpath family, go-template
// family, json/yaml, the human table (""/wide), custom columns, name — and otherwise
// `unable to match a printer suitable for the output format "x", allowed formats are: …`.

import { parseCustomColumnsSpec, parseCustomColumnsTemplate, parseJsonPath, type CustomColumn, type JsonPathProgram } from '../printers';
import { messageError, type KubectlError } from '../cli/errors';
import type { KubectlFiles } from '../context';
import { parseGoTemplate, type GoTemplateProgram } from '../printers/go-template';

export type OutputSpec =
  | { readonly kind: 'human'; readonly wide: boolean }
  | { readonly kind: 'json' }
  | { readonly kind: 'yaml' }
  | { readonly kind: 'name' }
  | { readonly kind: 'jsonpath'; readonly program: JsonPathProgram; readonly asJson: boolean; readonly allowMissingKeys: boolean }
  | { readonly kind: 'custom-columns'; readonly columns: CustomColumn[]; readonly noHeaders: boolean }
  | { readonly kind: 'go-template'; readonly program: GoTemplateProgram };

export const isOutputSpec = (s: OutputSpec | KubectlError): s is OutputSpec =>
  s.kind === 'human' || s.kind === 'json' || s.kind === 'yaml' || s.kind === 'name' || s.kind === 'jsonpath' || s.kind === 'custom-columns' || s.kind === 'go-template';

export interface PrinterFlags {
  /** The -o value as given. */
  readonly output: string;
  /** --template. */
  readonly template: string;
  readonly noHeaders: boolean;
  readonly allowMissingKeys: boolean;
  readonly files?: KubectlFiles;
}

/** Every format `kubectl get -o` knows, sorted as the error message lists them. */
export const GET_FORMATS = [
  'custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json',
  'jsonpath-file', 'kyaml', 'name', 'template', 'templatefile', 'wide', 'yaml',
];

const JSONPATH_FORMATS = ['jsonpath', 'jsonpath-file', 'jsonpath-as-json'];
const GO_TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'template', 'templatefile'];
const COLUMN_FORMATS = ['custom-columns', 'custom-columns-file'];

/** Splits `format=value` for one family of formats (the value may also come from --template). */
function splitFormat(output: string, template: string, family: readonly string[]): { format: string; value: string } {
  if (template !== '') return { format: output, value: template };
  for (const f of family) if (output.startsWith(`${f}=`)) return { format: f, value: output.slice(f.length + 1) };
  return { format: output, value: '' };
}

/** Reads a file named on the command line, with Go's os error text on failure. */
function readNamedFile(files: KubectlFiles | undefined, path: string): { ok: true; text: string } | { ok: false; why: string } {
  if (files?.isDir(path)) return { ok: false, why: `read ${path}: is a directory` };
  const text = files?.readFile(path);
  return text === undefined ? { ok: false, why: `open ${path}: no such file or directory` } : { ok: true, text };
}

export function resolvePrinter(flags: PrinterFlags): OutputSpec | KubectlError {
  let output = flags.output;
  if (flags.template !== '' && output === '') output = 'go-template';

  if (output !== '' || flags.template !== '') {
    const jp = splitFormat(output, flags.template, JSONPATH_FORMATS);
    if (JSONPATH_FORMATS.includes(jp.format)) {
      if (jp.value === '') return messageError('template format specified but no template given');
      let text = jp.value;
      if (jp.format === 'jsonpath-file') {
        const file = readNamedFile(flags.files, jp.value);
        if (!file.ok) return messageError(`error reading --template ${jp.value}, ${file.why}`);
        text = file.text;
      }
      const parsed = parseJsonPath(text);
      if (!parsed.ok) return messageError(parsed.message);
      return { kind: 'jsonpath', program: parsed.program, asJson: jp.format === 'jsonpath-as-json', allowMissingKeys: flags.allowMissingKeys };
    }
    const gt = splitFormat(output, flags.template, GO_TEMPLATE_FORMATS);
    if (GO_TEMPLATE_FORMATS.includes(gt.format)) {
      if (gt.value === '') return messageError('template format specified but no template given');
      let text = gt.value;
      if (gt.format === 'go-template-file' || gt.format === 'templatefile') {
        const file = readNamedFile(flags.files, gt.value);
        if (!file.ok) return messageError(`error reading --template ${gt.value}, ${file.why}`);
        text = file.text;
      }
      const parsed = parseGoTemplate(text);
      return parsed.ok ? { kind: 'go-template', program: parsed.program } : messageError(parsed.message);
    }
  }
  if (output === 'json') return { kind: 'json' };
  if (output === 'yaml') return { kind: 'yaml' };
  if (output === 'kyaml') return messageError('-o kyaml is not supported in this simulator; use -o yaml instead');
  if (output === '' || output === 'wide') return { kind: 'human', wide: output === 'wide' };

  const cc = splitFormat(output, flags.template, COLUMN_FORMATS);
  if (COLUMN_FORMATS.includes(cc.format)) {
    if (cc.value === '') return messageError('custom-columns format specified but no custom columns given');
    if (cc.format === 'custom-columns-file') {
      const file = readNamedFile(flags.files, cc.value);
      if (!file.ok) return messageError(`error reading template ${cc.value}, ${file.why}\n`);
      const parsed = parseCustomColumnsTemplate(file.text);
      if (!parsed.ok) return messageError(parsed.message);
      return { kind: 'custom-columns', columns: parsed.columns, noHeaders: false };
    }
    const parsed = parseCustomColumnsSpec(cc.value);
    if (!parsed.ok) return messageError(parsed.message);
    return { kind: 'custom-columns', columns: parsed.columns, noHeaders: flags.noHeaders };
  }
  if (output === 'name') return { kind: 'name' };
  return messageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${GET_FORMATS.join(',')}`);
}
