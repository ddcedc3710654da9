// Evaluation of a parsed JSONPath template over decoded JSON, following client-go's JSONPath
// (FindResults and the eval* functions): every root node yields one list of values; `range`/`end`
// repeat the nodes between them per value; errors carry upstream's texts. Like upstream, a failing
// step returns the values reached so far together with the error (filters rely on that).
//
// Values are plain JSON-like JS values. `undefined` stands for Go's invalid reflect.Value (the
// "data" inside an empty range), `null` for a JSON null. Go iterates maps in random order; we use
// sorted keys so output is deterministic.

import { utf8Bytes } from '../../lib/base64';
import { goSprint, goTypeName, sortedGoKeys } from './go-fmt';
import { GoFloat, compare } from './jsonpath-compare';
import type { JsonPathNode, ListNode, SliceParam } from './jsonpath-parser';

type Step = [values: unknown[], error: string | null];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);

/** Elements a wildcard or `..` visits: map values, list items, or a string's UTF-8 bytes. */
function children(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isRecord(v)) return sortedGoKeys(v).map((k) => v[k]);
  if (typeof v === 'string') return utf8Bytes(v);
  return [];
}

export class JsonPathEvaluator {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: JsonPathNode | null = null;

  constructor(private readonly allowMissingKeys: boolean) {}

  /** client-go FindResults: one list of values per root node, ranges expanded. */
  findResults(nodes: readonly JsonPathNode[], data: unknown): [unknown[][], string | null] {
    const cur = [data];
    const full: unknown[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (!node) continue;
      const [results, err] = this.walk(cur, node);
      if (err !== null) return [[], err];
      // An `end` closes the innermost range: stop this pass over the nodes.
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length > 0) {
          for (const value of results) {
            const [next, nextErr] = this.findResults(rest, value);
            if (nextErr !== null) return [[], nextErr];
            full.push(...next);
          }
        } else {
          // Still walk the body so the matching `end` is found.
          const [, nextErr] = this.findResults(rest, undefined);
          if (nextErr !== null) return [[], nextErr];
        }
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return [full, null];
  }

  private walk(values: unknown[], node: JsonPathNode): Step {
    switch (node.type) {
      case 'list':
        return this.evalList(values, node);
      case 'text':
        return [[node.text], null];
      case 'field':
        return this.evalField(values, node.name);
      case 'array':
        return this.evalArray(values, node.params);
      case 'filter':
        return this.evalFilter(values, node);
      case 'int':
      case 'bool':
        return [values.map(() => node.value), null];
      case 'float':
        return [values.map(() => new GoFloat(node.value)), null];
      case 'wildcard':
        return [values.filter((v) => v !== null).flatMap(children), null];
      case 'recursive':
        return [this.evalRecursive(values), null];
      case 'union': {
        const out: unknown[] = [];
        for (const list of node.lists) {
          const [part, err] = this.evalList(values, list);
          if (err !== null) return [values, err];
          out.push(...part);
        }
        return [out, null];
      }
      case 'identifier':
        return this.evalIdentifier(values, node.name);
    }
  }

  private evalList(values: unknown[], list: ListNode): Step {
    let cur = values;
    for (const node of list.nodes) {
      const [next, err] = this.walk(cur, node);
      if (err !== null) return [next, err];
      cur = next;
    }
    return [cur, null];
  }

  private evalIdentifier(values: unknown[], name: string): Step {
    if (name === 'range') {
      this.beginRange++;
      return [values, null];
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return [[], null];
      }
      return [[], 'not in range, nothing to end'];
    }
    return [values, `unrecognized identifier ${name}`];
  }

  private evalField(values: unknown[], name: string): Step {
    const results: unknown[] = [];
    if (values.length === 0) return [results, null];
    for (const v of values) {
      if (isRecord(v) && Object.hasOwn(v, name) && v[name] !== undefined) results.push(v[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) return [results, `${name} is not found`];
    return [results, null];
  }

  private evalArray(values: unknown[], params: readonly [SliceParam, SliceParam, SliceParam]): Step {
    const result: unknown[] = [];
    for (const v of values) {
      if (v === null) continue;
      if (!Array.isArray(v)) return [values, `${v === undefined ? 'interface {}' : goTypeName(v)} is not array or slice`];
      const len = v.length;
      let start = params[0].known ? params[0].value : 0;
      if (start < 0) start += len;
      let end = params[1].known ? params[1].value : len;
      if (end < 0 || (end === 0 && params[1].derived)) end += len;
      if (end === start) return [result, null]; // zero elements requested: upstream stops here
      if (start >= len || start < 0) return [values, `array index out of bounds: index ${start}, length ${len}`];
      if (end > len || end < 0) return [values, `array index out of bounds: index ${end - 1}, length ${len}`];
      if (start > end) return [values, `starting index ${start} is greater than ending index ${end}`];
      let step = 1;
      if (params[2].known) {
        if (params[2].value <= 0) return [values, 'step must be > 0'];
        step = params[2].value;
      }
      for (let i = start; i < end; i += step) result.push(v[i]);
    }
    return [result, null];
  }

  private evalRecursive(values: unknown[]): unknown[] {
    const result: unknown[] = [];
    for (const v of values) {
      if (v === null) continue;
      const inner = children(v);
      if (inner.length === 0) continue;
      result.push(v, ...this.evalRecursive(inner));
    }
    return result;
  }

  private evalFilter(values: unknown[], node: Extract<JsonPathNode, { type: 'filter' }>): Step {
    const results: unknown[] = [];
    for (const v of values) {
      if (!Array.isArray(v)) {
        const shown = v === undefined ? '<invalid reflect.Value>' : goSprint(v);
        return [values, `${shown} is not array or slice and cannot be filtered`];
      }
      for (const item of v) {
        const [lefts, leftErr] = this.evalList([item], node.left);
        if (node.operator === 'exists') {
          if (lefts.length > 0) results.push(item);
          continue;
        }
        if (leftErr !== null) return [values, leftErr];
        if (lefts.length === 0) continue;
        if (lefts.length > 1) return [values, 'can only compare one element at a time'];
        const [rights, rightErr] = this.evalList([item], node.right);
        if (rightErr !== null) return [values, rightErr];
        if (rights.length === 0) continue;
        if (rights.length > 1) return [values, 'can only compare one element at a time'];
        const [pass, err] = compare(node.operator, lefts[0], rights[0]);
        if (err !== null) return [results, err];
        if (pass) results.push(item);
      }
    }
    return [results, null];
  }
}
