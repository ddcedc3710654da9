/**
 * The sandbox: one simulated cluster with the machines and shells a student uses on it, as the
 * browser terminal and the `kubedojo` command line both drive it. DOM-free and Node-free.
 */
export { restoreSandbox, Sandbox, virtualClock, type Location } from './sandbox';
export { createSandbox } from './create-sandbox';
export { runSandboxScript, type SandboxTranscript } from './transcript';
export { completeLine, type Completion } from './completion';
export { Machine } from './machine';
export type { EditorHook, LineResult, SandboxOptions, SandboxSnapshot, SessionJSON, HostSessionJSON, ExecSessionJSON, MachineJSON } from './types';
export { clusterView } from './view';
export type { ClusterView, ClusterViewOptions, NodeView, PodView, OwnerView, ServiceView, PortView, EndpointView } from './view';
