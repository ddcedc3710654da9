// describe configmap (values shown), secret (only byte sizes) and serviceaccount (v1.35: image
// pull secrets only — no Mountable secrets / Tokens lines).

import type { ConfigMap, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim/api/object';
import { byteCompare } from '../tables/format';
import { getStored, type DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { printAnnotations, printLabels } from './format';
import { LEVEL_0, tabbed } from './writer';

/** Length in bytes of a base64 payload. */
function decodedLength(b64: string): number {
  const clean = b64.replace(/\s/g, '');
  const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - pad;
}

export function describeConfigMap(obj: KubeObject, ctx: DescribeContext): string {
  const cm = obj as unknown as ConfigMap;
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', cm.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', cm.metadata?.namespace ?? '');
    printLabels(w, 'Labels', cm.metadata?.labels);
    printAnnotations(w, 'Annotations', cm.metadata?.annotations);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of Object.keys(cm.data ?? {}).sort(byteCompare)) {
      w.write(LEVEL_0, `${k}:\n----\n`);
      w.write(LEVEL_0, `${cm.data?.[k] ?? ''}\n`);
      w.write(LEVEL_0, '\n');
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const k of Object.keys(cm.binaryData ?? {}).sort(byteCompare)) w.write(LEVEL_0, `${k}: ${decodedLength(cm.binaryData?.[k] ?? '')} bytes\n`);
    w.write(LEVEL_0, '\n');
    writeEvents(w, events, ctx.now);
  });
}

export function describeSecret(obj: KubeObject): string {
  const s = obj as unknown as Secret;
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', s.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', s.metadata?.namespace ?? '');
    printLabels(w, 'Labels', s.metadata?.labels);
    printAnnotations(w, 'Annotations', s.metadata?.annotations);
    w.write(LEVEL_0, `\nType:\t${s.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of Object.keys(s.data ?? {}).sort(byteCompare)) {
      const v = s.data?.[k] ?? '';
      // A service account token is the one value describe shows.
      if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${atobSafe(v)}\n`);
      else w.write(LEVEL_0, `${k}:\t${decodedLength(v)} bytes\n`);
    }
  });
}

/** Base64 to text (latin-1 is enough for a JWT). */
function atobSafe(b64: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const ch of b64.replace(/[\s=]/g, '')) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return '';
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

export function describeServiceAccount(obj: KubeObject, ctx: DescribeContext): string {
  const sa = obj as unknown as ServiceAccount;
  const ns = sa.metadata?.namespace;
  const events = searchEvents(ctx, queryFor(obj));
  const pulls = (sa.imagePullSecrets ?? []).map((r) => `${r.name ?? ''}${getStored(ctx, 'secrets', ns, r.name ?? '') ? '' : ' (not found)'}`);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', sa.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', ns ?? '');
    printLabels(w, 'Labels', sa.metadata?.labels);
    printAnnotations(w, 'Annotations', sa.metadata?.annotations);
    if (pulls.length === 0) w.write(LEVEL_0, 'Image pull secrets:\t<none>\n');
    pulls.forEach((p, i) => w.write(LEVEL_0, `${i === 0 ? 'Image pull secrets:' : '                   '}\t${p}\n`));
    writeEvents(w, events, ctx.now);
  });
}
