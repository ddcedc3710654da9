/**
 * Remark plugin (astro.config.mjs): wraps every fenced code block of a lesson in the markup of
 * markup.ts, with a Copy button, and a Run button when the fence's meta has the word `run`:
 *
 *   ```bash run
 *   kubectl get pods
 *   ```
 *
 * It works on the Markdown tree, before syntax highlighting, because the fence's meta is lost once
 * Shiki has replaced the block; the wrapper is a plain node that mdast-util-to-hast turns into a
 * <div> (data.hName), so Shiki still finds its <pre><code> inside. Labels follow the lesson's
 * language, read from its path (content/lessons/<lang>/…).
 */
import { codeLabels, type CodeLabels } from './labels';
import { CODE_ACTIONS_CLASS, CODE_BLOCK_CLASS, COPY_BUTTON_CLASS, RUN_BUTTON_CLASS, commandOf } from './markup';

/** The few Markdown-tree shapes this plugin touches (mdast), without depending on its typings. */
interface MdNode {
  type: string;
  children?: MdNode[];
  lang?: string | null;
  meta?: string | null;
  value?: string;
  data?: Record<string, unknown>;
}

interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, string | string[]>;
  children: { type: 'text'; value: string }[];
}

const RUN_WORD = /(?:^|\s)run(?:\s|$)/;

function button(className: string, label: string): HastElement {
  return { type: 'element', tagName: 'button', properties: { type: 'button', className: [className] }, children: [{ type: 'text', value: label }] };
}

/** The block that replaces `code` in the tree. */
export function wrapCode(code: MdNode, labels: CodeLabels): MdNode {
  let runnable = RUN_WORD.test(code.meta ?? '');
  if (code.lang === 'run') {
    // ```run with no language: a shell command all the same.
    runnable = true;
    code.lang = 'bash';
  }
  const buttons = runnable ? [button(RUN_BUTTON_CLASS, labels.run)] : [];
  buttons.push(button(COPY_BUTTON_CLASS, labels.copy));
  const properties: Record<string, string | string[]> = { className: [CODE_BLOCK_CLASS] };
  if (runnable) properties['dataRunCommand'] = commandOf(code.value ?? '');
  return {
    type: 'kubedojoCodeBlock',
    data: { hName: 'div', hProperties: properties },
    children: [
      code,
      {
        type: 'kubedojoCodeActions',
        data: {
          hName: 'div',
          // Pagefind must not index the button labels as lesson text.
          hProperties: { className: [CODE_ACTIONS_CLASS], dataPagefindIgnore: '' },
          hChildren: buttons,
        },
        children: [],
      },
    ],
  };
}

function transform(node: MdNode, labels: CodeLabels): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.type === 'code') children[i] = wrapCode(child, labels);
    else transform(child, labels);
  }
}

/** The lesson's language from its file path: …/lessons/zh/… is Chinese. */
export function langOfFile(path: string | undefined): 'en' | 'zh' {
  return /[\\/]zh[\\/]/.test(path ?? '') ? 'zh' : 'en';
}

export default function remarkCodeBlocks() {
  return (tree: MdNode, file: { path?: string }) => {
    transform(tree, codeLabels(langOfFile(file.path)));
  };
}
