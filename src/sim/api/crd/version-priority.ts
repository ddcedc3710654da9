// Kubernetes' version ordering (apimachinery's CompareKubeAwareVersionStrings): GA before beta
// before alpha, higher numbers first, then anything else alphabetically. Discovery serves a CRD's
// served versions in this order and the first is the preferred one.

const KUBE_VERSION = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

interface Parsed {
  rank: number;
  major: number;
  minor: number;
}

function parse(v: string): Parsed | undefined {
  const m = KUBE_VERSION.exec(v);
  if (!m) return undefined;
  const rank = m[2] === undefined ? 0 : m[2] === 'beta' ? 1 : 2;
  return { rank, major: Number(m[1]), minor: m[3] === undefined ? 0 : Number(m[3]) };
}

/** Negative when `a` comes first. */
export function compareKubeVersions(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (pa && pb) return pa.rank - pb.rank || pb.major - pa.major || pb.minor - pa.minor;
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
