// The three-way strategic merge `kubectl apply` computes: fields of the new manifest (modified)
// are set on the live object (current), fields the previous apply set (original, from the
// last-applied-configuration annotation) and the new manifest dropped are removed, and lists
// with a merge key (containers by name, ports by containerPort/port, env by name, volumes by
// name…) are merged item by item instead of replaced. Other lists are replaced whole.

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The merge key of a list field, from its name and what its items look like. */
export function mergeKeyOf(field: string, items: readonly Json[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'readinessGates':
      return field === 'readinessGates' ? 'conditionType' : 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'hostAliases':
      return 'ip';
    case 'conditions':
      return 'type';
    case 'ports':
      return items.some((i) => isObj(i) && 'containerPort' in i) ? 'containerPort' : 'port';
    default:
      return undefined;
  }
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function mergeList(field: string, current: Json[], original: Json[] | undefined, modified: Json[]): Json[] {
  const key = mergeKeyOf(field, [...modified, ...current]);
  if (!key) return clone(modified);
  const keyOf = (v: Json): string => (isObj(v) ? JSON.stringify(v[key] ?? null) : JSON.stringify(v));
  const modifiedKeys = new Set(modified.map(keyOf));
  const removed = new Set((original ?? []).map(keyOf).filter((k) => !modifiedKeys.has(k)));
  const result: Json[] = [];
  const used = new Set<string>();
  // Items of the new manifest come first, in its order, each merged with its live counterpart;
  // live items the user never applied stay after them.
  for (const m of modified) {
    const k = keyOf(m);
    used.add(k);
    const cur = current.find((c) => keyOf(c) === k);
    const orig = original?.find((o) => keyOf(o) === k);
    result.push(cur === undefined ? clone(m) : merge3(field, cur, orig, m));
  }
  for (const c of current) {
    const k = keyOf(c);
    if (!used.has(k) && !removed.has(k)) result.push(clone(c));
  }
  return result;
}

/** The live value after applying `modified` over `current`, given what was applied before. */
export function merge3(field: string, current: Json, original: Json, modified: Json): Json {
  if (isObj(modified) && isObj(current)) {
    const result: Obj = clone(current);
    for (const [k, m] of Object.entries(modified)) {
      if (m === null) {
        delete result[k];
        continue;
      }
      result[k] = merge3(k, current[k], isObj(original) ? original[k] : undefined, m);
    }
    if (isObj(original)) {
      for (const k of Object.keys(original)) if (!(k in modified)) delete result[k];
    }
    return result;
  }
  if (Array.isArray(modified) && Array.isArray(current)) {
    return mergeList(field, current, Array.isArray(original) ? original : undefined, modified);
  }
  return clone(modified);
}

/** Deep equality of JSON values, ignoring key order. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
  }
  return a === b;
}
