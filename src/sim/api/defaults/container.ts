import type {
  Container, EnvVar, HTTPGetAction, LifecycleHandler, ObjectFieldSelector, Probe, ResourceFieldSelector,
} from 'kubernetes-types/core/v1';
import { defaultPullPolicy } from './image';

/** Defaults of one container (init, regular or ephemeral: the API server treats them alike). */
export function defaultContainer(c: Container): void {
  c.imagePullPolicy ||= defaultPullPolicy(c.image ?? '');
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  // ResourceRequirements is a Go struct, not a pointer: it always serialises, as `resources: {}`.
  c.resources ??= {};
  for (const port of c.ports ?? []) port.protocol ||= 'TCP';
  for (const env of c.env ?? []) defaultEnvVar(env);
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (probe) defaultProbe(probe);
  }
  for (const handler of [c.lifecycle?.postStart, c.lifecycle?.preStop]) {
    if (handler) defaultLifecycleHandler(handler);
  }
}

export function defaultProbe(probe: Probe): void {
  probe.timeoutSeconds ||= 1;
  probe.periodSeconds ||= 10;
  probe.successThreshold ||= 1;
  probe.failureThreshold ||= 3;
  if (probe.httpGet) defaultHTTPGetAction(probe.httpGet);
  // `service` is a pointer serialised even when nil; its declared default is "".
  if (probe.grpc) probe.grpc.service ??= '';
}

export function defaultHTTPGetAction(action: HTTPGetAction): void {
  action.path ||= '/';
  action.scheme ||= 'HTTP';
}

/** A downward-API field reference names the API version of the field path; "v1" when left out. */
export function defaultObjectFieldSelector(ref: ObjectFieldSelector): void {
  ref.apiVersion ||= 'v1';
}

/** `divisor` is a Go Quantity struct, not a pointer: unset, it serialises as "0". */
export function defaultResourceFieldSelector(ref: ResourceFieldSelector): void {
  ref.divisor ??= '0';
}

function defaultEnvVar(env: EnvVar): void {
  if (env.valueFrom?.fieldRef) defaultObjectFieldSelector(env.valueFrom.fieldRef);
  if (env.valueFrom?.resourceFieldRef) defaultResourceFieldSelector(env.valueFrom.resourceFieldRef);
}

function defaultLifecycleHandler(handler: LifecycleHandler): void {
  if (handler.httpGet) defaultHTTPGetAction(handler.httpGet);
}
