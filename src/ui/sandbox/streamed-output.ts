/**
 * A running command's output on its way to the terminal. Chunks arrive as the command writes
 * them; whole lines go out at once (the terminal prints them above where the next prompt will be),
 * an unfinished last line waits for the rest or for the end of the command.
 */
export class StreamedOutput {
  private pending = '';

  constructor(private readonly writeLines: (text: string) => void) {}

  push(text: string): void {
    const all = this.pending + text;
    const end = all.lastIndexOf('\n');
    if (end < 0) {
      this.pending = all;
      return;
    }
    this.pending = all.slice(end + 1);
    this.writeLines(all.slice(0, end + 1));
  }

  /** The command ended: what is left of its last line. */
  finish(): string {
    const rest = this.pending;
    this.pending = '';
    return rest;
  }
}
