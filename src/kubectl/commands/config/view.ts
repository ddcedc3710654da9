// `kubectl config view`: the kubeconfig as v1.Config — YAML by default, or -o json / jsonpath —
// with secrets shown as REDACTED and certificate data as DATA+OMITTED unless --raw (or --flatten);
// --minify keeps only what the current context (or --context) uses.

import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, usageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { minifyKubeconfig, redactKubeconfig, toV1Object } from '../../kubeconfig/model';
import { isOutputSpec, resolvePrinter } from '../../output/printer-spec';
import { executeJsonPath, toJson, toYaml } from '../../printers';
import { goList, withKubeconfig } from './shared';
import { executeGoTemplate } from '../../printers/go-template';

/** The formats config view's print flags accept, as its error message lists them. */
const VIEW_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'kyaml', 'name', 'template', 'templatefile', 'yaml'];

const VIEW_FLAGS: readonly FlagSpec[] = [
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'Print nothing (instead of failing) when a template names a missing field.' },
  { name: 'flatten', type: 'bool', usage: 'Make the output self-contained, with file contents inlined (shows raw data).' },
  { name: 'merge', type: 'string', default: 'true', defaultText: 'true', noOptDefVal: 'true', usage: 'Merge every kubeconfig file kubectl would load.' },
  { name: 'minify', type: 'bool', usage: 'Show only the context in use, with its cluster and user.' },
  { name: 'output', shorthand: 'o', type: 'string', default: 'yaml', usage: `Output format: ${VIEW_FORMATS.join(', ')}.` },
  { name: 'raw', type: 'bool', usage: 'Show certificate data and secrets as they are stored.' },
  { name: 'show-managed-fields', type: 'bool', usage: 'Keep managedFields in JSON or YAML output.' },
  { name: 'template', type: 'string', usage: 'The template for -o jsonpath or -o go-template.' },
];

function runView(inv: Invocation): KubectlError | undefined {
  if (inv.args.length > 0) return usageError(inv.commandPath, `unexpected arguments: ${goList(inv.args)}`);
  const f = inv.flags;
  const output = f.string('output');
  const base = output.split('=')[0] ?? '';
  if (!VIEW_FORMATS.includes(base) && !(output === '' && f.string('template') !== '')) {
    return messageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${VIEW_FORMATS.join(',')}`);
  }
  if (base === 'name' || base === 'kyaml') return messageError(`-o ${base} is not supported by kubectl config view in this simulator; use -o yaml, -o json or -o jsonpath=…`);
  const spec = resolvePrinter({ output: output === 'yaml' ? 'yaml' : output, template: f.string('template'), noHeaders: false, allowMissingKeys: f.bool('allow-missing-template-keys'), ...(inv.ctx.files ? { files: inv.ctx.files } : {}) });
  if (!isOutputSpec(spec)) return spec;

  return withKubeconfig(inv, ({ config: loaded }) => {
    let config = loaded;
    if (f.bool('minify')) {
      const context = f.string('context');
      const minified = minifyKubeconfig(context !== '' ? { ...config, currentContext: context } : config);
      if (!minified.ok) return minified.error;
      config = minified.config;
    }
    if (!f.bool('flatten') && !f.bool('raw')) config = redactKubeconfig(config);
    const object = toV1Object(config);
    switch (spec.kind) {
      case 'json':
        inv.out.out(toJson(object, { sortKeys: false }));
        return undefined;
      case 'jsonpath': {
        const result = executeJsonPath(spec.program, JSON.parse(JSON.stringify(object)), { allowMissingKeys: spec.allowMissingKeys, outputJson: spec.asJson });
        if (!result.ok) return messageError(result.message);
        inv.out.out(result.text);
        return undefined;
      }
      case 'go-template': {
        const result = executeGoTemplate(spec.program, object, { structOrder: true });
        inv.out.out(result.text);
        return result.ok ? undefined : messageError(result.message);
      }
      default:
        inv.out.out(toYaml(object));
        return undefined;
    }
  });
}

export const configViewCommand: CommandSpec = {
  name: 'view',
  short: 'Show the kubeconfig settings',
  long:
    'Show the kubeconfig settings kubectl is using.\n\n' +
    ' Certificate data is shown as DATA+OMITTED and tokens or passwords as REDACTED unless --raw is given. Use\n' +
    ' -o jsonpath={...} to pick single values out of it.',
  example:
    '  # The whole kubeconfig, secrets hidden\n  kubectl config view\n  \n' +
    '  # Only what the current context uses\n  kubectl config view --minify\n  \n' +
    "  # The namespace of the current context\n  kubectl config view --minify -o jsonpath='{..namespace}'",
  use: '[flags] [options]',
  flags: VIEW_FLAGS,
  run: runView,
};
