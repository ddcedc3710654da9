// `kubectl auth can-i` and `kubectl auth whoami`. kubectl itself is the cluster admin
// (kubernetes-admin in group kubeadm:cluster-admins); with --as/--as-group the question is asked for
// that user (the review is created as them, see auth/authorizing-cluster.ts), and the answer comes
// from the cluster's stored RBAC objects (sim/auth/rbac.ts). `no` exits 1.

import { isError, printWritten, writePrinter } from './create-shared';
import { authorize, rulesFor, type AccessRequest } from '../../sim/auth/rbac';
import { requestAccessOf, requestDenied } from '../auth/authorizing-cluster';
import { adminUser, type RequestUser } from '../auth/impersonation';
import { renderRulesTable } from '../auth/list-rules';
import { notYetSupported, type CommandSpec, type Invocation } from '../cli/command';
import { messageError, statusError, type KubectlError } from '../cli/errors';
import { serverUnavailable } from '../kubeconfig/current';
import { renderKubectlTable } from '../printers';
import { resolveResource } from '../resources/resolve';

const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];
const NON_RESOURCE_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];
/** Names the server accepts for `impersonate` that discovery does not list. */
const NON_STANDARD_RESOURCES = ['users', 'groups'];

/** Who the request is made as: the admin, or the impersonated user. */
const requestUser = (inv: Invocation): RequestUser => requestAccessOf(inv.cluster)?.user ?? adminUser();

/** Creating the review (SelfSubjectAccessReview, SelfSubjectRulesReview, SelfSubjectReview): its own request. */
const reviewDenied = (inv: Invocation, group: string, resource: string): KubectlError | undefined => {
  const status = requestDenied(inv.cluster, { kind: 'resource', verb: 'create', namespace: '', group, resource, subresource: '', name: '' });
  return status ? statusError(status) : undefined;
};

const isAccessRequest = (r: AccessRequest | KubectlError): r is AccessRequest => r.kind === 'resource' || r.kind === 'nonResource';

const warn = (inv: Invocation, message: string): void => inv.out.err(`Warning: ${message}\n`);

/** The request named by `VERB TYPE[/NAME]` or `VERB /url`, with kubectl's warnings. */
function buildRequest(inv: Invocation, verb: string, target: string, namespace: string, allNamespaces: boolean): AccessRequest | KubectlError {
  const subresource = inv.flags.string('subresource');
  if (target.startsWith('/')) {
    if (subresource !== '') return messageError('--subresource can not be used with NonResourceURL');
    if (!NON_RESOURCE_VERBS.includes(verb)) warn(inv, `verb '${verb}' is not a known verb\n`);
    return { kind: 'nonResource', verb, path: target };
  }
  const slash = target.indexOf('/');
  const typeArg = slash < 0 ? target : target.slice(0, slash);
  const name = slash < 0 ? '' : target.slice(slash + 1);
  let group = '';
  let resource = typeArg;
  let namespaced = true;
  let known = false;
  if (typeArg !== '*') {
    const lower = typeArg.toLowerCase();
    const resolved = resolveResource(lower, inv.cluster.api.types.all());
    if (resolved.ok) {
      group = resolved.type.group;
      resource = resolved.type.plural;
      namespaced = resolved.type.namespaced;
      known = true;
    } else if (!NON_STANDARD_RESOURCES.includes(lower)) {
      const dot = lower.indexOf('.');
      warn(inv, dot < 0 ? `the server doesn't have a resource type '${lower}'\n` : `the server doesn't have a resource type '${lower.slice(0, dot)}' in group '${lower.slice(dot + 1)}'\n`);
    }
  }
  if (!allNamespaces) {
    if (known && !namespaced) warn(inv, group === '' ? `resource '${resource}' is not namespace scoped\n` : `resource '${resource}' is not namespace scoped in group '${group}'\n`);
    if (!RESOURCE_VERBS.includes(verb)) warn(inv, `verb '${verb}' is not a known verb\n`);
  }
  return { kind: 'resource', verb, namespace, group, resource, subresource, name };
}

function runCanI(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const list = f.bool('list');
  const allNamespaces = f.bool('all-namespaces');
  if (list && inv.args.length !== 0) return messageError('list option must be specified with no arguments');
  if (!list && inv.args.length !== 2) {
    return messageError("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
  }
  const unreachable = serverUnavailable(inv.ctx);
  if (unreachable) return unreachable;
  const user = requestUser(inv);
  const namespace = allNamespaces ? '' : inv.namespace;

  if (list) {
    if (f.bool('quiet') || allNamespaces || f.string('subresource') !== '') {
      return messageError("list option can't be specified with neither quiet, all-namespaces nor subresource options");
    }
    const denied = reviewDenied(inv, 'authorization.k8s.io', 'selfsubjectrulesreviews');
    if (denied) return denied;
    inv.out.out(renderRulesTable(rulesFor(inv.cluster.store, user, namespace), f.bool('no-headers')));
    return undefined;
  }
  const request = buildRequest(inv, inv.args[0] as string, inv.args[1] as string, namespace, allNamespaces);
  if (!isAccessRequest(request)) return request;
  if (f.bool('no-headers')) return messageError('--no-headers cannot be set without --list specified');
  const denied = reviewDenied(inv, 'authorization.k8s.io', 'selfsubjectaccessreviews');
  if (denied) return denied;
  const allowed = authorize(inv.cluster.store, user, request);
  if (!f.bool('quiet')) inv.out.out(allowed ? 'yes\n' : 'no\n');
  return allowed ? undefined : { kind: 'exit' };
}

export const canICommand: CommandSpec = {
  name: 'can-i',
  short: 'Ask whether an action is allowed',
  long:
    'Ask the API server whether an action is allowed.\n\n' +
    ' VERB is an API verb such as get, list, watch, create or delete. TYPE is a resource type (short names and\n' +
    ' groups work); TYPE/NAME asks about one object; a URL starting with "/" asks about a non-resource path.\n' +
    ' The answer is yes (exit code 0) or no (exit code 1). Combine it with --as to check what another user\n' +
    ' or a service account may do.',
  example:
    '  # May I create pods in the current namespace?\n  kubectl auth can-i create pods\n  \n' +
    '  # May I delete deployments in every namespace?\n  kubectl auth can-i delete deployments.apps -A\n  \n' +
    '  # May the service account "robot" of namespace "dev" list secrets there?\n  kubectl auth can-i list secrets -n dev --as=system:serviceaccount:dev:robot\n  \n' +
    '  # May I read the logs of pods?\n  kubectl auth can-i get pods --subresource=log\n  \n' +
    '  # May I read the ConfigMap "settings"?\n  kubectl auth can-i get configmaps/settings\n  \n' +
    '  # Everything I may do in namespace "dev"\n  kubectl auth can-i --list -n dev',
  use: 'VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]',
  flags: [
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Ask about every namespace instead of the current one.' },
    { name: 'list', type: 'bool', usage: 'List everything you may do in the namespace.' },
    { name: 'no-headers', type: 'bool', usage: 'With --list, leave out the header row.' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Print nothing; only the exit code answers.' },
    { name: 'subresource', type: 'string', usage: 'A subresource such as log (pods/log) or scale.' },
  ],
  run: runCanI,
};

/** printTableSelfSubjectAccessReview: the rows present, extras by sorted key, lists as Go's %v prints them. */
function whoamiRows(user: RequestUser): string[][] {
  const rows = [['ATTRIBUTE', 'VALUE'], ['Username', user.name]];
  if (user.uid) rows.push(['UID', user.uid]);
  if (user.groups.length > 0) rows.push(['Groups', `[${user.groups.join(' ')}]`]);
  const extra = user.extra ?? {};
  for (const key of Object.keys(extra).sort()) rows.push([`Extra: ${key}`, `[${(extra[key] ?? []).join(' ')}]`]);
  return rows;
}

function runWhoami(inv: Invocation): KubectlError | undefined {
  if (inv.args.length > 0) return messageError(`unexpected arguments: [${inv.args.join(' ')}]`);
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const unreachable = serverUnavailable(inv.ctx);
  if (unreachable) return unreachable;
  if (reviewDenied(inv, 'authentication.k8s.io', 'selfsubjectreviews')) {
    return messageError('the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it');
  }
  const user = requestUser(inv);
  if (!printer) {
    inv.out.out(renderKubectlTable(whoamiRows(user)));
    return undefined;
  }
  // The SelfSubjectReview the server answered with.
  const userInfo = { username: user.name, ...(user.uid ? { uid: user.uid } : {}), groups: [...user.groups], ...(user.extra ? { extra: user.extra } : {}) };
  return printWritten(inv.out, printer, { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1', metadata: {}, status: { userInfo } }, '', 'none');
}

const whoamiCommand: CommandSpec = {
  name: 'whoami',
  short: 'Show who the API server thinks you are',
  long: 'Show the user name and groups the API server sees for your requests (or for the user given with --as).',
  example: '  # Who am I?\n  kubectl auth whoami',
  use: '[options]',
  flags: [
    { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'Print nothing (instead of failing) when a template names a missing field.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: 'Print the SelfSubjectReview instead of a table: json, yaml, name, jsonpath=….' },
    { name: 'show-managed-fields', type: 'bool', usage: 'Keep managedFields when printing objects as JSON or YAML.' },
    { name: 'template', type: 'string', usage: 'The template for -o jsonpath or -o go-template.' },
  ],
  run: runWhoami,
};

export const authCommand: CommandSpec = {
  name: 'auth',
  short: 'Check what you are allowed to do',
  long: 'Inspect authorization: whether an action is allowed, and who you are.',
  use: '[flags] [options]',
  subcommands: [canICommand, notYetSupported('reconcile', 'Bring RBAC roles and bindings in line with a file'), whoamiCommand],
};
