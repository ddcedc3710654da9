/**
 * The commands a shell can run, by name. The shell registers its builtins and coreutils here; the
 * lead registers the cluster-facing ones (kubectl, curl, ssh, vi, systemctl, ...) from other layers
 * with `registry.register('kubectl', kubectlCommand)`, and `which`/`type` report them like files.
 */
import type { Command, CommandKind } from './types';

export interface RegisteredCommand {
  name: string;
  command: Command;
  kind: CommandKind;
  /**
   * Where `which` finds it: `/usr/bin/<name>` for files; for builtins only when a file of that
   * name exists too (echo, printf, pwd, test, true, false).
   */
  path: string | undefined;
}

export interface RegisterOptions {
  /** Default 'file'. Builtins are what bash itself implements (cd, echo, export, ...). */
  kind?: CommandKind;
  /** Default `/usr/bin/<name>` for files, none for builtins. */
  path?: string;
}

export class CommandRegistry {
  private readonly byName = new Map<string, RegisteredCommand>();

  register(name: string, command: Command, options: RegisterOptions = {}): this {
    const kind = options.kind ?? 'file';
    const path = options.path ?? (kind === 'file' ? `/usr/bin/${name}` : undefined);
    this.byName.set(name, { name, command, kind, path });
    return this;
  }

  unregister(name: string): void {
    this.byName.delete(name);
  }

  get(name: string): RegisteredCommand | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The command installed at an absolute path, for `/usr/bin/kubectl get pods`. */
  byPath(path: string): RegisteredCommand | undefined {
    for (const entry of this.byName.values()) if (entry.path === path) return entry;
    return undefined;
  }

  /** Names in registration order (tab completion of command names). */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** Registers every entry of `other` here (a sandbox gets its commands after it is made). */
  include(other: CommandRegistry): this {
    for (const [name, entry] of other.byName) this.byName.set(name, entry);
    return this;
  }

  /** A registry with the same entries; registering on the copy leaves this one alone. */
  clone(): CommandRegistry {
    const copy = new CommandRegistry();
    for (const [name, entry] of this.byName) copy.byName.set(name, entry);
    return copy;
  }
}
