// The `kubectl create <generator>` subcommands: their flags, argument checks and the objects
// they build (see ../generators), run by create-generator-run.ts.

import type { CommandSpec, Invocation } from '../cli/command';
import { createTokenCommand } from './create-token';
import { messageError, usageError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { resolveResource } from '../resources/resolve';
import { aggregatedClusterRole, bindingObject, configMapObject, dockerConfigJson, ingressObject, namespaceObject, pdbObject, priorityClassObject, quotaObject, roleObject, secretObject, serviceAccountObject, type Rule } from '../generators/config';
import { createServiceObject, type CreateServiceSpec } from '../generators/service';
import { cronJobObject, deploymentObject, jobFromCronJob, jobObject } from '../generators/workloads';
import { generatorCommand, splitKeyValue, type GeneratorDef } from './create-generator-run';
import { sourceData } from './create-sources';
import { keyPairError } from '../generators/tls-pair';

const str = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'string', usage, ...extra });
const list = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'stringSlice', usage, ...extra });
const array = (name: string, usage: string): FlagSpec => ({ name, type: 'stringArray', usage });

/** Words after `--`. */
const afterDash = (inv: Invocation): string[] => (inv.argsLenAtDash < 0 ? [] : inv.args.slice(inv.argsLenAtDash));

const DEPLOYMENT: GeneratorDef = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  use: 'NAME --image=image -- [COMMAND] [args...]',
  flags: [
    list('image', 'Image(s) for the containers.', { required: true }),
    { name: 'port', type: 'int32', default: -1, usage: 'The containerPort the first container exposes.' },
    { name: 'replicas', shorthand: 'r', type: 'int32', default: 1, usage: 'How many replicas to run.' },
  ],
  wrap: 'deployment',
  build: (inv, name, namespace) =>
    deploymentObject({ name, namespace, images: inv.flags.strings('image'), replicas: inv.flags.number('replicas'), port: inv.flags.number('port'), command: afterDash(inv) }),
};

const JOB: GeneratorDef = {
  name: 'job',
  short: 'Create a job with the specified name',
  use: 'NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]',
  flags: [str('image', 'The image of the container.'), str('from', 'The cronjob to copy the job template from (cronjob/NAME).')],
  wrap: 'job',
  build: (inv, name, namespace) => {
    const image = inv.flags.string('image');
    const from = inv.flags.string('from');
    if (image === '' && from === '') return messageError('either --image or --from must be specified');
    if (image !== '' && from !== '') return messageError('--image and --from are mutually exclusive');
    if (afterDash(inv).length > 0 && from !== '') return messageError('cannot specify --from and command');
    if (image !== '') return jobObject({ name, namespace, image, command: afterDash(inv) });
    const [res = '', cjName = ''] = from.split('/');
    const resolved = resolveResource(res, inv.cluster.api.types.all());
    if (!resolved.ok || resolved.type.kind !== 'CronJob' || cjName === '') return messageError(`unknown object type ${res}`);
    const cj = inv.cluster.api.get(resolved.type, inv.namespace, cjName);
    if (!cj.ok) return { kind: 'status', status: cj.status };
    return jobFromCronJob(name, namespace, cj.object);
  },
};

const CRONJOB: GeneratorDef = {
  name: 'cronjob',
  aliases: ['cj'],
  short: 'Create a cron job with the specified name',
  use: 'NAME --image=image --schedule=\'0/5 * * * ?\' -- [COMMAND] [args...]',
  flags: [str('image', 'The image of the container.', { required: true }), str('schedule', 'The cron schedule.', { required: true }), str('restart', 'The pods\' restart policy (OnFailure or Never).')],
  wrap: 'cronjob',
  build: (inv, name, namespace) =>
    cronJobObject({ name, namespace, image: inv.flags.string('image'), command: afterDash(inv), schedule: inv.flags.string('schedule'), restart: inv.flags.string('restart') }),
};

const NAMESPACE: GeneratorDef = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  use: 'NAME [--dry-run=server|client|none]',
  flags: [],
  build: (_inv, name) => namespaceObject(name),
};

const SERVICEACCOUNT: GeneratorDef = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Create a service account with the specified name',
  use: 'NAME [--dry-run=server|client|none]',
  flags: [],
  wrap: 'serviceaccount',
  build: (_inv, name, namespace) => serviceAccountObject(name, namespace),
};

const CONFIGMAP: GeneratorDef = {
  name: 'configmap',
  aliases: ['cm'],
  short: 'Create a config map from a local file, directory or literal value',
  use: 'NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
  flags: [list('from-file', 'Files whose content becomes a key ([key=]path).'), array('from-literal', 'A key=value pair.'), array('from-env-file', 'A file of KEY=VALUE lines.'), { name: 'append-hash', type: 'bool', usage: 'Append a hash of the data to the name.' }],
  wrap: 'configmap',
  build: (inv, name, namespace) => {
    const source = sourceData(inv, name, 'ConfigMap');
    return source.ok ? configMapObject(name, namespace, source.data) : source.error;
  },
};

const SECRET_GENERIC: GeneratorDef = {
  name: 'generic',
  short: 'Create a secret from a local file, directory, or literal value',
  use: 'NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
  flags: [list('from-file', 'Files whose content becomes a key ([key=]path).'), array('from-literal', 'A key=value pair.'), array('from-env-file', 'A file of KEY=VALUE lines.'), str('type', 'The secret type.'), { name: 'append-hash', type: 'bool', usage: 'Append a hash of the data to the name.' }],
  wrap: 'secret',
  build: (inv, name, namespace) => {
    const source = sourceData(inv, name, 'Secret');
    return source.ok ? secretObject(name, namespace, inv.flags.string('type'), source.data) : source.error;
  },
};

const SECRET_TLS: GeneratorDef = {
  name: 'tls',
  short: 'Create a TLS secret',
  use: 'NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none]',
  flags: [str('cert', 'The PEM certificate file.'), str('key', 'The PEM private key file.'), { name: 'append-hash', type: 'bool', usage: 'Append a hash of the data to the name.' }],
  wrap: 'secret',
  build: (inv, name, namespace) => {
    const cert = inv.flags.string('cert');
    const key = inv.flags.string('key');
    if (cert === '' || key === '') return messageError('key and cert must be specified');
    const certText = inv.ctx.files?.readFile(cert);
    if (certText === undefined) return messageError(`Cannot read file ${cert}, open ${cert}: no such file or directory`);
    const keyText = inv.ctx.files?.readFile(key);
    if (keyText === undefined) return messageError(`Cannot read file ${key}, open ${key}: no such file or directory`);
    const pairError = keyPairError(certText, keyText);
    if (pairError) return messageError(pairError);
    return secretObject(name, namespace, 'kubernetes.io/tls', { 'tls.crt': certText, 'tls.key': keyText });
  },
};

const SECRET_DOCKER: GeneratorDef = {
  name: 'docker-registry',
  short: 'Create a secret for use with a Docker registry',
  use: 'NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none]',
  flags: [str('docker-username', 'The registry user name.'), str('docker-password', 'The registry password.'), str('docker-email', 'The registry email.'), str('docker-server', 'The registry server.', { default: 'https://index.docker.io/v1/' }), list('from-file', 'Files whose content becomes a key.'), { name: 'append-hash', type: 'bool', usage: 'Append a hash of the data to the name.' }],
  wrap: 'secret',
  build: (inv, name, namespace) => {
    const f = inv.flags;
    if (f.strings('from-file').length === 0 && (f.string('docker-username') === '' || f.string('docker-password') === '' || f.string('docker-server') === '')) {
      return messageError('either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
    }
    const json = dockerConfigJson(f.string('docker-server'), f.string('docker-username'), f.string('docker-password'), f.string('docker-email'));
    return secretObject(name, namespace, 'kubernetes.io/dockerconfigjson', { '.dockerconfigjson': json });
  },
};

function serviceDef(sub: 'clusterip' | 'nodeport' | 'loadbalancer' | 'externalname', type: CreateServiceSpec['type']): GeneratorDef {
  const flags: FlagSpec[] = [];
  if (sub !== 'externalname') flags.push(list('tcp', 'Port pairs port:targetPort.'));
  if (sub === 'clusterip') flags.push(str('clusterip', 'The ClusterIP to assign, or None for a headless service.'));
  if (sub === 'nodeport') flags.push({ name: 'node-port', type: 'int', usage: 'The port opened on every node.' });
  if (sub === 'externalname') flags.push(str('external-name', 'The external DNS name.', { required: true }));
  return {
    ignoresSaveConfig: true,
    name: sub,
    short: `Create a ${type} service`,
    use: 'NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]',
    flags,
    wrap: `${type} service`,
    build: (inv, name, namespace) => {
      const f = inv.flags;
      const built = createServiceObject({
        name,
        namespace,
        type,
        tcp: sub === 'externalname' ? [] : f.strings('tcp'),
        clusterIP: sub === 'clusterip' ? f.string('clusterip') : '',
        nodePort: sub === 'nodeport' ? f.number('node-port') : 0,
        externalName: sub === 'externalname' ? f.string('external-name') : '',
      });
      return typeof built === 'string' ? messageError(built) : built;
    },
  };
}

/** `--resource` words as create role's rules group them: resource[.group][/subresource]. */
function resourceRules(inv: Invocation, verbs: string[]): Rule[] {
  const byGroup = new Map<string, string[]>();
  for (const r of inv.flags.strings('resource')) {
    const [res = '', sub] = r.split('/');
    const resolved = resolveResource(res, inv.cluster.api.types.all());
    const plural = resolved.ok ? resolved.type.plural : res.split('.')[0] ?? res;
    const group = resolved.ok ? resolved.type.group : res.split('.').slice(1).join('.');
    const names = byGroup.get(group) ?? [];
    names.push(sub ? `${plural}/${sub}` : plural);
    byGroup.set(group, names);
  }
  const resourceNames = inv.flags.strings('resource-name');
  return [...byGroup].map(([group, res]) => ({ apiGroups: [group], resources: res, ...(resourceNames.length ? { resourceNames } : {}), verbs }));
}

/** The verbs a rule for non-resource URLs may allow. */
const NON_RESOURCE_VERBS = new Set(['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options']);

const ROLE_FLAGS = (): FlagSpec[] => [list('verb', 'Verbs the rule allows.'), list('resource', 'Resources the rule applies to.'), array('resource-name', 'Only these object names.')];

const ROLE: GeneratorDef = {
  name: 'role',
  short: 'Create a role with single rule',
  use: 'NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none]',
  flags: ROLE_FLAGS(),
  build: (inv, name, namespace) => {
    const verbs = inv.flags.strings('verb');
    if (verbs.length === 0) return messageError('at least one verb must be specified');
    if (inv.flags.strings('resource').length === 0) return messageError('at least one resource must be specified');
    return roleObject('Role', name, namespace, resourceRules(inv, verbs));
  },
};

const CLUSTERROLE: GeneratorDef = {
  name: 'clusterrole',
  short: 'Create a cluster role',
  use: 'NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none]',
  flags: [...ROLE_FLAGS(), list('non-resource-url', 'Non-resource URLs the rule applies to.'), { name: 'aggregation-rule', type: 'mapStringString', usage: 'An aggregation label selector.' }],
  build: (inv, name) => {
    const f = inv.flags;
    const verbs = f.strings('verb');
    const urls = f.strings('non-resource-url');
    const aggregation = f.strings('aggregation-rule');
    if (aggregation.length > 0) {
      if (verbs.length || urls.length || f.strings('resource').length || f.strings('resource-name').length) {
        return messageError('aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames');
      }
      const matchLabels = Object.fromEntries(aggregation.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
      return aggregatedClusterRole(name, matchLabels);
    }
    if (verbs.length === 0) return messageError('at least one verb must be specified');
    if (f.strings('resource').length === 0 && urls.length === 0) return messageError('one of resource or nonResourceURL must be specified');
    if (urls.length > 0) {
      const badVerb = verbs.find((v) => !NON_RESOURCE_VERBS.has(v));
      if (badVerb !== undefined) return messageError(`invalid verb: '${badVerb}' for nonResourceURL`);
      if (urls.some((u) => !u.startsWith('/'))) return messageError('nonResourceURL should start with /');
    }
    return roleObject('ClusterRole', name, undefined, resourceRules(inv, verbs), urls.length ? { nonResourceURLs: urls, verbs } : undefined);
  },
};

function bindingDef(kind: 'RoleBinding' | 'ClusterRoleBinding'): GeneratorDef {
  const isRb = kind === 'RoleBinding';
  return {
    name: kind.toLowerCase(),
    short: `Create a ${isRb ? 'role binding for a particular role or cluster role' : 'cluster role binding for a particular cluster role'}`,
    use: `NAME --clusterrole=NAME${isRb ? '|--role=NAME' : ''} [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]`,
    flags: [str('clusterrole', 'The ClusterRole to bind.'), ...(isRb ? [str('role', 'The Role to bind.')] : []), array('user', 'User names to bind.'), array('group', 'Groups to bind.'), array('serviceaccount', 'Service accounts (namespace:name) to bind.')],
    wrap: kind.toLowerCase(),
    build: (inv, name, namespace) => {
      const f = inv.flags;
      const clusterRole = f.string('clusterrole');
      const role = isRb ? f.string('role') : '';
      if (isRb && (clusterRole === '') === (role === '')) return messageError('exactly one of clusterrole or role must be specified');
      if (!isRb && clusterRole === '') return messageError('required flag(s) "clusterrole" not set');
      const obj = bindingObject(kind, name, namespace, role ? 'Role' : 'ClusterRole', role || clusterRole, { users: f.strings('user'), groups: f.strings('group'), serviceAccounts: f.strings('serviceaccount') });
      return typeof obj === 'string' ? messageError(obj) : obj;
    },
  };
}

const INGRESS: GeneratorDef = {
  name: 'ingress',
  aliases: ['ing'],
  short: 'Create an ingress with the specified name',
  use: 'NAME --rule=host/path=service:port[,tls[=secret]]',
  flags: [str('class', 'The IngressClass.'), str('default-backend', 'The default backend (svc:port).'), array('rule', 'host/path=service:port[,tls[=secret]].'), array('annotation', 'Annotations (key=value).')],
  wrap: 'ingress',
  build: (inv, name, namespace) => {
    const annotations: Record<string, string> = {};
    for (const a of inv.flags.strings('annotation')) {
      const kv = splitKeyValue(a);
      if (kv) annotations[kv[0]] = kv[1];
    }
    const obj = ingressObject(name, namespace, inv.flags.string('class'), inv.flags.string('default-backend'), inv.flags.strings('rule'), annotations);
    return typeof obj === 'string' ? messageError(obj) : obj;
  },
};

const PDB: GeneratorDef = {
  name: 'poddisruptionbudget',
  aliases: ['pdb'],
  short: 'Create a pod disruption budget with the specified name',
  use: 'NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none]',
  flags: [str('min-available', 'Minimum available pods (number or percent).'), str('max-unavailable', 'Maximum unavailable pods (number or percent).'), str('selector', 'Equality-based label selector.')],
  wrap: 'poddisruptionbudgets',
  build: (inv, name, namespace) => {
    const f = inv.flags;
    const min = f.string('min-available');
    const max = f.string('max-unavailable');
    if (f.string('selector') === '') return messageError('a selector must be specified');
    if (min === '' && max === '') return messageError('one of min-available or max-unavailable must be specified');
    if (min !== '' && max !== '') return messageError('min-available and max-unavailable cannot be both specified');
    const matchLabels: Record<string, string> = {};
    for (const part of f.string('selector').split(',')) {
      const kv = splitKeyValue(part.replace('==', '='));
      if (kv) matchLabels[kv[0]] = kv[1];
    }
    return pdbObject(name, namespace, matchLabels, min, max);
  },
};

const QUOTA: GeneratorDef = {
  name: 'quota',
  aliases: ['resourcequota'],
  short: 'Create a quota with the specified name',
  use: 'NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none]',
  flags: [str('hard', 'resource=quantity pairs.'), str('scopes', 'Quota scopes.')],
  wrap: 'quota',
  build: (inv, name, namespace) => {
    const hard: Record<string, string> = {};
    const spec = inv.flags.string('hard');
    if (spec !== '') {
      for (const part of spec.split(',')) {
        const kv = splitKeyValue(part);
        if (!kv) return messageError(`Invalid argument syntax ${part}, expected <resource>=<value>`);
        hard[kv[0]] = kv[1];
      }
    }
    const scopes = inv.flags.string('scopes') === '' ? [] : inv.flags.string('scopes').split(',');
    return quotaObject(name, namespace, hard, scopes);
  },
};

const PRIORITYCLASS: GeneratorDef = {
  name: 'priorityclass',
  aliases: ['pc'],
  short: 'Create a priority class with the specified name',
  use: 'NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none]',
  flags: [{ name: 'value', type: 'int32', usage: 'The priority value.' }, { name: 'global-default', type: 'bool', usage: 'Make this the default priority class.' }, str('description', 'A description.'), str('preemption-policy', 'PreemptLowerPriority or Never.', { default: 'PreemptLowerPriority' })],
  wrap: 'priorityclass',
  build: (inv, name) =>
    priorityClassObject(name, inv.flags.number('value'), inv.flags.bool('global-default'), inv.flags.string('description'), inv.flags.string('preemption-policy')),
};

const group = (name: string, short: string, subcommands: CommandSpec[]): CommandSpec => ({
  name,
  short,
  subcommands,
  run: (inv) => usageError(inv.commandPath, inv.args.length === 0 ? `${name} subcommand is required` : `unknown command "${inv.args[0]}" for "${inv.commandPath}"`),
});

export const CREATE_SUBCOMMANDS: readonly CommandSpec[] = [
  generatorCommand(CLUSTERROLE),
  generatorCommand(bindingDef('ClusterRoleBinding')),
  generatorCommand(CONFIGMAP),
  generatorCommand(CRONJOB),
  generatorCommand(DEPLOYMENT),
  generatorCommand(INGRESS),
  generatorCommand(JOB),
  generatorCommand(NAMESPACE),
  generatorCommand(PDB),
  generatorCommand(PRIORITYCLASS),
  generatorCommand(QUOTA),
  generatorCommand(ROLE),
  generatorCommand(bindingDef('RoleBinding')),
  group('secret', 'Create a secret using a specified subcommand', [generatorCommand(SECRET_DOCKER), generatorCommand(SECRET_GENERIC), generatorCommand(SECRET_TLS)]),
  group('service', 'Create a service using a specified subcommand', [
    generatorCommand(serviceDef('clusterip', 'ClusterIP')),
    generatorCommand(serviceDef('externalname', 'ExternalName')),
    generatorCommand(serviceDef('loadbalancer', 'LoadBalancer')),
    generatorCommand(serviceDef('nodeport', 'NodePort')),
  ]),
  generatorCommand(SERVICEACCOUNT),
  createTokenCommand,
];
