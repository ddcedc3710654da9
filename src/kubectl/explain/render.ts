// kubectl v1.35's `explain` plaintext layout (its OpenAPI v3 template) over the simulator's schema:
//
//   GROUP:      apps            (only for named groups)
//   KIND:       Deployment
//   VERSION:    v1
//   <blank>
//   FIELD: replicas <integer>   (for a field path; then ENUM: lines, then two blank lines)
//   DESCRIPTION:
//       the field's description, then its type's, wrapped at 76 and indented 4, then a line of 4 spaces
//   FIELDS:
//     name<TAB><type> -required-
//     enum: A, B, C, D, ....     (at most four values)
//       description wrapped at 78-indent, indented 2 more, then a blank line
//   <blank>
//
// --recursive lists the field lines only, nested two spaces a level, never descending into a type
// already on the way down. (kubectl v1.35 has no --max-depth yet.) Descriptions are our own (descriptions/).

import { lookupField, type FieldType } from '../../sim/api/schema';
import { fieldsOf } from '../../sim/api/schema/registry';
import { messageError, type KubectlError } from '../cli/errors';
import { loadedDescriptions, type Descriptions } from './description-source';
import { describedTypeOf, enumOf, typeGuess } from './fields';
import { indent, wordWrap } from './wrap';

export interface ExplainRequest {
  group: string;
  version: string;
  kind: string;
  /** Field names after the resource (`['spec', 'containers']`). */
  path: readonly string[];
  recursive: boolean;
}

export const NO_FIELD_DESCRIPTION = 'The simulator has no description of this field yet.';
export const NO_TYPE_DESCRIPTION = 'The simulator has no description of this type yet.';
/** Only in the browser, if the descriptions' chunk could not be fetched (offline on a first visit). */
export const DESCRIPTIONS_MISSING = 'the field descriptions could not be loaded (offline?); try again once online';

const goCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The struct a field leads into, through lists and maps. */
function structOf(t: FieldType): string | undefined {
  let cur: FieldType | undefined = t;
  while (cur && (cur.type === 'array' || cur.type === 'map')) cur = cur.items;
  return cur?.type === 'object' ? cur.ref : undefined;
}

function sortedFields(typeId: string): Array<[string, FieldType]> {
  return [...fieldsOf(typeId)].sort(([a], [b]) => goCompare(a, b));
}

/** The short-view enum line: `enum: A, B, C, D, ....` under the field, at its indentation. */
function enumShort(t: FieldType, indentAmount: number): string {
  const values = enumOf(t);
  if (!values || values.length === 0) return '';
  const shown = values.slice(0, 4).map((v) => (v === '' ? '""' : v));
  return `\n${' '.repeat(indentAmount)}enum: ${shown.join(', ')}${values.length > 4 ? ', ....' : ''}`;
}

/** The long-view enum block after the FIELD line. */
function enumLong(t: FieldType): string {
  const values = enumOf(t);
  if (!values || values.length === 0) return '';
  return `ENUM:${values.map((v) => `\n    ${v === '' ? '""' : v}`).join('')}`;
}

function fieldList(docs: Descriptions, typeId: string, level: number, history: ReadonlySet<string>, req: ExplainRequest): string {
  let out = '';
  const indentAmount = level * 2;
  for (const [name, t] of sortedFields(typeId)) {
    out += `${' '.repeat(indentAmount)}${name}\t<${typeGuess(t)}>${t.required ? ' -required-' : ''}${enumShort(t, indentAmount)}\n`;
    if (!req.recursive) {
      out += `${indent(indentAmount + 2, wordWrap(docs.fieldDescription(typeId, name) ?? NO_FIELD_DESCRIPTION, 78 - indentAmount))}\n\n`;
      continue;
    }
    const inner = structOf(t);
    if (inner && !history.has(inner)) out += fieldList(docs, inner, level + 1, new Set([...history, inner]), req);
  }
  return out;
}

/** The explain text, or the header followed by an error (kubectl has printed the header by then). */
export function renderExplain(req: ExplainRequest): { text: string; error?: KubectlError } {
  const docs = loadedDescriptions();
  if (!docs) return { text: '', error: messageError(DESCRIPTIONS_MISSING) };
  const { fieldDescription, typeDescription } = docs;
  const gvk = { group: req.group, version: req.version, kind: req.kind };
  let text = `${req.group ? `GROUP:      ${req.group}\n` : ''}KIND:       ${req.kind}\nVERSION:    ${req.version}\n\n`;
  const found = lookupField(gvk, req.path);
  if (!found.ok) {
    if (found.reason === 'unknown-kind') return { text: '', error: messageError(`GVK ${goGvk(gvk)} not found in OpenAPI schema`) };
    return { text, error: messageError(`field "${req.path[req.path.length - 1] ?? ''}" does not exist`) };
  }
  let description: string;
  const history = new Set<string>();
  if (req.path.length === 0) {
    description = `${(found.typeId && typeDescription(found.typeId)) || NO_TYPE_DESCRIPTION}\n`;
  } else {
    const name = req.path[req.path.length - 1] as string;
    const field = found.field as FieldType;
    const parent = lookupField(gvk, req.path.slice(0, -1));
    const parentType = parent.ok ? parent.typeId : undefined;
    text += `FIELD: ${name} <${typeGuess(field)}>\n${enumLong(field)}\n\n`;
    const described = describedTypeOf(field);
    const typeText = described ? typeDescription(described) : undefined;
    description = `${(parentType && fieldDescription(parentType, name)) || NO_FIELD_DESCRIPTION}\n${typeText ? `${typeText}\n` : ''}`;
    if (found.typeId) history.add(found.typeId);
  }
  text += `DESCRIPTION:\n${indent(4, wordWrap(description, 76))}\n`;
  const list = found.typeId ? fieldList(docs, found.typeId, 1, history, req) : '';
  if (list) text += `FIELDS:\n${list}`;
  return { text: `${text}\n` };
}

/** Go's %v of the GVK map the template throws with. */
const goGvk = (g: { group: string; version: string; kind: string }): string => `map[group:${g.group} kind:${g.kind} version:${g.version}]`;
