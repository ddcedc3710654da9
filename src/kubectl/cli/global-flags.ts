// kubectl's global flags (the ones `kubectl options` lists) and what they mean here: the namespace,
// context, kubeconfig user and credentials are honoured (auth/credentials.ts), so is impersonation
// (--as…: auth/impersonation.ts), logging and transport tuning are accepted and ignored, and flags
// that would point kubectl at another kubeconfig file or server fail plainly — this sandbox reaches
// one simulated cluster per context through the kubeconfig.

import type { Cluster } from '../../sim/cluster';
import type { KubectlContext } from '../context';
import { messageError, rawError, type KubectlError } from './errors';
import type { FlagSpec, FlagValues } from './flags';

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'as', type: 'string', usage: 'Act as another user for this request (impersonation).' },
  { name: 'as-group', type: 'stringArray', usage: 'Act as a member of this group; repeat for several groups.' },
  { name: 'as-uid', type: 'string', usage: 'UID to act as for this request.' },
  { name: 'as-user-extra', type: 'stringArray', usage: 'Extra attributes of the impersonated user; repeat for several.' },
  { name: 'cache-dir', type: 'string', default: '$HOME/.kube/cache', usage: 'Where discovery and HTTP caches are kept.' },
  { name: 'certificate-authority', type: 'string', usage: 'CA certificate file used to trust the API server.' },
  { name: 'client-certificate', type: 'string', usage: 'Client certificate file for TLS authentication.' },
  { name: 'client-key', type: 'string', usage: 'Client key file for TLS authentication.' },
  { name: 'cluster', type: 'string', usage: 'Which kubeconfig cluster entry to use.' },
  { name: 'context', type: 'string', usage: 'Which kubeconfig context to use for this command.' },
  { name: 'disable-compression', type: 'bool', usage: 'Ask the server not to compress responses.' },
  { name: 'insecure-skip-tls-verify', type: 'bool', usage: "Skip checking the server's certificate (unsafe)." },
  { name: 'kubeconfig', type: 'string', usage: 'Read this kubeconfig file instead of the default one.' },
  { name: 'kuberc', type: 'string', usage: 'Read kubectl preferences (aliases, defaults) from this file.' },
  { name: 'log-flush-frequency', type: 'duration', default: 5000, defaultText: '5s', usage: 'Longest time between two flushes of the logs.' },
  { name: 'match-server-version', type: 'bool', usage: "Refuse to run unless the server's version matches the client's." },
  { name: 'namespace', shorthand: 'n', type: 'string', usage: 'The namespace this command works in.' },
  { name: 'password', type: 'string', usage: 'Password for basic authentication.' },
  { name: 'profile', type: 'string', default: 'none', usage: 'Profile to record (none, cpu, heap, goroutine, threadcreate, block, mutex, trace).' },
  { name: 'profile-output', type: 'string', default: 'profile.pprof', usage: 'File the profile is written to.' },
  { name: 'request-timeout', type: 'string', default: '0', usage: 'How long to wait for one server request (e.g. 5s, 1m); 0 waits forever.' },
  { name: 'server', shorthand: 's', type: 'string', usage: 'Address and port of the API server.' },
  { name: 'tls-server-name', type: 'string', usage: "Name to check the server's certificate against." },
  { name: 'token', type: 'string', usage: 'Bearer token for authentication.' },
  { name: 'user', type: 'string', usage: 'Which kubeconfig user entry to use.' },
  { name: 'username', type: 'string', usage: 'User name for basic authentication.' },
  { name: 'v', shorthand: 'v', type: 'level', usage: 'How much to log (0 is quiet, 9 shows every request).' },
  { name: 'vmodule', type: 'string', defaultText: '', usage: 'Per-file log levels as pattern=N, comma separated.' },
  { name: 'warnings-as-errors', type: 'bool', usage: 'Exit with an error when the server sends warnings.' },
];

/** Flags that would take kubectl out of this sandbox's single kubeconfig and its servers. */
const UNSUPPORTED = ['certificate-authority', 'cluster', 'kubeconfig', 'kuberc', 'server', 'tls-server-name'];

export interface Target {
  cluster: Cluster;
  /** The namespace the command works in: -n, else the context's. */
  namespace: string;
  /** -n was given (kubectl's ExplicitNamespace). */
  explicitNamespace: boolean;
}

/**
 * Resolves the cluster and namespace from the global flags, or fails like kubectl would.
 * `ownFlags`: names the command defines itself (`create rolebinding --user`), which shadow the
 * global flag of the same name as in cobra.
 */
export function resolveTarget(flags: FlagValues, ctx: KubectlContext, ownFlags: ReadonlySet<string> = new Set()): Target | KubectlError {
  for (const name of UNSUPPORTED) {
    if (flags.changed(name) && !ownFlags.has(name)) return messageError(`the --${name} flag is not supported in this simulator: it has one kubeconfig and one API server per context`);
  }
  let cluster = ctx.cluster;
  let contextNamespace = ctx.namespace || 'default';
  const contextName = flags.string('context');
  if (contextName !== '' && contextName !== ctx.contextName) {
    const other = ctx.resolveContext?.(contextName);
    if (!other) return rawError(`Error in configuration: context was not found for specified context: ${contextName}\n`);
    cluster = other.cluster;
    contextNamespace = other.namespace || 'default';
  }
  const ns = flags.string('namespace');
  return ns !== '' ? { cluster, namespace: ns, explicitNamespace: true } : { cluster, namespace: contextNamespace, explicitNamespace: false };
}

export const isTarget = (t: Target | KubectlError): t is Target => 'cluster' in t;
