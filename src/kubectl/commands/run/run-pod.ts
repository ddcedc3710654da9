// The pod `kubectl run` builds from its flags (kubectl's BasicPod generator): labels, annotations,
// env, port and arguments parsed with the generator's own checks and error texts, in the order the
// generator meets them (env, annotations, labels, then the port).

import type { KubeObject } from '../../../sim/api/object';
import { messageError, type KubectlError } from '../../cli/errors';
import { runPodObject } from '../../generators/workloads';

/** distribution/reference's ReferenceRegexp (anchored): what kubectl run accepts as --image. */
const REFERENCE = (() => {
  const alnum = '[a-z0-9]+';
  const separator = '(?:[._]|__|[-]+)';
  const pathComponent = `${alnum}(?:${separator}${alnum})*`;
  const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
  const host = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[(?:[a-fA-F0-9:]+)\\])`;
  const name = `(?:${host}(?::[0-9]+)?/)?${pathComponent}(?:/${pathComponent})*`;
  const tag = '[\\w][\\w.-]{0,127}';
  const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
  return new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);
})();

export const isImageReference = (image: string): boolean => REFERENCE.test(image);

/** Go's strconv.Atoi with its error text (base 10, optional sign, no underscores). */
export function atoi(s: string): number | string {
  const syntax = `strconv.Atoi: parsing "${s}": invalid syntax`;
  if (!/^[+-]?[0-9]+$/.test(s)) return syntax;
  const n = Number(s);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63) return `strconv.Atoi: parsing "${s}": value out of range`;
  return n;
}

/** Maps keyed in sorted order, as Go's encoding/json writes maps. */
export function sortedMap(m: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** generate.ParseLabels: `k=v,k2=v2` (exactly one `=` each, non-empty key). */
export function parseLabelSpec(spec: string): Record<string, string> | string {
  if (spec === '') return 'no label spec passed';
  const labels: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2) return `unexpected label spec: ${part}`;
    if (kv[0] === '') return 'unexpected empty label key';
    labels[kv[0] as string] = kv[1] as string;
  }
  return labels;
}

/** cmdutil.ParsePairs without removals: `k=v` items; anything else is listed as invalid. */
export function parsePairs(items: readonly string[], what: string): Record<string, string> | string {
  const pairs: Record<string, string> = {};
  const invalid: string[] = [];
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq > 0) pairs[item.slice(0, eq)] = item.slice(eq + 1);
    else invalid.push(item);
  }
  return invalid.length > 0 ? `invalid ${what} format: ${invalid.join(', ')}` : pairs;
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** run's parseEnvs: `NAME=value`, NAME a C-style identifier (validation.IsEnvVarName). */
function parseEnvs(items: readonly string[]): { name: string; value: string }[] | string {
  const envs: { name: string; value: string }[] = [];
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? '' : item.slice(0, eq);
    if (eq < 0 || name === '' || !ENV_NAME.test(name) || name === '.' || name.startsWith('..')) return `invalid env: ${item}`;
    envs.push({ name, value: item.slice(eq + 1) });
  }
  return envs;
}

export interface RunPodInput {
  name: string;
  /** Set only when -n was given (kubectl's EnforceNamespace); the server fills it in otherwise. */
  namespace: string | undefined;
  image: string;
  labels: string;
  annotations: readonly string[];
  env: readonly string[];
  port: string;
  args: readonly string[];
  command: boolean;
  /** The --restart value as given ('' means Always for the pod). */
  restart: string;
  imagePullPolicy: string;
  stdin: boolean;
  leaveStdinOpen: boolean;
  tty: boolean;
  privileged: boolean;
}

/** The labels the pod gets: --labels, or `run=NAME`. */
export function podLabels(labels: string, name: string): Record<string, string> | string {
  return labels === '' ? { run: name } : parseLabelSpec(labels);
}

export function buildRunPod(o: RunPodInput): KubeObject | KubectlError {
  const env = parseEnvs(o.env);
  if (typeof env === 'string') return messageError(env);
  const annotations = parsePairs(o.annotations, 'annotations');
  if (typeof annotations === 'string') return messageError(annotations);
  const labels = podLabels(o.labels, o.name);
  if (typeof labels === 'string') return messageError(labels);
  if (o.port !== '') {
    const port = atoi(o.port);
    if (typeof port === 'string') return messageError(port);
  }
  return runPodObject({
    name: o.name,
    namespace: o.namespace,
    image: o.image,
    labels: sortedMap(labels),
    annotations: sortedMap(annotations),
    env,
    port: o.port,
    args: o.args,
    command: o.command,
    restartPolicy: o.restart || 'Always',
    imagePullPolicy: o.imagePullPolicy,
    stdin: o.stdin,
    stdinOnce: o.stdin && !o.leaveStdinOpen,
    tty: o.tty,
    privileged: o.privileged,
  });
}
