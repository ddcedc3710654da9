/** What the apt and dpkg commands share: the machine's package state and apt's error exits. */
import type { CommandIO, CommandResult } from '../../../shell';
import type { Machine } from '../../machine';
import { PackageState } from '../../packages/state';
import type { SandboxServices } from '../services';

export interface AptContext {
  io: CommandIO;
  machine: Machine;
  packages: PackageState;
  svc: SandboxServices;
}

/** Runs a package tool on this machine's package state and saves what it changed. */
export function withPackages(svc: SandboxServices, io: CommandIO, run: (ctx: AptContext) => CommandResult): CommandResult {
  const machine = svc.machine(io.host.hostName);
  if (!machine) return NO_MACHINE;
  const ctx = { io, machine, packages: PackageState.fromJSON(machine.packages), svc };
  const result = run(ctx);
  machine.packages = ctx.packages.toJSON();
  return result;
}

/** apt exits 100 on an error (`E: …`). */
export function aptError(stdout: string, message: string): CommandResult {
  return { stdout, stderr: `E: ${message}\n`, exitCode: 100 };
}

/** The sandbox's machines are the only ones with a package database. */
export const NO_MACHINE: CommandResult = { stdout: '', stderr: 'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (2: No such file or directory)\n', exitCode: 100 };
