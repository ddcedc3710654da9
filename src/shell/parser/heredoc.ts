/**
 * Here-documents: `<<EOF` registers a body that starts on the line after the command line, so the
 * parser queues them and reads their bodies at the next newline it consumes.
 */
import type { Redirect, Word } from './ast';
import type { Cursor } from './cursor';

interface Pending {
  redirect: Redirect;
  delimiter: string;
  literal: boolean;
  stripTabs: boolean;
  line: number;
}

export class HeredocQueue {
  private pending: Pending[] = [];
  /** Set when the input ended inside a body: an interactive shell would read more lines. */
  openAtEof = false;
  readonly warnings: string[] = [];

  constructor(
    private readonly cur: Cursor,
    /** Line number of the input's first line, as the shell counts lines. */
    private readonly firstLine: number,
    /** Parses a body with expansions (a fresh cursor over the body text). */
    private readonly parseBody: (text: string) => Word,
  ) {}

  add(redirect: Redirect, delimiterWord: Word, stripTabs: boolean): void {
    let delimiter = '';
    let literal = false;
    for (const part of delimiterWord.parts) {
      if (part.kind === 'text') {
        delimiter += part.text;
        literal ||= part.quoted;
      } else if (part.kind === 'param') delimiter += `$${part.name}`;
      else if (part.kind === 'tilde') delimiter += `~${part.user}`;
    }
    const line = this.cur.lineAt(this.cur.pos) + this.firstLine - 1;
    this.pending.push({ redirect, delimiter, literal, stripTabs, line });
    redirect.heredoc = { delimiter, literal, body: { parts: [] } };
  }

  /** Called with the cursor just after a newline: reads each waiting body up to its delimiter line. */
  readBodies(): void {
    const cur = this.cur;
    for (const doc of this.pending) {
      let body = '';
      let closed = false;
      while (!cur.eof()) {
        const nl = cur.src.indexOf('\n', cur.pos);
        const end = nl < 0 ? cur.src.length : nl;
        let line = cur.src.slice(cur.pos, end);
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        cur.pos = nl < 0 ? end : end + 1;
        if (line === doc.delimiter) {
          closed = true;
          break;
        }
        body += `${line}\n`;
      }
      if (!closed) this.endedByEof(doc);
      if (doc.redirect.heredoc) {
        doc.redirect.heredoc.body = doc.literal ? { parts: [{ kind: 'text', text: body, quoted: true }] } : this.parseBody(body);
      }
    }
    this.pending = [];
  }

  /** The input ended: bodies never started are empty, as bash warns. */
  finishAtEof(): void {
    for (const doc of this.pending) this.endedByEof(doc);
    this.pending = [];
  }

  private endedByEof(doc: Pending): void {
    this.openAtEof = true;
    this.warnings.push(`warning: here-document at line ${doc.line} delimited by end-of-file (wanted \`${doc.delimiter}')`);
  }
}
