// The property paths of `kubectl config set/unset` (`clusters.lab.server`, `users.jane.token`): a
// walk over clientcmd's in-memory Config type as kubectl's navigation step parser does it. Names are
// the JSON names of that type (`act-as`, written to the file as `as`), and a map key runs on,
// dots included, up to the first part that names a field of the map's value type.

export type Shape =
  | { kind: 'struct'; type: string; fields: Readonly<Record<string, Shape>> }
  | { kind: 'map'; value: Shape & { kind: 'struct' } }
  | { kind: 'string' | 'bytes' | 'bool' | 'strings' | 'opaque' };

const str: Shape = { kind: 'string' };
const bytes: Shape = { kind: 'bytes' };
const bool: Shape = { kind: 'bool' };
const opaque: Shape = { kind: 'opaque' };

const CLUSTER: Shape & { kind: 'struct' } = {
  kind: 'struct',
  type: 'api.Cluster',
  fields: {
    server: str, 'tls-server-name': str, 'insecure-skip-tls-verify': bool, 'certificate-authority': str,
    'certificate-authority-data': bytes, 'proxy-url': str, 'disable-compression': bool, extensions: opaque,
  },
};

const USER: Shape & { kind: 'struct' } = {
  kind: 'struct',
  type: 'api.AuthInfo',
  fields: {
    'client-certificate': str, 'client-certificate-data': bytes, 'client-key': str, 'client-key-data': bytes, token: str,
    tokenFile: str, 'act-as': str, 'act-as-uid': str, 'act-as-groups': { kind: 'strings' }, 'act-as-user-extra': opaque,
    username: str, password: str, 'auth-provider': opaque, exec: opaque, extensions: opaque,
  },
};

const CONTEXT: Shape & { kind: 'struct' } = {
  kind: 'struct',
  type: 'api.Context',
  fields: { cluster: str, user: str, namespace: str, extensions: opaque },
};

export const CONFIG_SHAPE: Shape & { kind: 'struct' } = {
  kind: 'struct',
  type: 'api.Config',
  fields: {
    kind: str,
    apiVersion: str,
    preferences: { kind: 'struct', type: 'api.Preferences', fields: { colors: bool, extensions: opaque } },
    clusters: { kind: 'map', value: CLUSTER },
    users: { kind: 'map', value: USER },
    contexts: { kind: 'map', value: CONTEXT },
    'current-context': str,
    extensions: opaque,
  },
};

/** The in-memory names that the kubeconfig file spells differently. */
export const FILE_NAMES: Readonly<Record<string, string>> = { 'act-as': 'as', 'act-as-uid': 'as-uid', 'act-as-groups': 'as-groups', 'act-as-user-extra': 'as-user-extra' };

export interface Step {
  name: string;
  shape: Shape;
}

/** A stand-in for a Go pointer in messages that print one (its real value differs on every run anyway). */
export const goPointer = (i: number): string => `0xc000${(0x4a6000 + i * 0x80).toString(16)}`;

/** Go's `%v` of the steps so far, as the parser's error prints them. */
const stepsText = (steps: readonly Step[]): string => `[${steps.map((s, i) => `{${s.name} ${goPointer(i)}}`).join(' ')}]`;

/** The steps of `path`, or the parser's error. */
export function parsePropertyPath(path: string): Step[] | string {
  const parts = path.split('.');
  const steps: Step[] = [];
  let shape: Shape = CONFIG_SHAPE;
  let at = 0;
  while (at < parts.length) {
    if (shape.kind === 'map') {
      const fields = shape.value.fields;
      const rest = parts.slice(at + 1);
      const known = rest.findIndex((p) => Object.hasOwn(fields, p));
      const count = known < 0 ? parts.length - at : known + 1;
      steps.push({ name: parts.slice(at, at + count).join('.'), shape: shape.value });
      at += count;
      shape = shape.value;
    } else if (shape.kind === 'struct') {
      const part = parts[at] as string;
      const field = Object.hasOwn(shape.fields, part) ? shape.fields[part] : undefined;
      if (!field) return `unable to parse ${path} after ${stepsText(steps)} at ${shape.type}`;
      steps.push({ name: part, shape: field });
      at++;
      shape = field;
    } else {
      return `unable to parse one or more field values of ${path}`;
    }
  }
  return steps;
}
