/**
 * zod's issues turned into authoring errors that say what to write instead. The field's schema
 * (found by path) supplies its examples and allowed values; the value the author wrote is read
 * from the parsed YAML.
 */
import type { z } from 'zod';
import { formatPath, type AuthoringError } from './errors';
import { describeValue, flowYaml } from './flow-yaml';
import { fieldInfo, schemaAt, type FieldInfo } from './schema-walk';
import { closest } from './suggest';

type Issue = z.core.$ZodIssue;

export interface IssueContext {
  file: string;
  /** The schema the issue paths are relative to. */
  schema: z.core.$ZodType;
  /** The data that was validated. */
  data: unknown;
  /** Where `data` sits in the file (e.g. a check's params inside the lab). */
  prefix: readonly PropertyKey[];
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** `write replicas: 3` for a field, `write 3` for a list item. */
function write(path: readonly PropertyKey[], value: unknown): string {
  const key = path[path.length - 1];
  return typeof key === 'string' ? `write ${key}: ${flowYaml(value)}` : `write ${flowYaml(value)}`;
}

/** The author's value converted to the type the field wants, when the intent is clear. */
function converted(value: unknown, info: FieldInfo): { value: unknown } | undefined {
  if (info.type === 'number' && typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t !== '' && Number.isFinite(Number(t))) return { value: Number(t) };
    const word = WORD_NUMBERS.indexOf(t);
    if (word >= 0) return { value: word };
  }
  if (info.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return { value: String(value) };
  if (info.type === 'boolean' && typeof value === 'string') {
    if (/^(true|yes|on)$/i.test(value)) return { value: true };
    if (/^(false|no|off)$/i.test(value)) return { value: false };
  }
  if (info.type === 'array' && value !== null && value !== undefined && typeof value !== 'object') return { value: [value] };
  return undefined;
}

function example(path: readonly PropertyKey[], info: FieldInfo): string | undefined {
  return info.examples.length > 0 ? write(path, info.examples[0]) : undefined;
}

function error(ctx: IssueContext, path: readonly PropertyKey[], message: string, fix?: string): AuthoringError {
  const e: AuthoringError = { file: ctx.file, path: formatPath([...ctx.prefix, ...path]), message };
  if (fix !== undefined) e.fix = fix;
  return e;
}

export function issueToErrors(issue: Issue, ctx: IssueContext): AuthoringError[] {
  const path = issue.path;
  const schema = schemaAt(ctx.schema, path);
  const info: FieldInfo = schema ? fieldInfo(schema) : { type: 'unknown', examples: [], integer: false };
  const value = valueAt(ctx.data, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        const fix = translationFix(ctx.data, path) ?? (info.examples.length > 0 ? `add ${write(path, info.examples[0]).slice('write '.length)}` : undefined);
        return [error(ctx, path, `required field is missing${info.description ? ` (${lowerFirst(info.description)})` : ''}`, fix)];
      }
      const wanted = EXPECTED[issue.expected] ?? issue.expected;
      const conv = converted(value, info);
      const asList = info.type === 'array' && typeof value === 'object' ? 'make it a list: put "- " before the entry' : undefined;
      const fix = conv ? write(path, conv.value) : (asList ?? example(path, info));
      return [error(ctx, path, `expected ${wanted}, got ${describeValue(value)}`, fix)];
    }
    case 'unrecognized_keys': {
      const parent = schemaAt(ctx.schema, path);
      const keys = parent ? (fieldInfo(parent).keys ?? []) : [];
      return issue.keys.map((key) => {
        const near = closest(key, keys, 1)[0];
        const list = keys.length > 0 ? ` (fields here: ${keys.join(', ')})` : '';
        return error(ctx, [...path, key], 'unknown field', near ? `write ${near} instead${list}` : `remove it${list}`);
      });
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      const near = typeof value === 'string' ? closest(value, allowed, 1)[0] : undefined;
      return [error(ctx, path, `expected one of ${allowed.join(', ')}, got ${describeValue(value)}`, write(path, near ?? allowed[0]))];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array') {
        const what = small ? (bound === 1 ? 'at least one item' : `at least ${bound} items`) : `at most ${bound} items`;
        const n = Array.isArray(value) ? value.length : 0;
        return [error(ctx, path, `expected ${what}, got ${n === 0 ? 'none' : n}`, small ? example(path, info) : `remove ${n - bound}`)];
      }
      if (issue.origin === 'string') {
        if (small && bound <= 1) return [error(ctx, path, 'must not be empty', example(path, info))];
        return [error(ctx, path, `expected ${small ? 'at least' : 'at most'} ${bound} characters, got ${String(value).length}`, example(path, info))];
      }
      const limit = inclusive ? bound : small ? bound + (info.integer ? 1 : 0) : bound - (info.integer ? 1 : 0);
      const phrase = small ? (inclusive || info.integer ? 'at least' : 'more than') : inclusive || info.integer ? 'at most' : 'less than';
      return [error(ctx, path, `expected ${phrase} ${limit}, got ${describeValue(value)}`, info.integer || inclusive ? write(path, limit) : example(path, info))];
    }
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return [error(ctx, path, issue.message, fix)];
    }
    default:
      return [error(ctx, path, issue.message, example(path, info))];
  }
}

function lowerFirst(s: string): string {
  const t = s.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(t) ? t[0]?.toLowerCase() + t.slice(1) : t;
}

/** A missing `zh` (or `en`) beside its other language: ask for the translation of that text. */
function translationFix(data: unknown, path: readonly PropertyKey[]): string | undefined {
  const key = path[path.length - 1];
  if (key !== 'zh' && key !== 'en') return undefined;
  const other = valueAt(data, [...path.slice(0, -1), key === 'zh' ? 'en' : 'zh']);
  if (typeof other !== 'string') return undefined;
  const short = other.length > 40 ? `${other.slice(0, 37)}...` : other;
  return `add ${key}: with the ${key === 'zh' ? 'Chinese' : 'English'} of ${JSON.stringify(short.trim())}`;
}
