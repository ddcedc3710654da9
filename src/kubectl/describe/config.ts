// describe configmap (values shown), secret (only byte sizes) and serviceaccount (v1.35: image
// pull secrets only — no Mountable secrets / Tokens lines).

import type { ConfigMap, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import { decodeBase64 } from '../../lib/base64';
import type { KubeObject } from '../../sim/api/object';
import { byteCompare } from '../tables/format';
import { getStored, type DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { printNameNamespaceLabels } from './format';
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
    printNameNamespaceLabels(w, cm.metadata);
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
    printNameNamespaceLabels(w, s.metadata);
    w.write(LEVEL_0, `\nType:\t${s.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of Object.keys(s.data ?? {}).sort(byteCompare)) {
      const v = s.data?.[k] ?? '';
      // A service account token is the one value describe shows.
      if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${decodeBase64(v)}\n`);
      else w.write(LEVEL_0, `${k}:\t${decodedLength(v)} bytes\n`);
    }
  });
}

export function describeServiceAccount(obj: KubeObject, ctx: DescribeContext): string {
  const sa = obj as unknown as ServiceAccount;
  const ns = sa.metadata?.namespace;
  const events = searchEvents(ctx, queryFor(obj));
  const pulls = (sa.imagePullSecrets ?? []).map((r) => `${r.name ?? ''}${getStored(ctx, 'secrets', ns, r.name ?? '') ? '' : ' (not found)'}`);
  return tabbed((w) => {
    printNameNamespaceLabels(w, sa.metadata);
    if (pulls.length === 0) w.write(LEVEL_0, 'Image pull secrets:\t<none>\n');
    pulls.forEach((p, i) => w.write(LEVEL_0, `${i === 0 ? 'Image pull secrets:' : '                   '}\t${p}\n`));
    writeEvents(w, events, ctx.now);
  });
}
