/**
 * Language runtimes: node, python, perl. Their default command is a REPL that exits at once without
 * a terminal. Scripts are not executed: `print`/`console.log` of string literals are echoed and a
 * `.listen(PORT)` / `http.server` makes a server (modelled). `perl -Mbignum=bpi -wle 'print bpi(N)'`
 * computes π for real (the Job example of the Kubernetes docs).
 */
import { readFile, resolvePath } from '../fs';
import { hexFromKey } from '../hash';
import type { Family, Tool, ToolCall } from '../machine';
import { piDigits } from '../programs/pi';
import { MiB, Timeline } from '../programs/timeline';
import { httpDate } from '../time-format';
import type { ImageInfo } from '../types';
import { image, variant } from './build';

/** String literals passed to print(...)/console.log(...) in a script, in order. */
function printedLiterals(code: string, fn: 'print' | 'console.log'): string[] {
  const re = fn === 'print' ? /\bprint\s*\(?\s*(['"])((?:\\.|(?!\1).)*)\1/g : /console\.log\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  return [...code.matchAll(re)].map((m) => (m[2] ?? '').replace(/\\n/g, '\n').replace(/\\(['"\\])/g, '$1'));
}

function scriptText(c: ToolCall, args: string[], evalFlags: string[]): string | null {
  const e = args.findIndex((a) => evalFlags.includes(a));
  if (e >= 0) return args[e + 1] ?? '';
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) return null;
  return readFile(c.m, resolvePath(c.cwd, file));
}

/** A REPL without a terminal exits at once; with `stdin: true` it waits for input forever. */
function repl(c: ToolCall, prompt: string): number {
  if (c.m.mode === 'main' && c.m.ctx.stdin) {
    if (c.m.ctx.tty) c.out(prompt);
    c.m.setUsage(1, 40 * MiB);
    c.m.forever();
  }
  return 0;
}

// ---- node ----------------------------------------------------------------------------------------

const NODE_REPO = 'docker.io/library/node';

function nodeImage(): ImageInfo {
  const builds: [string, string][] = [['20.19.6', '2025-11-25'], ['22.21.1', '2025-10-28'], ['24.12.0', '2025-12-10'], ['25.2.1', '2025-11-17']];
  const v = (version: string, released: string, kind: '' | 'slim' | 'alpine') => variant(NODE_REPO, {
    tag: kind ? `${version}-${kind}` : version,
    version,
    os: kind === 'alpine' ? 'alpine-3.22' : kind === 'slim' ? 'debian-13' : version.startsWith('20') ? 'debian-12-full' : 'debian-13-full',
    sizeMB: kind === 'alpine' ? 56.2 : kind === 'slim' ? 78.9 : 402.7,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: [['NODE_VERSION', version], ['YARN_VERSION', '1.22.22']],
    released,
  });
  const variants = builds.flatMap(([ver, rel]) => [v(ver, rel, ''), v(ver, rel, 'slim'), v(ver, rel, 'alpine')]);
  const aliases: Record<string, string> = {};
  for (const [ver] of builds) {
    const major = ver.split('.')[0] ?? '';
    aliases[major] = ver;
    aliases[`${major}-slim`] = `${ver}-slim`;
    aliases[`${major}-alpine`] = `${ver}-alpine`;
    aliases[ver.split('.').slice(0, 2).join('.')] = ver;
  }
  Object.assign(aliases, {
    latest: '25.2.1', current: '25.2.1', slim: '25.2.1-slim', alpine: '25.2.1-alpine', 'current-alpine': '25.2.1-alpine',
    lts: '24.12.0', 'lts-slim': '24.12.0-slim', 'lts-alpine': '24.12.0-alpine', krypton: '24.12.0', jod: '22.21.1', iron: '20.19.6',
  });
  return image(NODE_REPO, 'node', variants, aliases);
}

const node: Tool = (c) => {
  const args = c.argv.slice(1);
  const v = c.m.variant;
  if (args.includes('--version') || args.includes('-v')) {
    c.out(`v${v.version}\n`);
    return 0;
  }
  const code = scriptText(c, args, ['-e', '--eval', '-p', '--print']);
  if (code === null) return repl(c, '> ');
  const tl = new Timeline(c);
  tl.at(40);
  for (const s of printedLiterals(code, 'console.log')) c.out(`${s}\n`);
  const listen = /\.listen\(\s*(\d+)/.exec(code) ?? (/\.listen\(\s*process\.env\.PORT/.test(code) ? [null, c.env.get('PORT') ?? '3000'] : null);
  if (listen || /setInterval\(/.test(code)) {
    if (listen) c.m.listen(Number(listen[1]), 'TCP', 0);
    c.m.setUsage(2, 42 * MiB);
    c.m.forever();
  }
  return 0;
};

const nodeEntrypoint: Tool = (c) => {
  const args = c.argv.slice(1);
  const first = args[0] ?? '';
  const isCommand = first !== '' && !first.startsWith('-') && c.spawner.which(first, c.env.get('PATH') ?? '') !== null;
  return c.exec(isCommand ? args : ['node', ...args], c.env);
};

export const nodeFamily: Family = {
  bins: () => ({
    '/usr/local/bin/docker-entrypoint.sh': nodeEntrypoint,
    '/usr/local/bin/node': node,
    '/usr/local/bin/npm': (c) => (c.argv.includes('--version') || c.argv.includes('-v') ? (c.out('10.9.4\n'), 0) : 0),
    '/usr/local/bin/npx': () => 0,
    '/usr/local/bin/yarn': (c) => (c.argv.includes('--version') ? (c.out('1.22.22\n'), 0) : 0),
  }),
  tools: (v) => (v.os.endsWith('-full') ? ['/usr/bin/curl', '/usr/bin/wget'] : []),
};

// ---- python --------------------------------------------------------------------------------------

const PY_REPO = 'docker.io/library/python';

function pythonImage(): ImageInfo {
  const builds: [string, string][] = [['3.12.12', '2025-10-09'], ['3.13.11', '2025-12-05'], ['3.14.2', '2025-12-05']];
  const v = (version: string, released: string, kind: '' | 'slim' | 'alpine') => variant(PY_REPO, {
    tag: kind ? `${version}-${kind}` : version,
    version,
    os: kind === 'alpine' ? 'alpine-3.23' : kind === 'slim' ? 'debian-13' : 'debian-13-full',
    sizeMB: kind === 'alpine' ? 17.6 : kind === 'slim' ? 43.4 : 391.8,
    cmd: ['python3'],
    env: [['LANG', 'C.UTF-8'], ['GPG_KEY', hexFromKey(`gpg-${version}`, 40).toUpperCase()], ['PYTHON_VERSION', version], ['PYTHON_SHA256', hexFromKey(`python-${version}`)]],
    released,
  });
  const variants = builds.flatMap(([ver, rel]) => [v(ver, rel, ''), v(ver, rel, 'slim'), v(ver, rel, 'alpine')]);
  const aliases: Record<string, string> = {};
  for (const [ver] of builds) {
    const minor = ver.split('.').slice(0, 2).join('.');
    aliases[minor] = ver;
    aliases[`${minor}-slim`] = `${ver}-slim`;
    aliases[`${minor}-alpine`] = `${ver}-alpine`;
  }
  Object.assign(aliases, { latest: '3.14.2', '3': '3.14.2', slim: '3.14.2-slim', alpine: '3.14.2-alpine', '3-slim': '3.14.2-slim', '3-alpine': '3.14.2-alpine' });
  return image(PY_REPO, 'python', variants, aliases);
}

const python: Tool = (c) => {
  const args = c.argv.slice(1);
  const v = c.m.variant;
  if (args.includes('--version') || args.includes('-V')) {
    c.out(`Python ${v.version}\n`);
    return 0;
  }
  const mIdx = args.indexOf('-m');
  if (mIdx >= 0 && args[mIdx + 1] === 'http.server') {
    const port = Number(args[mIdx + 2] ?? '8000');
    // Output is block-buffered without a terminal: the banner shows only with PYTHONUNBUFFERED.
    if (c.env.get('PYTHONUNBUFFERED')) c.out(`Serving HTTP on 0.0.0.0 port ${port} (http://0.0.0.0:${port}/) ...\n`);
    c.m.listen(port, 'TCP', 0);
    c.m.setUsage(1, 14 * MiB);
    c.m.forever();
    return 0;
  }
  const code = scriptText(c, args, ['-c']);
  if (code === null) return repl(c, '>>> ');
  c.m.sleep(30);
  for (const s of printedLiterals(code, 'print')) c.out(`${s}\n`);
  const sleep = /time\.sleep\(\s*([\d.]+)\s*\)/.exec(code);
  if (/while\s+True\s*:/.test(code)) {
    c.m.setUsage(1, 11 * MiB);
    c.m.forever();
  } else if (sleep) {
    c.m.sleep(Number(sleep[1]) * 1000);
  }
  return 0;
};

export const pythonFamily: Family = {
  bins: () => ({
    '/usr/local/bin/python3': python,
    '/usr/local/bin/python': python,
    '/usr/local/bin/pip': (c) => (c.argv.includes('--version') ? (c.out(`pip 25.3 from /usr/local/lib/python${c.m.variant.version.split('.').slice(0, 2).join('.')}/site-packages/pip (python ${c.m.variant.version.split('.').slice(0, 2).join('.')})\n`), 0) : 0),
  }),
  tools: (v) => (v.os.endsWith('-full') ? ['/usr/bin/curl', '/usr/bin/wget'] : []),
  http: (v, ctx, req) => {
    if (req.port === undefined) return null;
    const body = `<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Directory listing for /</title>\n</head>\n<body>\n<h1>Directory listing for /</h1>\n<hr>\n<ul>\n<li><a href="bin/">bin@</a></li>\n<li><a href="etc/">etc/</a></li>\n<li><a href="usr/">usr/</a></li>\n</ul>\n<hr>\n</body>\n</html>\n`;
    return { status: 200, headers: [['Server', `SimpleHTTP/0.6 Python/${v.version}`], ['Date', httpDate(req.nowMs ?? ctx.startedAt)], ['Content-type', 'text/html; charset=utf-8'], ['Content-Length', String(body.length)]], body };
  },
};

// ---- perl ----------------------------------------------------------------------------------------

const PERL_REPO = 'docker.io/library/perl';

function perlImage(): ImageInfo {
  const v = (version: string, os: string, sizeMB: number, released: string, slim = false) => variant(PERL_REPO, {
    tag: slim ? `${version}-slim` : version, version, os, sizeMB, cmd: [`perl5.${version.split('.')[1] ?? ''}.${version.split('.')[2] ?? ''}`], released,
  });
  return image(PERL_REPO, 'perl', [
    v('5.34.0', 'debian-11-full', 331.2, '2021-05-20'),
    v('5.38.5', 'debian-13-full', 352.6, '2025-07-06'),
    v('5.40.3', 'debian-13-full', 353.1, '2025-07-06'),
    v('5.42.0', 'debian-13-full', 354.0, '2025-07-03'),
    v('5.42.0', 'debian-13', 38.9, '2025-07-03', true),
  ], {
    '5.34': '5.34.0', '5.38': '5.38.5', '5.40': '5.40.3', '5.42': '5.42.0', '5': '5.42.0', latest: '5.42.0',
    slim: '5.42.0-slim', '5-slim': '5.42.0-slim', '5.42-slim': '5.42.0-slim',
  });
}

const perl: Tool = (c) => {
  const args = c.argv.slice(1);
  const v = c.m.variant;
  const [, minor, patch] = v.version.split('.');
  if (args.includes('-v')) {
    c.out(`\nThis is perl 5, version ${minor ?? ''}, subversion ${patch ?? ''} (v${v.version}) built for x86_64-linux-gnu-thread-multi\n\nCopyright 1987-${v.released.slice(0, 4)}, Larry Wall\n\nPerl may be copied only under the terms of either the Artistic License or the\nGNU General Public License, which may be found in the Perl 5 source kit.\n\nComplete documentation for Perl, including FAQ lists, should be found on\nthis system using "man perl" or "perldoc perl".  If you have access to the\nInternet, point your browser at https://www.perl.org/, the Perl Home Page.\n\n`);
    return 0;
  }
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const code = args.find((_a, i) => /^-\w*e$/.test(args[i - 1] ?? '')) ?? '';
  const newline = /^-\w*l/.test(args.find((a) => /^-\w*e$/.test(a)) ?? '') || flags.includes('l');
  const bpi = /bpi\(\s*(\d+)\s*\)/.exec(code);
  if (bpi && /bignum/.test(flags + args.join(' '))) {
    const digits = Number(bpi[1]);
    // Math::BigFloat's pure-Perl arithmetic: about 7 s for 2000 digits on a typical node.
    c.m.sleep(250 + Math.round(6750 * (digits / 2000) ** 2));
    c.m.setUsage(1000, 9 * MiB);
    c.out(`${piDigits(digits)}${newline ? '\n' : ''}`);
    return 0;
  }
  for (const m of code.matchAll(/print\s*\(?\s*"((?:\\.|[^"])*)"/g)) {
    c.out((m[1] ?? '').replace(/\\n/g, '\n').replace(/\\t/g, '\t') + (newline ? '\n' : ''));
  }
  const sleep = /sleep\s*\(?\s*(\d+)/.exec(code);
  if (sleep) c.m.sleep(Number(sleep[1]) * 1000);
  return 0;
};

export const perlFamily: Family = {
  bins: (v) => {
    const [, minor, patch] = v.version.split('.');
    return { '/usr/local/bin/perl': perl, [`/usr/local/bin/perl5.${minor ?? ''}.${patch ?? ''}`]: perl };
  },
  tools: (v) => (v.os.endsWith('-full') ? ['/usr/bin/curl', '/usr/bin/wget'] : []),
};

export function runtimeImages(): ImageInfo[] {
  return [nodeImage(), pythonImage(), perlImage()];
}
