// Every template of __golden__/templates.txt over `kubectl create deployment web --image=nginx
// --replicas=2 --dry-run=client`: the outputs, errors and exit codes in create-deployment.txt were
// captured from the real kubectl v1.35.2 (client-side, no server needed) and must match byte for byte.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../../index';
import { goldenCluster } from '../../testing/golden-state';

const read = (name: string): string => readFileSync(new URL(`./__golden__/${name}`, import.meta.url), 'utf8');

describe('kubectl -o go-template', () => {
  it('prints what the real kubectl prints for each template, errors included', () => {
    const cluster = goldenCluster();
    let out = '';
    for (const t of read('templates.txt').split('\n').slice(0, -1)) {
      const r = kubectl(['create', 'deployment', 'web', '--image=nginx', '--replicas=2', '--dry-run=client', '-o', `go-template=${t}`], { cluster });
      out += `### ${t}\n${r.stdout}${r.stderr ? `--- stderr\n${r.stderr}` : ''}--- exit ${r.exitCode}\n`;
    }
    expect(out).toBe(read('create-deployment.txt'));
  });
});
