/** `base64` encode (wrapped at 76 columns, -w COLS, -w0 for none) and -d decode, over UTF-8 bytes. */
import { encodeBase64Bytes as encodeBase64 } from '../../lib/base64';
import { utf8Decode, utf8Encode } from '../text/utf8';
import type { Command } from '../types';
import { readOperand } from './files';
import { parseArgs, quoteLocale } from './options';
import { Output } from './output';


export { encodeBase64 };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes, ignoring newlines; `valid` is false on a bad character or missing padding (the bytes so far are kept). */
export function decodeBase64(text: string, ignoreGarbage = false): { bytes: number[]; valid: boolean } {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  let count = 0;
  let valid = true;
  let padded = false;
  for (const c of text) {
    if (c === '\n' || c === '\r') continue;
    if (c === '=') {
      padded = true;
      count++;
      continue;
    }
    const value = ALPHABET.indexOf(c);
    if (value < 0 || padded) {
      if (ignoreGarbage && value < 0) continue;
      valid = false;
      break;
    }
    count++;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  if (count % 4 !== 0) valid = false;
  return { bytes, valid };
}

export const base64: Command = {
  execute(argv, io) {
    const parsed = parseArgs('base64', argv, { flags: 'di', values: 'w', long: { decode: { key: 'd' }, wrap: { key: 'w', value: true }, 'ignore-garbage': { key: 'i' } } });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const out = new Output();
    const name = args.operands[0] ?? '-';
    if (args.operands.length > 1) return out.fail(`base64: extra operand ${quoteLocale(args.operands[1] ?? '')}\nTry 'base64 --help' for more information.`).result();
    const read = readOperand(name, io);
    if ('error' in read) return out.fail(`base64: ${name}: ${read.error}`).result();
    if (args.has('d')) {
      const decoded = decodeBase64(read.text, args.has('i'));
      out.out(utf8Decode(decoded.bytes));
      if (!decoded.valid) out.fail('base64: invalid input');
      return out.result();
    }
    const wrapText = args.value('w') ?? '76';
    if (!/^[0-9]+$/.test(wrapText)) return out.fail(`base64: invalid wrap size: ${quoteLocale(wrapText)}`).result();
    const wrap = Number(wrapText);
    const encoded = encodeBase64(utf8Encode(read.text));
    if (encoded === '') return out.result();
    if (wrap === 0) return out.out(encoded).result();
    const lines: string[] = [];
    for (let i = 0; i < encoded.length; i += wrap) lines.push(encoded.slice(i, i + wrap));
    return out.out(`${lines.join('\n')}\n`).result();
  },
};
