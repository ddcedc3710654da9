import { describe, expect, it } from 'vitest';
import { kindParam } from './params';

describe('kindParam', () => {
  it('accepts the names kubectl knows for built-in kinds, and a custom resource as plural.group', () => {
    for (const kind of ['pod', 'deploy', 'Deployment', 'crd', 'crontabs.stable.example.com']) expect(kindParam().safeParse(kind).success, kind).toBe(true);
  });

  it('refuses other words, and custom resources where only some built-in kinds apply', () => {
    const bad = kindParam().safeParse('crontab');
    expect(bad.success ? '' : bad.error.issues[0]?.message).toBe('unknown kind "crontab"');
    expect(kindParam(['deployment']).safeParse('crontabs.stable.example.com').success).toBe(false);
  });
});
