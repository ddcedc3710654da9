// The deprecated --record flag (cli-runtime's RecordFlags): when true, the object a command writes
// gets the annotation kubernetes.io/change-cause = the command line, which `rollout history` shows
// as CHANGE-CAUSE (the deployment controller copies a Deployment's annotations onto its new
// ReplicaSet). The command line is rebuilt as kubectl's parseCommandArguments does: "kubectl",
// the words that are not flags (command path and arguments, `--` dropped), then every flag set,
// in the order given, as ` --name=<text as typed>` (a bare boolean gives `=true`).

import type { KubeObject } from '../../sim/api/object';
import type { ResourceType } from '../../sim/api/registry';
import type { Invocation } from '../cli/command';
import type { FlagSpec } from '../cli/flags';
import { requestRefused, serverSide } from '../auth/authorizing-cluster';

export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export const RECORD_FLAG: FlagSpec = {
  name: 'record',
  type: 'bool',
  hidden: true,
  deprecated: '--record will be removed in the future',
  usage: 'Write this command line into the kubernetes.io/change-cause annotation of what it changes.',
};

/** The change cause `--record` writes, or undefined when --record is not true (or not a flag here). */
export function changeCause(inv: Invocation): string | undefined {
  if (!inv.flags.spec('record') || !inv.flags.bool('record')) return undefined;
  const words = [...inv.commandPath.split(' '), ...inv.args];
  return words.join(' ') + inv.flags.settings.map((s) => ` --${s.name}=${s.raw}`).join('');
}

/** `obj` with the change-cause annotation when --record is true (the object itself otherwise). */
export function recorded<T extends KubeObject>(inv: Invocation, obj: T): T {
  const cause = changeCause(inv);
  if (cause === undefined) return obj;
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...(obj.metadata.annotations ?? {}), [CHANGE_CAUSE]: cause } } };
}

/** Sets the annotation on `obj` itself (a private copy the command is about to send or print). */
export function recordInPlace(inv: Invocation, obj: KubeObject): void {
  const cause = changeCause(inv);
  if (cause !== undefined) obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [CHANGE_CAUSE]: cause };
}

/**
 * ChangeCauseRecorder.MakeRecordMergePatch sent as a second request after the command's own
 * write (scale, patch): only when the annotation changes, never as a dry run, and a failure is
 * only logged by kubectl (at -v=4), so it is ignored. Returns the object after the patch, if sent.
 */
export function recordOnServer(inv: Invocation, type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
  const cause = changeCause(inv);
  if (cause === undefined) return undefined;
  // One PATCH: the read of the object is the API server's own.
  if (requestRefused(inv.cluster, 'patch', type, namespace, name)) return undefined;
  const api = serverSide(inv.cluster).api;
  const current = api.get(type, namespace, name);
  if (!current.ok || current.object.metadata.annotations?.[CHANGE_CAUSE] === cause) return undefined;
  const updated = api.update(recorded(inv, current.object), { fieldValidation: 'Warn' });
  return updated.ok ? updated.object : undefined;
}
