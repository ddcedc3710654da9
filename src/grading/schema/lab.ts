/**
 * The lab file (`content/labs/<id>.yaml`): a starting cluster and the graded tasks on it. Check
 * params are only known to be a mapping here; load.ts validates them against the named check's
 * own schema (the checks library lives in checks/, above this layer).
 */
import { z } from 'zod';
import { tryParseQuantity } from '../../lib/quantity';
import { localizedText, slugId } from './text';

const memory = z
  .string()
  .superRefine((value, ctx) => {
    if (!tryParseQuantity(value).ok) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a memory quantity`, params: { fix: 'write a quantity such as 4Gi or 2048Mi' } });
  })
  .describe('Memory of each worker as a Kubernetes quantity.')
  .meta({ examples: ['4Gi'] });

export const clusterSchema = z
  .strictObject({
    seed: z.int().nonnegative().default(1).describe('Seed of the simulated cluster: the same seed and commands always give the same cluster (names, IPs, ages).').meta({ examples: [1] }),
    version: z
      .string()
      .superRefine((value, ctx) => {
        if (!/^v1\.\d+\.\d+$/.test(value)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a Kubernetes version`, params: { fix: 'write version: v1.35.0' } });
      })
      .default('v1.35.0')
      .describe('Kubernetes version of the control plane and kubelets.')
      .meta({ examples: ['v1.35.0'] }),
    workers: z.int().min(0).max(10).default(2).describe('Number of worker nodes (node01, node02, ...) beside the control plane.').meta({ examples: [2] }),
    workerSize: z
      .strictObject({
        cpu: z.int().positive().describe('CPU cores of each worker.').meta({ examples: [2] }),
        memory,
      })
      .optional()
      .describe('Size of each worker node; default 2 CPUs and about 4Gi of memory.')
      .meta({ examples: [{ cpu: 2, memory: '4Gi' }] }),
  })
  .prefault({})
  .describe('The simulated cluster the lab starts on: nodes, version and seed.');

export const manifestSchema = z
  .strictObject({
    file: z.string().min(1).optional().describe('A YAML file under content/labs/<lab id>/, created with kubectl create -f.').meta({ examples: ['broken-pod.yaml'] }),
    yaml: z.string().min(1).optional().describe('Inline YAML (one or more documents separated by ---), created with kubectl create -f.').meta({ examples: ['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n'] }),
  })
  .superRefine((m, ctx) => {
    const given = Number(m.file !== undefined) + Number(m.yaml !== undefined);
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: given === 0 ? 'a manifest needs a file or inline yaml' : 'a manifest has either a file or inline yaml, not both',
        params: { fix: 'write file: NAME.yaml (under content/labs/<lab id>/) or yaml: | followed by the YAML' },
      });
    }
  })
  .describe('Objects created before the student starts: a file or inline YAML.');

export const checkRefSchema = z
  .strictObject({
    check: z.string().min(1).describe('Name of a check from the checks library (checks/), e.g. deploymentAvailable.').meta({ examples: ['resourceExists'] }),
    params: z
      .record(z.string(), z.unknown())
      .default({})
      .describe("The check's parameters, as its own schema defines them.")
      .meta({ examples: [{ kind: 'pod', name: 'web' }] }),
    weight: z.number().positive().default(1).describe("Share of the task's points this check is worth, relative to the task's other checks.").meta({ examples: [1] }),
    guard: z
      .boolean()
      .default(false)
      .describe('The check may already pass before the task (it guards something the task must not break): verify does not require it to fail first.')
      .meta({ examples: [true] }),
  })
  .describe('One check of a task: a check from the library with its parameters.');

export const taskSchema = z
  .strictObject({
    id: slugId('task id', 'create-pod').describe('Id of the task, unique in the lab (lower case, digits, dashes).'),
    title: localizedText.describe('Short title of the task.'),
    description: localizedText.describe('What the student must do (Markdown).').meta({ examples: [{ en: 'Run a pod named `web` from the image `nginx:1.27`.', zh: '用镜像 `nginx:1.27` 运行一个名为 `web` 的 Pod。' }] }),
    points: z.int().positive().describe('Points the task is worth; partial credit follows the weights of its checks.').meta({ examples: [3] }),
    checks: z.array(checkRefSchema).min(1).describe('The checks that must pass for the task to count as done.'),
    hints: z
      .array(localizedText.describe('One hint.').meta({ examples: [{ en: '`kubectl run --help` lists the flags.', zh: '`kubectl run --help` 会列出所有参数。' }] }))
      .default([])
      .describe('Hints shown one at a time, the gentlest first.'),
    solution: z
      .array(z.string().min(1).describe('One input as typed at the prompt (a command, or a command with its here-document).').meta({ examples: ['kubectl run web --image=nginx:1.27'] }))
      .min(1)
      .describe('The reference solution: shell lines run in order, each must exit with status 0.')
      .meta({ examples: [['kubectl run web --image=nginx:1.27']] }),
  })
  .describe('One graded task of the lab.');

export const labSchema = z
  .strictObject({
    id: slugId('lab id', 'pods').describe('Id of the lab; the same as its file name (content/labs/<id>.yaml).'),
    title: localizedText.describe('Title of the lab.').meta({ examples: [{ en: 'Pods', zh: 'Pod' }] }),
    description: localizedText.optional().describe('An introduction shown above the tasks (Markdown).'),
    cluster: clusterSchema,
    manifests: z.array(manifestSchema).default([]).describe('Objects created in order before the setup commands run.'),
    setup: z
      .array(z.string().min(1).describe('One input as typed at the prompt.').meta({ examples: ['kubectl create namespace shop'] }))
      .default([])
      .describe('Shell lines run after the manifests, before the student starts; each must exit with status 0.'),
    tasks: z.array(taskSchema).min(1).describe('The tasks, in the order the student does them.'),
  })
  .superRefine((lab, ctx) => {
    const seen = new Set<string>();
    lab.tasks.forEach((task, i) => {
      if (seen.has(task.id)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `task id ${JSON.stringify(task.id)} is used twice`, params: { fix: 'give every task its own id' } });
      seen.add(task.id);
    });
  })
  .describe('A lab: a starting cluster plus graded tasks.');

/** A lab as written, after validation and defaults (manifest files not read yet). */
export type LabSource = z.output<typeof labSchema>;
export type CheckRef = z.output<typeof checkRefSchema>;

/** A manifest with its text: inline YAML, or the content of its file. */
export interface LabManifest {
  /** Where it came from, for messages: `manifests[0]` or the file path. */
  source: string;
  yaml: string;
}

export type LabTask = z.output<typeof taskSchema>;
export type LabCluster = z.output<typeof clusterSchema>;

/** A loaded lab: validated, check params parsed by their checks, manifest files read. */
export interface Lab extends Omit<LabSource, 'manifests'> {
  manifests: LabManifest[];
}
