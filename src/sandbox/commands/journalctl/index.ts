/**
 * `journalctl` (systemd 255) on a machine, for the two units a node troubleshooter reads: `-u
 * kubelet`, `-u containerd` (several `-u` merge; none shows both). `-n N`, `-e` (the last 1000
 * lines, as with a pager jumping to the end), `-x` (systemd's catalog explanations), `--no-pager`
 * (there is never a pager here), `-f` (prints the last lines and ends, as if interrupted at once),
 * `-b` (there is only one boot). Unknown units have no entries, as in the real journal.
 */
import { Output, type Command } from '../../../shell';
import type { SandboxServices } from '../services';
import { journal, type JournalEntry } from './entries';
import { shortStamp } from './format';

interface Options {
  units: string[];
  lines?: number;
  explain: boolean;
}

const VALUE_FLAGS = new Set(['u', 'unit', 'n', 'lines', 'b', 'boot', 'p', 'priority', 'since', 'until', 'o', 'output']);

function parse(argv: readonly string[]): Options | string {
  const o: Options = { units: [], explain: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const long = /^--([^=]+)(?:=(.*))?$/.exec(a);
    let flags: [string, string | undefined][];
    if (long) flags = [[long[1] ?? '', long[2]]];
    else if (/^-[^-]/.test(a)) {
      // Short flags run together: -xeu kubelet, -n20.
      flags = [];
      const body = a.slice(1);
      for (let j = 0; j < body.length; j++) {
        const f = body[j] ?? '';
        if (VALUE_FLAGS.has(f) && j + 1 < body.length) {
          flags.push([f, body.slice(j + 1)]);
          break;
        }
        flags.push([f, undefined]);
      }
    } else return `journalctl: matches are not available in this simulator; use -u UNIT`;
    for (const [name, inline] of flags) {
      let value = inline;
      if (VALUE_FLAGS.has(name) && value === undefined && name !== 'b' && name !== 'boot') {
        value = argv[++i];
        if (value === undefined) return `journalctl: option requires an argument -- '${name}'`;
      }
      switch (name) {
        case 'u':
        case 'unit':
          o.units.push(value ?? '');
          break;
        case 'n':
        case 'lines':
          if (!/^\+?\d+$/.test(value ?? '')) return `Failed to parse lines '${value}'.`;
          o.lines = Number(value);
          break;
        case 'e':
        case 'pager-end':
          o.lines ??= 1000;
          break;
        case 'f':
        case 'follow':
          o.lines ??= 10;
          break;
        case 'x':
        case 'catalog':
          o.explain = true;
          break;
        case 'no-pager':
        case 'b':
        case 'boot':
        case 'q':
        case 'quiet':
          break;
        default:
          return `journalctl: option '${name.length === 1 ? `-${name}` : `--${name}`}' is not available in this simulator`;
      }
    }
  }
  return o;
}

export function journalctlCommand(svc: SandboxServices): Command {
  return {
    execute(argv, io) {
      const out = new Output();
      const opts = parse(argv);
      const machine = svc.machine(io.host.hostName);
      if (typeof opts === 'string') return out.fail(opts).result();
      if (!machine) return out.out('-- No entries --\n').result();
      const units = new Set(opts.units.map((u) => u.replace(/\.service$/, '')));
      let entries = journal(machine, svc).filter((e) => units.size === 0 || units.has(e.unit));
      if (opts.lines !== undefined) entries = opts.lines === 0 ? [] : entries.slice(-opts.lines);
      if (entries.length === 0) return out.out('-- No entries --\n').result();
      out.out(entries.map((e) => render(e, machine.name, opts.explain)).join(''));
      return out.result();
    },
  };
}

function render(e: JournalEntry, host: string, explain: boolean): string {
  const line = `${shortStamp(e.at)} ${host} ${e.ident}[${e.pid}]: ${e.text}\n`;
  if (!explain || !e.explain) return line;
  return line + e.explain.map((x) => (x ? `░░ ${x}\n` : '░░ \n')).join('');
}

