// `kubectl config set-cluster NAME`: creates or changes a cluster entry. Only the flags given change
// the entry, with clientcmd's couplings: a new server forgets the TLS server name, insecure mode
// forgets the CA, and a CA (file path or embedded data) turns insecure mode off.

import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { renderCommandHelp } from '../../cli/help';
import { cloneKubeconfig } from '../../kubeconfig/model';
import { encodeBase64 } from '../../../lib/base64';
import { absolutePath, relativizePaths, statError } from './local-files';
import { goList, helpError, saveConfig, withKubeconfig } from './shared';

const FLAGS: readonly FlagSpec[] = [
  { name: 'certificate-authority', type: 'string', usage: "File of the CA certificate that signs the cluster's server certificate." },
  { name: 'embed-certs', type: 'bool', usage: 'Copy the CA certificate into the kubeconfig instead of keeping its path.' },
  { name: 'insecure-skip-tls-verify', type: 'bool', usage: "Trust the server without checking its certificate (drops the CA)." },
  { name: 'proxy-url', type: 'string', usage: 'Proxy that requests to this cluster go through.' },
  { name: 'server', type: 'string', usage: 'URL of the cluster\'s API server, e.g. https://10.0.0.1:6443.' },
  { name: 'tls-server-name', type: 'string', usage: "Name to check the server's certificate against instead of the URL's host." },
];

function run(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (inv.args.length !== 1) return helpError(inv, renderCommandHelp(setClusterCommand, inv.commandPath, FLAGS), `Unexpected args: ${goList(inv.args)}`);
  const name = inv.args[0] as string;
  if (name === '') return messageError('you must specify a non-empty cluster name');
  const ca = f.string('certificate-authority');
  if (f.bool('insecure-skip-tls-verify') && ca !== '') return messageError('you cannot specify a certificate authority and insecure mode at the same time');
  const embed = f.bool('embed-certs');
  if (embed) {
    if (ca === '') return messageError('you must specify a --certificate-authority to embed');
    const missing = statError(inv, 'certificate-authority', ca);
    if (missing) return missing;
  }
  return withKubeconfig(inv, (loaded) => {
    const config = cloneKubeconfig(loaded.config);
    const cluster = { ...(config.clusters.get(name) ?? { server: '' }) };
    if (f.changed('server')) {
      cluster['server'] = f.string('server');
      delete cluster['tls-server-name'];
    }
    if (f.changed('tls-server-name')) cluster['tls-server-name'] = f.string('tls-server-name');
    if (f.changed('insecure-skip-tls-verify')) {
      cluster['insecure-skip-tls-verify'] = f.bool('insecure-skip-tls-verify');
      if (f.bool('insecure-skip-tls-verify')) {
        delete cluster['certificate-authority'];
        delete cluster['certificate-authority-data'];
      }
    }
    if (f.changed('certificate-authority')) {
      if (embed) {
        cluster['certificate-authority-data'] = encodeBase64(inv.ctx.files?.readFile(ca) ?? '');
        cluster['insecure-skip-tls-verify'] = false;
        delete cluster['certificate-authority'];
      } else {
        // filepath.Abs of an empty path is the working directory, which then counts as a CA path.
        const path = absolutePath(inv, ca);
        cluster['certificate-authority'] = path;
        if (path !== '') {
          cluster['insecure-skip-tls-verify'] = false;
          delete cluster['certificate-authority-data'];
        }
      }
    }
    if (f.changed('proxy-url')) cluster['proxy-url'] = f.string('proxy-url');
    relativizePaths(inv, cluster, ['certificate-authority'], loaded.path);
    config.clusters.set(name, cluster);
    const err = saveConfig(inv, loaded, config);
    if (err) return err;
    inv.out.out(`Cluster "${name}" set.\n`);
    return undefined;
  });
}

export const setClusterCommand: CommandSpec = {
  name: 'set-cluster',
  short: 'Create or change a cluster entry of the kubeconfig',
  long:
    'Create a cluster entry in the kubeconfig, or change the fields of an existing one.\n\n' +
    ' Only the fields given as flags change; the others keep their values.',
  example:
    '  # A cluster entry for a new API server, trusting its CA by file path\n' +
    '  kubectl config set-cluster lab --server=https://10.0.0.10:6443 --certificate-authority=/etc/kubernetes/pki/ca.crt\n  \n' +
    '  # Copy the CA certificate into the kubeconfig itself\n' +
    '  kubectl config set-cluster lab --certificate-authority=ca.crt --embed-certs\n  \n' +
    '  # Point an existing entry at another address\n' +
    '  kubectl config set-cluster lab --server=https://10.0.0.11:6443',
  use: 'NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]',
  flags: FLAGS,
  run,
};
