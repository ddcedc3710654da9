// `kubectl config set-credentials NAME`: creates or changes a user entry. Client certificate and key
// are kept as absolute paths or, with --embed-certs, copied in; a bearer token and basic auth exclude
// each other (setting one clears the other); auth-provider and exec-plugin settings are stored as
// clientcmd stores them.

import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { renderCommandHelp } from '../../cli/help';
import { cloneKubeconfig, type Fields } from '../../kubeconfig/model';
import { encodeBase64 } from '../../../lib/base64';
import { absolutePath, relativizePaths, statError } from './local-files';
import { goList, helpError, saveConfig, withKubeconfig } from './shared';

const FLAGS: readonly FlagSpec[] = [
  { name: 'auth-provider', type: 'string', usage: 'Name of an auth provider (such as oidc) for this user.' },
  { name: 'auth-provider-arg', type: 'stringSlice', usage: "Settings of the auth provider as key=value; key- removes one." },
  { name: 'client-certificate', type: 'string', usage: 'File of the client certificate the user logs in with.' },
  { name: 'client-key', type: 'string', usage: "File of the client certificate's private key." },
  { name: 'embed-certs', type: 'bool', usage: 'Copy the certificate and key into the kubeconfig instead of keeping their paths.' },
  { name: 'exec-api-version', type: 'string', usage: 'API version the exec credential plugin speaks.' },
  { name: 'exec-arg', type: 'stringSlice', usage: 'Arguments for the exec credential plugin (replace the old ones).' },
  { name: 'exec-command', type: 'string', usage: 'Program that prints credentials for this user (an exec plugin).' },
  { name: 'exec-env', type: 'stringArray', usage: 'Environment of the exec plugin as key=value; key- removes one.' },
  { name: 'exec-interactive-mode', type: 'string', usage: 'When the exec plugin may ask for input: IfAvailable, Never or Always.' },
  { name: 'exec-provide-cluster-info', type: 'bool', usage: 'Give the exec plugin the cluster details.' },
  { name: 'password', type: 'string', usage: 'Password for basic authentication.' },
  { name: 'token', type: 'string', usage: 'Bearer token the user logs in with.' },
  { name: 'username', type: 'string', usage: 'User name for basic authentication.' },
];

interface Pairs {
  set: Array<[string, string]>;
  remove: string[];
}

/** cmdutil.ParsePairs with removal: `k=v` sets, `k-` removes, anything else is invalid. */
function parsePairs(args: readonly string[], flag: string): Pairs | string {
  const out: Pairs = { set: [], remove: [] };
  const invalid: string[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq >= 0) out.set.push([arg.slice(0, eq), arg.slice(eq + 1)]);
    else if (arg.endsWith('-')) out.remove.push(arg.slice(0, -1));
    else invalid.push(arg);
  }
  return invalid.length > 0 ? `invalid ${flag} format: ${invalid.join(', ')}` : out;
}

const isPairs = (p: Pairs | string): p is Pairs => typeof p !== 'string';

function validate(inv: Invocation, name: string): KubectlError | undefined {
  const f = inv.flags;
  if (name === '') return messageError('you must specify a non-empty user name');
  const methods: string[] = [];
  if (f.string('token') !== '') methods.push('--token');
  if (f.string('username') !== '' || f.string('password') !== '') methods.push('--username/--password');
  if (methods.length > 1) return messageError(`you cannot specify more than one authentication method at the same time: ${methods.join(', ')}`);
  if (f.bool('embed-certs')) {
    const cert = f.string('client-certificate');
    const key = f.string('client-key');
    if (cert === '' && key === '') return messageError('you must specify a --client-certificate or --client-key to embed');
    if (cert !== '') {
      const missing = statError(inv, 'client-certificate', cert);
      if (missing) return missing;
    }
    if (key !== '') {
      const missing = statError(inv, 'client-key', key);
      if (missing) return missing;
    }
  }
  if (f.changed('exec-interactive-mode') && !['IfAvailable', 'Always', 'Never'].includes(f.string('exec-interactive-mode'))) {
    return messageError('invalid interactive mode type, can be only IfAvailable, Never, Always');
  }
  return undefined;
}

/** A file setting: an absolute path, or with --embed-certs the file's bytes. */
function setFile(inv: Invocation, user: Fields, flag: 'client-certificate' | 'client-key'): void {
  const path = inv.flags.string(flag);
  if (inv.flags.bool('embed-certs')) {
    user[`${flag}-data`] = encodeBase64(inv.ctx.files?.readFile(path) ?? '');
    delete user[flag];
    return;
  }
  const abs = absolutePath(inv, path);
  user[flag] = abs;
  if (abs !== '') delete user[`${flag}-data`];
}

function modifyPlugins(inv: Invocation, user: Fields, providerArgs: Pairs, execEnv: Pairs): void {
  const f = inv.flags;
  if (f.changed('auth-provider')) {
    const name = f.string('auth-provider');
    const current = user['auth-provider'] as Fields | undefined;
    if (!current || current['name'] !== name) user['auth-provider'] = { name };
  }
  const provider = user['auth-provider'] as Fields | undefined;
  if (provider) {
    const config = { ...((provider['config'] as Record<string, string> | undefined) ?? {}) };
    for (const key of providerArgs.remove) delete config[key];
    for (const [key, value] of providerArgs.set) config[key] = value;
    user['auth-provider'] = { ...provider, config };
  }
  if (f.changed('exec-command')) {
    const current = user['exec'] as Fields | undefined;
    user['exec'] = current ? { ...current, command: f.string('exec-command'), args: null } : { command: f.string('exec-command'), args: null, env: null, provideClusterInfo: false };
  }
  const exec = user['exec'] as Fields | undefined;
  if (!exec) return;
  const next: Fields = { ...exec };
  if (f.changed('exec-api-version')) next['apiVersion'] = f.string('exec-api-version');
  if (f.strings('exec-arg').length > 0) next['args'] = [...f.strings('exec-arg')];
  if (f.changed('exec-interactive-mode')) next['interactiveMode'] = f.string('exec-interactive-mode');
  if (f.changed('exec-provide-cluster-info')) next['provideClusterInfo'] = f.bool('exec-provide-cluster-info');
  let env = (next['env'] as Array<{ name: string; value: string }> | null | undefined) ?? null;
  if (f.strings('exec-env').length > 0) {
    env = (env ?? []).filter((e) => !execEnv.remove.includes(e.name)).map((e) => ({ ...e }));
    for (const [name, value] of execEnv.set) {
      const existing = env.find((e) => e.name === name);
      if (existing) existing.value = value;
      else env.push({ name, value });
    }
  }
  next['env'] = env;
  user['exec'] = next;
}

function run(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const help = () => renderCommandHelp(setCredentialsCommand, inv.commandPath, FLAGS);
  if (inv.args.length !== 1) return helpError(inv, help(), `unexpected args: ${goList(inv.args)}`);
  const providerArgs = parsePairs(f.strings('auth-provider-arg'), 'auth-provider-arg');
  if (!isPairs(providerArgs)) return helpError(inv, help(), providerArgs);
  const execEnv = parsePairs(f.strings('exec-env'), 'exec-env');
  if (!isPairs(execEnv)) return helpError(inv, help(), execEnv);
  const name = inv.args[0] as string;
  const invalid = validate(inv, name);
  if (invalid) return invalid;
  return withKubeconfig(inv, (loaded) => {
    const config = cloneKubeconfig(loaded.config);
    const user: Fields = { ...(config.users.get(name) ?? {}) };
    if (f.changed('client-certificate')) setFile(inv, user, 'client-certificate');
    if (f.changed('client-key')) setFile(inv, user, 'client-key');
    let setToken = false;
    let setBasic = false;
    if (f.changed('token')) {
      user['token'] = f.string('token');
      setToken = f.string('token') !== '';
    }
    for (const key of ['username', 'password'] as const) {
      if (!f.changed(key)) continue;
      user[key] = f.string(key);
      setBasic = setBasic || f.string(key) !== '';
    }
    modifyPlugins(inv, user, providerArgs, execEnv);
    // A token and basic auth exclude each other: setting one forgets the other.
    if (setToken && !setBasic) {
      delete user['username'];
      delete user['password'];
    } else if (setBasic && !setToken) delete user['token'];
    const exec = user['exec'] as Fields | undefined;
    relativizePaths(inv, user, ['client-certificate', 'client-key', 'tokenFile'], loaded.path);
    // An exec command with a slash is a file reference too; a bare name is looked up in PATH.
    if (exec && typeof exec['command'] === 'string' && exec['command'].includes('/')) relativizePaths(inv, exec, ['command'], loaded.path);
    config.users.set(name, user);
    const err = saveConfig(inv, loaded, config);
    if (err) return err;
    inv.out.out(`User "${name}" set.\n`);
    return undefined;
  });
}

export const setCredentialsCommand: CommandSpec = {
  name: 'set-credentials',
  short: 'Create or change a user entry of the kubeconfig',
  long:
    'Create a user entry in the kubeconfig, or change the fields of an existing one.\n\n' +
    ' Only the fields given as flags change; the others keep their values. A user logs in with a client\n' +
    ' certificate and key (--client-certificate, --client-key), a bearer token (--token) or basic auth\n' +
    ' (--username, --password); a token and basic auth cannot be set together.',
  example:
    '  # A user who logs in with a certificate signed by the cluster CA\n' +
    '  kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key\n  \n' +
    '  # The same, with the files copied into the kubeconfig\n' +
    '  kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs\n  \n' +
    '  # A user who logs in with a service account token\n' +
    '  kubectl config set-credentials ci-bot --token=$(kubectl create token ci-bot)',
  use: 'NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]',
  flags: FLAGS,
  run,
};
