// `kubectl get`: its flags, and the Complete / Validate / Run steps of upstream's GetOptions —
// resolve the arguments into types and names, fetch, and print as tables or through -o.

import type { CommandSpec, Invocation } from '../cli/command';
import { messageError, usageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { printGeneric } from '../get/generic';
import { printHuman } from '../get/human';
import { requestTimeoutMs } from '../get/request-timeout';
import { runWatch, type WatchOptions } from '../get/watch';
import { GET_FORMATS, isOutputSpec, resolvePrinter } from '../output/printer-spec';
import { fetchObjects } from './fetch-objects';

export const GET_FLAGS: readonly FlagSpec[] = [
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Look in every namespace instead of the current one.' },
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'Print nothing (instead of failing) when a template names a missing field.' },
  { name: 'chunk-size', type: 'int64', default: 500, usage: 'Fetch long lists in pages of this many items; 0 fetches all at once.' },
  { name: 'field-selector', type: 'string', usage: "Keep only objects whose fields match, e.g. status.phase=Running ('=', '==', '!=')." },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the objects to show.' },
  { name: 'ignore-not-found', type: 'bool', usage: 'Say nothing about named objects that do not exist.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects to show.' },
  { name: 'label-columns', shorthand: 'L', type: 'stringSlice', usage: 'Add a column with the value of each of these labels (comma separated or repeated).' },
  { name: 'no-headers', type: 'bool', usage: 'Leave out the header row of tables and custom columns.' },
  { name: 'output', shorthand: 'o', type: 'string', usage: `Print in another format: ${GET_FORMATS.join(', ')}.` },
  { name: 'output-watch-events', type: 'bool', usage: 'With --watch, print the kind of each change (ADDED, MODIFIED, DELETED).' },
  { name: 'raw', type: 'string', usage: 'Send a raw GET for this API path and print the answer.' },
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Keep only objects whose labels match, e.g. app=web,tier!=db ('=', '==', '!=', 'in', 'notin')." },
  { name: 'server-print', type: 'bool', default: true, usage: 'Let the API server build the table columns.' },
  { name: 'show-kind', type: 'bool', usage: 'Prefix each name with its resource kind.' },
  { name: 'show-labels', type: 'bool', usage: 'Add a LABELS column with all labels of each object.' },
  { name: 'show-managed-fields', type: 'bool', usage: 'Keep metadata.managedFields in -o json and -o yaml.' },
  { name: 'sort-by', type: 'string', usage: 'Sort the rows by this JSONPath field, e.g. .metadata.creationTimestamp.' },
  { name: 'subresource', type: 'string', usage: 'Show a subresource (status, scale) of the named object.' },
  { name: 'template', type: 'string', usage: 'The template (or template file) for -o go-template and -o jsonpath.' },
  { name: 'watch', shorthand: 'w', type: 'bool', usage: 'After printing, keep watching and print every change.' },
  { name: 'watch-only', type: 'bool', usage: 'Print only the changes that happen from now on.' },
];

/** The -o values in the order kubectl's usage line lists them (kyaml is not supported here). */
const USAGE_FORMATS = 'json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide';

const NEED_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n';
const REQUIRED_RESOURCE =
  'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).';

function runGet(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const allNamespaces = f.bool('all-namespaces');
  const output = f.string('output');
  const template = f.string('template');
  const sortBy = f.string('sort-by');
  const watch = f.bool('watch');
  const watchOnly = f.bool('watch-only');

  if (f.string('raw') !== '') {
    if (inv.args.length > 0) return messageError('arguments may not be passed when --raw is specified');
    return messageError('--raw is not supported in this simulator');
  }
  if (watch && sortBy) inv.out.err('warning: --watch requested, --sort-by will be ignored for watch events received\n');
  else if (watchOnly && sortBy) inv.out.err('warning: --watch-only requested, --sort-by will be ignored\n');
  else if (!watch && !watchOnly && inv.args.length === 0 && f.strings('filename').length === 0 && f.string('kustomize') === '') {
    inv.out.err(NEED_TYPE);
    return usageError(inv.commandPath, REQUIRED_RESOURCE);
  }
  if (f.bool('show-labels') && output !== '' && output !== 'wide') return messageError(`--show-labels option cannot be used with ${output} printer`);
  if (f.bool('output-watch-events') && !watch && !watchOnly) return messageError('--output-watch-events option can only be used with --watch or --watch-only');
  if (f.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');
  if (f.string('subresource') !== '') return messageError('--subresource is not available in this simulator yet');

  // Read when kubectl builds its REST client, before the first request.
  const timeout = requestTimeoutMs(f.string('request-timeout'));
  if (!timeout.ok) return timeout.error;

  const namespace = allNamespaces ? '' : inv.namespace;
  const ignoreNotFound = f.bool('ignore-not-found');
  const fetched = fetchObjects(inv, { namespace, allNamespaces, ignoreNotFound, fieldSelector: f.string('field-selector').trim() });
  if ('kind' in fetched) return fetched;
  const { result, singleItemImplied } = fetched;

  const humanReadable = (output === '' && template === '') || output === 'wide';
  if (watch || watchOnly) {
    let printer: WatchOptions['printer'];
    if (humanReadable) {
      printer = { human: { wide: output === 'wide', noHeaders: f.bool('no-headers'), allNamespaces, showLabels: f.bool('show-labels'), columnLabels: f.strings('label-columns') } };
    } else {
      const spec = resolvePrinter({ output, template, noHeaders: f.bool('no-headers'), allowMissingKeys: f.bool('allow-missing-template-keys'), ...(inv.ctx.files ? { files: inv.ctx.files } : {}) });
      if (!isOutputSpec(spec)) return spec;
      printer = { spec };
    }
    return runWatch(result, {
      cluster: inv.cluster,
      ctx: inv.ctx,
      namespace,
      labelSelector: f.string('selector').trim(),
      fieldSelector: f.string('field-selector').trim(),
      watchOnly,
      outputWatchEvents: f.bool('output-watch-events'),
      requestTimeoutMs: timeout.ms,
      printer,
    }, inv.out);
  }
  if (humanReadable) {
    return printHuman(
      result,
      {
        wide: output === 'wide',
        noHeaders: f.bool('no-headers'),
        allNamespaces,
        showKind: f.bool('show-kind'),
        showLabels: f.bool('show-labels'),
        columnLabels: f.strings('label-columns'),
        sortBy,
        ignoreNotFound,
        namespace: inv.namespace,
        now: inv.cluster.now(),
      },
      inv.out,
    );
  }
  const printerFor = () =>
    resolvePrinter({
      output,
      template,
      noHeaders: f.bool('no-headers'),
      allowMissingKeys: f.bool('allow-missing-template-keys'),
      ...(inv.ctx.files ? { files: inv.ctx.files } : {}),
    });
  return printGeneric(printerFor, result, { singleItemImplied, ignoreNotFound, sortBy, showManagedFields: f.bool('show-managed-fields') }, inv.out);
}

export const getCommand: CommandSpec = {
  name: 'get',
  short: 'Show one or more resources',
  long:
    'Show one or more resources.\n\n' +
    ' Prints a table with the most useful facts about each resource. Narrow the list with -l (labels) or\n' +
    ' --field-selector; namespaced resources are looked up in the current namespace unless -n or -A says otherwise.\n\n' +
    'Run "kubectl api-resources" to see every resource type this cluster serves.',
  example:
    '  # Every pod of the current namespace\n  kubectl get pods\n  \n' +
    '  # With the node and IP of each pod\n  kubectl get pods -o wide\n  \n' +
    '  # One deployment as YAML\n  kubectl get deployment web -o yaml\n  \n' +
    '  # Pods and services together\n  kubectl get pods,services\n  \n' +
    '  # Pods labelled app=web in every namespace\n  kubectl get pods -l app=web -A\n  \n' +
    '  # Just the names and node of the pods\n  kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName',
  use: `[(-o|--output=)${USAGE_FORMATS}] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]`,
  flags: GET_FLAGS,
  suggestFor: ['list', 'ps'],
  run: runGet,
};
