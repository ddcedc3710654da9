/**
 * The words of the code-block buttons and of what they announce. Small on purpose: the browser
 * script (code-actions.ts) ships it to every lesson page.
 */
export interface CodeLabels {
  copy: string;
  run: string;
  /** Shown on the Copy button for a moment, and announced, after a copy. */
  copied: string;
  copyFailed: string;
  noSandbox: string;
}

export const CODE_LABELS: Record<'en' | 'zh', CodeLabels> = {
  en: {
    copy: 'Copy',
    run: 'Run',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it by hand.',
    noSandbox: 'This page has no sandbox yet: copy the command and run it in a terminal of your own.',
  },
  zh: {
    copy: '复制',
    run: '运行',
    copied: '已复制',
    copyFailed: '无法复制：请选中文本后手动复制。',
    noSandbox: '本页还没有沙盒：请复制命令，在你自己的终端中运行。',
  },
};

/** Labels for a document whose <html lang> is `htmlLang` ("zh-CN" → Chinese, anything else → English). */
export function codeLabels(htmlLang: string): CodeLabels {
  return htmlLang.toLowerCase().startsWith('zh') ? CODE_LABELS.zh : CODE_LABELS.en;
}
