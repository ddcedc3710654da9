/**
 * Shell variables. `FOO=bar` makes a shell variable; `export` marks it for the environment of
 * commands (`env` lists only those). Insertion order is kept so `env` output is reproducible.
 */
export interface VariableJSON {
  name: string;
  value: string;
  exported: boolean;
}

export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isValidName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

export class Variables {
  private readonly vars = new Map<string, { value: string; exported: boolean }>();

  constructor(initial: Record<string, string> = {}, exported = true) {
    for (const [name, value] of Object.entries(initial)) this.vars.set(name, { value, exported });
  }

  static fromJSON(json: VariableJSON[]): Variables {
    const vars = new Variables();
    for (const v of json) vars.vars.set(v.name, { value: v.value, exported: v.exported });
    return vars;
  }

  toJSON(): VariableJSON[] {
    return [...this.vars].map(([name, v]) => ({ name, value: v.value, exported: v.exported }));
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  has(name: string): boolean {
    return this.vars.has(name);
  }

  isExported(name: string): boolean {
    return this.vars.get(name)?.exported ?? false;
  }

  /** Sets a value; keeps the exported flag of an existing variable unless `exported` is given. */
  set(name: string, value: string, exported?: boolean): void {
    const current = this.vars.get(name);
    if (current) {
      current.value = value;
      if (exported !== undefined) current.exported = exported;
    } else this.vars.set(name, { value, exported: exported ?? false });
  }

  /** `export NAME` without a value: marks it (an unset name is remembered with an empty value by bash
   * but not shown by `env`; we keep it simple and create nothing). */
  markExported(name: string): void {
    const current = this.vars.get(name);
    if (current) current.exported = true;
  }

  unset(name: string): void {
    this.vars.delete(name);
  }

  /** The environment handed to commands. */
  exported(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, v] of this.vars) if (v.exported) env[name] = v.value;
    return env;
  }

  /** All variables, exported or not, in insertion order. */
  entries(): Array<[string, string, boolean]> {
    return [...this.vars].map(([name, v]) => [name, v.value, v.exported]);
  }

  clone(): Variables {
    return Variables.fromJSON(this.toJSON());
  }
}
