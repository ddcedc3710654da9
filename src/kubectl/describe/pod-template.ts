// DescribePodTemplate: the `Pod Template:` block shared by the workload describers.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { describeContainers } from './containers';
import { printAnnotations, printLabels, printTolerations } from './format';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, type DescribeWriter } from './writer';

export function describePodTemplate(w: DescribeWriter, template: PodTemplateSpec | undefined): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const spec = template.spec;
  printLabels(w, 'Labels', template.metadata?.labels, '  ');
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) printAnnotations(w, '  Annotations', template.metadata?.annotations);
  if (spec?.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec?.initContainers ?? []).length > 0) describeContainers(w, 'Init Containers', spec?.initContainers, undefined, undefined, '  ');
  describeContainers(w, 'Containers', spec?.containers, undefined, undefined, '  ');
  describeVolumes(w, spec?.volumes, '  ');
  if (spec?.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabels(w, 'Node-Selectors', spec?.nodeSelector, '  ');
  printTolerations(w, 'Tolerations', spec?.tolerations, '  ');
}
