// The part of the engine that runs commands: bash itself (the interpreter), kubectl, the shell's programs (coreutils, awk, sed...),
// the cluster-facing ones (curl, ssh, editors...) and tab completion. The largest part of the engine,
// and none of it is needed to restore a cluster and show a prompt: see command-source.ts.
export { sandboxRegistry } from './commands';
export { completeLine } from './completion';
export { kubectl } from '../kubectl';
export { Shell } from '../shell/interpreter/shell';
