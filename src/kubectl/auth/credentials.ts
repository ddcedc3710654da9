// What kubectl logs in with: the kubeconfig user of the context in use (or --user), overridden by
// the credential flags (--token, --client-certificate, --client-key, --username, --password), as
// clientcmd merges them. File references in the kubeconfig are read relative to its folder, those
// of flags relative to the working directory. Problems clientcmd finds before any request are
// kubectl's errors here: unreadable files, a certificate without its key, no credentials at all
// (kubectl then asks for a user name on the terminal; here, as with a closed stdin, it gets EOF).

import { decodeBase64 } from '../../lib/base64';
import type { Credentials } from '../../sim/auth/authenticate';
import { messageError, rawError, type KubectlError } from '../cli/errors';
import type { FlagValues } from '../cli/flags';
import type { KubectlContext } from '../context';
import { loadKubeconfig } from '../kubeconfig/current';
import { field, type Fields } from '../kubeconfig/model';

export interface ClientCredentials extends Credentials {
  /** The kubeconfig user entry the credentials come from ('' when none is named). */
  userName: string;
  /**
   * The context's server is not https (plain http, or none): kubectl sets up no TLS and asks for
   * nothing, and a plain port (the API server's long-removed insecure port) neither authenticates
   * nor authorizes.
   */
  insecure?: boolean;
  /** PEM of the client key, when a certificate is used (TLS needs the pair to match). */
  clientKey?: string;
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';

/**
 * The credentials of this kubectl run, or the configuration error that stops it. `shadowed`: flags
 * the command defines itself (`create rolebinding --user` names a subject, not a kubeconfig user).
 */
export function clientCredentials(ctx: KubectlContext, all: FlagValues, shadowed: ReadonlySet<string> = new Set()): ClientCredentials | KubectlError {
  const flags = {
    string: (name: string): string => (shadowed.has(name) ? '' : all.string(name)),
    changed: (name: string): boolean => !shadowed.has(name) && all.changed(name),
  };
  const loaded = loadKubeconfig(ctx);
  if (!loaded.ok) return loaded.error;
  const { config, path } = loaded.loaded;
  const contextName = flags.string('context') || config.currentContext;
  const context = config.contexts.get(contextName);
  // Only an https server makes kubectl set up TLS and credentials; without a server at all the
  // command fails on connecting (kubeconfig/current.ts serverUnavailable), not here.
  if (!field(config.clusters.get(field(context, 'cluster')), 'server').startsWith('https://')) return { userName: '', insecure: true };
  const userName = flags.string('user') || field(context, 'user');
  const entry: Fields = { ...(config.users.get(userName) ?? {}) };
  const base = dirOf(ctx.files?.absolute?.(path) ?? path);
  const inKubeconfig = (p: string): string => (p.startsWith('/') ? p : `${base}/${p}`);
  const read = (p: string): string | undefined => ctx.files?.readFile(p);
  const problems: string[] = [];

  // Flags replace the entry's fields of the same method (a flag file replaces embedded data too).
  let certPath = field(entry, 'client-certificate') ? inKubeconfig(field(entry, 'client-certificate')) : '';
  let keyPath = field(entry, 'client-key') ? inKubeconfig(field(entry, 'client-key')) : '';
  let certData = field(entry, 'client-certificate-data') ? decodeBase64(field(entry, 'client-certificate-data')) : '';
  let keyData = field(entry, 'client-key-data') ? decodeBase64(field(entry, 'client-key-data')) : '';
  if (flags.changed('client-certificate')) [certPath, certData] = [ctx.files?.absolute?.(flags.string('client-certificate')) ?? flags.string('client-certificate'), ''];
  if (flags.changed('client-key')) [keyPath, keyData] = [ctx.files?.absolute?.(flags.string('client-key')) ?? flags.string('client-key'), ''];
  let token = flags.string('token') || field(entry, 'token');
  const tokenFile = field(entry, 'tokenFile');
  const basic = (flags.string('username') || field(entry, 'username')) !== '' || (flags.string('password') || field(entry, 'password')) !== '';

  if (certData === '' && certPath !== '') {
    const text = read(certPath);
    if (text === undefined) problems.push(`unable to read client-cert ${certPath} for ${userName} due to open ${certPath}: no such file or directory`);
    else certData = text;
  }
  if (keyData === '' && keyPath !== '') {
    const text = read(keyPath);
    if (text === undefined) problems.push(`unable to read client-key ${keyPath} for ${userName} due to open ${keyPath}: no such file or directory`);
    else keyData = text;
  }
  if (token === '' && tokenFile !== '') {
    const text = read(inKubeconfig(tokenFile));
    if (text === undefined) problems.push(`unable to read token-file ${inKubeconfig(tokenFile)} for ${userName} due to open ${inKubeconfig(tokenFile)}: no such file or directory`);
    else token = text.trim();
  }
  if (problems.length > 0) return rawError(`Error in configuration: \n${problems.map((p) => `* ${p}\n`).join('')}`);
  const hasCert = certData !== '' || certPath !== '';
  const hasKey = keyData !== '' || keyPath !== '';
  if (hasCert && !hasKey) return messageError(`client-key-data or client-key must be specified for ${userName} to use the clientCert authentication method.`);
  if (hasKey && !hasCert) return messageError(`client-cert-data or client-cert must be specified for ${userName} to use the clientCert authentication method.`);
  if (entry['exec'] || entry['auth-provider']) return pluginError(entry);
  if (!hasCert && token === '' && !basic) return rawError('Please enter Username: error: EOF\n');
  return {
    userName,
    ...(hasCert ? { clientCertificate: certData, clientKey: keyData } : {}),
    ...(token !== '' ? { token } : {}),
    ...(basic ? { basicAuth: true } : {}),
  };
}

/** Credential plugins cannot run in this sandbox: as if their program or provider were not installed. */
function pluginError(entry: Fields): KubectlError {
  const exec = entry['exec'] as Fields | undefined;
  if (exec) return messageError(`Unable to connect to the server: getting credentials: exec: executable ${field(exec, 'command')} not found`);
  return messageError(`no Auth Provider found for name "${field(entry['auth-provider'] as Fields, 'name')}"`);
}
