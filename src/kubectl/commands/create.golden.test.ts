// Golden transcripts for `kubectl create`: the client-side generators (local-v1.35, --dry-run=client
// needs no server) and the server-side captures (fake-v1.35), replayed on the reference cluster.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { loadGolden } from '../printers/golden';
import { goldenCluster } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';

const read = (p: string) => readFileSync(p, 'utf8');

/** Files the local captures wrote before running kubectl (`printf … > app.env;`). */
const LOCAL_FILES: Record<string, string> = { 'app.env': 'A=1\nB=two\n', 'app.properties': 'a=1\nb=2\n' };
const files = {
  readFile: (p: string) => LOCAL_FILES[p],
  isDir: () => false,
  list: () => [],
};

/** The kubectl part of a capture's command line (after any `printf …;` set-up). */
function kubectlWords(command: string): string[] {
  const last = command.split('; ').pop() ?? command;
  const words = shellWords(last);
  expect(words[0]).toBe('kubectl');
  return words.slice(1);
}

const LOCAL = [
  'create-clusterrolebinding', 'create-configmap', 'create-configmap-envfile', 'create-configmap-fromfile', 'create-cronjob', 'create-cronjob-noschedule',
  'create-deployment-badflag', 'create-deployment-badoutput', 'create-deployment-command', 'create-deployment-dryrun', 'create-deployment-dryrun-bad',
  'create-deployment-json', 'create-deployment-multi-image', 'create-deployment-name', 'create-deployment-noimage', 'create-deployment-noname',
  'create-deployment-ns-dryrun', 'create-deployment-replicas-port-yaml', 'create-deployment-yaml', 'create-ingress', 'create-ingress-tls', 'create-job',
  'create-namespace', 'create-namespace-dryrun', 'create-nosub', 'create-pdb', 'create-priorityclass', 'create-quota',
  'create-secret-docker-registry', 'create-secret-generic', 'create-service-clusterip', 'create-service-clusterip-none', 'create-service-externalname',
  'create-service-loadbalancer', 'create-service-nodeport', 'create-service-notcp', 'create-serviceaccount', 'apply-nofile', 'apply-missingfile',
];

describe('kubectl create generators against local-v1.35 captures', () => {
  for (const name of LOCAL) {
    it(name, () => {
      const golden = loadGolden(read, 'local-v1.35', name);
      const result = kubectl(kubectlWords(golden.command), { cluster: goldenCluster(), files });
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});
