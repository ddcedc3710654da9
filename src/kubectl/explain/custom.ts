// `kubectl explain` for a custom resource: the fields come from the CRD version's openAPIV3Schema
// (what kube-apiserver publishes for it), in the same plaintext layout as the built-in kinds.
// apiVersion, kind and metadata are the server's own additions to every custom kind; a schema
// node without a description shows `<empty>` (the kind) or `<no description>` (a field).

import type { JSONSchemaProps } from '../../sim/api/crd/shapes';
import { messageError, type KubectlError } from '../cli/errors';
import { loadedDescriptions } from './description-source';
import { DESCRIPTIONS_MISSING } from './render';
import { indent, wordWrap } from './wrap';

export interface CustomExplainRequest {
  group: string;
  version: string;
  kind: string;
  schema: JSONSchemaProps | undefined;
  path: readonly string[];
  recursive: boolean;
}

const goCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const META = { type: 'object', 'x-kubedojo-meta': true } as const;

/** The root as published: the schema's properties plus apiVersion, kind and metadata. */
function publishedRoot(schema: JSONSchemaProps | undefined): JSONSchemaProps {
  const root = schema ?? { type: 'object' };
  return { ...root, properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { ...META }, ...root.properties } };
}

const itemsOf = (s: JSONSchemaProps): JSONSchemaProps | undefined => (Array.isArray(s.items) ? undefined : s.items);
const additionalOf = (s: JSONSchemaProps): JSONSchemaProps | undefined =>
  typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;

function typeText(s: JSONSchemaProps): string {
  if (s['x-kubedojo-meta']) return 'ObjectMeta';
  if (s['x-kubernetes-int-or-string']) return 'IntOrString';
  if (s.type === 'array') return `[]${itemsOf(s) ? typeText(itemsOf(s) as JSONSchemaProps) : 'Object'}`;
  if (s.type === 'object') return additionalOf(s) ? `map[string]${typeText(additionalOf(s) as JSONSchemaProps)}` : 'Object';
  return s.type ?? 'Object';
}

/** The object node a field leads into, through arrays. */
function objectOf(s: JSONSchemaProps): JSONSchemaProps | undefined {
  let cur: JSONSchemaProps | undefined = s;
  while (cur?.type === 'array') cur = itemsOf(cur);
  return cur?.properties ? cur : undefined;
}

const SERVER_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

/** The descriptions the server gives apiVersion, kind and metadata of every kind. */
function metaDescription(field: string): string | undefined {
  return SERVER_FIELDS.has(field) ? loadedDescriptions()?.fieldDescription('apps/v1.Deployment', field) : undefined;
}

function fieldList(node: JSONSchemaProps, level: number, recursive: boolean, atRoot: boolean): string {
  let out = '';
  const pad = level * 2;
  const required = new Set(node.required ?? []);
  for (const name of Object.keys(node.properties ?? {}).sort(goCompare)) {
    const s = (node.properties as Record<string, JSONSchemaProps>)[name] as JSONSchemaProps;
    const values = (s.enum ?? []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    const enumLine = values.length > 0 ? `\n${' '.repeat(pad)}enum: ${values.slice(0, 4).join(', ')}${values.length > 4 ? ', ....' : ''}` : '';
    out += `${' '.repeat(pad)}${name}\t<${typeText(s)}>${required.has(name) ? ' -required-' : ''}${enumLine}\n`;
    if (!recursive) {
      const text = s.description ?? (atRoot ? metaDescription(name) : undefined) ?? '<no description>';
      out += `${indent(pad + 2, wordWrap(text, 78 - pad))}\n\n`;
      continue;
    }
    const inner = objectOf(s);
    if (inner) out += fieldList(inner, level + 1, recursive, false);
  }
  return out;
}

export function renderCustomExplain(req: CustomExplainRequest): { text: string; error?: KubectlError } {
  if (!loadedDescriptions()) return { text: '', error: messageError(DESCRIPTIONS_MISSING) };
  let text = `GROUP:      ${req.group}\nKIND:       ${req.kind}\nVERSION:    ${req.version}\n\n`;
  let node = publishedRoot(req.schema);
  for (const [i, name] of req.path.entries()) {
    const parent = i === 0 ? node : objectOf(node);
    const next = parent?.properties?.[name];
    if (!next) return { text, error: messageError(`field "${req.path[req.path.length - 1] ?? ''}" does not exist`) };
    node = next;
  }
  let description = node.description ?? '<empty>';
  if (req.path.length > 0) {
    const name = req.path[req.path.length - 1] as string;
    const values = (node.enum ?? []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    text += `FIELD: ${name} <${typeText(node)}>\n${values.length > 0 ? `ENUM:${values.map((v) => `\n    ${v}`).join('')}` : ''}\n\n`;
    if (req.path.length === 1 && !node.description) description = metaDescription(name) ?? '<empty>';
  }
  text += `DESCRIPTION:\n${indent(4, wordWrap(`${description}\n`, 76))}\n`;
  const inner = req.path.length === 0 ? node : objectOf(node);
  const list = inner && !inner['x-kubedojo-meta'] ? fieldList(inner, 1, req.recursive, req.path.length === 0) : '';
  if (list) text += `FIELDS:\n${list}`;
  return { text: `${text}\n` };
}
