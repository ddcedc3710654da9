import type { FieldError } from '../field-errors';
import { forbidden, goMap, invalid, required } from '../field-errors';
import { validateLabels } from './meta';
import { isLabelValue, isQualifiedName } from './names';
import { asArr, asObj, asStr, asStrMap, isObj } from './util';

/**
 * metav1.LabelSelector: validation (apimachinery `pkg/apis/meta/v1/validation/validation.go`
 * ValidateLabelSelector), conversion to a selector (`pkg/apis/meta/v1/helpers.go`
 * LabelSelectorAsSelector) and its JSON rendering in error messages.
 */

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

export function validateLabelSelector(selector: unknown, path: string): FieldError[] {
  if (!isObj(selector)) return [];
  const errs = validateLabels(asStrMap(selector.matchLabels), `${path}.matchLabels`);
  asArr(selector.matchExpressions).forEach((raw, i) => {
    const expr = asObj(raw);
    const ep = `${path}.matchExpressions[${i}]`;
    const op = asStr(expr.operator);
    const values = asArr(expr.values).map(asStr);
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) errs.push(required(`${ep}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) errs.push(forbidden(`${ep}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else errs.push(invalid(`${ep}.operator`, op, 'not a valid selector operator'));
    const key = asStr(expr.key);
    errs.push(...isQualifiedName(key).map((m) => invalid(`${ep}.key`, key, m)));
    values.forEach((v, j) => errs.push(...isLabelValue(v).map((m) => invalid(`${ep}.values[${j}]`, v, m))));
  });
  return errs;
}

/** A converted selector: `nothing` (nil selector), `everything` (empty) or requirements. */
export type Selector = { kind: 'nothing' } | { kind: 'everything' } | { kind: 'match'; test: (labels: Record<string, string>) => boolean };

/** LabelSelectorAsSelector: undefined when the selector cannot be converted (an error upstream). */
export function labelSelectorAsSelector(selector: unknown): Selector | undefined {
  if (!isObj(selector)) return { kind: 'nothing' };
  const matchLabels = asStrMap(selector.matchLabels);
  const exprs = asArr(selector.matchExpressions).map(asObj);
  if (Object.keys(matchLabels).length + exprs.length === 0) return { kind: 'everything' };
  const tests: Array<(l: Record<string, string>) => boolean> = [];
  for (const [k, v] of Object.entries(matchLabels)) {
    if (isQualifiedName(k).length > 0 || isLabelValue(v).length > 0) return undefined;
    tests.push((l) => l[k] === v);
  }
  for (const expr of exprs) {
    const key = asStr(expr.key);
    const op = asStr(expr.operator);
    const values = asArr(expr.values).map(asStr);
    if (!OPERATORS.includes(op) || isQualifiedName(key).length > 0) return undefined;
    if ((op === 'In' || op === 'NotIn') === (values.length === 0)) return undefined;
    if (values.some((v) => isLabelValue(v).length > 0)) return undefined;
    if (op === 'In') tests.push((l) => key in l && values.includes(l[key] as string));
    else if (op === 'NotIn') tests.push((l) => !(key in l) || !values.includes(l[key] as string));
    else if (op === 'Exists') tests.push((l) => key in l);
    else tests.push((l) => !(key in l));
  }
  return { kind: 'match', test: (l) => tests.every((t) => t(l)) };
}

export function selectorMatches(sel: Selector, labels: Record<string, string>): boolean {
  return sel.kind === 'everything' || (sel.kind === 'match' && sel.test(labels));
}

export const selectorIsEmpty = (sel: Selector): boolean => sel.kind === 'everything';

/** The selector as json.Marshal prints a *metav1.LabelSelector (omitempty fields dropped). */
export function selectorValue(selector: unknown): unknown {
  if (!isObj(selector)) return null;
  const out: Record<string, unknown> = {};
  const labels = asStrMap(selector.matchLabels);
  if (Object.keys(labels).length > 0) out.matchLabels = goMap(labels);
  const exprs = asArr(selector.matchExpressions).map((raw) => {
    const e = asObj(raw);
    const r: Record<string, unknown> = { key: asStr(e.key), operator: asStr(e.operator) };
    if (asArr(e.values).length > 0) r.values = asArr(e.values);
    return r;
  });
  if (exprs.length > 0) out.matchExpressions = exprs;
  return out;
}
