/**
 * `kubeadm token create|list|delete|generate`: bootstrap tokens as kubeadm keeps them, Secrets
 * `bootstrap-token-<id>` of type bootstrap.kubernetes.io/token in kube-system, written and read
 * through the simulated API server with the admin kubeconfig. Token ids and secrets are drawn
 * from the cluster's seeded generator. Expired tokens are removed by kube-controller-manager's
 * tokencleaner (src/sim/controllers/bootstrap-token-cleaner.ts), as in a real cluster.
 */
import { decodeBase64, encodeBase64 } from '../../../lib/base64';
import { rfc3339, shortHumanDuration } from '../../../lib/duration';
import { encodeSpki } from '../../../lib/pki/rsa';
import { sha256Bytes } from '../../../lib/sha256';
import { TabWriter } from '../../../kubectl/printers/tabwriter';
import { parseGoDuration } from '../../../kubectl/util/go-strconv';
import type { KubeObject } from '../../../sim/api/object';
import { BOOTSTRAP_TOKEN_SECRET_TYPE, bootstrapTokenExpiry } from '../../../sim/controllers/bootstrap-token-cleaner';
import { pemFind } from '../../../lib/pki/pem';
import { parseCertificate } from '../../../lib/pki/x509';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ADMIN_CONF, contactApiServer, fail, parseFlags, readFile, type KubeadmContext } from './context';

const TOKEN_PATTERN = '\\A([a-z0-9]{6})\\.([a-z0-9]{16})\\z';
const ID_PATTERN = '\\A([a-z0-9]{6})\\z';
const TOKEN_RE = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
const ID_RE = /^[a-z0-9]{6}$/;
const CHARSET = '0123456789abcdefghijklmnopqrstuvwxyz';
const DEFAULT_GROUP = 'system:bootstrappers:kubeadm:default-node-token';
const USAGES = ['signing', 'authentication'];
const NAMESPACE = 'kube-system';
/** Go's %q of a pattern: backslashes doubled. */
const goQuote = (s: string) => JSON.stringify(s);

interface Secret extends KubeObject {
  type?: string;
  data?: Record<string, string>;
}

export function token(argv: string[], ctx: KubeadmContext): void {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'create':
      return create(rest, ctx);
    case 'list':
      return list(rest, ctx);
    case 'delete':
      return remove(rest, ctx);
    case 'generate':
      ctx.out.out(`${generate(ctx)}\n`);
      return;
    case undefined:
      return fail(ctx, 'missing subcommand; "token" is not meant to be run on its own');
    default:
      return fail(ctx, `invalid subcommand: "${verb}"`);
  }
}

function generate(ctx: KubeadmContext): string {
  const random = ctx.svc.cluster.random;
  const pick = (n: number) => Array.from({ length: n }, () => CHARSET[random.int(CHARSET.length)]).join('');
  return `${pick(6)}.${pick(16)}`;
}

const secretsType = (ctx: KubeadmContext) => ctx.svc.cluster.api.types.forKey('secrets');

/** The admin kubeconfig as kubeadm's client loads it; undefined after printing its error. */
function adminConfig(ctx: KubeadmContext, path: string): Record<string, unknown> | undefined {
  const file = readFile(ctx, path);
  if ('error' in file) {
    fail(ctx, `failed to load admin kubeconfig: ${file.error}`);
    return undefined;
  }
  try {
    const doc = load(file.text, { schema: CORE_SCHEMA });
    if (typeof doc === 'object' && doc !== null) {
      contactApiServer(ctx);
      return doc as Record<string, unknown>;
    }
  } catch {
    // fall through to the error below
  }
  fail(ctx, `failed to load admin kubeconfig: couldn't get version/kind; json parse error`);
  return undefined;
}

const TOKEN_FLAGS = { values: ['kubeconfig'], bools: ['dry-run'] };

function create(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, {
    values: [...TOKEN_FLAGS.values, 'ttl', 'description', 'usages', 'groups', 'config', 'certificate-key'],
    bools: [...TOKEN_FLAGS.bools, 'print-join-command'],
  });
  if (!parsed) return;
  const { flags } = parsed;
  const ttlText = flags.get('ttl') ?? '24h0m0s';
  const ttl = parseGoDuration(ttlText);
  if (!ttl.ok) return fail(ctx, `invalid argument "${ttlText}" for "--ttl" flag: ${ttl.message}`);
  if (flags.has('config') || flags.has('dry-run')) return fail(ctx, '--config and --dry-run are not available in this simulator');
  if (flags.has('certificate-key')) return fail(ctx, 'joining control-plane nodes (--certificate-key) is not available in this simulator');
  const usages = (flags.get('usages') ?? USAGES.join(',')).split(',').filter((u) => u !== '');
  const badUsage = usages.find((u) => !USAGES.includes(u));
  if (badUsage) return fail(ctx, `invalid bootstrap token usage string: ${badUsage}, valid usage options: ${USAGES.join(',')}`);
  const groups = (flags.get('groups') ?? DEFAULT_GROUP).split(',').filter((g) => g !== '');
  const badGroup = groups.find((g) => !/^system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]$/.test(g));
  if (badGroup) return fail(ctx, `bootstrap group "${badGroup}" is invalid (must match \\A(system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9])\\z)`);

  const given = parsed.args[0];
  if (given !== undefined && !TOKEN_RE.test(given)) return fail(ctx, `the bootstrap token ${goQuote(given)} was not of the form ${goQuote(TOKEN_PATTERN)}`);
  const config = adminConfig(ctx, flags.get('kubeconfig') ?? ADMIN_CONF);
  if (!config) return;
  const tokenString = given ?? generate(ctx);
  const [id = '', secret = ''] = tokenString.split('.');
  const name = `bootstrap-token-${id}`;
  const type = secretsType(ctx);
  if (type && ctx.svc.cluster.api.get(type, NAMESPACE, name).ok) return fail(ctx, `a token with id "${id}" already exists`);

  const data: Record<string, string> = {
    'token-id': id,
    'token-secret': secret,
  };
  if (ttl.value > 0) data['expiration'] = rfc3339(Math.floor((ctx.now + ttl.value) / 1000) * 1000);
  const description = flags.get('description') ?? '';
  if (description !== '') data['description'] = description;
  for (const u of usages) data[`usage-bootstrap-${u}`] = 'true';
  if (groups.length > 0) data['auth-extra-groups'] = groups.join(',');
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, encodeBase64(v)]));
  const obj: Secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: NAMESPACE },
    type: BOOTSTRAP_TOKEN_SECRET_TYPE,
    data: encoded,
  };
  const res = ctx.svc.cluster.api.create(obj);
  if (!res.ok) return fail(ctx, `failed to create bootstrap token with name "${name}": ${res.status.message}`);

  if (!flags.has('print-join-command') || flags.get('print-join-command') === 'false') {
    ctx.out.out(`${tokenString}\n`);
    return;
  }
  const join = joinCommand(config, tokenString);
  if (typeof join !== 'string') return fail(ctx, `failed to get join command: ${join.error}`);
  ctx.out.out(`${join}\n`);
}

/** cmdutil.GetJoinWorkerCommand on one line: the server of the current context, the CA's public key pin. */
function joinCommand(config: Record<string, unknown>, tokenString: string): string | { error: string } {
  const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const list = (v: unknown) => (Array.isArray(v) ? v.map(rec) : []);
  const context = list(config['contexts']).find((c) => c['name'] === config['current-context']);
  const clusterName = rec(context?.['context'])['cluster'];
  const cluster = rec(list(config['clusters']).find((c) => c['name'] === clusterName)?.['cluster']);
  const server = typeof cluster['server'] === 'string' ? cluster['server'] : '';
  const caData = typeof cluster['certificate-authority-data'] === 'string' ? cluster['certificate-authority-data'] : '';
  const block = pemFind(decodeBase64(caData), 'CERTIFICATE');
  if (!block) return { error: 'failed to parse CA certificate from kubeconfig' };
  const ca = parseCertificate(block.der);
  const hash = sha256Bytes(encodeSpki(ca.publicKey))
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return `kubeadm join ${server.replaceAll('https://', '')} --token ${tokenString} --discovery-token-ca-cert-hash sha256:${hash} `;
}

function list(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, {
    values: [...TOKEN_FLAGS.values, 'output'],
    bools: [...TOKEN_FLAGS.bools, 'allow-missing-template-keys', 'show-managed-fields'],
    shorthand: { o: 'output' },
  });
  if (!parsed) return;
  if (parsed.args.length > 0) return fail(ctx, `unknown command "${parsed.args[0]}" for "kubeadm token list"`);
  const output = parsed.flags.get('output') ?? 'text';
  if (output !== 'text') return fail(ctx, `could not construct output printer: -o ${output} is not available in this simulator; the text table is`);
  if (!adminConfig(ctx, parsed.flags.get('kubeconfig') ?? ADMIN_CONF)) return;
  const type = secretsType(ctx);
  const res = type ? ctx.svc.cluster.api.list(type, { namespace: NAMESPACE }) : undefined;
  const secrets = res?.ok ? (res.object as Secret[]).filter((s) => s.type === BOOTSTRAP_TOKEN_SECRET_TYPE) : [];
  let header = true;
  for (const s of secrets) {
    const d = (k: string) => (s.data?.[k] === undefined ? undefined : decodeBase64(s.data[k] ?? ''));
    const id = d('token-id');
    const secret = d('token-secret');
    if (!id || !secret) {
      ctx.out.err(`bootstrap Token Secret has no token-${id ? 'secret' : 'id'} data: ${s.metadata.name}`);
      continue;
    }
    const expiry = bootstrapTokenExpiry(s);
    const ttl = expiry === undefined ? '<forever>' : shortHumanDuration(expiry - ctx.now);
    const expires = expiry === undefined ? '<never>' : (d('expiration') ?? '');
    const usages = Object.keys(s.data ?? {})
      .filter((k) => k.startsWith('usage-bootstrap-') && d(k) === 'true')
      .map((k) => k.slice('usage-bootstrap-'.length))
      .sort();
    const groups = (d('auth-extra-groups') ?? '').split(',').filter((g) => g !== '');
    const description = d('description') ?? '';
    // Each token is printed by its own tabwriter (the header with the first), its cells padded to fixed widths.
    const w = new TabWriter({
      minWidth: 10,
      tabWidth: 4,
      padding: 3,
      padChar: ' ',
    });
    if (header) w.write('TOKEN\tTTL\tEXPIRES\tUSAGES\tDESCRIPTION\tEXTRA GROUPS\n');
    header = false;
    const cells = [`${id}.${secret}`, ttl.padEnd(9), expires, (usages.join(',') || '<none>').padEnd(22), (description || '<none>').padEnd(56), groups.join(',') || '<none>'];
    w.write(`${cells.join('\t')}\n`);
    ctx.out.out(w.flush());
  }
}

function remove(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, TOKEN_FLAGS);
  if (!parsed) return;
  if (parsed.args.length === 0) return fail(ctx, `missing argument; 'token delete' is missing token of form ${goQuote(TOKEN_PATTERN)} or ${goQuote(ID_PATTERN)}`);
  if (!adminConfig(ctx, parsed.flags.get('kubeconfig') ?? ADMIN_CONF)) return;
  const type = secretsType(ctx);
  for (const arg of parsed.args) {
    let id = arg;
    if (!ID_RE.test(arg)) {
      const m = TOKEN_RE.exec(arg);
      if (!m) return fail(ctx, `given token didn't match pattern ${goQuote(TOKEN_PATTERN)} or ${goQuote(ID_PATTERN)}`);
      id = m[1] ?? '';
    }
    const name = `bootstrap-token-${id}`;
    const res = type ? ctx.svc.cluster.api.delete(type, NAMESPACE, name) : undefined;
    if (!res?.ok) return fail(ctx, `failed to delete bootstrap token "${id}": ${res ? res.status.message : `secrets "${name}" not found`}`);
    ctx.out.out(`bootstrap token "${id}" deleted\n`);
  }
}
