/**
 * Label selectors as the API server reads them (k8s.io/apimachinery v0.35.2, pkg/labels and
 * metav1.LabelSelectorAsSelector): the string syntax of `?labelSelector=` / `kubectl -l`, the
 * LabelSelector object of workloads, matching, and the canonical string kubectl prints.
 *
 * Who uses which:
 * - a selector string (`kubectl get -l`, list calls) goes through parseLabelSelector; "" selects
 *   everything;
 * - a LabelSelector object (Deployment/ReplicaSet/Job/DaemonSet/StatefulSet spec.selector,
 *   NetworkPolicy podSelector, PDB selector, affinity terms) goes through labelSelectorFromObject:
 *   an object with no requirements (`{}`) selects everything, but a missing object (nil) selects
 *   NOTHING — the result is then `null`, and matchesLabels(null, …) is always false;
 * - a plain map selector (Service spec.selector, ReplicationController spec.selector) goes through
 *   selectorFromMap: nil or empty selects everything (callers such as the endpoints controller
 *   skip selector-less services themselves).
 * Error messages are upstream's, byte for byte, including its oddities ("<nil>: Invalid value",
 * "found '' expected: '('" without a comma, "e.g. 'MyName',  or …" with two spaces).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';

/** Operator names as upstream's selection.Operator values (also what NotSupported errors list). */
export type LabelOperator = 'in' | 'notin' | '=' | '==' | '!=' | 'exists' | '!' | 'gt' | 'lt';

export interface LabelSelectorReq {
  readonly key: string;
  readonly operator: LabelOperator;
  /** in/notin: the set (parsed strings give it sorted and de-duplicated); =/==/!=/gt/lt: one value; exists/!: none. */
  readonly values: readonly string[];
}

/** Requirements that must all hold; `[]` selects everything, `null` (a nil LabelSelector) nothing. */
export type ParsedLabelSelector = readonly LabelSelectorReq[] | null;

export type LabelSelectorResult = { ok: true; selector: ParsedLabelSelector } | { ok: false; message: string };

// ---- Go formatting of bad values in field errors --------------------------------------------

/** Go's %q for a string (strconv.Quote), for the ASCII cases that matter here. */
export function goQuote(s: string): string {
  const named: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (named[ch] !== undefined) out += named[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Go's json.Marshal of a []string (nil → null), which escapes <, > and & too. */
function goJson(values: readonly string[] | null): string {
  return JSON.stringify(values).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/** A list of field errors as one message: itself when alone, else "[a, b]" (duplicates dropped). */
export function aggregateErrors(errs: readonly string[]): string {
  const unique = [...new Set(errs)];
  return unique.length === 1 ? (unique[0] as string) : `[${unique.join(', ')}]`;
}

// ---- label key / value syntax (validation.IsQualifiedName, IsValidLabelValue) ----------------

const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const whole = (fmt: string): RegExp => new RegExp(`^${fmt}$`);
const LABEL_KEY_RE = whole(LABEL_KEY_FMT);
const LABEL_VALUE_RE = whole(LABEL_VALUE_FMT);
const DNS1123_SUBDOMAIN_RE = whole(DNS1123_SUBDOMAIN_FMT);

function regexError(msg: string, fmt: string, ...examples: string[]): string {
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** The problems with a label key (an optional DNS-subdomain prefix and '/', then a name). */
export function labelKeyErrors(key: string): string[] {
  const errs: string[] = [];
  const parts = key.split('/');
  if (parts.length > 2) {
    return [`a valid label key ${regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  const name = parts[parts.length - 1] as string;
  if (parts.length === 2) {
    const prefix = parts[0] as string;
    if (prefix === '') errs.push('prefix part must be non-empty');
    else {
      if (utf8Length(prefix) > 253) errs.push('prefix part must be no more than 253 bytes');
      if (!DNS1123_SUBDOMAIN_RE.test(prefix)) errs.push(`prefix part ${regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com')}`);
    }
  }
  if (name === '') errs.push('name part must be non-empty');
  else if (utf8Length(name) > 63) errs.push('name part must be no more than 63 bytes');
  if (!LABEL_KEY_RE.test(name)) errs.push(`name part ${regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

/** The problems with a label value (empty is fine). */
export function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (utf8Length(value) > 63) errs.push('must be no more than 63 bytes');
  if (!LABEL_VALUE_RE.test(value)) errs.push(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

// ---- requirements -------------------------------------------------------------------------

const INT64 = /^[+-]?[0-9]+$/;
const MAX_INT64 = (1n << 63n) - 1n;
function parseInt64(s: string): bigint | undefined {
  if (!INT64.test(s)) return undefined;
  const n = BigInt(s);
  return n > MAX_INT64 || n < -MAX_INT64 - 1n ? undefined : n;
}

/** labels.NewRequirement's checks, as field-error messages ([] when valid). `values` null = Go nil. */
function requirementErrors(key: string, op: LabelOperator, values: readonly string[] | null): string[] {
  const errs: string[] = [];
  const keyErrs = labelKeyErrors(key);
  if (keyErrs.length) errs.push(`key: Invalid value: ${goQuote(key)}: ${keyErrs.join('; ')}`);
  const vals = values ?? [];
  const invalidSet = (detail: string): void => {
    errs.push(`values: Invalid value: ${goJson(values)}: ${detail}`);
  };
  if ((op === 'in' || op === 'notin') && vals.length === 0) invalidSet("for 'in', 'notin' operators, values set can't be empty");
  if ((op === '=' || op === '==' || op === '!=') && vals.length !== 1) invalidSet('exact-match compatibility requires one single value');
  if ((op === 'exists' || op === '!') && vals.length !== 0) invalidSet('values set must be empty for exists and does not exist');
  if (op === 'gt' || op === 'lt') {
    if (vals.length !== 1) invalidSet("for 'Gt', 'Lt' operators, exactly one value is required");
    vals.forEach((v, i) => {
      if (parseInt64(v) === undefined) errs.push(`values[${i}]: Invalid value: ${goQuote(v)}: for 'Gt', 'Lt' operators, the value must be an integer`);
    });
  }
  vals.forEach((v, i) => {
    const valueErrs = labelValueErrors(v);
    if (valueErrs.length) errs.push(`values[${i}][${key}]: Invalid value: ${goQuote(v)}: ${valueErrs.join('; ')}`);
  });
  return errs;
}

const byKey = (reqs: LabelSelectorReq[]): LabelSelectorReq[] =>
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)); // Array.prototype.sort is stable

function requirementMatches(r: LabelSelectorReq, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = has ? labels[r.key] : undefined;
  switch (r.operator) {
    case 'in': case '=': case '==': return value !== undefined && r.values.includes(value);
    case 'notin': case '!=': return value === undefined || !r.values.includes(value);
    case 'exists': return has;
    case '!': return !has;
    case 'gt': case 'lt': {
      const actual = value === undefined ? undefined : parseInt64(value);
      const bound = r.values.length === 1 ? parseInt64(r.values[0] as string) : undefined;
      if (actual === undefined || bound === undefined) return false;
      return r.operator === 'gt' ? actual > bound : actual < bound;
    }
  }
}

/** Whether `labels` satisfy every requirement; a null selector (nil LabelSelector) matches nothing. */
export function matchesLabels(sel: ParsedLabelSelector, labels: Record<string, string> | undefined): boolean {
  if (sel === null) return false;
  return sel.every((r) => requirementMatches(r, labels ?? {}));
}

const OPERATOR_TEXT: Record<LabelOperator, string> = { in: ' in ', notin: ' notin ', '=': '=', '==': '==', '!=': '!=', gt: '>', lt: '<', exists: '', '!': '' };

function requirementToString(r: LabelSelectorReq): string {
  if (r.operator === 'exists') return r.key;
  if (r.operator === '!') return `!${r.key}`;
  const values = r.values.length === 1 ? (r.values[0] as string) : [...r.values].sort().join(',');
  const set = r.operator === 'in' || r.operator === 'notin';
  return `${r.key}${OPERATOR_TEXT[r.operator]}${set ? `(${values})` : values}`;
}

/** Selector.String(): "app=nginx,tier in (a,b),!canary"; "" for everything and for nothing. */
export function selectorToString(sel: ParsedLabelSelector): string {
  return sel === null ? '' : sel.map(requirementToString).join(',');
}

/** labels.SelectorFromSet: equality on every entry, sorted by key; nil or {} selects everything. */
export function selectorFromMap(set: Record<string, string> | undefined): LabelSelectorReq[] {
  return byKey(Object.entries(set ?? {}).map(([key, value]) => ({ key, operator: '=', values: [value] })));
}

// ---- LabelSelector objects ------------------------------------------------------------------

const OBJECT_OPERATORS: Record<string, LabelOperator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

/** metav1.LabelSelectorAsSelector: nil → null (nothing), {} → [] (everything). */
export function labelSelectorFromObject(ls: LabelSelector | null | undefined): LabelSelectorResult {
  if (ls === null || ls === undefined) return { ok: true, selector: null };
  const reqs: LabelSelectorReq[] = [];
  for (const key of Object.keys(ls.matchLabels ?? {}).sort()) {
    const values = [(ls.matchLabels ?? {})[key] as string];
    const errs = requirementErrors(key, '=', values);
    if (errs.length) return { ok: false, message: aggregateErrors(errs) };
    reqs.push({ key, operator: '=', values });
  }
  for (const expr of ls.matchExpressions ?? []) {
    const operator = OBJECT_OPERATORS[expr.operator];
    if (!operator) return { ok: false, message: `${goQuote(expr.operator)} is not a valid label selector operator` };
    const values = expr.values?.length ? [...expr.values] : null;
    const errs = requirementErrors(expr.key, operator, values);
    if (errs.length) return { ok: false, message: aggregateErrors(errs) };
    reqs.push({ key: expr.key, operator, values: values ?? [] });
  }
  return { ok: true, selector: byKey(reqs) };
}

/** metav1.FormatLabelSelector, as kubectl get -o wide / describe print it: "<none>" when empty. */
export function formatLabelSelector(ls: LabelSelector | null | undefined): string {
  const r = labelSelectorFromObject(ls);
  if (!r.ok) return '<error>';
  return selectorToString(r.selector) || '<none>';
}

/**
 * ValidateLabelSelector for an object's selector at `fieldPath` (e.g. "spec.selector"): each
 * problem as a full field-error message, in upstream order (matchLabels sorted by key).
 */
export function validateLabelSelector(ls: LabelSelector | null | undefined, fieldPath: string): string[] {
  if (!ls) return [];
  const at = (child: string): string => (fieldPath ? `${fieldPath}.${child}` : child);
  const errs: string[] = [];
  const labelsPath = at('matchLabels');
  for (const [key, value] of Object.entries(ls.matchLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const msg of labelKeyErrors(key)) errs.push(`${labelsPath}: Invalid value: ${goQuote(key)}: ${msg}`);
    for (const msg of labelValueErrors(value)) errs.push(`${labelsPath}: Invalid value: ${goQuote(value)}: ${msg}`);
  }
  (ls.matchExpressions ?? []).forEach((expr, i) => {
    const path = at(`matchExpressions[${i}]`);
    const values = expr.values ?? [];
    if (expr.operator === 'In' || expr.operator === 'NotIn') {
      if (values.length === 0) errs.push(`${path}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`);
    } else if (expr.operator === 'Exists' || expr.operator === 'DoesNotExist') {
      if (values.length > 0) errs.push(`${path}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`);
    } else {
      errs.push(`${path}.operator: Invalid value: ${goJson([expr.operator]).slice(1, -1)}: not a valid selector operator`);
    }
    for (const msg of labelKeyErrors(expr.key)) errs.push(`${path}.key: Invalid value: ${goQuote(expr.key)}: ${msg}`);
    values.forEach((v, j) => {
      for (const msg of labelValueErrors(v)) errs.push(`${path}.values[${j}]: Invalid value: ${goQuote(v)}: ${msg}`);
    });
  });
  return errs;
}

// ---- the selector string parser (labels.Parse) ------------------------------------------------

type Token = 'eos' | 'error' | 'ident' | '(' | ')' | ',' | '!' | '=' | '==' | '!=' | '>' | '<' | 'in' | 'notin';
interface Scanned { tok: Token; lit: string }

const KEYWORDS: Record<string, Token> = { ')': ')', ',': ',', '!': '!', '==': '==', '=': '=', '>': '>', in: 'in', '<': '<', '!=': '!=', notin: 'notin', '(': '(' };
const isWhitespace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecial = (ch: string): boolean => '=!(),><'.includes(ch);
const END = '\0'; // upstream's lexer reads byte 0 past the end, so a NUL in the input also ends a token

/** Upstream's lexer, up to and including the first end-of-string token. */
function scan(input: string): Scanned[] {
  let pos = 0;
  const read = (): string => (pos < input.length ? (input[pos++] as string) : END);
  const items: Scanned[] = [];
  for (;;) {
    let ch = read();
    while (isWhitespace(ch)) ch = read();
    let item: Scanned;
    if (ch === END) item = { tok: 'eos', lit: '' };
    else if (isSpecial(ch)) {
      // The longest run of symbols that still spells an operator: "!=" but "=" then "(" in "=(".
      let buffer = ch;
      let last: Scanned | undefined = KEYWORDS[ch] ? { tok: KEYWORDS[ch] as Token, lit: ch } : undefined;
      for (let next = read(); ; next = read()) {
        if (next === END) break;
        if (!isSpecial(next)) { pos--; break; }
        buffer += next;
        const tok = KEYWORDS[buffer];
        if (tok) last = { tok, lit: buffer };
        else if (last) { pos--; break; }
      }
      item = last ?? { tok: 'error', lit: `error expected: keyword found '${buffer}'` };
    } else {
      let word = ch;
      for (let next = read(); next !== END; next = read()) {
        if (isSpecial(next) || isWhitespace(next)) { pos--; break; }
        word += next;
      }
      item = { tok: word === 'in' || word === 'notin' ? word : 'ident', lit: word };
    }
    items.push(item);
    if (item.tok === 'eos') return items;
  }
}

class ParseFailure {
  constructor(readonly message: string) {}
}

const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';

/** Recursive descent over the scanned tokens; "in"/"notin" are plain words where values go. */
class SelectorParser {
  private pos = 0;
  constructor(private readonly items: Scanned[]) {}

  private peek(asValue = true): Scanned {
    const item = this.items[Math.min(this.pos, this.items.length - 1)] as Scanned;
    return asValue && (item.tok === 'in' || item.tok === 'notin') ? { tok: 'ident', lit: item.lit } : item;
  }

  private next(asValue = true): Scanned {
    const item = this.peek(asValue);
    this.pos++;
    return item;
  }

  parse(): LabelSelectorReq[] | ParseFailure {
    const reqs: LabelSelectorReq[] = [];
    for (;;) {
      const { tok, lit } = this.peek();
      if (tok === 'eos') return reqs;
      if (tok !== 'ident' && tok !== '!') return new ParseFailure(`found '${lit}', expected: !, identifier, or 'end of string'`);
      const req = this.requirement();
      if (req instanceof ParseFailure) return new ParseFailure(`unable to parse requirement: ${req.message}`);
      reqs.push(req);
      const after = this.next();
      if (after.tok === 'eos') return reqs;
      if (after.tok !== ',') return new ParseFailure(`found '${after.lit}', expected: ',' or 'end of string'`);
      const following = this.peek();
      if (following.tok !== 'ident' && following.tok !== '!') {
        return new ParseFailure(`found '${following.lit}', expected: identifier after ','`);
      }
    }
  }

  private requirement(): LabelSelectorReq | ParseFailure {
    let first = this.next();
    const negated = first.tok === '!';
    if (negated) first = this.next();
    if (first.tok !== 'ident') return new ParseFailure(`found '${first.lit}', expected: identifier`);
    const key = first.lit;
    const keyErrs = labelKeyErrors(key);
    if (keyErrs.length) return new ParseFailure(`<nil>: Invalid value: ${goQuote(key)}: ${keyErrs.join('; ')}`);
    const ahead = this.peek().tok;
    let operator: LabelOperator;
    let values: string[];
    if (negated || ahead === 'eos' || ahead === ',') {
      operator = negated ? '!' : 'exists';
      values = [];
    } else {
      const op = this.next(false);
      const known: Partial<Record<Token, LabelOperator>> = { in: 'in', notin: 'notin', '=': '=', '==': '==', '!=': '!=', '>': 'gt', '<': 'lt' };
      const found = known[op.tok];
      if (!found) return new ParseFailure(`found '${op.lit}', expected: ${BINARY_OPERATORS}`);
      operator = found;
      const parsed = found === 'in' || found === 'notin' ? this.valueSet() : this.exactValue();
      if (parsed instanceof ParseFailure) return parsed;
      values = parsed;
    }
    const errs = requirementErrors(key, operator, values);
    return errs.length ? new ParseFailure(aggregateErrors(errs)) : { key, operator, values };
  }

  /** "(a,b,,c)": sorted and de-duplicated; "()" and empty slots mean the empty value. */
  private valueSet(): string[] | ParseFailure {
    const open = this.next();
    if (open.tok !== '(') return new ParseFailure(`found '${open.lit}' expected: '('`);
    const first = this.peek();
    if (first.tok === ')') {
      this.next();
      return [''];
    }
    if (first.tok !== 'ident' && first.tok !== ',') return new ParseFailure(`found '${first.lit}', expected: ',', ')' or identifier`);
    const set = new Set<string>();
    for (;;) {
      const item = this.next();
      if (item.tok === 'ident') {
        set.add(item.lit);
        const after = this.peek();
        if (after.tok === ')') break;
        if (after.tok !== ',') return new ParseFailure(`found '${after.lit}', expected: ',' or ')'`);
      } else if (item.tok === ',') {
        if (set.size === 0) set.add('');
        const after = this.peek().tok;
        if (after === ')') { set.add(''); break; }
        if (after === ',') set.add('');
      } else return new ParseFailure(`found '${item.lit}', expected: ',', or identifier`);
    }
    this.next(); // the ')' just seen
    return [...set].sort();
  }

  private exactValue(): string[] | ParseFailure {
    const ahead = this.peek().tok;
    if (ahead === 'eos' || ahead === ',') return [''];
    const value = this.next();
    return value.tok === 'ident' ? [value.lit] : new ParseFailure(`found '${value.lit}', expected: identifier`);
  }
}

/**
 * labels.Parse: "a=b", "a==b", "a!=b", "a in (x,y)", "a notin (x)", "a", "!a", "a>1", "a<1",
 * joined by "," (AND); blanks around tokens are ignored. The message on failure is the API
 * server's 400 body (kubectl prefixes `Unable to find "<gvr>" that match label selector …: `).
 */
export function parseLabelSelector(input: string): LabelSelectorResult {
  const result = new SelectorParser(scan(input)).parse();
  return result instanceof ParseFailure ? { ok: false, message: result.message } : { ok: true, selector: byKey(result) };
}
