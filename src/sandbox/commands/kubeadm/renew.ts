/**
 * `kubeadm certs renew NAME|all`: each certificate re-issued by its CA from what the old one says
 * (subject, SANs, usages), with a new key — kubeadm's FileRenewer makes one, it does not reuse the
 * old — a new serial and a year from now; written back where it was (a kubeconfig keeps everything
 * but its embedded certificate and key). Keys and serials come from the cluster's seeded generator.
 */
import { encodeBase64 } from '../../../lib/base64';
import { pemEncode, pemFind } from '../../../lib/pki/pem';
import { decodePkcs1, decodePkcs8, encodePkcs1, generateRsaKey, type RsaPrivateKey } from '../../../lib/pki/rsa';
import { certificatePem } from '../../../lib/pki/x509';
import { int63Serial, renewCertificate } from '../../../sim/pki';
import { CERTIFICATES, PKI_DIR, certificateExists, externallyManaged, readCa, readCertificate, readKubeconfigUser, type CertHandler } from './certs';
import { CONFIG_FLAGS, configPreamble } from './check-expiration';
import { ADMIN_CONF, KUBERNETES_DIR, fail, parseFlags, readFile, writeFile, type KubeadmContext } from './context';

export function renew(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, { ...CONFIG_FLAGS, bools: [] });
  if (!parsed) return;
  const [name, ...extra] = parsed.args;
  if (name === undefined) return fail(ctx, 'missing subcommand; "renew" is not meant to be run on its own');
  const handler = CERTIFICATES.find((h) => h.name === name);
  if (name !== 'all' && !handler) return fail(ctx, `invalid subcommand: "${name}"`);
  if (extra.length > 0) return fail(ctx, `unknown command "${extra[0]}" for "kubeadm certs renew ${name}"`);
  if (parsed.flags.has('config') || parsed.flags.has('cert-dir')) return fail(ctx, '--config and --cert-dir are not available in this simulator');
  configPreamble(ctx, parsed.flags.get('kubeconfig') ?? ADMIN_CONF, 'renew');
  for (const h of handler ? [handler] : CERTIFICATES) {
    if (!renewOne(ctx, h)) return;
  }
  if (!handler) ctx.out.out('\nDone renewing certificates. You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.\n');
}

/** Renews one certificate; `quiet` for `kubeadm upgrade`, which says so in its own words. */
export function renewOne(ctx: KubeadmContext, h: CertHandler, quiet = false): boolean {
  if (!certificateExists(ctx, h)) {
    ctx.out.out(`MISSING! ${h.longName}\n`);
    return true;
  }
  if (externallyManaged(ctx, h.ca)) {
    ctx.out.out(`Detected external ${h.ca.base}, ${h.longName} can't be renewed\n`);
    return true;
  }
  const old = readCertificate(ctx, h);
  if (!old.ok) {
    fail(ctx, old.error);
    return false;
  }
  const ca = readCa(ctx, h.ca);
  const caKey = ca.ok ? readKey(ctx, `${PKI_DIR}/${h.ca.base}.key`) : undefined;
  if (!ca.ok || !caKey) {
    fail(ctx, `failure loading ${h.ca.base} certificate authority: couldn't load the certificate file ${PKI_DIR}/${h.ca.base}.crt`);
    return false;
  }
  const random = ctx.svc.cluster.random;
  const key = generateRsaKey(random, 2048);
  const cert = renewCertificate({
    old: old.value,
    ca: ca.value,
    key,
    serial: int63Serial(random),
    now: ctx.now,
  });
  const certText = certificatePem(cert);
  const keyText = pemEncode('RSA PRIVATE KEY', encodePkcs1(key));
  if ('pki' in h.file) {
    writeFile(ctx, `${PKI_DIR}/${h.file.pki}.crt`, certText, 0o644);
    writeFile(ctx, `${PKI_DIR}/${h.file.pki}.key`, keyText, 0o600);
  } else {
    const path = `${KUBERNETES_DIR}/${h.file.kubeconfig}`;
    const user = readKubeconfigUser(ctx, path);
    if (!user.ok) {
      fail(ctx, user.error);
      return false;
    }
    const { text, certData, keyData } = user.value;
    let next = text.split(certData).join(encodeBase64(certText));
    if (keyData !== '') next = next.split(keyData).join(encodeBase64(keyText));
    writeFile(ctx, path, next, 0o600);
  }
  if (!quiet) ctx.out.out(`${h.longName} renewed\n`);
  return true;
}

function readKey(ctx: KubeadmContext, path: string): RsaPrivateKey | undefined {
  const file = readFile(ctx, path);
  if ('error' in file) return undefined;
  const pkcs1 = pemFind(file.text, 'RSA PRIVATE KEY');
  const pkcs8 = pemFind(file.text, 'PRIVATE KEY');
  try {
    return pkcs1 ? decodePkcs1(pkcs1.der) : pkcs8 ? decodePkcs8(pkcs8.der) : undefined;
  } catch {
    return undefined;
  }
}
