// kubectl's describe PrefixWriter over a text/tabwriter (minwidth 0, tabwidth 8, padding 2): every
// line is written as `indent + text`, where the indent is two spaces per level and the text holds
// the '\t' that aligns a value column. The alignment itself is the tabwriter's business.

import { newDescribeTabWriter, type TabWriter } from '../printers/tabwriter';

/** Indent levels of describe output: 0, 2, 4, 6 and 8 spaces. */
export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

export class DescribeWriter {
  private readonly tw: TabWriter = newDescribeTabWriter();

  /** Writes `text` after the level's indent (text usually ends with '\n'). */
  write(level: number, text: string): void {
    this.tw.write('  '.repeat(level) + text);
  }

  /** `Key:\tvalue\n` at `level`. */
  line(level: number, key: string, value: string | number): void {
    this.write(level, `${key}:\t${value}\n`);
  }

  /** kubectl's WriteLine: the values separated by spaces and a line break, no indent. */
  writeLine(...values: string[]): void {
    this.tw.write(`${values.join(' ')}\n`);
  }

  /** Everything written so far, aligned. */
  flush(): string {
    return this.tw.flush();
  }
}

/** tabbedString: runs `fill` against a fresh writer and returns the aligned text. */
export function tabbed(fill: (w: DescribeWriter) => void): string {
  const w = new DescribeWriter();
  fill(w);
  return w.flush();
}
