/**
 * The one markup of a code block with its buttons, shared by the Markdown plugin (fenced blocks)
 * and the <Run> component, so code-actions.ts handles both alike:
 *
 *   <div class="code-block" data-run-command="…">      (the attribute only on runnable blocks)
 *     <pre class="astro-code">…</pre>
 *     <div class="code-actions" data-pagefind-ignore>
 *       <button type="button" class="code-run">Run</button>       (runnable blocks only)
 *       <button type="button" class="code-copy">Copy</button>
 *     </div>
 *   </div>
 */
export const CODE_BLOCK_CLASS = 'code-block';
export const CODE_ACTIONS_CLASS = 'code-actions';
export const COPY_BUTTON_CLASS = 'code-copy';
export const RUN_BUTTON_CLASS = 'code-run';
/** On the block: the exact command the Run button sends. */
export const RUN_COMMAND_ATTRIBUTE = 'data-run-command';

/** The command of a runnable block: its text without the final newline. */
export function commandOf(code: string): string {
  return code.replace(/\n+$/, '');
}
