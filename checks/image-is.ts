/** imageIs: a workload (or pod) runs an image, in a named container or in any of them. */
import { z } from 'zod';
import { defineCheck } from '../src/grading';
import { kindParam, nameParam, namespaceParam } from './support/params';
import { normalizeImage, podSpecOf } from './support/workloads';
import { missingPhrase, objectRef } from './support/words';

const WITH_PODS = ['pod', 'deployment', 'replicaset', 'statefulset', 'daemonset', 'job', 'cronjob', 'replicationcontroller', 'podtemplate'];

export const imageIs = defineCheck({
  name: 'imageIs',
  description: 'Passes when the container (or, without container, any container) of the pod or workload template runs the image; nginx and docker.io/library/nginx:latest count as the same.',
  params: z
    .strictObject({
      kind: kindParam(WITH_PODS).default('deployment'),
      name: nameParam,
      namespace: namespaceParam,
      container: z.string().min(1).optional().describe('The container to look at; omitted: any container may run the image.').meta({ examples: ['nginx'] }),
      image: z.string().min(1).describe('The image expected, as written in a manifest.').meta({ examples: ['nginx:1.27'] }),
    })
    .describe('Which object (and container), and the image.'),
  run(view, { kind, name, namespace, container, image }) {
    const type = view.resourceType(kind);
    if (!type) return { pass: false, message: `unknown kind ${kind}` };
    const obj = view.get(kind, name, namespace);
    if (!obj) return { pass: false, message: missingPhrase(view, type, kind, name, namespace), found: null };
    const ref = objectRef(type, name, namespace);
    const containers = podSpecOf(obj)?.containers ?? [];
    const found = containers.map((c) => ({ name: c.name, image: c.image ?? '' }));
    const want = normalizeImage(image);
    if (container !== undefined) {
      const c = containers.find((x) => x.name === container);
      if (!c) return { pass: false, message: `${ref} has no container named ${container} (containers: ${containers.map((x) => x.name).join(', ') || 'none'})`, found };
      if (normalizeImage(c.image ?? '') === want) return { pass: true, message: `container ${container} of ${ref} runs ${c.image}`, found };
      return { pass: false, message: `expected container ${container} of ${ref} to run ${image}, found ${c.image ?? 'no image'}`, found };
    }
    const match = containers.find((c) => normalizeImage(c.image ?? '') === want);
    if (match) return { pass: true, message: `${ref} runs ${match.image}`, found };
    const images = containers.length === 1 ? (containers[0]?.image ?? 'no image') : containers.map((c) => `${c.name}=${c.image ?? ''}`).join(', ');
    return { pass: false, message: `expected ${ref} to run ${image}, found ${images}`, found };
  },
});
