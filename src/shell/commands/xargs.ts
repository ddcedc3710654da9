/** `xargs [-n N] [-I STR] [-0] [-r] [CMD [ARGS]]`: runs CMD (default echo) with words read from stdin. */
import type { Command } from '../types';
import { Output } from './output';

/** Splits xargs input: blanks and newlines separate, quotes and backslashes group. */
function words(input: string): string[] | string {
  const out: string[] = [];
  let current = '';
  let has = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charAt(i);
    if (c === "'" || c === '"') {
      const end = input.indexOf(c, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) return `unmatched ${c === "'" ? 'single' : 'double'} quote; by default quotes are special to xargs unless you use the -0 option`;
      current += input.slice(i + 1, end);
      has = true;
      i = end;
    } else if (c === '\\' && i + 1 < input.length) {
      current += input.charAt(++i);
      has = true;
    } else if (/\s/.test(c)) {
      if (has) out.push(current);
      current = '';
      has = false;
    } else {
      current += c;
      has = true;
    }
  }
  if (has) out.push(current);
  return out;
}

export const xargs: Command = {
  execute(args, io) {
    const out = new Output();
    let perCall = Infinity;
    let replace: string | undefined;
    let nul = false;
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '-n' || arg.startsWith('-n')) {
        const value = arg === '-n' ? args[++i] : arg.slice(2);
        if (!/^\d+$/.test(value ?? '') || Number(value) < 1) {
          return out.fail(`xargs: value ${value ?? ''} for -n option should be >= 1\nTry 'xargs --help' for more information.`).result();
        }
        perCall = Number(value);
      } else if (arg === '-I' || arg === '-i' || arg.startsWith('-I')) {
        replace = arg === '-I' ? args[++i] : arg === '-i' ? '{}' : arg.slice(2);
        perCall = 1;
      } else if (arg === '-0' || arg === '--null') nul = true;
      else if (arg === '-r' || arg === '--no-run-if-empty' || arg === '-t') continue;
      else if (arg === '--') {
        i++;
        break;
      } else break;
    }
    const command = args.slice(i);
    if (command.length === 0) command.push('echo');
    let items: string[];
    if (replace !== undefined) items = io.stdin.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/^\s+/, ''));
    else if (nul) items = io.stdin.split('\0').filter((w) => w !== '');
    else {
      const split = words(io.stdin);
      if (typeof split === 'string') return out.fail(`xargs: ${split}`, 1).result();
      items = split;
    }
    if (items.length === 0 && replace === undefined) items = [];
    const batches: string[][] = [];
    for (let k = 0; k < items.length; k += perCall === Infinity ? Math.max(items.length, 1) : perCall) batches.push(items.slice(k, k + (perCall === Infinity ? items.length : perCall)));
    if (batches.length === 0 && replace === undefined) batches.push([]);
    const program = command[0] ?? 'echo';
    const entry = program.includes('/') ? io.host.commands.byPath(program) : io.host.commands.get(program);
    if (!entry?.path) return out.fail(`xargs: ${program}: No such file or directory`, 127).result();
    let status = 0;
    for (const batch of batches) {
      const argv = replace !== undefined ? command.map((a) => a.split(replace ?? '').join(batch[0] ?? '')) : [...command, ...batch];
      const result = io.shell.runArgv(argv, '', io.env);
      for (const chunk of result.interleaved ?? [{ fd: 1, text: result.stdout }, { fd: 2, text: result.stderr }]) {
        if (chunk.fd === 1) out.out(chunk.text);
        else out.err(chunk.text);
      }
      if (result.exitCode === 127) return out.result(127);
      if (result.exitCode !== 0) status = 123;
    }
    return out.result(status);
  },
};
