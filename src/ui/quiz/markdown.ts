/**
 * The little Markdown a quiz's texts use, as HTML, at build time: `code`, **strong**, *emphasis*,
 * [links](url) and paragraphs. Everything else is text: the input is escaped first, so an author
 * cannot inject markup, and a character Markdown would treat specially only matters in these forms.
 * (Prompts and options are one line; explanations may have paragraphs.)
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only links that cannot run script: http(s), site-relative paths and fragments. */
function safeHref(href: string): string | undefined {
  return /^(?:https?:\/\/|\/|#|\.\.?\/)/.test(href) ? href : undefined;
}

/** Emphasis, strong and links in text that holds no code span (already escaped). */
function inlineText(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '<em>$1</em>')
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) => {
      const safe = safeHref(href);
      return safe === undefined ? whole : `<a href="${safe}">${label}</a>`;
    });
}

/** One line (or paragraph) of Markdown as inline HTML. */
export function inlineMarkdown(source: string): string {
  // Code spans first, so that `*` or `_` inside them stays literal.
  const parts = source.split(/(`[^`]+`)/);
  return parts
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : inlineText(escapeHtml(part))))
    .join('');
}

/** A text of paragraphs (separated by blank lines) as <p> elements. */
export function blockMarkdown(source: string): string {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${inlineMarkdown(paragraph.trim().replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('');
}
