// `kubectl -o yaml`: sigs.k8s.io/yaml turns the object's JSON into YAML with go-yaml v2 (v2.4), so
// output is block style, keys sorted (go-yaml's "natural" order), 2-space indent, sequences not
// indented under their key, `{}`/`[]` for empty collections, strings quoted only when a plain
// scalar would read back differently, multi-line strings as `|` literals, and long plain or quoted
// strings folded at spaces once a line passes 80 columns.

import { utf8Length } from '../util/utf8';
import { formatGoFloat, isGoInt } from './go-fmt';
import { resolvesToNonString } from './yaml-resolve';
import { analyzeScalar, isBreak, selectScalarStyle, type ScalarStyle } from './yaml-scalar';
import { yamlKeyCompare } from './yaml-sort';
import { YamlWriter } from './yaml-writer';

interface NodeContext {
  /** Value of a block mapping entry (a sequence there is not indented). */
  mapping: boolean;
  /** A mapping key written inline before `:`. */
  simpleKey: boolean;
}

/**
 * Strings that every style rule leaves plain and that cannot fold (no spaces, breaks, indicators or
 * non-ASCII): most names, images, keys and enum values. Writing them directly skips the analysis.
 */
const SIMPLE_PLAIN = /^[A-Za-z0-9][A-Za-z0-9_./-]*$/;
/** Keys written `key:` inline without checking for breaks and byte length. */
const SIMPLE_KEY = /^[\x20-\x7e]{0,128}$/;

/** Sorted key order per key set: objects of one kind share a few key sets, and sorting is costly. */
const keyOrders = new Map<string, string[]>();

function sortedKeys(map: Record<string, unknown>): string[] {
  const keys = Object.keys(map).filter((k) => map[k] !== undefined);
  if (keys.length < 2) return keys;
  const signature = keys.join('\u0000');
  const cached = keyOrders.get(signature);
  if (cached) return cached;
  const sorted = keys.sort(yamlKeyCompare);
  if (keyOrders.size > 10_000) keyOrders.clear();
  keyOrders.set(signature, sorted);
  return sorted;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A number as the JSON → YAML round trip leaves it: int64/uint64 digits, else Go's %g. */
function yamlNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  if (Number.isSafeInteger(n)) return String(n);
  if (isGoInt(n) || (Number.isInteger(n) && n > 0 && n < 2 ** 64)) return BigInt(n).toString();
  return formatGoFloat(n);
}

class YamlEncoder {
  readonly w = new YamlWriter();

  node(value: unknown, ctx: NodeContext): void {
    if (Array.isArray(value)) this.sequence(value, ctx);
    else if (isRecord(value)) this.mapping(value);
    else this.scalar(value, ctx);
  }

  private mapping(map: Record<string, unknown>): void {
    const w = this.w;
    const keys = sortedKeys(map);
    if (keys.length === 0) return this.emptyCollection('{', '}');
    w.increaseIndent(false, false);
    for (const key of keys) {
      w.writeIndent();
      // libyaml writes `key: value` when the key fits on one line in at most 128 bytes, else `? key`.
      if (SIMPLE_KEY.test(key) || (!Array.from(key).some((ch) => isBreak(ch.codePointAt(0) ?? 0)) && utf8Length(key) <= 128)) {
        this.scalar(key, { mapping: true, simpleKey: true });
        w.writeIndicator(':', false, false, false);
      } else {
        w.writeIndicator('?', true, false, true);
        this.scalar(key, { mapping: true, simpleKey: false });
        w.writeIndent();
        w.writeIndicator(':', true, false, true);
      }
      this.node(map[key], { mapping: true, simpleKey: false });
    }
    w.popIndent();
  }

  private sequence(items: readonly unknown[], ctx: NodeContext): void {
    const w = this.w;
    if (items.length === 0) return this.emptyCollection('[', ']');
    // A sequence that is a mapping value starts at the key's own indentation.
    w.increaseIndent(false, ctx.mapping && !w.indention);
    for (const item of items) {
      w.writeIndent();
      w.writeIndicator('-', true, false, true);
      this.node(item === undefined ? null : item, { mapping: false, simpleKey: false });
    }
    w.popIndent();
  }

  private emptyCollection(open: string, close: string): void {
    this.w.writeIndicator(open, true, true, false);
    this.w.writeIndicator(close, false, false, false);
  }

  private scalar(value: unknown, ctx: NodeContext): void {
    let text: string;
    // go-yaml's encoder asks for a literal when the string has a newline, and for double quotes
    // when a plain scalar would decode as another type; the emitter may still override it.
    let requested: ScalarStyle = 'plain';
    if (value === null || value === undefined) text = 'null';
    else if (typeof value === 'boolean') text = String(value);
    else if (typeof value === 'number') text = yamlNumber(value);
    else if (typeof value === 'bigint') text = value.toString();
    else {
      text = String(value);
      if (SIMPLE_PLAIN.test(text) && !resolvesToNonString(text)) {
        this.w.plainAscii(text);
        return;
      }
      if (text.includes('\n')) requested = 'literal';
      else if (resolvesToNonString(text)) requested = 'double';
    }
    const cps = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
    const style = selectScalarStyle(requested, analyzeScalar(cps), ctx.simpleKey, cps.length === 0);
    const w = this.w;
    w.increaseIndent(true, false);
    if (style === 'plain') w.plain(cps, !ctx.simpleKey);
    else if (style === 'single') w.singleQuoted(cps, !ctx.simpleKey);
    else if (style === 'double') w.doubleQuoted(cps, !ctx.simpleKey);
    else w.literal(cps);
    w.popIndent();
  }
}

/** `kubectl get -o yaml` text of a JSON-like value (objects, arrays, strings, numbers, booleans, null). */
export function toYaml(value: unknown): string {
  const e = new YamlEncoder();
  e.node(value === undefined ? null : value, { mapping: false, simpleKey: false });
  e.w.end();
  return e.w.out;
}
