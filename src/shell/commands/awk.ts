/** `awk [-F fs] [-v var=value] 'program' [file | var=value]...` (see awk/ for the language). */
import { errorText } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { AwkInterpreter, AwkRuntimeError } from './awk/interp';
import { AwkSyntaxError } from './awk/lexer';
import { StrNum } from './awk/values';
import { parseAwk } from './awk/parser';
import { readOperand } from './files';
import { Output } from './output';

const USAGE = 'usage: awk [-F value] [-v var=value] [--] \'program text\' [file ...]\n';

export const awk: Command = {
  execute(argv, io) {
    const out = new Output();
    const assigns: Array<[string, string]> = [];
    let fs: string | undefined;
    let i = 0;
    let programText: string | undefined;
    for (; i < argv.length; i++) {
      const arg = argv[i] ?? '';
      if (arg === '--') {
        i++;
        break;
      }
      if (arg.startsWith('-F')) fs = arg.length > 2 ? arg.slice(2) : argv[++i];
      else if (arg.startsWith('-v')) {
        const spec = arg.length > 2 ? arg.slice(2) : argv[++i];
        const eq = spec?.indexOf('=') ?? -1;
        if (!spec || eq <= 0) return out.fail(`awk: improper assignment: -v ${spec ?? ''}`, 2).result();
        assigns.push([spec.slice(0, eq), unescape(spec.slice(eq + 1))]);
      } else if (arg.startsWith('-f')) {
        const file = arg.length > 2 ? arg.slice(2) : argv[++i];
        const read = readOperand(file ?? '', io);
        if ('error' in read) return out.fail(`awk: couldn't open file ${file ?? ''}`, 2).result();
        programText = read.text;
      } else if (arg.startsWith('-') && arg.length > 1) return out.fail(`awk: not an option: ${arg}`, 2).result();
      else break;
    }
    if (programText === undefined) {
      programText = argv[i++];
      if (programText === undefined) return { stdout: '', stderr: USAGE, exitCode: 2 };
    }
    const program = parseAwk(programText);
    if (program instanceof AwkSyntaxError) return out.fail(`awk: ${program.message}`, 2).result();
    const interp = new AwkInterpreter(program, {
      out: (text) => out.out(text),
      err: (text) => out.err(text),
      writeFile: (path, text, append) => {
        const error = io.fs.writeFile(resolvePath(io.cwd, path), text, { append });
        return error ? errorText(error) : undefined;
      },
      system: (command) => {
        const result = io.shell.runScript(command, '', { subshell: true, env: io.env });
        for (const chunk of result.interleaved ?? [{ fd: 1, text: result.stdout }, { fd: 2, text: result.stderr }]) {
          if (chunk.fd === 1) out.out(chunk.text);
          else out.err(chunk.text);
        }
        return result.exitCode;
      },
      env: io.env,
    });
    if (fs !== undefined) interp.globals.set('FS', fs === 't' ? '\t' : unescape(fs));
    for (const [name, value] of assigns) interp.globals.set(name, new StrNum(value));
    const inputs: Array<{ name: string; text: string } | { assign: string; value: string }> = [];
    const operands = argv.slice(i);
    const files = operands.filter((o) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(o));
    if (files.length === 0) inputs.push({ name: '', text: io.stdin });
    for (const operand of operands) {
      const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(operand);
      if (assign) {
        inputs.push({ assign: assign[1] ?? '', value: unescape(assign[2] ?? '') });
        continue;
      }
      const read = readOperand(operand, io);
      if ('error' in read) {
        out.fail(`awk: cannot open ${operand} (${read.error})`, 2);
        return out.result();
      }
      inputs.push({ name: operand === '-' ? '' : operand, text: read.text });
    }
    try {
      return out.result(interp.run(inputs));
    } catch (e) {
      if (e instanceof AwkRuntimeError) return out.fail(`awk: run time error: ${e.message}`, 2).result();
      throw e;
    }
  },
};

/** Escape sequences in -v values and -F, as awk processes them. */
function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' })[c] ?? `\\${c}`);
}
