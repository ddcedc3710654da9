// explain, version, cluster-info, api-resources, config, auth and completion beyond the captures:
// flags, errors and behaviours of real kubectl v1.35, as transcripts compared whole with their files
// in __golden__/ (reviewed by eye; UPDATE_GOLDEN=1 rewrites them).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/object';
import { createCluster } from '../../sim/index';
import { kubectl, type KubectlContext } from '../index';
import { defaultKubeconfigText } from '../kubeconfig/default';
import { memoryKubeconfig } from '../kubeconfig/memory-file';
import { goldenCluster } from '../testing/golden-state';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

/** `$ kubectl …` then stdout, stderr and the exit code of each command, as one transcript. */
function transcript(ctx: KubectlContext, commands: readonly (readonly string[])[]): string {
  return commands
    .map((args) => {
      const r = kubectl(args, ctx);
      return `$ kubectl ${args.join(' ')}\n${r.stdout}${r.stderr ? `[stderr]\n${r.stderr}` : ''}[exit ${r.exitCode}]\n`;
    })
    .join('\n');
}

function expectGolden(name: string, text: string): void {
  const file = join(GOLDEN_DIR, `${name}.txt`);
  if (process.env['UPDATE_GOLDEN'] || !existsSync(file)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const create = (ctx: KubectlContext, obj: Record<string, unknown>): void => {
  const r = ctx.cluster.api.create(obj as unknown as KubeObject);
  if (!r.ok) throw new Error(r.status.message);
};

/** The reference cluster with kubeadm's admin kubeconfig (and, for auth, its RBAC policy). */
function adminContext(opts: { rbac?: boolean } = {}): KubectlContext {
  const cluster = goldenCluster(opts);
  return { cluster, kubeconfig: memoryKubeconfig(defaultKubeconfigText(cluster)) };
}

describe('kubectl explain', () => {
  it('pods (the layout of kubectl v1.35 with our descriptions)', () => {
    expectGolden('explain-pods', transcript(adminContext(), [['explain', 'pods']]));
  });

  it('fields, enums, types, --api-version and errors', () => {
    expectGolden(
      'explain-fields',
      transcript(adminContext(), [
        ['explain', 'pods.spec.containers'],
        ['explain', 'po.spec.restartPolicy'],
        ['explain', 'deployments.apps.spec.strategy.rollingUpdate.maxSurge'],
        ['explain', 'svc.spec'],
        ['explain', 'pvc.spec.resources.requests'],
        ['explain', 'pods.metadata.creationTimestamp'],
        ['explain', 'Deployment.spec.replicas'],
        ['explain', 'hpa', '--api-version=autoscaling/v1'],
        ['explain', 'deploy', '--api-version=apps/v2'],
        ['explain', 'pods', '--api-version=apps/v1'],
        ['explain', 'pods.spec.containerz.image'],
        ['explain', 'pods.metadata.labels.app'],
        ['explain', 'foo'],
        ['explain'],
        ['explain', 'pods', 'svc'],
        ['explain', 'pods', '--recursive', '--max-depth=2'],
        ['explain', 'pods', '-R'],
        ['explain', 'pods', '-o', 'yaml'],
      ]),
    );
  });

  it('--recursive', () => {
    expectGolden(
      'explain-recursive',
      transcript(adminContext(), [
        ['explain', 'cronjobs.status', '--recursive'],
        ['explain', 'ingress.spec', '--recursive'],
        ['explain', 'pods.spec.volumes.projected', '--recursive'],
      ]),
    );
  });
});

describe('kubectl version, cluster-info, api-resources, api-versions', () => {
  it('version: outputs, skew warning, errors', () => {
    const old = createCluster({ version: 'v1.33.4', workers: 0 });
    const oldCtx = { cluster: old, kubeconfig: memoryKubeconfig(defaultKubeconfigText(old)) };
    const text =
      transcript(adminContext(), [['version', '-o', 'json'], ['version', 'extra'], ['version', '-o', 'wide'], ['version', '--client', '-o', 'yaml']]) +
      '\n' +
      transcript(oldCtx, [['version'], ['version', '--warnings-as-errors']]);
    expectGolden('version-extra', text);
  });

  it('cluster-info of a fresh kubeadm-like cluster', () => {
    const cluster = createCluster({ workers: 1 });
    const ctx = { cluster, kubeconfig: memoryKubeconfig(defaultKubeconfigText(cluster)) };
    expectGolden('cluster-info', transcript(ctx, [['cluster-info'], ['cluster-info', '-n', 'default'], ['cluster-info', 'dump']]));
  });

  it('api-resources filters, sorting, outputs and errors; api-versions', () => {
    expectGolden(
      'api-resources-extra',
      transcript(adminContext(), [
        ['api-resources', '--api-group=batch', '-o', 'wide'],
        ['api-resources', '--namespaced=true', '--verbs=create,list', '--sort-by=kind', '--no-headers'],
        ['api-resources', '--categories=all', '-o', 'name'],
        ['api-resources', '--api-group=', '--namespaced=false'],
        ['api-resources', '--api-group=apps', '-o', 'json'],
        ['api-resources', '--sort-by=age'],
        ['api-resources', '-o', 'custom-columns=NAME:.name'],
        ['api-resources', 'pods'],
        ['api-versions', 'x'],
      ]),
    );
  });
});

describe('kubectl config', () => {
  it('contexts: create, switch, rename, delete, list, and their errors', () => {
    const ctx = adminContext();
    expectGolden(
      'config-contexts',
      transcript(ctx, [
        ['config', 'set-context', 'dev', '--cluster=kubernetes', '--user=kubernetes-admin', '--namespace=dev'],
        ['config', 'set-context', 'dev', '--namespace=staging'],
        ['config', 'get-contexts'],
        ['config', 'use-context', 'dev'],
        ['config', 'current-context'],
        ['config', 'get-contexts', '-o', 'name'],
        ['config', 'get-contexts', 'dev', 'nope'],
        ['config', 'view', '--minify'],
        ['config', 'view', '-o', 'json'],
        ['config', 'rename-context', 'dev', 'staging'],
        ['config', 'rename-context', 'nope', 'x'],
        ['config', 'delete-context', 'staging'],
        ['config', 'current-context'],
        ['config', 'view', '--minify'],
        ['config', 'use-context', 'kubernetes-admin@kubernetes'],
        ['config', 'get-clusters'],
        ['config', 'get-users'],
        ['config', 'set-context'],
        ['config', 'set-context', 'x', '--current'],
        ['config', 'get-contexts', '-o', 'wide'],
        ['config', 'view', '-o', 'wide'],
        ['config', 'view', '-o', 'jsonpath={.contexts[*].name}'],
        ['config', 'use-context'],
        ['config', 'bogus'],
        ['config'],
      ]),
    );
  });
});

describe('kubectl auth', () => {
  it('can-i as the admin and as users and service accounts bound by RBAC', () => {
    const ctx = adminContext({ rbac: true });
    create(ctx, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader', namespace: 'dev' },
      rules: [
        { apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web'], verbs: ['get', 'patch'] },
      ],
    });
    create(ctx, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'robot-reads-pods', namespace: 'dev' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'dev' }, { kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }],
    });
    create(ctx, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'ops-view' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
      subjects: [{ kind: 'Group', name: 'ops', apiGroup: 'rbac.authorization.k8s.io' }],
    });
    const robot = '--as=system:serviceaccount:dev:robot';
    expectGolden(
      'auth-can-i',
      transcript(ctx, [
        ['auth', 'can-i', 'create', 'pods'],
        ['auth', 'can-i', '*', '*', '-A'],
        ['auth', 'can-i', 'get', 'nodes'],
        ['auth', 'can-i', 'list', 'pods', '-n', 'dev', robot],
        ['auth', 'can-i', 'get', 'pods', '--subresource=log', '-n', 'dev', robot],
        ['auth', 'can-i', 'delete', 'pods', '-n', 'dev', robot],
        ['auth', 'can-i', 'list', 'pods', '-n', 'default', robot],
        ['auth', 'can-i', 'list', 'pods', '-A', robot],
        ['auth', 'can-i', 'patch', 'deployments.apps/web', '-n', 'dev', '--as=jane'],
        ['auth', 'can-i', 'patch', 'deployments/api', '-n', 'dev', '--as=jane'],
        ['auth', 'can-i', 'list', 'secrets', '-n', 'kube-system', '--as=ann', '--as-group=ops'],
        ['auth', 'can-i', 'list', 'deployments', '-n', 'kube-system', '--as=ann', '--as-group=ops'],
        ['auth', 'can-i', 'get', '/healthz', '--as=jane'],
        ['auth', 'can-i', 'get', '/metrics', '--as=jane'],
        ['auth', 'can-i', 'frobnicate', 'widgets', '--as=jane'],
        ['auth', 'can-i', 'list', 'pods', '-q', '-n', 'dev', '--as=jane'],
        ['auth', 'can-i', '--list', '-n', 'dev', robot],
        ['auth', 'can-i', '--list', '--no-headers', '-n', 'dev', '--as=jane'],
        ['auth', 'can-i', '--list'],
        ['auth', 'can-i', '--list', 'pods'],
        ['auth', 'can-i', '--list', '-A'],
        ['auth', 'can-i', 'get', 'pods', '--no-headers'],
        ['auth', 'can-i', 'get'],
        ['auth', 'can-i', 'get', '/logs', '--subresource=log'],
        ['auth', 'can-i', 'get', 'pods', '--as-group=ops'],
        ['auth', 'whoami'],
        ['auth', 'whoami', robot],
      ]),
    );
  });
});

describe('help texts', () => {
  it('explain, version, cluster-info, api-resources, api-versions, config view/set-context, auth can-i, completion', () => {
    const ctx = adminContext();
    const cmds = [
      ['explain'], ['version'], ['cluster-info'], ['api-resources'], ['api-versions'], ['config'], ['config', 'view'],
      ['config', 'set-context'], ['config', 'use-context'], ['auth'], ['auth', 'can-i'], ['completion'],
    ];
    expectGolden('help-info-config', transcript(ctx, cmds.map((c) => [...c, '--help'])));
  });

  it('completion errors', () => {
    expectGolden('completion-errors', transcript(adminContext(), [['completion'], ['completion', 'tcsh'], ['completion', 'bash', 'zsh']]));
  });
});
