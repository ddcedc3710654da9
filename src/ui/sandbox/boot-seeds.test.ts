import { describe, expect, it } from 'vitest';
import { seedsIn } from './boot-seeds';

describe('seedsIn', () => {
  it('finds seeds on <Sandbox> tags and in the frontmatter', () => {
    const text = [
      '---',
      'title: T',
      'sandbox:',
      '  seed: 42',
      '  lab: x',
      '---',
      '<Sandbox seed={7} height="20rem" />',
      '<Sandbox id="b" seed="9" />',
      '<Sandbox />',
      'seed={3} outside a tag',
    ].join('\n');
    expect(seedsIn(text).sort((a, b) => a - b)).toEqual([7, 9, 42]);
  });

  it('reads an inline frontmatter object', () => {
    expect(seedsIn('---\nsandbox: { seed: 5 }\n---\n')).toEqual([5]);
  });
});
