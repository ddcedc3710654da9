/**
 * Markdown texts of labs and quizzes (descriptions, hints, questions, explanations) as HTML, at
 * build time, by the same Markdown engine Astro renders the lessons with (@astrojs/markdown-remark, which Astro itself depends on), so
 * code spans, lists and fenced code look as they do in the lesson text.
 */
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { SHIKI_THEMES } from '../code/shiki';

let processor: Promise<MarkdownProcessor> | undefined;

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'g');

/**
 * A line break inside a Chinese paragraph joins without a space (Markdown turns it into one, which
 * shows as a gap between characters); everywhere else the text is left alone.
 */
export function joinCjkLines(text: string): string {
  return text.replace(CJK_BREAK, '$1');
}

/** Markdown → HTML (block: paragraphs, lists, code). */
export async function markdownHtml(text: string): Promise<string> {
  processor ??= createMarkdownProcessor({ shikiConfig: { themes: SHIKI_THEMES, defaultColor: false } });
  const rendered = await (await processor).render(joinCjkLines(text));
  return rendered.code;
}

/** One-line Markdown → inline HTML (a title: `code` and emphasis, no paragraph around it). */
export async function inlineHtml(text: string): Promise<string> {
  const html = (await markdownHtml(text)).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}
