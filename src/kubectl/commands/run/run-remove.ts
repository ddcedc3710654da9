// `kubectl run --rm`: delete what the command created once the attached session is over, printing
// each deletion as `kubectl delete` does since v1.34 (`pod "tmp" deleted from default namespace`).
// Deletions do not wait for the objects to be gone, and objects already gone are skipped quietly.

import type { ResourceType } from '../../../sim/api/registry';
import type { Invocation } from '../../cli/command';
import { renderError, statusError } from '../../cli/errors';

export interface CreatedObject {
  readonly type: ResourceType;
  readonly namespace: string;
  readonly name: string;
}

/** The stdout lines of the deletions (none with --quiet); failures other than NotFound go to stderr. */
export function removeCreated(inv: Invocation, objects: readonly CreatedObject[], quiet: boolean): string {
  let text = '';
  for (const o of objects) {
    const res = inv.cluster.api.delete(o.type, o.namespace, o.name);
    if (!res.ok) {
      if (res.status.reason !== 'NotFound') inv.out.err(renderError(statusError(res.status)));
      continue;
    }
    if (quiet) continue;
    const kind = o.type.group ? `${o.type.kind.toLowerCase()}.${o.type.group}` : o.type.kind.toLowerCase();
    text += `${kind} "${o.name}" deleted from ${o.namespace} namespace\n`;
  }
  return text;
}
