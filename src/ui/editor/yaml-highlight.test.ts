import { describe, expect, it } from 'vitest';
import { highlightYaml, yamlTokens } from './yaml-highlight';

const kinds = (text: string) => yamlTokens(text).map((line) => line.map((t) => `${t.kind}:${t.text}`));

describe('YAML highlighting', () => {
  it('marks keys, scalars by type, comments, dashes and document markers', () => {
    expect(kinds('---\napiVersion: v1   # the version\nspec:\n  replicas: 3\n  paused: false\n  - name: "web # not a comment"\n  - image: nginx:1.27\nx: ~\n')).toEqual([
      ['punct:---'],
      ['key:apiVersion', 'punct::', 'plain: ', 'str:v1', 'plain:   ', 'com:# the version'],
      ['key:spec', 'punct::'],
      ['plain:  ', 'key:replicas', 'punct::', 'plain: ', 'num:3'],
      ['plain:  ', 'key:paused', 'punct::', 'plain: ', 'lit:false'],
      ['plain:  ', 'punct:-', 'plain: ', 'key:name', 'punct::', 'plain: ', 'str:"web # not a comment"'],
      ['plain:  ', 'punct:-', 'plain: ', 'key:image', 'punct::', 'plain: ', 'str:nginx:1.27'],
      ['key:x', 'punct::', 'plain: ', 'lit:~'],
      [],
    ]);
  });

  it('colours block scalar bodies as strings until the indentation ends', () => {
    expect(kinds('data:\n  script: |\n    echo a: b\n\n    # kept\n  other: 1')).toEqual([
      ['key:data', 'punct::'],
      ['plain:  ', 'key:script', 'punct::', 'plain: ', 'punct:|'],
      ['str:    echo a: b'],
      [],
      ['str:    # kept'],
      ['plain:  ', 'key:other', 'punct::', 'plain: ', 'num:1'],
    ]);
  });

  it('keeps comments, anchors and plain list items apart', () => {
    expect(kinds('# c\n- a\n- &x 1\nk: *x')).toEqual([
      ['com:# c'],
      ['punct:-', 'plain: ', 'str:a'],
      ['punct:-', 'plain: ', 'anchor:&x ', 'num:1'],
      ['key:k', 'punct::', 'plain: ', 'anchor:*x'],
    ]);
  });

  it('escapes HTML and draws the block cursor on a character or at an empty line', () => {
    expect(highlightYaml('a: <b>&\n\nc', 3)).toBe('<span class="k">a</span><span class="p">:</span> <span class="s"><span class="cur">&lt;</span>b&gt;&amp;</span>\n\n<span class="s">c</span>');
    expect(highlightYaml('a\n\nb', 2)).toBe('<span class="s">a</span>\n<span class="cur"> </span>\n<span class="s">b</span>');
    expect(highlightYaml('', 0)).toBe('<span class="cur"> </span>');
  });
});
