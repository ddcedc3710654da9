import { goQuote } from '../field-errors';
import { isObj, semanticEqual } from './util';

/**
 * An approximation of the go-cmp diff the API server appends to "pod updates may not change
 * fields other than …" (cmp.Diff(old.Spec, munged.Spec) on the internal core.PodSpec) and to the
 * PVC/PV "immutable after creation" errors. The real
 * output cannot be matched byte for byte (go-cmp randomly swaps spaces for U+00A0 to stop people
 * depending on it), so this keeps its shape: the struct, "... // N identical fields" for runs of
 * equal fields, and -/+ lines with Go-literal values for the fields that changed.
 */

/** Internal core.PodSpec fields in declaration order, with the JSON fields that feed each. */
const POD_SPEC_FIELDS: Array<[string, string[]]> = [
  ['Volumes', ['volumes']],
  ['InitContainers', ['initContainers']],
  ['Containers', ['containers']],
  ['EphemeralContainers', ['ephemeralContainers']],
  ['RestartPolicy', ['restartPolicy']],
  ['TerminationGracePeriodSeconds', ['terminationGracePeriodSeconds']],
  ['ActiveDeadlineSeconds', ['activeDeadlineSeconds']],
  ['DNSPolicy', ['dnsPolicy']],
  ['NodeSelector', ['nodeSelector']],
  ['ServiceAccountName', ['serviceAccountName']],
  ['AutomountServiceAccountToken', ['automountServiceAccountToken']],
  ['NodeName', ['nodeName']],
  ['SecurityContext', ['securityContext', 'hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'hostUsers']],
  ['ImagePullSecrets', ['imagePullSecrets']],
  ['Hostname', ['hostname']],
  ['Subdomain', ['subdomain']],
  ['SetHostnameAsFQDN', ['setHostnameAsFQDN']],
  ['Affinity', ['affinity']],
  ['SchedulerName', ['schedulerName']],
  ['Tolerations', ['tolerations']],
  ['HostAliases', ['hostAliases']],
  ['PriorityClassName', ['priorityClassName']],
  ['Priority', ['priority']],
  ['PreemptionPolicy', ['preemptionPolicy']],
  ['DNSConfig', ['dnsConfig']],
  ['ReadinessGates', ['readinessGates']],
  ['RuntimeClassName', ['runtimeClassName']],
  ['Overhead', ['overhead']],
  ['EnableServiceLinks', ['enableServiceLinks']],
  ['TopologySpreadConstraints', ['topologySpreadConstraints']],
  ['OS', ['os']],
  ['SchedulingGates', ['schedulingGates']],
  ['ResourceClaims', ['resourceClaims']],
  ['Resources', ['resources']],
];

/** Pointer fields print as `&value`. */
const POINTERS = new Set(['terminationGracePeriodSeconds', 'activeDeadlineSeconds', 'automountServiceAccountToken', 'priority', 'setHostnameAsFQDN', 'enableServiceLinks', 'runtimeClassName', 'preemptionPolicy']);

const goFieldName = (json: string): string => json.charAt(0).toUpperCase() + json.slice(1);

/** JSON fields that are Go maps: their keys print quoted, not as field names. */
const MAP_FIELDS = new Set(['labels', 'annotations', 'nodeSelector', 'limits', 'requests', 'matchLabels', 'overhead', 'capacity', 'data']);

/** A Go composite literal of a JSON value, the way cmp prints nested values (types elided). */
function goLiteral(v: unknown, isMap = false): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `{${v.map((x) => goLiteral(x)).join(', ')}}`;
  if (isObj(v)) {
    const entries = Object.entries(v);
    if (isMap) return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => `${goQuote(k)}: ${goLiteral(x)}`).join(', ')}}`;
    return `{${entries.map(([k, x]) => `${goFieldName(k)}: ${goLiteral(x, MAP_FIELDS.has(k))}`).join(', ')}}`;
  }
  return 'nil';
}

function fieldValue(spec: Record<string, unknown>, jsonFields: string[]): unknown {
  if (jsonFields.length === 1) {
    const [f] = jsonFields as [string];
    const v = spec[f];
    return POINTERS.has(f) && v !== undefined && v !== null ? `&${goLiteral(v)}` : goLiteral(v, MAP_FIELDS.has(f));
  }
  const parts = jsonFields.filter((f) => spec[f] !== undefined).map((f) => [f, spec[f]] as const);
  return parts.length === 0 ? 'nil' : `&{${parts.map(([f, x]) => `${goFieldName(f)}: ${goLiteral(x)}`).join(', ')}}`;
}

export function podSpecDiff(oldSpec: Record<string, unknown>, newSpec: Record<string, unknown>): string {
  return goStructDiff('core.PodSpec', POD_SPEC_FIELDS, oldSpec, newSpec);
}

/** The same diff for any internal struct, given its Go fields and the JSON fields behind each. */
export function goStructDiff(
  typeName: string,
  fields: Array<[string, string[]]>,
  oldSpec: Record<string, unknown>,
  newSpec: Record<string, unknown>,
): string {
  const lines = [`  ${typeName}{`];
  let same = 0;
  const flush = (): void => {
    if (same > 0) lines.push(`  \t... // ${same} identical field${same === 1 ? '' : 's'}`);
    same = 0;
  };
  for (const [goName, jsonFields] of fields) {
    if (jsonFields.every((f) => semanticEqual(oldSpec[f], newSpec[f]))) {
      same++;
      continue;
    }
    flush();
    lines.push(`- \t${goName}: ${fieldValue(oldSpec, jsonFields)},`);
    lines.push(`+ \t${goName}: ${fieldValue(newSpec, jsonFields)},`);
  }
  flush();
  lines.push('  }');
  return `${lines.join('\n')}\n`;
}
