#!/usr/bin/env node
// Enforces the dependency direction of DESIGN.md ("The parts, and which way they depend"):
// lower layers never import higher ones, the DOM-free layers import no browser, Node or Astro
// code, only src/terminal imports xterm, and src/sim + src/lib never read real time or randomness.
// Usage: node scripts/check-layers.mjs [project-root]   (plain Node, no dependencies)
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** npm packages the DOM-free layers may use. 'type' = only through `import type` (no runtime code). */
export const PACKAGES = { 'kubernetes-types': 'type', 'js-yaml': 'value', zod: 'value' };
const TYPE_PACKAGES = Object.keys(PACKAGES).filter((name) => PACKAGES[name] === 'type');
const ALL_PACKAGES = Object.keys(PACKAGES);

/**
 * The DOM-free layers: which other folders and packages each may import (`'*'`: any package). Its own
 * folder is implied. `node: true` marks a layer that runs only in Node and may use Node's built-ins.
 */
export const LAYERS = {
  'src/lib': { imports: [], packages: TYPE_PACKAGES, pure: true },
  'src/sim': { imports: ['src/lib'], packages: TYPE_PACKAGES, pure: true },
  'src/kubectl': { imports: ['src/sim', 'src/lib'], packages: ALL_PACKAGES },
  'src/shell': { imports: ['src/kubectl', 'src/sim', 'src/lib'], packages: ALL_PACKAGES },
  'src/sandbox': { imports: ['src/shell', 'src/kubectl', 'src/sim', 'src/lib'], packages: ALL_PACKAGES },
  'src/grading': { imports: ['src/sim', 'src/lib', 'src/kubectl', 'src/shell'], packages: ALL_PACKAGES },
  'src/exam': {
    imports: ['src/grading', 'src/sim', 'src/lib', 'src/kubectl', 'src/shell'],
    packages: ALL_PACKAGES,
  },
  checks: { imports: ['src/grading', 'src/sim', 'src/lib', 'src/kubectl', 'src/shell'], packages: ALL_PACKAGES },
  // The `kubedojo` command line: Node code that may use every layer but the DOM ones, Node's
  // built-ins and any package (Astro and xterm stay forbidden by the rules below); `kubedojo bench`
  // prints the figures of bench/ (Node code too).
  'src/cli': {
    imports: ['src/sandbox', 'src/exam', 'src/grading', 'checks', 'src/shell', 'src/kubectl', 'src/sim', 'src/lib', 'bench'],
    packages: '*',
    node: true,
  },
};

/** Folders scanned. Outside LAYERS (src/terminal, src/ui, src/pages, ...) only the xterm rule applies. */
const ROOTS = ['src', 'checks'];
const XTERM_HOME = 'src/terminal';
const DOM_AREAS = ['src/terminal', 'src/ui', 'src/pages'];
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|astro)$/;
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

const TIMERS = 'setTimeout|setInterval|setImmediate|requestAnimationFrame';
const REAL_TIME = 'take the time from the virtual clock so that runs are reproducible';
/**
 * Code that makes src/sim and src/lib depend on the real world, as [pattern, what is wrong ($0 = the match),
 * what to do, 'call' if a declaration of that name is fine]. Matched on code with comments and strings blanked.
 */
export const IMPURE = [
  [/(?<![\w$.])Date\s*\.\s*now\b/g, '$0() reads the real clock', REAL_TIME],
  [/(?<![\w$.])new\s+Date\s*\(\s*\)/g, 'new Date() without an argument reads the real clock', 'write new Date(ms) with a time from the virtual clock'],
  [/(?<![\w$.]|new\s+)Date\s*\(/g, 'Date() reads the real clock', REAL_TIME],
  [/(?<![\w$.])performance\s*\.\s*now\b/g, '$0() reads the real clock', REAL_TIME],
  [/(?<![\w$.])Math\s*\.\s*random\b/g, '$0() is not reproducible', 'draw from the seeded random generator'],
  [/(?<![\w$.])crypto\s*\.\s*(?:getRandomValues|randomUUID)\b/g, '$0() is not reproducible', 'draw from the seeded random generator'],
  [new RegExp(`(?<![\\w$.])(?:${TIMERS})\\s*\\(`, 'g'), '$0() schedules on the real clock', 'schedule on the virtual clock instead', 'call'],
  [new RegExp(`(?<![\\w$.])(?:globalThis|self)\\s*\\.\\s*(?:${TIMERS}|Date|performance|crypto|Math\\s*\\.\\s*random)\\b`, 'g'), '$0 reaches the real clock or randomness', 'use the virtual clock and the seeded random generator'],
  [/(?<![\w$.])(?:document|window|navigator|localStorage|indexedDB)\s*\./g, '$0 is browser-only', 'return data and let src/ui or src/terminal do the rendering'],
  [/(?<![\w$.])(?:process|Buffer)\s*\./g, '$0 is Node-only', 'have the caller pass the value in'],
];

/**
 * Same-length copy of `code` with comments, string/template text and regex bodies replaced by spaces
 * (newlines and quote marks kept), so patterns never match inside them and offsets keep their lines.
 */
export function maskCode(code) {
  const out = code.split('');
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const templateDepth = []; // one entry per open `${`: the count of `{` still open inside it
  let prev = ''; // last significant code character or word, to tell a regex from a division
  let i = 0;
  const scanTemplate = (start) => {
    let j = start;
    while (j < code.length && code[j] !== '`' && !(code[j] === '$' && code[j + 1] === '{')) j += code[j] === '\\' ? 2 : 1;
    blank(start, Math.min(j, code.length));
    if (code[j] === '$') (templateDepth.push(0), (prev = '{'));
    else prev = 'x';
    return j + (code[j] === '$' ? 2 : 1);
  };
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      blank(i, end < 0 ? code.length : end);
      i = end < 0 ? code.length : end;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      blank(i, end < 0 ? code.length : end + 2);
      i = end < 0 ? code.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      blank(i + 1, Math.min(j, code.length));
      (i = j + 1), (prev = 'x');
    } else if (c === '`') {
      i = scanTemplate(i + 1);
    } else if (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === 0) {
      templateDepth.pop();
      i = scanTemplate(i + 1);
    } else if (c === '/' && (prev === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(prev) || /^(?:return|typeof|case|do|else|in|of|new|delete|void|throw|instanceof|yield|await)$/.test(prev))) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length && code[j] !== '\n' && (inClass || code[j] !== '/')) {
        if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j += code[j] === '\\' ? 2 : 1;
      }
      blank(i + 1, Math.min(j, code.length));
      (i = j + 1), (prev = 'x');
    } else if (/[\w$]/.test(c)) {
      const word = /^[\w$]+/.exec(code.slice(i, i + 64))[0];
      (prev = word), (i += word.length);
    } else {
      if (templateDepth.length > 0 && c === '{') templateDepth[templateDepth.length - 1]++;
      if (templateDepth.length > 0 && c === '}') templateDepth[templateDepth.length - 1]--;
      if (!/\s/.test(c)) prev = c;
      i++;
    }
  }
  return out.join('');
}

/** In an .astro file only the frontmatter and <script> bodies are code; the rest is blanked. */
function astroCode(text) {
  const keep = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) keep.push([front[0].indexOf('\n') + 1, front[0].indexOf('\n') + 1 + front[1].length]);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const start = m.index + m[0].indexOf('>') + 1;
    keep.push([start, start + m[1].length]);
  }
  return text.replace(/[^\n]/g, (ch, at) => (keep.some(([a, b]) => at >= a && at < b) ? ch : ' '));
}

/** Every import in the file: its specifier, the offset of its keyword, and whether it is type-only. */
export function findImports(code, masked) {
  const found = [];
  const stringAt = (quote) => ({ spec: code.slice(quote + 1, masked.indexOf(masked[quote], quote + 1)) });
  const patterns = [
    /(?<![\w$.])import(?!\s*[.(])\s*(type\s+(?!from\b))?[^;'"`()]*?(?:\bfrom\s*)?(['"])/g, // import ... from 'x', import 'x'
    /(?<![\w$.])export\s+(type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])/g, // export ... from 'x'
    /(?<![\w$.])(?:import|require)\s*\(\s*()(['"])/g, // import('x'), require('x')
  ];
  for (const re of patterns) {
    for (const m of masked.matchAll(re)) {
      found.push({ at: m.index, typeOnly: Boolean(m[1]), ...stringAt(m.index + m[0].length - 1) });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

function areaOf(relPath) {
  const parts = relPath.split('/');
  if (parts[0] === '..') return 'outside the project';
  return parts[0] === 'src' && parts.length > 1 ? `src/${parts[1]}` : parts[0];
}

const packageName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
const isBuiltin = (spec) => spec.startsWith('node:') || builtinModules.includes(packageName(spec));
const isAstro = (spec) => /^astro(?:$|[:/-])/.test(spec) || spec.startsWith('@astrojs/');

/** What is wrong with one import of file `rel`, or null if it is allowed. */
function importProblem(rel, area, { spec, typeOnly }) {
  if (spec.startsWith('@xterm/') && area !== XTERM_HOME) {
    return `only src/terminal may import '${spec}'; move this code into src/terminal and use it through its API`;
  }
  const layer = LAYERS[area];
  if (!layer) return null;
  const allowed = [area, ...layer.imports].join(', ');
  if (spec.startsWith('.')) {
    const target = areaOf(posix.normalize(posix.join(posix.dirname(rel), spec)));
    if (target === area || layer.imports.includes(target)) return null;
    if (DOM_AREAS.includes(target)) {
      return `${area} may not import ${target} ('${spec}'): that is browser UI code and ${area} runs without a DOM; let ${target} call into ${area} instead`;
    }
    return `${area} may not import ${target} ('${spec}'); it may import only ${allowed}: move the shared code down into one of those, or have the caller pass it in`;
  }
  if (isBuiltin(spec) && !layer.node) {
    return `${area} may not import the Node built-in '${spec}': this layer also runs in the browser; take the data as a parameter and do the I/O in bin/ or scripts/`;
  }
  if (isAstro(spec)) {
    return `${area} may not import '${spec}': Astro belongs to src/pages and src/ui; keep this layer framework-free`;
  }
  if (isBuiltin(spec)) return null;
  const name = packageName(spec);
  if (layer.packages === '*') return PACKAGES[name] === 'type' && !typeOnly ? `'${spec}' has types only; write \`import type { ... } from '${spec}'\`` : null;
  if (!layer.packages.includes(name)) {
    const list = layer.packages.map((p) => (PACKAGES[p] === 'type' ? `${p} (type-only)` : p)).join(', ');
    return `${area} may not import the package '${name}' (allowed here: ${list}); add it to LAYERS in scripts/check-layers.mjs if it belongs in this layer`;
  }
  if (PACKAGES[name] === 'type' && !typeOnly) {
    return `'${spec}' has types only; write \`import type { ... } from '${spec}'\``;
  }
  return null;
}

/** A class method or function *named* like a timer (e.g. a virtual clock's setTimeout) is not a call. */
function isDeclaration(masked, at, nameEnd) {
  const lineStart = masked.lastIndexOf('\n', at) + 1;
  if (/\bfunction\s*\*?\s*$/.test(masked.slice(lineStart, at))) return true;
  if (!/^\s*(?:(?:public|private|protected|static|async|override)\s+)*$/.test(masked.slice(lineStart, at))) return false;
  let depth = 0;
  let j = nameEnd;
  for (; j < masked.length; j++) {
    if (masked[j] === '(') depth++;
    else if (masked[j] === ')' && --depth === 0) break;
  }
  return /^\s*[{:]/.test(masked.slice(j + 1, j + 200));
}

/** All violations in one file (path relative to the root, with forward slashes). */
export function checkFile(rel, text) {
  const area = areaOf(rel);
  const code = rel.endsWith('.astro') ? astroCode(text) : text;
  const masked = maskCode(code);
  const lineOf = (at) => code.slice(0, at).split('\n').length;
  const violations = [];
  for (const imp of findImports(code, masked)) {
    const problem = importProblem(rel, area, imp);
    if (problem) violations.push({ file: rel, at: imp.at, line: lineOf(imp.at), message: problem });
  }
  if (LAYERS[area]?.pure) {
    for (const [re, what, fix, kind] of IMPURE) {
      for (const m of masked.matchAll(re)) {
        if (kind === 'call' && isDeclaration(masked, m.index, m.index + m[0].length - 1)) continue;
        const shown = m[0].replace(/\s+|[.(]$/g, '');
        violations.push({ file: rel, at: m.index, line: lineOf(m.index), message: `${what.replace('$0', shown)}; ${fix}` });
      }
    }
  }
  return violations.sort((a, b) => a.at - b.at).map(({ at: _at, ...v }) => v);
}

function listSources(root, dir) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .flatMap((e) => {
      const rel = posix.join(dir, e.name);
      if (e.isDirectory()) return listSources(root, rel);
      return SOURCE_FILE.test(e.name) && !TEST_FILE.test(e.name) ? [rel] : [];
    });
}

/** Checks the project at `root`: the number of files looked at and every violation found. */
export function checkLayers(root) {
  const files = ROOTS.flatMap((dir) => listSources(root, dir)).sort();
  const violations = files.flatMap((rel) => checkFile(rel, readFileSync(join(root, rel), 'utf8')));
  return { filesChecked: files.length, violations };
}

export function main(argv = process.argv.slice(2)) {
  const root = resolve(argv[0] ?? fileURLToPath(new URL('..', import.meta.url)));
  const { filesChecked, violations } = checkLayers(root);
  if (violations.length === 0) {
    console.log(`layers: ${filesChecked} files checked, no violations`);
    return 0;
  }
  for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
