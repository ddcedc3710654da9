// Deprecation warnings the v1.35 API server sends with every request for some resources; kubectl
// prints each as `Warning: <text>` on stderr. The simulated API server does not produce these
// headers, so kubectl adds them here for the resources it reads.

import type { ResourceType } from '../../sim/api/registry';

const WARNINGS: Readonly<Record<string, string>> = {
  'v1/Endpoints': 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice',
  'v1/ComponentStatus': 'v1 ComponentStatus is deprecated in v1.19+',
};

export function serverWarnings(type: ResourceType): string[] {
  const w = WARNINGS[`${type.group ? `${type.group}/` : ''}${type.version}/${type.kind}`];
  return w ? [w] : [];
}
