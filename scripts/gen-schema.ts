/**
 * Generates src/sim/api/schema/types.gen.json: the field schema of every kind the simulated API server
 * serves, and of every type those kinds reach.
 *
 *   npx tsx scripts/gen-schema.ts
 *
 * Inputs: the declaration files of the installed `kubernetes-types` package (read with the TypeScript
 * parser, syntax only — no doc comments are kept), then `overlay.ts` (fields Kubernetes added after the
 * package's API level, up to v1.35) and `goTypes.ts` (the Go type names and embedded structs the API
 * server's decode errors print, which TypeScript declarations cannot carry).
 * `generateSchema()` is pure apart from reading those files, so a test can check the committed JSON.
 *
 * The field codes in the JSON are compact on purpose; `src/sim/api/schema/codes.ts` documents and decodes them.
 */
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OVERLAY_FIELDS, OVERLAY_REMOVED, OVERLAY_TYPES } from '../src/sim/api/schema/overlay';
import { GO_EMBEDDED, GO_TYPES } from '../src/sim/api/schema/goTypes';
import { parseCode } from '../src/sim/api/schema/codes';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'src/sim/api/schema/types.gen.json');
const TYPES_DIR = join(ROOT, 'node_modules/kubernetes-types');

/** The kinds the simulator serves, by kubernetes-types module (`core/v1`) — the roots of the walk. */
const SERVED: Record<string, string[]> = {
  'core/v1': ['Pod', 'Service', 'ConfigMap', 'Secret', 'Namespace', 'Node', 'ServiceAccount', 'PersistentVolume',
    'PersistentVolumeClaim', 'Endpoints', 'Event', 'ResourceQuota', 'LimitRange', 'ReplicationController', 'Binding',
    'PodTemplate', 'ComponentStatus'],
  'apps/v1': ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ControllerRevision'],
  'batch/v1': ['Job', 'CronJob'],
  'networking/v1': ['Ingress', 'IngressClass', 'NetworkPolicy'],
  'autoscaling/v1': ['HorizontalPodAutoscaler'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'storage/v1': ['StorageClass'],
  'rbac/v1': ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'],
  'policy/v1': ['PodDisruptionBudget'],
  'scheduling/v1': ['PriorityClass'],
  'coordination/v1': ['Lease'],
  'discovery/v1': ['EndpointSlice'],
  'events/v1': ['Event'],
  'authorization/v1': ['SelfSubjectAccessReview'],
  'certificates/v1': ['CertificateSigningRequest'],
  'apiextensions/v1': ['CustomResourceDefinition'],
  'admissionregistration/v1': ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
};

/** kubernetes-types module → API group. */
const GROUPS: Record<string, string> = {
  core: '', apps: 'apps', batch: 'batch', networking: 'networking.k8s.io', autoscaling: 'autoscaling',
  storage: 'storage.k8s.io', rbac: 'rbac.authorization.k8s.io', policy: 'policy', scheduling: 'scheduling.k8s.io',
  coordination: 'coordination.k8s.io', discovery: 'discovery.k8s.io', events: 'events.k8s.io',
  authorization: 'authorization.k8s.io', certificates: 'certificates.k8s.io', apiextensions: 'apiextensions.k8s.io',
  admissionregistration: 'admissionregistration.k8s.io',
};

/** Named aliases that have their own code rather than a struct. */
const SCALARS: Record<string, string> = {
  Quantity: 'q', Time: 't', MicroTime: 'm', RawExtension: 'a', FieldsV1: 'a',
  // apiextensions' JSON values and its either-or schema unions decode themselves (custom UnmarshalJSON).
  JSON: 'a', JSONSchemaPropsOrArray: 'a', JSONSchemaPropsOrBool: 'a', JSONSchemaPropsOrStringArray: 'a',
};

export interface SchemaFile {
  source: string;
  /** apiVersion → kind → type id (`core/v1.Pod`). */
  kinds: Record<string, Record<string, string>>;
  /** type id → field name → field code. */
  types: Record<string, Record<string, string>>;
}

interface ParsedModule {
  interfaces: Map<string, ts.InterfaceDeclaration>;
  /** imported name → module id (`meta/v1`). */
  imports: Map<string, string>;
}

function parseModule(moduleId: string, read: (file: string) => string): ParsedModule {
  const file = join(TYPES_DIR, `${moduleId}.d.ts`);
  const sf = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, false);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const imports = new Map<string, string>();
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) interfaces.set(st.name.text, st);
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const from = join(moduleId, '..', st.moduleSpecifier.text).split('\\').join('/');
      const named = st.importClause?.namedBindings;
      if (named && ts.isNamedImports(named)) for (const el of named.elements) imports.set(el.name.text, from);
    }
  }
  return { interfaces, imports };
}

export function generateSchema(read: (file: string) => string = (f) => readFileSync(f, 'utf8')): SchemaFile {
  const modules = new Map<string, ParsedModule>();
  const moduleOf = (id: string): ParsedModule => {
    let m = modules.get(id);
    if (!m) modules.set(id, (m = parseModule(id, read)));
    return m;
  };
  const types: Record<string, Record<string, string>> = {};
  const queue: string[] = [];
  const want = (typeId: string): void => {
    if (!(typeId in types) && !queue.includes(typeId)) queue.push(typeId);
  };

  /** Field code of a TS type node found in module `mod`. */
  const codeOf = (node: ts.TypeNode, mod: string): string => {
    if (node.kind === ts.SyntaxKind.StringKeyword || ts.isLiteralTypeNode(node)) return 's';
    if (node.kind === ts.SyntaxKind.NumberKeyword) return 'i';
    if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'b';
    if (ts.isArrayTypeNode(node)) return `[${codeOf(node.elementType, mod)}`;
    if (ts.isUnionTypeNode(node)) {
      const kinds = node.types.map((t) => t.kind).sort();
      if (kinds.join() === [ts.SyntaxKind.NumberKeyword, ts.SyntaxKind.StringKeyword].sort().join()) return 'n';
      return 'a';
    }
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      return index ? `{${codeOf(index.type, mod)}` : 'a';
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      const arg = node.typeArguments?.[0];
      if (name === 'Array' && arg) return `[${codeOf(arg, mod)}`;
      const scalar = SCALARS[name];
      if (scalar) return scalar;
      const from = moduleOf(mod).imports.get(name) ?? mod;
      want(`${from}.${name}`);
      return from === mod ? `@${name}` : `@${from}.${name}`;
    }
    return 'a';
  };

  const kinds: Record<string, Record<string, string>> = {};
  for (const [mod, names] of Object.entries(SERVED)) {
    const [group, version] = mod.split('/') as [string, string];
    const apiGroup = GROUPS[group] ?? group;
    const apiVersion = apiGroup ? `${apiGroup}/${version}` : version;
    for (const name of names) {
      (kinds[apiVersion] ??= {})[name] = `${mod}.${name}`;
      want(`${mod}.${name}`);
    }
  }

  const removed = new Set(OVERLAY_REMOVED);
  while (queue.length > 0) {
    const typeId = queue.shift()!;
    const [mod, name] = typeId.split('.') as [string, string];
    const fields: Record<string, string> = {};
    const added = OVERLAY_TYPES[typeId];
    const decl = added ? undefined : moduleOf(mod).interfaces.get(name);
    if (!decl && !added) throw new Error(`type not found: ${typeId}`);
    for (const member of decl?.members ?? []) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      if (!ts.isIdentifier(member.name) && !ts.isStringLiteral(member.name)) continue;
      const field = member.name.text;
      if (removed.delete(`${typeId}.${field}`)) continue;
      fields[field] = codeOf(member.type, mod) + (member.questionToken ? '' : '!');
    }
    for (const [field, code] of Object.entries({ ...added, ...OVERLAY_FIELDS[typeId] })) {
      if (field in fields) throw new Error(`overlay: ${typeId}.${field} is already declared by kubernetes-types`);
      fields[field] = code;
      for (const ref of code.matchAll(/@([\w/]+\.)?(\w+)/g)) want(ref[1] ? `${ref[1]}${ref[2]}` : `${mod}.${ref[2]}`);
    }
    types[typeId] = sortKeys(fields);
  }
  // An overlay entry nothing reached means kubernetes-types moved on: trim the overlay.
  const unused = [...removed, ...Object.keys(OVERLAY_FIELDS).filter((t) => !(t in types))];
  if (unused.length > 0) throw new Error(`overlay entries not used: ${unused.join(', ')}`);

  applyGoTypes(types);
  applyEmbedded(types, Object.values(kinds).flatMap((byKind) => Object.values(byKind)));
  return { source: 'kubernetes-types 1.30.0 + overlay to v1.35', kinds: sortKeys(kinds), types: sortKeys(types) };
}

/**
 * Folds the Go type table into the codes: where an int64, float64 or []byte explains the difference the
 * base letter changes (`i`→`l`, `s`→`y`), otherwise the Go name is appended as `|GoType`.
 */
function applyGoTypes(types: Record<string, Record<string, string>>): void {
  for (const [key, goType] of Object.entries(GO_TYPES)) {
    const at = key.lastIndexOf('.');
    const typeId = key.slice(0, at);
    const field = key.slice(at + 1);
    const mod = typeId.slice(0, typeId.indexOf('.'));
    const code = types[typeId]?.[field];
    if (code === undefined) throw new Error(`goTypes: no field ${key}`);
    const required = code.endsWith('!') ? '!' : '';
    const bare = code.replace(/!$/, '');
    if (parseCode(bare, mod).goType === goType) throw new Error(`goTypes: ${key} is already ${goType}`);
    const prefix = /^[[{]*/.exec(bare)![0];
    const base = bare.slice(prefix.length);
    const candidates = [...(base === 'i' ? ['l', 'f'] : base === 's' ? ['y'] : [])].map((b) => prefix + b);
    const retyped = candidates.find((c) => parseCode(c, mod).goType === goType);
    types[typeId]![field] = (retyped ?? bare) + required + (retyped ? '' : `|${goType}`);
  }
}

/** Marks fields promoted from an embedded Go struct with `^GoFieldName` (before any `|GoType`). */
function applyEmbedded(types: Record<string, Record<string, string>>, kindTypeIds: string[]): void {
  const tables: Array<[string, Record<string, string[]>]> = [
    ...kindTypeIds.map((id): [string, Record<string, string[]>] => [id, { TypeMeta: ['apiVersion', 'kind'] }]),
    ...Object.entries(GO_EMBEDDED),
  ];
  for (const [typeId, byEmbed] of tables) {
    for (const [embed, fieldNames] of Object.entries(byEmbed)) {
      for (const field of fieldNames) {
        const code = types[typeId]?.[field];
        if (code === undefined) throw new Error(`goEmbedded: no field ${typeId}.${field}`);
        const bar = code.indexOf('|');
        types[typeId]![field] = bar < 0 ? `${code}^${embed}` : `${code.slice(0, bar)}^${embed}${code.slice(bar)}`;
      }
    }
  }
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function renderSchema(schema: SchemaFile): string {
  return JSON.stringify(schema) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = renderSchema(generateSchema());
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT} (${text.length} bytes)`);
}
