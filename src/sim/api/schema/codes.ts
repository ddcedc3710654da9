/**
 * The compact field codes of types.gen.json (written by scripts/gen-schema.ts), and what they mean.
 *
 *   prefix `[` array of, `{` map with string keys of (prefixes nest: `[[s`, `{[s`);
 *   base   s string, i int32, l int64, f float64, b bool, q Quantity, n IntOrString, t Time,
 *          m MicroTime, y bytes (base64 text in JSON), a any JSON, `@Name` a struct (a Name without
 *          `group/version.` lives in the package of the type holding the field);
 *   suffix `!` required; then `^Embedded` when the field comes from an embedded Go struct
 *          (`json:",inline"`, named by its Go field name); then `|GoType` when the Go type differs
 *          from the one the code implies (named types such as `v1.PullPolicy`). The API server's
 *          decode errors print both.
 */

export type FieldKind =
  | 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'map'
  | 'quantity' | 'intOrString' | 'time' | 'bytes' | 'any';

/** A decoded field code. Arrays and maps describe their element in `items`. */
export interface FieldType {
  type: FieldKind;
  /** Struct type id (`core/v1.PodSpec`) when `type` is 'object'. */
  ref?: string;
  items?: FieldType;
  /** Integer width or float, as Go declares it. */
  format?: 'int32' | 'int64' | 'float64' | 'date-time' | 'micro-time';
  required?: boolean;
  /** The Go type the API server's JSON decoder names in type errors (`int32`, `[]v1.Container`). */
  goType: string;
  /** Go field names of the embedded struct(s) the field is promoted from (`['VolumeSource']`). */
  embeddedIn?: string[];
}

const BASES: Record<string, { type: FieldKind; goType: string; format?: FieldType['format'] }> = {
  s: { type: 'string', goType: 'string' },
  i: { type: 'integer', goType: 'int32', format: 'int32' },
  l: { type: 'integer', goType: 'int64', format: 'int64' },
  f: { type: 'number', goType: 'float64', format: 'float64' },
  b: { type: 'boolean', goType: 'bool' },
  q: { type: 'quantity', goType: 'resource.Quantity' },
  n: { type: 'intOrString', goType: 'intstr.IntOrString' },
  t: { type: 'time', goType: 'v1.Time', format: 'date-time' },
  m: { type: 'time', goType: 'v1.MicroTime', format: 'micro-time' },
  y: { type: 'bytes', goType: '[]uint8' },
  a: { type: 'any', goType: 'runtime.RawExtension' },
};

/** `core/v1.PodSpec` → the package-qualified name Go's reflect prints: `v1.PodSpec`. */
export function goNameOfType(typeId: string): string {
  const dot = typeId.indexOf('.');
  const pkg = typeId.slice(0, dot).split('/').pop() ?? '';
  return `${pkg}.${typeId.slice(dot + 1)}`;
}

/** Resolves `@Name` against the module of the type that holds the field (`core/v1`). */
export function resolveRef(ref: string, holderModule: string): string {
  return ref.includes('.') ? ref : `${holderModule}.${ref}`;
}

/** Decodes one field code found in a type of module `holderModule` (`core/v1`). */
export function parseCode(code: string, holderModule: string): FieldType {
  const bar = code.indexOf('|');
  const goOverride = bar >= 0 ? code.slice(bar + 1) : undefined;
  let body = bar >= 0 ? code.slice(0, bar) : code;
  const caret = body.indexOf('^');
  const embeddedIn = caret >= 0 ? body.slice(caret + 1).split('.') : undefined;
  if (caret >= 0) body = body.slice(0, caret);
  const required = body.endsWith('!');
  if (required) body = body.slice(0, -1);
  const parsed = parseBody(body, holderModule, goOverride);
  if (required) parsed.required = true;
  if (embeddedIn) parsed.embeddedIn = embeddedIn;
  return parsed;
}

function parseBody(body: string, holderModule: string, goOverride: string | undefined): FieldType {
  const head = body[0];
  if (head === '[' || head === '{') {
    // A named container (`v1.ResourceList`) has no `[]`/`map[..]` prefix to peel for its element.
    const elemGo = goOverride === undefined ? undefined : peel(goOverride);
    const items = parseBody(body.slice(1), holderModule, elemGo);
    const goType = goOverride ?? (head === '[' ? `[]${items.goType}` : `map[string]${items.goType}`);
    return { type: head === '[' ? 'array' : 'map', items, goType };
  }
  if (head === '@') {
    const ref = resolveRef(body.slice(1), holderModule);
    return { type: 'object', ref, goType: goOverride ?? goNameOfType(ref) };
  }
  const base = BASES[body];
  if (!base) throw new Error(`bad field code ${body}`);
  const out: FieldType = { type: base.type, goType: goOverride ?? base.goType };
  if (base.format) out.format = base.format;
  return out;
}

/** `[]v1.Container` → `v1.Container`, `map[string]string` → `string`; a named type → undefined. */
function peel(goType: string): string | undefined {
  if (goType.startsWith('[]')) return goType.slice(2);
  if (goType.startsWith('map[')) {
    const close = goType.indexOf(']');
    return goType.slice(close + 1);
  }
  return undefined;
}
