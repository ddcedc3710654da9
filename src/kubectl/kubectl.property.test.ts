// Property tests over the whole kubectl emulator: random and mutated command lines and manifests,
// run against one live simulated cluster, never throw, never report an internal fault, always end
// (waiting commands are bounded by virtual time), and every failure says why on stderr.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../sim';
import { COMMAND_TREE, kubectl, type KubectlContext, type KubectlResult } from './index';
import type { CommandSpec } from './cli/command';

/** Every command path of the tree: `get`, `rollout status`, `create deployment`… */
function commandPaths(spec: CommandSpec, prefix: string[] = []): string[][] {
  const own = prefix.length > 0 ? [prefix] : [];
  return [...own, ...(spec.subcommands ?? []).flatMap((c) => commandPaths(c, [...prefix, c.name]))];
}
const PATHS = commandPaths(COMMAND_TREE.root);

const WORDS = [
  'pods', 'po', 'pod/web', 'deploy', 'deployment/web', 'web', 'svc', 'nodes', 'node01', 'ns', 'kube-system', 'cm', 'secret', 'rs',
  'sts', 'ds', 'jobs', 'cronjob', 'hpa', 'ing', 'pv', 'pvc', 'sa', 'all', 'events', 'nope', 'pods,svc', '-', '--', '*', '',
  'nginx', 'busybox', 'app=web', 'x=y:NoSchedule', 'key-', 'sh', '-c', 'echo hi', '80', '8080:80', '3', '-1', '0', '99999999999',
  'a'.repeat(300), 'Web_Bad', '{"spec":{"replicas":2}}', '[{"op":"add"}]', '{bad', 'yaml', 'json', 'name', 'wide',
];
const FLAGS = [
  '-n', '-A', '-o', '-l', '-f', '-c', '-w', '-i', '-t', '-p', '--all', '--force', '--now', '--wait=false', '--grace-period=0',
  '--dry-run=client', '--dry-run=server', '--dry-run=bogus', '--replicas=2', '--replicas=-5', '--image=nginx', '--image=no/such:tag',
  '--port=80', '--type=merge', '--type=json', '--overwrite', '--timeout=2s', '--timeout=banana', '--for=delete',
  '--for=condition=Ready', '--for=jsonpath={.status.phase}=Running', '--to-revision=9', '--selector=app=web', '--field-selector=x=y',
  '--sort-by=.metadata.name', '--output=jsonpath={.items[*', '--tail=2', '--previous', '--containers', '--ignore-daemonsets',
  '--delete-emptydir-data', '--recursive', '--current', '--namespace=dev', '--cascade=orphan', '--help', '-h', '--context=other',
  '--bogus', '-Z', '--min=1', '--max=0', '--cpu-percent=50', '--restart=Never', '--rm', '--expose', '--target-port=8080',
];

/** A cluster with something in it, waits bounded by virtual time and a short watch limit. */
function liveContext(): { cluster: Cluster; ctx: (stdin?: string) => KubectlContext } {
  const cluster = createCluster({ seed: 21 });
  cluster.runUntilQuiet();
  const base: KubectlContext = { cluster, wait: (ms) => cluster.advance(Math.min(ms, 60_000)), watchLimitMs: 3_000 };
  for (const args of [['create', 'deployment', 'web', '--image=nginx', '--replicas=2'], ['expose', 'deployment', 'web', '--port=80'], ['create', 'namespace', 'dev']]) {
    expect(kubectl(args, base).exitCode).toBe(0);
  }
  cluster.advance(30_000);
  return { cluster, ctx: (stdin) => (stdin === undefined ? base : { ...base, stdin }) };
}

/** What every run must satisfy, whatever it was asked. */
function wellBehaved(args: readonly string[], r: KubectlResult): void {
  const where = `kubectl ${JSON.stringify(args)}`;
  expect(r.stderr, where).not.toMatch(/internal error/);
  expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255, where).toBe(true);
  // A failure always says something (a bare `kubectl rollout` prints its help), except the silent
  // ones kubectl has: Ctrl-C, and a command run by exec passing on its own status.
  if (r.exitCode !== 0 && r.exitCode !== 130 && args[0] !== 'exec' && args[0] !== 'run') expect(r.stderr + r.stdout, where).not.toBe('');
}

const MANIFESTS = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p1\n  labels:\n    app: p1\nspec:\n  containers:\n  - name: c\n    image: nginx\n    ports:\n    - containerPort: 80\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d1\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: d1\n  template:\n    metadata:\n      labels:\n        app: d1\n    spec:\n      containers:\n      - name: c\n        image: httpd\n',
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s1\nspec:\n  selector:\n    app: d1\n  ports:\n  - port: 80\n    targetPort: 80\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c1\ndata:\n  k: v\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s1\nstringData:\n  pw: x\n',
];

/** A manifest damaged the ways people damage them: lost lines, broken indentation, odd values, tabs. */
const mutatedManifest = fc
  .tuple(
    fc.constantFrom(...MANIFESTS),
    fc.array(
      fc.tuple(fc.constantFrom('drop', 'dup', 'indent', 'dedent', 'tab', 'value', 'truncate', 'garbage'), fc.nat(), fc.string({ maxLength: 12 })),
      { maxLength: 4 },
    ),
  )
  .map(([text, edits]) => {
    let lines = text.split('\n');
    for (const [op, at, junk] of edits) {
      const i = at % Math.max(1, lines.length);
      const line = lines[i] ?? '';
      if (op === 'drop') lines.splice(i, 1);
      else if (op === 'dup') lines.splice(i, 0, line);
      else if (op === 'indent') lines[i] = ` ${line}`;
      else if (op === 'dedent') lines[i] = line.replace(/^ {1,2}/, '');
      else if (op === 'tab') lines[i] = `\t${line}`;
      else if (op === 'value') lines[i] = line.replace(/: .*$/, `: ${junk}`);
      else if (op === 'truncate') lines = lines.slice(0, i);
      else lines.splice(i, 0, junk);
    }
    return lines.join('\n');
  });

describe('kubectl under random input', () => {
  const live = liveContext();

  it('random command lines over every command never throw, end, and explain failures', () => {
    const argv = fc.tuple(
      fc.constantFrom(...PATHS),
      fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...FLAGS), fc.string({ maxLength: 10 })), { maxLength: 6 }),
    );
    fc.assert(
      fc.property(argv, ([path, rest]) => {
        const args = [...path, ...rest];
        wellBehaved(args, kubectl(args, live.ctx()));
      }),
      { numRuns: 600, seed: 4242 },
    );
  }, 240_000);

  it('mutated manifests through -f - never throw and explain what is wrong', () => {
    const verb = fc.constantFrom(['apply', '-f', '-'], ['create', '-f', '-'], ['replace', '-f', '-'], ['delete', '-f', '-'], ['apply', '--dry-run=server', '-f', '-']);
    fc.assert(
      fc.property(verb, mutatedManifest, (args, text) => {
        const r = kubectl(args, live.ctx(text));
        wellBehaved(args, r);
        // apply and create never succeed silently: one line per object, or "no objects passed".
        // (replace and delete of an empty stream do succeed silently in kubectl.)
        if (r.exitCode === 0 && (args[0] === 'apply' || args[0] === 'create')) expect(r.stdout, JSON.stringify({ args, text, stderr: r.stderr })).not.toBe('');
      }),
      { numRuns: 300, seed: 777 },
    );
  }, 240_000);

  it('huge and absurd inputs get kubectl-style errors', () => {
    const huge = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  k: "${'x'.repeat(4 * 1024 * 1024)}"\n`;
    const results: string[] = [];
    for (const [args, stdin] of [
      [['apply', '-f', '-'], huge],
      [['scale', 'deployment', 'web', '--replicas=100000000'], undefined],
      [['create', 'deployment', 'many', '--image=nginx', '--replicas=2147483648'], undefined],
    ] as const) {
      const r = kubectl([...args], live.ctx(stdin));
      wellBehaved(args, r);
      results.push(`${r.exitCode} ${r.stderr.slice(0, 160)}`);
    }
    expect(results).toMatchInlineSnapshot(`
      [
        "1 Error from server (RequestEntityTooLarge): error when creating "STDIN": Request entity too large: limit is 3145728
      ",
        "0 ",
        "1 error: invalid argument "2147483648" for "-r, --replicas" flag: strconv.ParseInt: parsing "2147483648": value out of range
      See 'kubectl create deployment --help",
      ]
    `);
  }, 120_000);
});
