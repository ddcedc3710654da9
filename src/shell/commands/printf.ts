/**
 * `printf` (the bash builtin): the format is reused until the arguments run out; %s %b %q %c %d %i
 * %o %u %x %X %f %e %g and escapes; a bad number prints `bash: printf: x: invalid number`.
 */
import { isValidName } from '../interpreter/variables';
import { type Conversion, formatFloat, formatInteger, formatString, parseConversion } from '../text/format';
import type { Command } from '../types';
import { decodeEscapes } from './echo';
import { Output } from './output';

const USAGE = 'printf: usage: printf [-v var] format [arguments]';
const VALID = 'sbqcdiouxXfFeEgG';

export const printf: Command = {
  execute(argv, io) {
    const out = new Output();
    let args = argv;
    let variable: string | undefined;
    if (args[0] === '-v') {
      variable = args[1];
      if (variable === undefined) return out.fail(`bash: printf: -v: option requires an argument\n${USAGE}`, 2).result();
      if (!isValidName(variable)) return out.fail(`bash: printf: \`${variable}': not a valid identifier`, 2).result();
      args = args.slice(2);
    }
    if (args[0] === '--') args = args.slice(1);
    const format = args[0];
    if (format === undefined) return out.fail(USAGE, 2).result();
    const values = args.slice(1);
    let next = 0;
    let text = '';
    let status = 0;
    const take = () => values[next++];
    const number = (raw: string | undefined, integer: boolean): number => {
      const parsed = parseNumber(raw ?? '', integer);
      if (!parsed.ok) {
        out.err(`bash: printf: ${raw}: invalid number\n`);
        status = 1;
      }
      return parsed.value;
    };
    do {
      const start = next;
      for (let i = 0; i < format.length; i++) {
        const c = format.charAt(i);
        if (c === '\\') {
          const escaped = formatEscape(format, i);
          text += escaped.text;
          i = escaped.end - 1;
          continue;
        }
        if (c !== '%') {
          text += c;
          continue;
        }
        if (format.charAt(i + 1) === '%') {
          text += '%';
          i++;
          continue;
        }
        const parsed = parseConversion(format, i, () => number(take(), true));
        const bad = parsed.spec.conv;
        if (!VALID.includes(bad) || bad === '') {
          out.err(bad === '' ? 'bash: printf: `%\': missing format character\n' : `bash: printf: \`${bad}': invalid format character\n`);
          finish(out, text, variable, io);
          return out.result(1);
        }
        const converted = convert(parsed.spec, take, number, out);
        text += converted.text;
        if (converted.stop) {
          // `\c` in a %b argument ends all output.
          finish(out, text, variable, io);
          return out.result(status);
        }
        i = parsed.end - 1;
      }
      if (next === start) break;
    } while (next < values.length);
    finish(out, text, variable, io);
    return out.result(status);
  },
};

function finish(out: Output, text: string, variable: string | undefined, io: Parameters<Command['execute']>[1]): void {
  if (variable !== undefined) io.host.env.set(variable, text);
  else out.out(text);
}

function convert(spec: Conversion, take: () => string | undefined, number: (raw: string | undefined, integer: boolean) => number, out: Output): { text: string; stop?: boolean } {
  if (spec.conv === 'b') {
    const decoded = decodeEscapes(take() ?? '');
    return { text: formatString(decoded.text, spec), stop: decoded.stop };
  }
  return { text: convertValue(spec, take, number, out) };
}

function convertValue(spec: Conversion, take: () => string | undefined, number: (raw: string | undefined, integer: boolean) => number, out: Output): string {
  switch (spec.conv) {
    case 's':
      return formatString(take() ?? '', spec);
    case 'q':
      return formatString(shellQuote(take() ?? ''), spec);
    case 'c':
      return formatString([...(take() ?? '')][0] ?? '', spec);
    case 'd':
    case 'i':
    case 'o':
    case 'u':
    case 'x':
    case 'X':
      return formatInteger(number(take() ?? '0', true), spec);
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
      return formatFloat(number(take() ?? '0', false), spec);
    default:
      out.err(`bash: printf: \`${spec.conv}': invalid format character\n`);
      return '';
  }
}

/** A number argument: decimal, 0x hex, 0 octal, 'c (character code); with the prefix value on error. */
export function parseNumber(raw: string, integer: boolean): { ok: boolean; value: number } {
  const text = raw.trim();
  if (text === '') return { ok: true, value: 0 };
  if (/^['"]/.test(raw)) return { ok: true, value: raw.codePointAt(1) ?? 0 };
  if (integer) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(text);
    if (!m) return { ok: false, value: 0 };
    const body = m[2] ?? '0';
    const magnitude = /^0[xX]/.test(body) ? parseInt(body, 16) : body.startsWith('0') ? parseInt(body, 8) || 0 : Number(body);
    return { ok: m[0].length === text.length, value: m[1] === '-' ? -magnitude : magnitude };
  }
  const m = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(text);
  if (!m) return { ok: false, value: 0 };
  return { ok: m[0].length === text.length, value: Number(m[0]) };
}

/** One escape in a printf format, starting at the backslash. */
function formatEscape(format: string, start: number): { text: string; end: number } {
  const next = format.charAt(start + 1);
  const simple: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v', '"': '"', "'": "'", e: '\x1b', E: '\x1b', '?': '?' };
  if (next === '') return { text: '\\', end: start + 1 };
  if (simple[next] !== undefined) return { text: simple[next], end: start + 2 };
  if (/[0-7]/.test(next)) {
    const digits = /^[0-7]{1,3}/.exec(format.slice(start + 1))?.[0] ?? '0';
    return { text: String.fromCharCode(parseInt(digits, 8)), end: start + 1 + digits.length };
  }
  if (next === 'x') {
    const digits = /^[0-9a-fA-F]{1,2}/.exec(format.slice(start + 2))?.[0];
    if (digits) return { text: String.fromCharCode(parseInt(digits, 16)), end: start + 2 + digits.length };
  }
  return { text: `\\${next}`, end: start + 2 };
}

/** bash's `printf %q`: backslashes before shell-special characters, $'...' for control characters. */
export function shellQuote(text: string): string {
  if (text === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(text)) {
    const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x1b': '\\E' };
    const body = [...text]
      .map((c) => named[c] ?? (/[\x00-\x1f\x7f]/.test(c) ? `\\${(c.codePointAt(0) ?? 0).toString(8).padStart(3, '0')}` : c === "'" || c === '\\' ? `\\${c}` : c))
      .join('');
    return `$'${body}'`;
  }
  let out = '';
  [...text].forEach((c, i) => {
    if (/[ '"\\|&;()<>!{}*[?\]^$`,]/.test(c) || ((c === '~' || c === '#') && i === 0)) out += `\\${c}`;
    else out += c;
  });
  return out;
}
