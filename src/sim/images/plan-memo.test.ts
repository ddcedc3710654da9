import { describe, expect, it } from 'vitest';
import { planContainer, planContainerUncached } from './plan';
import { T0, contextFor } from './testing';
import type { ContainerContext } from './types';

const TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/** Two replicas of one template: the same configuration, their own names, IPs, nodes, start times and tokens. */
function replicas(ref: string, extra: Partial<ContainerContext> = {}): ContainerContext[] {
  return [0, 1, 2].map((i) => contextFor(ref, {
    podName: `web-${i}`,
    hostname: `web-${i}`,
    podIP: `10.244.1.${5 + i}`,
    nodeName: `node0${i + 1}`,
    startedAt: T0 + i * 61_789,
    nodeCpus: 2,
    mounts: { [TOKEN]: `token-of-web-${i}`, '/var/run/secrets/kubernetes.io/serviceaccount/namespace': 'default' },
    ...extra,
  }));
}

const CASES: [string, string, Partial<ContainerContext>][] = [
  ['nginx, as started by the kubelet', 'nginx:1.27', {}],
  ['nginx on another node size', 'nginx:1.27-alpine', { nodeCpus: 4 }],
  ['a script printing its host name', 'busybox:1.36', { command: ['sh', '-c', 'echo "I am $HOSTNAME"; sleep 3600'] }],
  ['a script reading /etc/hostname', 'busybox:1.36', { command: ['sh', '-c', 'cat /etc/hostname; hostname; sleep 3600'] }],
  ['a script that branches on its name', 'busybox:1.36', { command: ['sh', '-c', 'case "$HOSTNAME" in web-1) exit 3;; esac; sleep 3600'] }],
  ['a script that prints the date', 'busybox:1.36', { command: ['sh', '-c', 'date; echo done'] }],
  ['a script that compares the date', 'busybox:1.36', { command: ['sh', '-c', 'd=$(date +%S); [ "$d" -lt 30 ] && exit 4; sleep 3600'] }],
  ['a loop that logs forever', 'busybox:1.36', { command: ['sh', '-c', 'i=0; while true; do echo "tick $i $(date)"; i=$((i+1)); sleep 5; done'] }],
  ['a script reading the token', 'busybox:1.36', { command: ['sh', '-c', `wc -c ${TOKEN}; cat ${TOKEN}; sleep 3600`] }],
  ['a script listing its environment', 'busybox:1.36', { command: ['sh', '-c', 'env | sort; sleep 3600'] }],
  ['a script writing files', 'busybox:1.36', { command: ['sh', '-c', 'hostname > /tmp/me; date > /tmp/when; sleep 3600'] }],
  ['redis', 'redis:7', {}],
  ['postgres', 'postgres:16', { env: { POSTGRES_PASSWORD: 'x' } }],
  ['mysql', 'mysql:8.0', { env: { MYSQL_ROOT_PASSWORD: 'x' } }],
  ['httpd', 'httpd:2.4', {}],
];

describe('planContainer shares plans between replicas only when that changes nothing', () => {
  for (const [title, ref, extra] of CASES) {
    it(title, () => {
      for (const ctx of replicas(ref, extra)) expect(planContainer(ctx)).toEqual(planContainerUncached(ctx));
      // And once more, now that any shared plan exists, in another order.
      for (const ctx of replicas(ref, extra).reverse()) expect(planContainer(ctx)).toEqual(planContainerUncached(ctx));
    });
  }

  it('gives each replica its own log times and usage seed', () => {
    const [a, b] = replicas('nginx:1.27');
    const pa = planContainer(a as ContainerContext);
    const pb = planContainer(b as ContainerContext);
    expect(pa.logs.map((l) => l.text)).not.toEqual(pb.logs.map((l) => l.text));
    expect(pa.usage.seed).not.toBe(pb.usage.seed);
  });
});
