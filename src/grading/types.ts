/**
 * The contracts of grading: what a check reads (a read-only view of the cluster and the student's
 * history), what it answers, and how a library of checks is shaped. The library itself lives in
 * the top-level checks/ folder, which builds on these types.
 */
import type { z } from 'zod';
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubectlResult } from '../kubectl';
import type { KubeObject, ResourceType } from '../sim';
import type { HttpResult } from '../sim/network';

export interface CheckResult {
  pass: boolean;
  /** Feedback a student can act on: on failure, what was expected and what was found, specifically. */
  message: string;
  /** What the check found, as plain JSON data (counts, names, statuses), for the UI and tests. */
  found?: unknown;
}

/** What one shell input printed and returned (a line run in a throwaway copy of the sandbox). */
export interface CommandRun {
  output: string;
  exitCode: number;
}

/** A pod as `kubectl get pods` shows it. */
export interface PodState {
  name: string;
  /** READY, e.g. `1/1`. */
  ready: string;
  /** STATUS, e.g. `Running`, `ImagePullBackOff`, `Terminating`. */
  status: string;
  restarts: string;
  node?: string;
  /** Every container ready and the pod not being deleted. */
  isReady: boolean;
}

/**
 * A read-only view of a cluster and of the student's command history: everything a check may look
 * at. Objects are the stored ones — never modify them. Nothing a check does through this view
 * changes the student's cluster (an HTTP request is made in a throwaway copy).
 */
export interface GradingView {
  /** The cluster's virtual time (ms since the epoch). */
  now(): number;
  /** The resource type of a kind as kubectl understands it (`pod`, `deploy`, `Deployment`, `svc`...). */
  resourceType(kind: string): ResourceType | undefined;
  /** One object, or undefined. `namespace` is ignored for cluster-scoped kinds. */
  get<T extends KubeObject = KubeObject>(kind: string, name: string, namespace?: string): T | undefined;
  /** Objects of a kind, in one namespace (omitted: all) and matching a label selector. */
  list<T extends KubeObject = KubeObject>(kind: string, options?: { namespace?: string; labelSelector?: string }): T[];
  /** A pod's READY, STATUS and RESTARTS columns as `kubectl get pods` prints them. */
  podState(pod: Pod): PodState;
  /** Read-only kubectl (`get`, `describe`, `logs`...), against the cluster as the student sees it. */
  kubectl(args: readonly string[]): KubectlResult;
  /** An HTTP request as `curl` from a node makes it, in a throwaway copy of the cluster. */
  httpGet(fromNode: string, url: string): HttpResult;
  /** The name of the control-plane node. */
  controlPlane(): string;
  /** The student's command lines, oldest first. */
  readonly history: readonly string[];
  /**
   * Runs one shell input in a throwaway copy of the student's sandbox (a fresh login on the
   * control plane); undefined when the view has no sandbox behind it.
   */
  runInCopy?: (line: string) => CommandRun;
}

/** A reusable, parameterised check that labs name in their YAML. */
export interface CheckDefinition<P extends z.ZodType = z.ZodType> {
  /** The name labs use (`deploymentAvailable`). */
  readonly name: string;
  /** One or two sentences for authors: what passes, what the params mean. */
  readonly description: string;
  /** The params schema (zod, strict, a `.describe()` on every field). */
  readonly params: P;
  /** Judges the view; never throws, never changes anything. */
  run(view: GradingView, params: z.output<P>): CheckResult;
}

/** The checks labs may name, by name. */
export type CheckLibrary = Readonly<Record<string, CheckDefinition>>;

/** Declares a check with its params type inferred from its schema. */
export function defineCheck<P extends z.ZodType>(definition: CheckDefinition<P>): CheckDefinition<P> {
  return definition;
}
