import { describe, expect, it } from 'vitest';
import { inlineHtml, joinCjkLines, markdownHtml } from './markdown';

describe('lab Markdown', () => {
  it('renders code spans and paragraphs', async () => {
    expect(await markdownHtml('Scale `web` to **4**.\n\nThen look.')).toBe('<p>Scale <code>web</code> to <strong>4</strong>.</p>\n<p>Then look.</p>');
  });

  it('renders a title inline, without its paragraph', async () => {
    expect(await inlineHtml('Scale it with `kubectl scale`')).toBe('Scale it with <code>kubectl scale</code>');
  });

  it('joins the lines of a Chinese paragraph without a gap, and leaves English alone', () => {
    expect(joinCjkLines('所有请求转发给\n  Service `shop`，每行一个，\n格式为')).toBe('所有请求转发给\n  Service `shop`，每行一个，格式为');
    expect(joinCjkLines('one\ntwo')).toBe('one\ntwo');
  });
});
