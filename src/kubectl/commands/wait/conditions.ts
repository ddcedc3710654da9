// What `kubectl wait --for=…` waits for, parsed as kubectl's conditionFuncFor does (`delete`,
// `create`, `condition=NAME[=VALUE]`, `jsonpath=EXPR[=VALUE]`, with its error texts), and the check
// of one object against a status condition or a JSONPath value.

import type { KubeObject } from '../../../sim/api/object';
import { messageError, type KubectlError } from '../../cli/errors';
import { findJsonPathResults, goSprint, parseJsonPath, relaxedJsonPathExpression, type JsonPathProgram } from '../../printers';

export type WaitFor =
  | { readonly kind: 'delete' }
  | { readonly kind: 'create' }
  | { readonly kind: 'condition'; readonly name: string; readonly status: string }
  /** `value` undefined: any value found will do. */
  | { readonly kind: 'jsonpath'; readonly program: JsonPathProgram; readonly value?: string };

/** met, not yet, or an error that ends the wait. */
export type CheckResult = boolean | { readonly error: string };

const JSONPATH_FORMAT = "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'";
const JSONPATH_VALUE = "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3";

/** splitJSONPathInput: splits on single '=', keeping '==' inside the parts. */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let element = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (i < input.length - 1 && input[i + 1] === '=') {
        element += '==';
        i++;
        continue;
      }
      out.push(element);
      element = '';
      continue;
    }
    element += input[i];
  }
  out.push(element);
  return out;
}

/** strings.Trim(s, `'"`). */
const trimQuotes = (s: string): string => s.replace(/^['"]+/, '').replace(/['"]+$/, '');

function parseJsonPathFor(input: string): WaitFor | KubectlError {
  const parts = splitJsonPathInput(input);
  if (parts.length < 1 || parts.length > 2) return messageError(JSONPATH_FORMAT);
  const relaxed = relaxedJsonPathExpression(parts[0] as string);
  if (!relaxed.ok) return messageError(relaxed.message);
  let value: string | undefined;
  if (parts.length === 2) {
    value = trimQuotes(parts[1] as string);
    if (value === '') return messageError(JSONPATH_VALUE);
  }
  if (relaxed.template === '') return messageError('jsonpath expression cannot be empty');
  const parsed = parseJsonPath(relaxed.template);
  if (!parsed.ok) return messageError(parsed.reason);
  return { kind: 'jsonpath', program: parsed.program, ...(value !== undefined ? { value } : {}) };
}

/** conditionFuncFor. */
export function parseWaitFor(condition: string): WaitFor | KubectlError {
  const lower = condition.toLowerCase();
  if (lower === 'delete') return { kind: 'delete' };
  if (lower === 'create') return { kind: 'create' };
  if (condition.startsWith('condition=')) {
    const rest = condition.slice('condition='.length);
    const eq = rest.indexOf('=');
    return eq < 0 ? { kind: 'condition', name: rest, status: 'true' } : { kind: 'condition', name: rest.slice(0, eq), status: rest.slice(eq + 1) };
  }
  if (condition.startsWith('jsonpath=')) return parseJsonPathFor(condition.slice('jsonpath='.length));
  return messageError(`unrecognized condition: ${JSON.stringify(condition)}`);
}

export const isWaitFor = (w: WaitFor | KubectlError): w is WaitFor => ['delete', 'create', 'condition', 'jsonpath'].includes(w.kind);

/** strings.EqualFold, near enough: Unicode simple case folding of both sides. */
const equalFold = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** ConditionalWait.checkCondition: the first condition of that type decides, once the status is current. */
function checkCondition(obj: KubeObject, name: string, want: string): CheckResult {
  const status = obj['status'] as { conditions?: unknown; observedGeneration?: unknown } | undefined;
  if (!Array.isArray(status?.conditions)) return false;
  for (const c of status.conditions as Record<string, unknown>[]) {
    if (typeof c?.['type'] !== 'string' || !equalFold(c['type'], name)) continue;
    if (typeof c['status'] !== 'string') continue;
    const generation = obj.metadata.generation;
    if (isInt(generation)) {
      const observed = isInt(c['observedGeneration']) ? c['observedGeneration'] : status.observedGeneration;
      if (isInt(observed) && observed < generation) return false;
    }
    return equalFold(c['status'], want);
  }
  return false;
}

/** JSONPathWait.checkCondition: exactly one value, compared as text (trimmed). */
function checkJsonPath(obj: KubeObject, program: JsonPathProgram, want: string | undefined): CheckResult {
  const found = findJsonPathResults(program, obj, true);
  if (!found.ok) return { error: found.reason };
  const results = found.results;
  if (results.length === 0 || (results[0] as unknown[]).length === 0) return false;
  if (results.length > 1) return { error: 'given jsonpath expression matches more than one list' };
  if ((results[0] as unknown[]).length > 1) return { error: 'given jsonpath expression matches more than one value' };
  if (want === undefined) return true;
  const value = (results[0] as unknown[])[0];
  if (value !== null && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    return { error: 'jsonpath leads to a nested object or list which is not supported' };
  }
  return goSprint(value).trim() === want.trim();
}

/** Whether `obj` meets a condition or JSONPath wait. */
export function checkObject(w: WaitFor, obj: KubeObject): CheckResult {
  if (w.kind === 'condition') return checkCondition(obj, w.name, w.status);
  if (w.kind === 'jsonpath') return checkJsonPath(obj, w.program, w.value);
  return false;
}
