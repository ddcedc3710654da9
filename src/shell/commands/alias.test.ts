import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { singleQuote } from './alias';

describe('alias and unalias', () => {
  it('defines, lists sorted with quoting, expands, removes', () => {
    expect(output(['alias k=kubectl kgp="kubectl get pods"', 'alias', 'k get ns', 'kgp -A', 'unalias k', 'k; alias k'])).toBe(
      "alias k='kubectl'\nalias kgp='kubectl get pods'\nkubectl called with: get ns\nkubectl called with: get pods -A\nbash: k: command not found\nbash: alias: k: not found\n",
    );
  });

  it('quotes single quotes the bash way', () => {
    expect(singleQuote("it's")).toBe("'it'\\''s'");
  });
});
