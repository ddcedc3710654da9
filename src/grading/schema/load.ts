/**
 * Loading lab and quiz files: YAML → schema → (for labs) each check's own params schema and the
 * manifest files. Every mistake comes back as an AuthoringError; nothing throws.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import type { CheckLibrary } from '../types';
import type { AuthoringError, Loaded } from './errors';
import { issueToErrors } from './issues';
import { labSchema, type Lab, type LabManifest } from './lab';
import { quizSchema, type Quiz } from './quiz';
import { fieldInfo } from './schema-walk';
import { closest } from './suggest';

export interface LoadLabOptions {
  /** The checks labs may name; their params are validated against each check's schema. */
  checks: CheckLibrary;
  /**
   * Reads a manifest file named in the lab, relative to the lab's folder (content/labs/<id>/);
   * undefined when it does not exist. Without it, a lab that names files cannot be loaded.
   */
  readFile?: (relativePath: string) => string | undefined;
  /** The folder files are read from, as messages show it (default: the lab file's path without .yaml). */
  filesDir?: string;
}

/** Parses YAML; a syntax error becomes an AuthoringError with its line and column. */
function parseYaml(text: string, file: string): { data: unknown } | { errors: AuthoringError[] } {
  try {
    return { data: load(text, { schema: CORE_SCHEMA, filename: file }) };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const err: AuthoringError = { file, path: '', message: `not valid YAML: ${e.reason}`, fix: 'check the indentation and quoting there' };
    if (e.mark) {
      err.line = e.mark.line + 1;
      err.column = e.mark.column + 1;
    }
    return { errors: [err] };
  }
}

function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, prefix: readonly PropertyKey[] = []): { value: z.output<S> } | { errors: AuthoringError[] } {
  if (prefix.length === 0 && (data === undefined || data === null)) {
    const keys = fieldInfo(schema).keys ?? [];
    return { errors: [{ file, path: '', message: 'the file is empty', fix: `write its fields: ${keys.join(', ')}` }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data };
  return { errors: result.error.issues.flatMap((issue) => issueToErrors(issue, { file, schema, data, prefix })) };
}

/** `content/labs/pods.yaml` → `pods`; undefined for a name that is not a YAML file. */
function baseName(file: string): string | undefined {
  return /(?:^|[\\/])([^\\/]+)\.ya?ml$/.exec(file)?.[1];
}

function idMatchesFile(id: string, file: string, kind: string): AuthoringError[] {
  const base = baseName(file);
  if (base === undefined || base === id) return [];
  return [{ file, path: 'id', message: `the ${kind} id ${JSON.stringify(id)} differs from the file name ${JSON.stringify(base)}`, fix: `write id: ${base} (or rename the file to ${id}.yaml)` }];
}

/** A lab from its YAML text; `file` is the path messages name (and whose name the id must match). */
export function loadLab(text: string, file: string, options: LoadLabOptions): Loaded<Lab> {
  const parsed = parseYaml(text, file);
  if ('errors' in parsed) return parsed;
  const checked = validate(labSchema, parsed.data, file);
  if ('errors' in checked) return checked;
  const source = checked.value;
  const errors: AuthoringError[] = [...idMatchesFile(source.id, file, 'lab')];
  const names = Object.keys(options.checks);
  const tasks = source.tasks.map((task, t) => ({
    ...task,
    checks: task.checks.map((ref, c) => {
      const at = ['tasks', t, 'checks', c] as const;
      const definition = options.checks[ref.check];
      if (!definition) {
        const near = closest(ref.check, names);
        const fix = near.length > 0 ? `did you mean ${near.join(' or ')}?` : `use one of ${names.join(', ')}`;
        errors.push({ file, path: `tasks[${t}].checks[${c}].check`, message: `unknown check ${JSON.stringify(ref.check)}`, fix });
        return ref;
      }
      const params = validate(definition.params, ref.params, file, [...at, 'params']);
      if ('errors' in params) {
        errors.push(...params.errors);
        return ref;
      }
      return { ...ref, params: params.value as Record<string, unknown> };
    }),
  }));
  const filesDir = options.filesDir ?? file.replace(/\.ya?ml$/, '');
  const manifests: LabManifest[] = source.manifests.map((m, i) => {
    if (m.yaml !== undefined) return { source: `manifests[${i}]`, yaml: m.yaml };
    const name = m.file as string;
    const shown = `${filesDir}/${name}`;
    const content = name.includes('..') ? undefined : options.readFile?.(name);
    if (content === undefined) {
      errors.push({
        file,
        path: `manifests[${i}].file`,
        message: name.includes('..') ? `${JSON.stringify(name)} leaves the lab's folder` : options.readFile ? `cannot read ${shown}` : `files cannot be read here (${shown})`,
        fix: `put the file at ${filesDir}/ and name it relative to that folder, or write the YAML inline with yaml: |`,
      });
      return { source: shown, yaml: '' };
    }
    return { source: shown, yaml: content };
  });
  if (errors.length > 0) return { errors };
  return { ...source, tasks, manifests };
}

/** A quiz from its YAML text; `file` is the path messages name (and whose name the id must match). */
export function loadQuiz(text: string, file: string): Loaded<Quiz> {
  const parsed = parseYaml(text, file);
  if ('errors' in parsed) return parsed;
  const checked = validate(quizSchema, parsed.data, file);
  if ('errors' in checked) return checked;
  const errors = idMatchesFile(checked.value.id, file, 'quiz');
  return errors.length > 0 ? { errors } : checked.value;
}
