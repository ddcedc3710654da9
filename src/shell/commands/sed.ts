/**
 * `sed` -n -e -E/-r -i[SUFFIX] -s: runs a parsed script (sed-parse.ts) over each line with GNU
 * sed's cycle: commands, then auto-print unless -n, then queued `a` text.
 */
import { errorText } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { readOperand } from './files';
import { Output } from './output';
import { type SedCommand, SedParseError, parseSed } from './sed-parse';
import { SedRun } from './sed-run';

const USAGE = 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n';

export const sed: Command = {
  execute(argv, io) {
    const scripts: string[] = [];
    const files: string[] = [];
    let quiet = false;
    let extended = false;
    let inPlace: string | undefined;
    let separate = false;
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] ?? '';
      if (arg === '--') {
        files.push(...argv.slice(i + 1));
        break;
      }
      if (arg === '-e' || arg === '--expression') {
        const next = argv[++i];
        if (next === undefined) return { stdout: '', stderr: `sed: option requires an argument -- 'e'\n${USAGE}`, exitCode: 1 };
        scripts.push(next);
      } else if (arg.startsWith('--expression=')) scripts.push(arg.slice(13));
      else if (arg === '-n' || arg === '--quiet' || arg === '--silent') quiet = true;
      else if (arg === '-E' || arg === '-r' || arg === '--regexp-extended') extended = true;
      else if (arg === '-s' || arg === '--separate') separate = true;
      else if (arg === '-i' || arg === '--in-place') inPlace = '';
      else if (arg.startsWith('--in-place=')) inPlace = arg.slice(11);
      else if (/^-[nErsi]+/.test(arg) && arg.length > 1) {
        // Clustered flags like -ni or -i.bak (the suffix is the rest after i).
        for (let j = 1; j < arg.length; j++) {
          const c = arg.charAt(j);
          if (c === 'n') quiet = true;
          else if (c === 'E' || c === 'r') extended = true;
          else if (c === 's') separate = true;
          else if (c === 'i') {
            inPlace = arg.slice(j + 1);
            break;
          } else if (c === 'e') {
            const rest = arg.slice(j + 1);
            const script = rest !== '' ? rest : argv[++i];
            if (script === undefined) return { stdout: '', stderr: `sed: option requires an argument -- 'e'\n${USAGE}`, exitCode: 1 };
            scripts.push(script);
            break;
          } else return { stdout: '', stderr: `sed: invalid option -- '${c}'\n${USAGE}`, exitCode: 1 };
        }
      } else if (arg.startsWith('-') && arg !== '-') {
        return { stdout: '', stderr: `sed: unknown option -- '${arg.replace(/^-+/, '')}'\n${USAGE}`, exitCode: 1 };
      } else files.push(arg);
    }
    if (scripts.length === 0) {
      const script = files.shift();
      if (script === undefined) return { stdout: '', stderr: USAGE, exitCode: 1 };
      scripts.push(script);
    }
    const out = new Output();
    const commands = parseSed(scripts, extended);
    if (commands instanceof SedParseError) return out.fail(`sed: ${commands.message}`, 1).result();
    if (inPlace !== undefined && files.length === 0) return out.fail('sed: no input files', 1).result();
    const inputs: Array<{ name: string; text: string }> = [];
    for (const name of files.length > 0 ? files : ['-']) {
      const read = readOperand(name, io);
      if ('error' in read) out.fail(read.error === 'Is a directory' ? `sed: couldn't edit ${name}: not a regular file` : `sed: can't read ${name}: ${read.error}`, 2);
      else inputs.push({ name, text: read.text });
    }
    if (inPlace !== undefined) {
      for (const input of inputs) {
        const run = new SedRun(parseSed(scripts, extended) as SedCommand[], quiet);
        const text = run.process([input.text]);
        const path = resolvePath(io.cwd, input.name);
        if (inPlace !== '') io.fs.writeFile(`${path}${inPlace}`, input.text);
        const error = io.fs.writeFile(path, text);
        if (error) out.fail(`sed: couldn't write ${input.name}: ${errorText(error)}`, 4);
        if (run.exitCode !== undefined) return out.result(run.exitCode);
      }
      return out.result();
    }
    const run = new SedRun(commands, quiet);
    const texts = inputs.map((i) => i.text);
    if (separate) for (const text of texts) out.out(new SedRun(parseSed(scripts, extended) as SedCommand[], quiet).process([text]));
    else out.out(run.process(texts));
    return out.result(run.exitCode ?? out.exitCode);
  },
};
