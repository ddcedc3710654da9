import { describe, expect, it } from 'vitest';
import { blockMarkdown, escapeHtml, inlineMarkdown } from './markdown';

describe('inlineMarkdown', () => {
  it('renders code spans, strong, emphasis and links', () => {
    expect(inlineMarkdown('Run `kubectl get pods -o wide` **now**, *then* _wait_; see [docs](https://kubernetes.io/docs/).')).toBe(
      'Run <code>kubectl get pods -o wide</code> <strong>now</strong>, <em>then</em> <em>wait</em>; see <a href="https://kubernetes.io/docs/">docs</a>.',
    );
  });

  it('keeps Markdown characters inside code spans literal and escapes HTML everywhere', () => {
    expect(inlineMarkdown('`a*b*c` <script>alert("x")</script> `<b>` & snake_case_name')).toBe(
      '<code>a*b*c</code> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <code>&lt;b&gt;</code> &amp; snake_case_name',
    );
  });

  it('leaves links that could run script as text', () => {
    expect(inlineMarkdown('[click](javascript:alert(1))')).toBe('[click](javascript:alert(1))');
  });

  it('leaves a lone star or an unclosed backtick as text', () => {
    expect(inlineMarkdown('5 * 3 = 15, and a ` alone')).toBe('5 * 3 = 15, and a ` alone');
  });
});

describe('blockMarkdown', () => {
  it('makes a paragraph of each block and joins wrapped lines', () => {
    expect(blockMarkdown('First line\nwraps here.\n\nSecond `para`.\n')).toBe('<p>First line wraps here.</p><p>Second <code>para</code>.</p>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
