import { describe, expect, it } from 'vitest';
import remarkCodeBlocks, { langOfFile } from './remark-code-blocks';

type Node = { type: string; children?: Node[]; lang?: string | null; meta?: string | null; value?: string; data?: unknown };

const code = (value: string, lang: string | null, meta: string | null = null): Node => ({ type: 'code', lang, meta, value });

function transform(children: Node[], path = '/site/content/lessons/en/intro/a.mdx'): Node {
  const tree: Node = { type: 'root', children };
  remarkCodeBlocks()(tree as never, { path });
  return tree;
}

const button = (className: string, label: string) => ({
  type: 'element',
  tagName: 'button',
  properties: { type: 'button', className: [className] },
  children: [{ type: 'text', value: label }],
});

const actions = (buttons: unknown[]) => ({
  type: 'kubedojoCodeActions',
  data: { hName: 'div', hProperties: { className: ['code-actions'], dataPagefindIgnore: '' }, hChildren: buttons },
  children: [],
});

describe('remarkCodeBlocks', () => {
  it('gives every fence a Copy button, and a Run button with its command to `run` fences', () => {
    const tree = transform([
      code('kubectl get pods\n', 'bash', 'run'),
      { type: 'blockquote', children: [code('a: 1', 'yaml')] },
    ]);
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'kubedojoCodeBlock',
          data: { hName: 'div', hProperties: { className: ['code-block'], dataRunCommand: 'kubectl get pods' } },
          children: [code('kubectl get pods\n', 'bash', 'run'), actions([button('code-run', 'Run'), button('code-copy', 'Copy')])],
        },
        {
          type: 'blockquote',
          children: [
            {
              type: 'kubedojoCodeBlock',
              data: { hName: 'div', hProperties: { className: ['code-block'] } },
              children: [code('a: 1', 'yaml'), actions([button('code-copy', 'Copy')])],
            },
          ],
        },
      ],
    });
  });

  it('reads `run` as a word of the meta, and a bare ```run fence as bash', () => {
    const [titled, runner, bare] = transform([
      code('kubectl get nodes', 'bash', 'title="x" run'),
      code('kubectl version', 'bash', 'runner'),
      code('kubectl get ns', 'run'),
    ]).children ?? [];
    expect((titled?.data as { hProperties: object }).hProperties).toEqual({ className: ['code-block'], dataRunCommand: 'kubectl get nodes' });
    expect((runner?.data as { hProperties: object }).hProperties).toEqual({ className: ['code-block'] });
    expect(bare?.children?.[0]).toEqual(code('kubectl get ns', 'bash'));
    expect((bare?.data as { hProperties: object }).hProperties).toEqual({ className: ['code-block'], dataRunCommand: 'kubectl get ns' });
  });

  it('labels the buttons in the lesson language', () => {
    const [block] = transform([code('ls', 'bash', 'run')], '/site/content/lessons/zh/intro/a.mdx').children ?? [];
    expect(block?.children?.[1]).toEqual(actions([button('code-run', '运行'), button('code-copy', '复制')]));
    expect([langOfFile('C:\\site\\content\\lessons\\zh\\a\\b.mdx'), langOfFile(undefined)]).toEqual(['zh', 'en']);
  });
});
