// kubectl get's printGeneric: every non-table output (-o yaml|json|name|jsonpath|custom-columns).
// One object asked for by name prints as itself; anything else is wrapped in a `List` whose
// metadata.resourceVersion is "" (an empty List when nothing matched).

import type { KubeObject } from '../../sim/api/object';
import { typeForKind } from '../../sim/api/registry';
import { executeJsonPath, printCustomColumns, toJson, toYaml } from '../printers';
import { aggregate, messageError, type KubectlError } from '../cli/errors';
import type { Output } from '../context';
import { isOutputSpec, type OutputSpec } from '../output/printer-spec';
import type { VisitResult } from '../resources/visit';
import { parseSortField, sortByField } from './sort';
import { executeGoTemplate } from '../printers/go-template';

export interface GenericOptions {
  readonly singleItemImplied: boolean;
  readonly ignoreNotFound: boolean;
  readonly sortBy: string;
  readonly showManagedFields: boolean;
}


function withoutManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata?.managedFields) return obj;
  const metadata = { ...obj.metadata };
  delete metadata.managedFields;
  return { ...obj, metadata };
}

/** `kind[.group]/name`, as the name printer writes each object. */
export function objectName(obj: KubeObject): string {
  const type = typeForKind(obj.apiVersion, obj.kind);
  const slash = obj.apiVersion.indexOf('/');
  const group = type ? type.group : slash >= 0 ? obj.apiVersion.slice(0, slash) : '';
  return `${obj.kind.toLowerCase()}${group ? `.${group}` : ''}/${obj.metadata.name || '<unknown>'}`;
}

function printOne(spec: OutputSpec, value: KubeObject | { items: KubeObject[] } & Record<string, unknown>, isList: boolean, showManagedFields: boolean): { text: string; error?: KubectlError } {
  const items = isList ? ((value as { items: KubeObject[] }).items) : [value as KubeObject];
  switch (spec.kind) {
    case 'json':
    case 'yaml': {
      const clean = showManagedFields ? value : isList ? { ...value, items: items.map(withoutManagedFields) } : withoutManagedFields(value as KubeObject);
      return { text: spec.kind === 'json' ? toJson(clean) : toYaml(clean) };
    }
    case 'name':
      return { text: items.map((o) => `${objectName(o)}\n`).join('') };
    case 'jsonpath': {
      const r = executeJsonPath(spec.program, value, { allowMissingKeys: spec.allowMissingKeys, outputJson: spec.asJson });
      return r.ok ? { text: r.text } : { text: '', error: messageError(r.message) };
    }
    case 'go-template': {
      const r = executeGoTemplate(spec.program, value);
      return r.ok ? { text: r.text } : { text: r.text, error: messageError(r.message) };
    }
    case 'custom-columns': {
      const r = printCustomColumns(spec.columns, items, { noHeaders: spec.noHeaders });
      return r.ok ? { text: r.text } : { text: r.text, error: messageError(r.message) };
    }
    case 'human':
      return { text: '' };
  }
}

/**
 * `printerFor` is called only once the results are known to need printing (kubectl builds the
 * printer late, so a missing single object reports NotFound even with a bad -o).
 */
export function printGeneric(printerFor: () => OutputSpec | KubectlError, result: VisitResult, opts: GenericOptions, out: Output): KubectlError | undefined {
  const errors = [...result.errors];
  if (opts.singleItemImplied && errors.length > 0) return aggregate(errors);
  const objects = result.infos.flatMap((i) => i.objects);
  if (objects.length === 0 && opts.ignoreNotFound) return aggregate(errors);
  const spec = printerFor();
  if (!isOutputSpec(spec)) return spec;
  if (opts.singleItemImplied && objects.length === 1) {
    const printed = printOne(spec, objects[0] as KubeObject, false, opts.showManagedFields);
    out.out(printed.text);
    return aggregate(printed.error ? [...errors, printed.error] : errors);
  }
  const items = [...objects];
  if (opts.sortBy !== '' && items.length > 0) {
    const field = parseSortField(opts.sortBy, true);
    if ('kind' in field) return aggregate([...errors, field]);
    const sortError = sortByField(items, (o) => o, field.field, field.program);
    if (sortError) return aggregate([...errors, sortError]);
  }
  const list = { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
  const printed = printOne(spec, list, true, opts.showManagedFields);
  out.out(printed.text);
  return aggregate(printed.error ? [...errors, printed.error] : errors);
}
