// Our own golden transcripts for what the captures do not cover: the errors of delete, scale and
// autoscale, dry runs, -o, --interactive, --cascade's old spellings, and the --help screens. The
// expected texts were checked against the real kubectl v1.35.2 binary (client-side errors with no
// server; the rest against a small stand-in API server).

import { describe, expect, it } from 'vitest';
import { deletableGoldenCluster, runner, transcriptEntry, type Runner } from './delete-scale.test-util';

const MULTI =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: multi-cm\ndata:\n  a: "1"\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: multi-svc\nspec:\n  selector:\n    app: multi\n  ports:\n  - port: 80\n';

const WEB3 = {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web3', namespace: 'default', labels: { app: 'web3' } },
  spec: { replicas: 2, selector: { matchLabels: { app: 'web3' } }, template: { metadata: { labels: { app: 'web3' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
};

/** Runs the lines in order on one cluster; `echo X | kubectl …` feeds X to stdin. */
function transcript(k: Runner, lines: readonly string[]): string {
  return lines
    .map((line) => {
      const piped = /^echo (\S*) \| (kubectl .*)$/.exec(line);
      const r = piped ? k(piped[2] as string, { stdin: `${piped[1]}\n` }) : k(line);
      return transcriptEntry(line, r);
    })
    .join('');
}

function fresh(): Runner {
  const k = runner(deletableGoldenCluster(), { 'multi.yaml': MULTI });
  const created = k.cluster.api.create(WEB3);
  if (!created.ok) throw new Error(created.status.message);
  return k;
}

describe('delete transcripts', () => {
  it('errors', async () => {
    const text = transcript(fresh(), [
      'kubectl delete pod web --now --grace-period=5',
      'kubectl delete pod web --cascade=bogus',
      'kubectl delete pod web --dry-run=bogus',
      'kubectl delete pod web --force --grace-period=5',
      'kubectl delete pod web -o yaml',
      'kubectl delete pods --all -l app=nginx',
      'kubectl delete pod web --all',
      'kubectl delete pod/web svc',
      'kubectl delete pod web -A',
      'kubectl delete -f nothere.yaml',
      'kubectl delete -f multi.yaml pod/web',
      'kubectl delete pod nope1 nope2',
      'kubectl delete cs scheduler',
      'kubectl delete pods,nope -l app=nginx',
      'kubectl delete ns default',
      'kubectl delete endpoints nope',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/delete-errors.txt');
  });

  it('dry runs, -o name, selectors, old --cascade values, cluster-scoped warning', async () => {
    const text = transcript(fresh(), [
      'kubectl delete node node01 -n default --dry-run=client',
      'kubectl delete cm app-config --cascade=true --dry-run=client',
      'kubectl delete cm app-config --cascade=false -o name --dry-run=server',
      'kubectl delete pods -l app=nginx --dry-run=client',
      'kubectl delete pods --field-selector=spec.nodeName=node02 -o name',
      'kubectl delete pod nope web --ignore-not-found',
      'kubectl delete pods -A -l app=nothing',
      'kubectl delete pod crashy --grace-period=0',
      'kubectl apply -f multi.yaml',
      'kubectl delete -f multi.yaml -o name',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/delete-extra.txt');
  });

  it('--interactive asks first', async () => {
    const text = transcript(fresh(), [
      'echo n | kubectl delete cm app-config -i',
      'echo y | kubectl delete cm app-config -i',
      'kubectl delete pods -l app=nothing -i',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/delete-interactive.txt');
  });
});

describe('scale transcripts', () => {
  it('errors and variants', async () => {
    const text = transcript(fresh(), [
      'kubectl scale deployment nginx --replicas=-1',
      'kubectl scale deployment nginx --replicas=1 --current-replicas=-2',
      'kubectl scale deployment nginx --replicas=2 -o wide',
      'kubectl scale deployment --replicas=1',
      'kubectl scale deployment -l app=zzz --replicas=1',
      'kubectl scale deployment nginx web3 --replicas=2 --resource-version=1',
      'kubectl scale deployment nginx --replicas=2 --resource-version=1',
      'kubectl scale deployment nope nginx --replicas=2',
      'kubectl scale deployment nginx --replicas=4 --dry-run=client',
      'kubectl scale deployment nginx web3 --replicas=3 --dry-run=server',
      'kubectl scale deployment --all --replicas=1 -o name',
      'kubectl scale cm app-config --replicas=1',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/scale-extra.txt');
  });
});

describe('autoscale transcripts', () => {
  it('errors and variants', async () => {
    const text = transcript(fresh(), [
      'kubectl autoscale deployment web3 --max=0',
      'kubectl autoscale deployment web3 --max=2 --min=3',
      'kubectl autoscale deployment web3 --max=2 --cpu=abc',
      'kubectl autoscale deployment web3 --max=2 --cpu=-5%',
      'kubectl autoscale deployment web3 --max=2 --cpu=1.5%',
      'kubectl autoscale deployment web3 --max=2 --memory=1e7',
      'kubectl autoscale deployment web3 --max=2 --cpu=80 --cpu-percent=50',
      'kubectl autoscale deployment web3 --max=5 --min=2 --cpu=80% --dry-run=client -o yaml',
      'kubectl autoscale deployment web3 --max=5 --cpu=500m --memory=200 --dry-run=client -o json',
      'kubectl autoscale deployment web3 --max=5 --dry-run=client',
      'kubectl autoscale pod web --max=5',
      'kubectl autoscale deployment nope web3 --max=5',
      'kubectl autoscale deployment nginx --max=5 --cpu=500m',
      'kubectl autoscale deployment web3 --name=w1 --max=3 -o name',
      'kubectl autoscale deployment web3 --name=w2 --max=3 --dry-run=server',
      'kubectl autoscale deployment web3 --name=w3 --max=3 --cpu=80% -o bogus',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/autoscale-extra.txt');
  });
});

describe('help', () => {
  for (const verb of ['delete', 'scale', 'autoscale']) {
    it(`kubectl ${verb} --help`, async () => {
      const r = fresh()(`kubectl ${verb} --help`);
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      await expect(r.stdout).toMatchFileSnapshot(`./__golden__/help-${verb}.txt`);
    });
  }
});
