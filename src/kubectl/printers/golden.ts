// Reading the captured outputs of the real kubectl (../shared/reference/golden, see its README):
// each `<name>.txt` is `$ <command>\n` + stdout + stderr, and the directory's INDEX.tsv gives the byte
// sizes that split the two streams. Pure: the caller passes a file reader, so tests can use node:fs
// while this module stays free of Node APIs.

export interface GoldenEntry {
  name: string;
  exitCode: number;
  stdoutBytes: number;
  stderrBytes: number;
  command: string;
}

export interface Golden extends GoldenEntry {
  stdout: string;
  stderr: string;
}

/** Default location of the reference captures. */
/** Relative to the project root (where the tests run): shared/ sits beside the checkout. */
export const GOLDEN_ROOT = '../shared/reference/golden';

/** Parses INDEX.tsv (header row `name rc stdout_bytes stderr_bytes command`). */
export function parseGoldenIndex(tsv: string): Map<string, GoldenEntry> {
  const entries = new Map<string, GoldenEntry>();
  for (const line of tsv.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const [name = '', rc = '', out = '', err = '', ...command] = line.split('\t');
    entries.set(name, {
      name,
      exitCode: Number(rc),
      stdoutBytes: Number(out),
      stderrBytes: Number(err),
      command: command.join('\t'),
    });
  }
  return entries;
}

/** UTF-8 length of one UTF-16 code unit sequence starting at s[i]; returns [bytes, units]. */
function utf8At(s: string, i: number): [number, number] {
  const c = s.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) return [4, 2];
  return [3, 1];
}

/** Splits `text` after `bytes` UTF-8 bytes. */
export function splitAtByte(text: string, bytes: number): [string, string] {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < bytes) {
    const [b, units] = utf8At(text, i);
    seen += b;
    i += units;
  }
  return [text.slice(0, i), text.slice(i)];
}

/** Splits a golden file's text into command line, stdout and stderr. */
export function splitGolden(fileText: string, entry: GoldenEntry): Golden {
  const firstBreak = fileText.indexOf('\n');
  const body = fileText.slice(firstBreak + 1);
  const [stdout, rest] = splitAtByte(body, entry.stdoutBytes);
  const [stderr] = splitAtByte(rest, entry.stderrBytes);
  return { ...entry, stdout, stderr };
}

/** Loads `<root>/<dir>/<name>.txt` split into streams; `read` returns a file's UTF-8 text. */
export function loadGolden(read: (path: string) => string, dir: string, name: string, root = GOLDEN_ROOT): Golden {
  const index = parseGoldenIndex(read(`${root}/${dir}/INDEX.tsv`));
  const entry = index.get(name);
  if (!entry) throw new Error(`no golden ${dir}/${name} in INDEX.tsv`);
  return splitGolden(read(`${root}/${dir}/${name}.txt`), entry);
}

/** Names of all goldens in a directory, in INDEX.tsv order. */
export function listGoldens(read: (path: string) => string, dir: string, root = GOLDEN_ROOT): GoldenEntry[] {
  return [...parseGoldenIndex(read(`${root}/${dir}/INDEX.tsv`)).values()];
}
