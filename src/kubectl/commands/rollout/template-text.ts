// printTemplate of kubectl's history code: the describe `Pod Template:` block written through a
// PrefixWriter straight into a buffer — no tabwriter, so the `\t` after each key stays a raw tab
// (which is why `rollout history --revision=N` output is not aligned).

import type { PodTemplateSpec, TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import { formatLabelSelector } from '../../../sim/api/labels';
import { describeContainers } from '../../describe/containers';
import { printAnnotations, printLabels, printTolerations } from '../../describe/format';
import { describeVolumes } from '../../describe/volumes';
import { DescribeWriter, LEVEL_0, LEVEL_1 } from '../../describe/writer';

/** A describe writer that keeps the text as written. */
class UnalignedWriter extends DescribeWriter {
  private text = '';

  override write(level: number, text: string): void {
    this.text += '  '.repeat(level) + text;
  }

  override writeLine(...values: string[]): void {
    this.text += `${values.join(' ')}\n`;
  }

  override flush(): string {
    return this.text;
  }
}

/**
 * DescribePodTemplate. Its titles carry their indent ("  Labels") with no initial indent, so the
 * continuation lines of labels and tolerations start with a bare tab — invisible behind a tabwriter,
 * but part of the raw text (hence not describe's own helper, which indents them).
 */
function describeTemplate(w: DescribeWriter, template: PodTemplateSpec | undefined): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const spec = template.spec;
  printLabels(w, '  Labels', template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) printAnnotations(w, '  Annotations', template.metadata?.annotations);
  if (spec?.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec?.initContainers ?? []).length > 0) describeContainers(w, 'Init Containers', spec?.initContainers, undefined, undefined, '  ');
  describeContainers(w, 'Containers', spec?.containers, undefined, undefined, '  ');
  describeVolumes(w, spec?.volumes, '  ');
  describeSpreadConstraints(w, spec?.topologySpreadConstraints);
  if (spec?.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabels(w, '  Node-Selectors', spec?.nodeSelector);
  printTolerations(w, '  Tolerations', spec?.tolerations);
}

/** describeTopologySpreadConstraints (nothing when there are none), sorted by topology key. */
function describeSpreadConstraints(w: DescribeWriter, constraints: readonly TopologySpreadConstraint[] | undefined): void {
  const sorted = [...(constraints ?? [])].sort((a, b) => (a.topologyKey < b.topologyKey ? -1 : a.topologyKey > b.topologyKey ? 1 : 0));
  if (sorted.length === 0) return;
  w.write(LEVEL_0, '  Topology Spread Constraints:\t');
  sorted.forEach((c, i) => {
    if (i !== 0) w.write(LEVEL_0, '  \t');
    const selector = c.labelSelector ? ` for selector ${formatLabelSelector(c.labelSelector)}` : '';
    w.write(LEVEL_0, `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded${selector}\n`);
  });
}

export function printTemplate(template: PodTemplateSpec | undefined): string {
  const w = new UnalignedWriter();
  describeTemplate(w, template);
  return w.flush();
}
