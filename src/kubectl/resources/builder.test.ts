import { describe, expect, it } from 'vitest';
import { renderError, type KubectlError } from '../cli/errors';
import { buildPlan, isPlan, MISSING_RESOURCE, type BuilderInput, type Plan } from './builder';
import { expandCategory, resolveResource } from './resolve';
import { RESOURCE_TYPES } from '../../sim/api/registry';

const resolved = (arg: string): string => {
  const r = resolveResource(arg, RESOURCE_TYPES);
  return r.ok ? `${r.type.group || 'core'}/${r.type.version}/${r.type.plural}` : renderError(r.error);
};

describe('resource names', () => {
  it('accepts plural, singular, short and kind names in any case for resources', () => {
    for (const arg of ['pods', 'pod', 'po', 'PODS', 'Pod']) expect(resolved(arg), arg).toBe('core/v1/pods');
    for (const arg of ['deploy', 'deployment', 'deployments', 'deployment.apps', 'deploy.apps', 'deployments.v1.apps', 'Deployment', 'Deployment.apps', 'Deployment.v1.apps']) {
      expect(resolved(arg), arg).toBe('apps/v1/deployments');
    }
    expect(resolved('svc')).toBe('core/v1/services');
    expect(resolved('hpa')).toBe('autoscaling/v2/horizontalpodautoscalers');
    expect(resolved('sc')).toBe('storage.k8s.io/v1/storageclasses');
  });

  it('prefers the core group when several groups serve a name', () => {
    expect(resolved('events')).toBe('core/v1/events');
    expect(resolved('ev')).toBe('core/v1/events');
    expect(resolved('events.events.k8s.io')).toBe('events.k8s.io/v1/events');
  });

  it('names only the resource part of an unknown argument', () => {
    expect(resolved('foos')).toBe('error: the server doesn\'t have a resource type "foos"\n');
    expect(resolved('deployments.v2.apps')).toBe('error: the server doesn\'t have a resource type "deployments"\n');
    expect(resolved('deployments.extensions')).toBe('error: the server doesn\'t have a resource type "deployments"\n');
  });

  it('expands the all category in discovery order', () => {
    expect(expandCategory('all', RESOURCE_TYPES)).toEqual([
      'pods', 'replicationcontrollers', 'services', 'daemonsets.apps', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps',
      'horizontalpodautoscalers.autoscaling', 'cronjobs.batch', 'jobs.batch',
    ]);
  });
});

const base: BuilderInput = { types: RESOURCE_TYPES, args: [], namespace: 'default', allNamespaces: false, allowEmptySelector: true };
const plan = (over: Partial<BuilderInput>): Plan | KubectlError => buildPlan({ ...base, ...over });
const summary = (p: Plan | KubectlError): string => {
  if (!isPlan(p)) return renderError(p);
  if (p.kind === 'list') return `list ${p.types.map((t) => t.plural).join(',')} l=${JSON.stringify(p.labelSelector)} f=${JSON.stringify(p.fieldSelector)}`;
  return `names ${p.items.map((i) => `${i.type.plural}/${i.name}`).join(' ')}${p.singleItemImplied ? ' (single)' : ''}`;
};

describe('argument forms (Builder.ResourceTypeOrNameArgs)', () => {
  it('lists a type, several types, deduplicated', () => {
    expect(summary(plan({ args: ['pods'] }))).toBe('list pods l="" f=""');
    expect(summary(plan({ args: ['pods,svc,po'] }))).toBe('list pods,services l="" f=""');
    expect(summary(plan({ args: ['pods'], labelSelector: 'app=web' }))).toBe('list pods l="app=web" f=""');
  });

  it('fetches names, TYPE/NAME pairs and type lists times names', () => {
    expect(summary(plan({ args: ['pod', 'web'] }))).toBe('names pods/web (single)');
    expect(summary(plan({ args: ['pod', 'web', 'db'] }))).toBe('names pods/web pods/db');
    expect(summary(plan({ args: ['pod/web', 'svc/db'] }))).toBe('names pods/web services/db');
    expect(summary(plan({ args: ['pods,svc', 'web'] }))).toBe('names pods/web services/web');
  });

  it('fails like the builder does', () => {
    expect(summary(plan({ args: ['pod', 'pod/web'] }))).toBe(
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    );
    expect(summary(plan({ args: ['pod/web/x'] }))).toBe('error: arguments in resource/name form may not have more than one slash\n');
    expect(summary(plan({ args: ['pod/'] }))).toBe('error: arguments in resource/name form must have a single resource and name\n');
    expect(summary(plan({ args: ['pods', 'web'], labelSelector: 'a=b' }))).toBe('error: name cannot be provided when a selector is specified\n');
    expect(summary(plan({ args: ['pod/web'], fieldSelector: 'a=b' }))).toBe('error: selectors and the all flag cannot be used when passing resource/name arguments\n');
    expect(summary(plan({ args: ['pod', 'web'], namespace: '', allNamespaces: true }))).toBe('error: a resource cannot be retrieved by name across all namespaces\n');
    expect(summary(plan({ args: ['nodes', 'node01'], namespace: '', allNamespaces: true }))).toBe('names nodes/node01 (single)');
    expect(summary(plan({ args: ['pods'], allowEmptySelector: false }))).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(summary(plan({ args: [], allowEmptySelector: false }))).toBe(`error: ${MISSING_RESOURCE}\n`);
    expect(summary(plan({ args: ['foo', 'bar'] }))).toBe('error: the server doesn\'t have a resource type "foo"\n');
  });
});
