/**
 * Kubedojo's shell: a small bash for the terminal (browser and CLI). Build a host with
 * `createHost`, register cluster commands on `host.commands`, and type into `new Shell(host)`.
 */
export { Shell, type RunOptions, type RunResult, type ShellOptions } from './interpreter/shell';
export { Variables, type VariableJSON, isValidName } from './interpreter/variables';
export { MAX_LOOP_ITERATIONS } from './interpreter/executor';
export { CommandRegistry, type RegisterOptions, type RegisteredCommand } from './registry';
export { createCoreRegistry } from './commands';
export { createHost, manualClock, DEFAULT_PATH, type HostOptions } from './host';
export { promptFor, CONTINUATION_PROMPT } from './prompt';
export { runTranscript, splitCommands } from './transcript';
export { parse, needsMoreInput, type ParseOptions, type ParseResult } from './parser/parser';
export type * as Ast from './parser/ast';
export { VirtualFs, MAX_FILE_BYTES, DEV_NULL, type FsStat, type VirtualFsJSON, type WriteOptions } from './fs/vfs';
export { type FsError, type FsErrorCode, errorText, isFsError } from './fs/errors';
export { resolvePath, dirName, baseName, tildePath } from './fs/paths';
export { seedHome, ROOT_HOME } from './fs/seed';
export { CLEAR_SEQUENCE } from './commands/clear';
export { Output } from './commands/output';
export { parseArgs, usageError, type OptionSpec } from './commands/options';
export type {
  Command,
  CommandIO,
  CommandKind,
  CommandResult,
  OutputChunk,
  RunScriptOptions,
  ShellClock,
  ShellHost,
  ShellServices,
} from './types';
