// What every `kubectl set` subcommand does once it knows its change (set/helper.go's
// CalculatePatches + the patch loop): change a copy of each object, skip objects the change leaves
// as they were, print the copy (--local, --dry-run=client) or send it and print the server's answer
// with "<kind>/<name> <operation>". Errors are collected and reported together at the end.

import type { KubeObject } from '../../../sim/api/object';
import { clone } from '../../../sim/api/object';
import type { Invocation } from '../../cli/command';
import { messageError, statusError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { toCompactJson } from '../../printers';
import type { OutputSpec } from '../../output/printer-spec';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, printWarnings, printWritten, type DryRun } from '../create-shared';
import type { Target } from './targets';
import { withTypedDefaults } from './typed-defaults';
import { RECORD_FLAG, recordInPlace } from '../record';
import { patching } from '../../auth/authorizing-cluster';

/** Flags most set subcommands share (the resource builder's and the printer's). */
export const SET_COMMON_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  { name: 'all', type: 'bool', usage: 'Change every object of the given types in the namespace.' },
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG('kubectl-set'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files naming the objects to change.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects to change.' },
  { name: 'local', type: 'bool', usage: 'Change the objects of -f locally and print them; nothing is sent to the server.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
];

export const SELECTOR_FLAG: FlagSpec = { name: 'selector', shorthand: 'l', type: 'string', usage: 'Only objects whose labels match this selector (e.g. -l app=web).' };

export const LOCAL_SERVER_DRY_RUN = 'cannot specify --local and --dry-run=server - did you mean --dry-run=client?';
export const ALL_AND_SELECTOR = 'cannot set --all and --selector at the same time';

/** What a change reports for one object. */
export type MutateResult =
  /** Changed (or not: an unchanged object is skipped when the plan says so). */
  | undefined
  /** The object has nothing to change (kubectl leaves it out of the patches). */
  | 'skip'
  /** A per-object failure, reported as `error: <resource>/<name> <text>`. */
  | { readonly error: string };

export interface SetPlan {
  /** `image updated`, `env updated`, … */
  readonly operation: string;
  /** The prefix of a failed write (`failed to patch image update to pod template: `); undefined: the
   *  server's error as it is. */
  readonly failure?: string;
  /** Per-object errors as they are, without `error: <resource>/<name>` (set selector). */
  readonly bareErrors?: boolean;
  /** False for serviceaccount and selector, which send their patch even when it is empty. */
  readonly skipUnchanged: boolean;
  /** Changes `copy` in place. */
  readonly mutate: (copy: KubeObject, target: Target) => MutateResult;
  /** After a successful write, before printing: an error here ends the command (set env's check). */
  readonly afterWrite?: () => KubectlError | undefined;
}

export interface SetContext {
  readonly inv: Invocation;
  readonly dryRun: DryRun;
  readonly local: boolean;
  readonly printer: OutputSpec | undefined;
}

/** Sorted-key JSON: two objects with the same content compare equal whatever their key order. */
const canonical = (v: unknown): string => toCompactJson(v);

/** Applies the plan to every target; returns the errors (the caller aggregates them). */
export function applySetPlan(c: SetContext, targets: readonly Target[], plan: SetPlan): KubectlError[] {
  const { inv } = c;
  const errors: KubectlError[] = [];
  for (const target of targets) {
    const before = withTypedDefaults(clone(target.object));
    const copy = clone(before);
    const result = plan.mutate(copy, target);
    if (result === 'skip') continue;
    if (result) {
      errors.push(messageError(plan.bareErrors ? result.error : `error: ${target.type.plural}/${target.object.metadata.name ?? ''} ${result.error}\n`));
      continue;
    }
    // --record annotates the copy after the change, so a recorded command is never "unchanged".
    recordInPlace(inv, copy);
    if (plan.skipUnchanged && canonical(copy) === canonical(before)) continue;
    if (c.local || c.dryRun === 'client') {
      const printed = printWritten(inv.out, c.printer, copy, plan.operation, c.dryRun);
      if (printed) errors.push(printed);
      continue;
    }
    // kubectl sends a strategic merge patch without fieldValidation (the server's default, Warn).
    const res = patching(inv.cluster.api).update(copy, { dryRun: c.dryRun === 'server', fieldValidation: 'Warn' });
    if (!res.ok) {
      errors.push(plan.failure === undefined ? statusError(res.status) : messageError(`${plan.failure}${res.status.message}`));
      continue;
    }
    printWarnings(inv.out, res.warnings);
    const stop = plan.afterWrite?.();
    if (stop) return [stop];
    const printed = printWritten(inv.out, c.printer, res.object, plan.operation, c.dryRun);
    if (printed) errors.push(printed);
  }
  return errors;
}
