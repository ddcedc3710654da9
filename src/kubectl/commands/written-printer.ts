// Printing the objects a changing verb touched, one at a time as kubectl's printers do: the
// "<kind>/<name> <operation>" line (with the dry-run suffix), or the object through -o. Verbs that
// build one printer for all objects (annotate, replace) put `---` between YAML documents; those
// that build one per object (label, patch, edit) do not. A bad -o value is only reported when the
// first object is printed, as kubectl only builds its printer then.

import type { KubeObject } from '../../sim/api/object';
import type { KubectlError } from '../cli/errors';
import type { Output } from '../context';
import type { OutputSpec } from '../output/printer-spec';
import { isError, printWritten, type DryRun } from './create-shared';

export class WrittenPrinter {
  private printed = 0;

  constructor(
    private readonly out: Output,
    private readonly spec: OutputSpec | undefined | KubectlError,
    private readonly dryRun: DryRun,
    private readonly yamlSeparators = false,
  ) {}

  print(obj: KubeObject, operation: string): KubectlError | undefined {
    if (isError(this.spec)) return this.spec;
    if (this.yamlSeparators && this.spec?.kind === 'yaml' && this.printed > 0) this.out.out('---\n');
    this.printed++;
    return printWritten(this.out, this.spec, obj, operation, this.dryRun);
  }
}
