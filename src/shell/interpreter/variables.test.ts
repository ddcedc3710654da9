import { describe, expect, it } from 'vitest';
import { Variables } from './variables';

describe('Variables', () => {
  it('keeps shell variables apart from the exported environment', () => {
    const vars = new Variables({ HOME: '/root' });
    vars.set('LOCAL', '1');
    vars.set('HOME', '/home', undefined);
    expect(vars.exported()).toEqual({ HOME: '/home' });
    vars.markExported('LOCAL');
    expect(vars.exported()).toEqual({ HOME: '/home', LOCAL: '1' });
    vars.unset('HOME');
    expect(vars.get('HOME')).toBeUndefined();
  });

  it('round-trips through JSON', () => {
    const vars = new Variables({ A: '1' });
    vars.set('B', '2');
    expect(Variables.fromJSON(JSON.parse(JSON.stringify(vars.toJSON()))).entries()).toEqual([
      ['A', '1', true],
      ['B', '2', false],
    ]);
  });
});
