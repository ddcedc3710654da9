// The text being edited and the cursor, as glyphs (see char-width.ts) so that every motion and deletion
// moves over whole characters. Word motions follow readline: Alt-B/F/D treat letters and digits as
// word characters, Ctrl-W (unix-word-rubout) treats everything but whitespace as part of a word.
import { splitGlyphs } from './char-width';

const isWordGlyph = (glyph: string | undefined): boolean => glyph !== undefined && /^[\p{L}\p{N}]/u.test(glyph);
const isSpaceGlyph = (glyph: string | undefined): boolean => glyph !== undefined && /^\s/.test(glyph);

export class LineBuffer {
  private items: string[] = [];
  private position = 0;

  get glyphs(): readonly string[] {
    return this.items;
  }

  /** Cursor as a glyph index, 0..glyphs.length. */
  get cursor(): number {
    return this.position;
  }

  get text(): string {
    return this.items.join('');
  }

  /** Cursor as a UTF-16 offset into `text` (what completion callbacks receive). */
  get offset(): number {
    return this.items.slice(0, this.position).join('').length;
  }

  get length(): number {
    return this.items.length;
  }

  /** Replaces the text; `offset` (UTF-16, default: the end) places the cursor. Returns the first glyph that changed. */
  set(text: string, offset = text.length): number {
    const previous = this.items;
    this.items = splitGlyphs(text);
    let changedFrom = 0;
    while (changedFrom < previous.length && previous[changedFrom] === this.items[changedFrom]) changedFrom++;
    let length = 0;
    let index = 0;
    while (index < this.items.length && length < offset) length += (this.items[index++] ?? '').length;
    this.position = index;
    return changedFrom;
  }

  moveTo(cursor: number): boolean {
    const target = Math.max(0, Math.min(this.items.length, cursor));
    const moved = target !== this.position;
    this.position = target;
    return moved;
  }

  /** Inserts at the cursor; returns the first glyph that changed. */
  insert(text: string): number {
    const offset = this.offset;
    return this.replace(offset, offset, text);
  }

  /** Replaces the UTF-16 range [from, to) and puts the cursor after the new text; returns the first glyph that changed. */
  replace(from: number, to: number, insertion: string): number {
    const text = this.text;
    return this.set(text.slice(0, from) + insertion + text.slice(to), from + insertion.length);
  }

  /** Removes glyphs [from, to) and puts the cursor at `from`; returns the removed text. */
  remove(from: number, to: number): string {
    const removed = this.items.splice(from, to - from).join('');
    this.position = from;
    return removed;
  }

  /** Start of the previous alphanumeric word (Alt-B). */
  wordStartBefore(): number {
    let at = this.position;
    while (at > 0 && !isWordGlyph(this.items[at - 1])) at--;
    while (at > 0 && isWordGlyph(this.items[at - 1])) at--;
    return at;
  }

  /** End of the next alphanumeric word (Alt-F). */
  wordEndAfter(): number {
    let at = this.position;
    while (at < this.items.length && !isWordGlyph(this.items[at])) at++;
    while (at < this.items.length && isWordGlyph(this.items[at])) at++;
    return at;
  }

  /** Start of the previous whitespace-delimited word (Ctrl-W). */
  bigWordStartBefore(): number {
    let at = this.position;
    while (at > 0 && isSpaceGlyph(this.items[at - 1])) at--;
    while (at > 0 && !isSpaceGlyph(this.items[at - 1])) at--;
    return at;
  }
}
