/**
 * Editing text without a screen editor. The browser hands the sandbox its own editor; headless
 * (CLI, tests) the `$EDITOR` convention stands in: when EDITOR (or KUBE_EDITOR for kubectl) is a
 * command that edits a file in place, e.g. `sed -i s/1/3/`, the text is written to a temporary
 * file, the command runs on it in the shell, and the file's new text is the result.
 */
import { baseName, isFsError, type CommandIO, type CommandResult } from '../shell';
import type { EditorHook } from './types';

/** Screen editors that cannot run headless; EDITOR=vi must not make `vi` call itself. */
const SCREEN_EDITORS = new Set(['vi', 'vim', 'nvim', 'nano', 'emacs', 'editor', 'pico']);

/** The editor command from the first of `variables` set in the environment, if it can run headless. */
export function editorCommand(io: CommandIO, variables: readonly string[]): string | undefined {
  for (const name of variables) {
    const value = io.env[name]?.trim();
    if (!value) continue;
    const program = baseName(value.split(/\s+/)[0] ?? '');
    return SCREEN_EDITORS.has(program) ? undefined : value;
  }
  return undefined;
}

/** The host's editor, else one built on `$EDITOR`, else undefined (no editor in this mode). */
export function editorFor(host: EditorHook | undefined, io: CommandIO, variables: readonly string[]): EditorHook | undefined {
  if (host) {
    // kubectl edit names the editor it would start: $KUBE_EDITOR / $EDITOR, else vi.
    const chosen = variables.map((v) => io.env[v]?.trim()).find((v) => v);
    const program = baseName(chosen?.split(/\s+/)[0] ?? '') || 'vi';
    return (text, fileName) => host(text, fileName, program);
  }
  const command = editorCommand(io, variables);
  return command === undefined ? undefined : (text, fileName) => editWithCommand(io, command, text, fileName).text;
}

/** Runs `command FILE` on a temporary copy of `text`; the edited text, or undefined if the command failed. */
export function editWithCommand(io: CommandIO, command: string, text: string, fileName: string): { text: string | undefined; result: CommandResult } {
  const path = `/tmp/${baseName(fileName) || 'kubedojo-edit.txt'}`;
  io.fs.writeFile(path, text, { mode: 0o600 });
  const result = runEditor(io, command, [path]);
  const after = io.fs.readFile(path);
  io.fs.remove(path);
  return { text: result.exitCode !== 0 || isFsError(after) ? undefined : after, result };
}

/** `command FILE...` in a child shell, the files quoted. */
export function runEditor(io: CommandIO, command: string, files: readonly string[]): CommandResult {
  const quoted = files.map((f) => `'${f.replace(/'/g, `'\\''`)}'`).join(' ');
  return io.shell.runScript(`${command} ${quoted}`, '', { subshell: true, env: io.env });
}

/** What `vi`, `nano` and friends say when there is nothing to edit with. */
export function noEditorMessage(program: string): string {
  return `${program}: no screen editor in this terminal; set EDITOR to a command that edits a file in place, e.g. export EDITOR='sed -i s/old/new/'\n`;
}
