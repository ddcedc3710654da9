/**
 * `kubeadm certs check-expiration`: the certificates' and then the CAs' expiry, residual time
 * (apimachinery's ShortHumanDuration of whole seconds left, `<invalid>` once past) and whether the
 * CA is externally managed, in one Go tabwriter (minwidth 10, tabwidth 4, padding 3). A file
 * that is not there is `!MISSING!`, as on a worker.
 */
import { shortHumanDuration } from '../../../lib/duration';
import { TabWriter } from '../../../kubectl/printers/tabwriter';
import { CAS, CERTIFICATES, certificateExists, externallyManagedChecked, readCa, readCertificate } from './certs';
import { ADMIN_CONF, contactApiServer, exists, fail, parseFlags, type KubeadmContext } from './context';

export const CONFIG_FLAGS = {
  values: ['config', 'cert-dir', 'kubeconfig'],
  bools: [],
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's `Jan 02, 2006 15:04 MST` in UTC. */
export function expiryDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())}, ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

/** What getInternalCfg prints when the admin kubeconfig lets kubeadm read its config from the cluster (kube-system/kubeadm-config). */
export function configPreamble(ctx: KubeadmContext, kubeconfig: string, prefix: string): void {
  if (!exists(ctx, kubeconfig)) return;
  contactApiServer(ctx);
  ctx.out.out(`[${prefix}] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n`);
  // Without the ConfigMap (deleted), kubeadm carries on with its defaults.
  const found = ctx.svc.cluster.api.peek('configmaps', 'kube-system', 'kubeadm-config') !== undefined;
  ctx.out.out(found ? `[${prefix}] Use 'kubeadm init phase upload-config kubeadm --config your-config-file' to re-upload it.\n\n` : `[${prefix}] Error reading configuration from the Cluster. Falling back to default configuration\n\n`);
}

/** Validity left as kubeadm prints it: whole seconds, then ShortHumanDuration. */
function residual(notAfter: number, now: number): string {
  const seconds = Math.trunc((notAfter - now) / 1000);
  return shortHumanDuration(seconds * 1000);
}

export function checkExpiration(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, {
    values: [...CONFIG_FLAGS.values, 'output'],
    bools: ['allow-missing-template-keys', 'show-managed-fields'],
    shorthand: { o: 'output' },
  });
  if (!parsed) return;
  if (parsed.args.length > 0) return fail(ctx, `unknown command "${parsed.args[0]}" for "kubeadm certs check-expiration"`);
  const output = parsed.flags.get('output') ?? 'text';
  if (output !== 'text') return fail(ctx, `could not construct output printer: -o ${output} is not available in this simulator; the text table is`);
  if (parsed.flags.has('config') || parsed.flags.has('cert-dir')) return fail(ctx, '--config and --cert-dir are not available in this simulator');
  configPreamble(ctx, parsed.flags.get('kubeconfig') ?? ADMIN_CONF, 'check-expiration');

  const w = new TabWriter({
    minWidth: 10,
    tabWidth: 4,
    padding: 3,
    padChar: ' ',
  });
  // Everything is read before anything is printed, as kubeadm collects the expiration info first.
  const yesNo = (b: boolean) => (b ? 'yes' : 'no').padEnd(8);
  const rows: string[] = ['CERTIFICATE\tEXPIRES\tRESIDUAL TIME\tCERTIFICATE AUTHORITY\tEXTERNALLY MANAGED'];
  for (const h of CERTIFICATES) {
    if (!certificateExists(ctx, h)) {
      rows.push(`!MISSING! ${h.name}\t\t\t\t`);
      continue;
    }
    const external = externallyManagedChecked(ctx, h.ca);
    if (!external.ok) return fail(ctx, external.error);
    const cert = readCertificate(ctx, h);
    if (!cert.ok) return fail(ctx, cert.error);
    rows.push(`${h.name}\t${expiryDate(cert.value.notAfter)}\t${residual(cert.value.notAfter, ctx.now)}\t${h.ca.name}\t${yesNo(external.value)}`);
  }
  rows.push('', 'CERTIFICATE AUTHORITY\tEXPIRES\tRESIDUAL TIME\tEXTERNALLY MANAGED');
  for (const ca of CAS) {
    if (!exists(ctx, `/etc/kubernetes/pki/${ca.base}.crt`)) {
      rows.push(`!MISSING! ${ca.name}\t\t\t`);
      continue;
    }
    const external = externallyManagedChecked(ctx, ca);
    if (!external.ok) return fail(ctx, external.error);
    const cert = readCa(ctx, ca);
    if (!cert.ok) return fail(ctx, cert.error);
    rows.push(`${ca.name}\t${expiryDate(cert.value.notAfter)}\t${residual(cert.value.notAfter, ctx.now)}\t${yesNo(external.value)}`);
  }
  for (const row of rows) w.write(`${row}\n`);
  ctx.out.out(w.flush());
}
