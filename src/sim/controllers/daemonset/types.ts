import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/object';

export const DAEMONSET_CONTROLLER = 'daemonset-controller';
export const SOURCE = { component: DAEMONSET_CONTROLLER };
/** Pods carry their DaemonSet's template generation (kept for compatibility with extensions/v1beta1). */
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
/** The most pods one sync creates or deletes (the controller's burstReplicas). */
export const BURST = 250;

export type DaemonSetObject = DaemonSet & KubeObject;
export type PodObject = Pod & KubeObject;
