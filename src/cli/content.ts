/**
 * The course content the `kubedojo` commands read: labs (`content/labs/<id>.yaml`, their files
 * under `content/labs/<id>/`) and quizzes (`content/quizzes/<id>.yaml`), loaded with the checks
 * library, plus the grading engine wired to src/sandbox (grading names the sandbox only by
 * interface, see src/grading/sandbox.ts).
 */
import { join } from 'node:path';
import { CHECKS } from '../../checks';
import { hasErrors, loadLab, loadQuiz, type AuthoringError, type GradingEnv, type Lab, type Loaded, type Quiz } from '../grading';
import { createSandbox, restoreSandbox, type Sandbox } from '../sandbox';
import type { CliIO } from './io';

/** The content folder when no --content is given: ./content. */
export const DEFAULT_CONTENT_DIR = 'content';

export const GRADING_ENV: GradingEnv<Sandbox> = {
  checks: CHECKS,
  createSandbox: (options) => createSandbox(options),
  copySandbox: (sandbox) => restoreSandbox({ ...sandbox.snapshot(), sessions: [] }),
};

export interface ContentFile<T> {
  /** The path as messages show it (`content/labs/pods.yaml`). */
  file: string;
  loaded: Loaded<T>;
}

const isYaml = (name: string) => /\.ya?ml$/.test(name);

function why(e: Error): string {
  return 'code' in e && e.code === 'ENOENT' ? 'no such file or directory' : e.message;
}

/** The YAML files of a folder, sorted; a missing folder has none. */
function yamlFiles(io: CliIO, dir: string): string[] {
  const names = io.listDir(dir);
  if (names instanceof Error) return [];
  return names.filter(isYaml).sort().map((n) => join(dir, n));
}

/** Loads one lab file, reading its manifest files from the folder named like it. */
export function loadLabFile(io: CliIO, file: string): Loaded<Lab> {
  const text = io.readFile(file);
  if (text instanceof Error) return { errors: [{ file, path: '', message: `cannot read the file: ${why(text)}` }] };
  const dir = file.replace(/\.ya?ml$/, '');
  return loadLab(text, file, {
    checks: CHECKS,
    filesDir: dir,
    readFile: (name) => {
      const content = io.readFile(join(dir, name));
      return content instanceof Error ? undefined : content;
    },
  });
}

export function loadQuizFile(io: CliIO, file: string): Loaded<Quiz> {
  const text = io.readFile(file);
  if (text instanceof Error) return { errors: [{ file, path: '', message: `cannot read the file: ${why(text)}` }] };
  return loadQuiz(text, file);
}

export interface Content {
  labs: ContentFile<Lab>[];
  quizzes: ContentFile<Quiz>[];
}

/** Every lab and quiz under `contentDir`, or an error when the folder itself cannot be read. */
export function loadContent(io: CliIO, contentDir: string): Content | Error {
  const top = io.listDir(contentDir);
  if (top instanceof Error) return new Error(`cannot read ${contentDir}: ${why(top)}`);
  return {
    labs: yamlFiles(io, join(contentDir, 'labs')).map((file) => ({ file, loaded: loadLabFile(io, file) })),
    quizzes: yamlFiles(io, join(contentDir, 'quizzes')).map((file) => ({ file, loaded: loadQuizFile(io, file) })),
  };
}

/** The lab `id` of the content folder, or the message to print when it cannot be had. */
export function findLab(io: CliIO, contentDir: string, id: string): Lab | { message: string; errors?: AuthoringError[] } {
  const file = [join(contentDir, 'labs', `${id}.yaml`), join(contentDir, 'labs', `${id}.yml`)].find((f) => !(io.readFile(f) instanceof Error));
  if (!file) {
    const known = yamlFiles(io, join(contentDir, 'labs')).map((f) => f.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, ''));
    return { message: `no lab "${id}" in ${join(contentDir, 'labs')}${known.length > 0 ? ` (labs: ${known.join(', ')})` : ''}` };
  }
  const loaded = loadLabFile(io, file);
  if (hasErrors(loaded)) return { message: `${file} has authoring errors:`, errors: loaded.errors };
  return loaded;
}
