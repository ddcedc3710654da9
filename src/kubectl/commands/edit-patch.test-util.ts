// Test support for label / annotate / patch / replace / edit transcripts: command lines split with
// bash's quoting, files in memory, a clock that moves when kubectl waits, and scripted editors whose
// every session (the file name and the text kubectl showed) is written into the transcript.

import type { Cluster } from '../../sim/cluster';
import { kubectl, type KubectlContext, type KubectlResult } from '../index';
import { shellWords } from '../testing/shell-words';

/** One command of a transcript. */
export interface Step {
  readonly line: string;
  readonly stdin?: string;
  /** What the user does in each editor session, in order; returning undefined saves nothing. */
  readonly edits?: readonly ((text: string) => string | undefined)[];
  /** Run without ctx.editor (a host that cannot open one). */
  readonly noEditor?: boolean;
}

/** Runs steps in order on one cluster and renders them: line, editor sessions, stdout, stderr, exit code. */
export function transcript(cluster: Cluster, files: Record<string, string>, steps: readonly (Step | string)[]): string {
  const fileView = { readFile: (p: string) => files[p], isDir: () => false, list: () => [] };
  return steps
    .map((s) => {
      const step: Step = typeof s === 'string' ? { line: s } : s;
      let sessions = '';
      let round = 0;
      const editor = (text: string, name: string): string | undefined => {
        sessions += `--- editor ${name}\n${text}`;
        const edit = step.edits?.[round++];
        return edit ? edit(text) : undefined;
      };
      const ctx: KubectlContext = {
        cluster,
        files: fileView,
        wait: (ms) => cluster.advance(ms),
        ...(step.stdin !== undefined ? { stdin: step.stdin } : {}),
        ...(step.noEditor ? {} : { editor }),
      };
      const r: KubectlResult = kubectl(shellWords(step.line).slice(1), ctx);
      cluster.advance(1000);
      let text = `$ ${step.line}\n${sessions}`;
      if (sessions !== '') text += '--- stdout\n';
      text += r.stdout;
      if (r.stderr !== '') text += `--- stderr\n${r.stderr}`;
      if (r.exitCode !== 0) text += `--- exit ${r.exitCode}\n`;
      return text;
    })
    .join('');
}

/** An editor action: replaces the first match of `from` with `to` (fails the test when absent). */
export function replaceText(from: string | RegExp, to: string): (text: string) => string {
  return (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`editor script: ${String(from)} not found in:\n${text}`);
    return next;
  };
}
