// `kubectl -o go-template=…` (and --template, template, go-template-file): Go's text/template over
// the object as kubectl hands it over (decoded JSON), with kubectl's wording around the engine's
// errors: a parse error names the template; an execution error prints what was written so far and
// a debugging block on stdout, then fails.

import { goSprint } from '../go-fmt';
import { goQuote } from '../go-fmt';
import { toCompactJson } from '../json';
import { ExecError, executeTemplate } from './exec';
import { TemplateSyntaxError } from './lex';
import { parseTemplate, type Parsed } from './parse';

export interface GoTemplateProgram {
  readonly source: string;
  readonly parsed: Parsed;
}

export function parseGoTemplate(source: string): { ok: true; program: GoTemplateProgram } | { ok: false; message: string } {
  try {
    return { ok: true, program: { source, parsed: parseTemplate(source) } };
  } catch (e) {
    if (!(e instanceof TemplateSyntaxError)) throw e;
    return { ok: false, message: `error parsing template ${source}, ${e.message}` };
  }
}

/**
 * The printed text, or on failure the text to print anyway (partial output and the debugging
 * block) and kubectl's error. `structOrder`: the object is a generator's typed object, which
 * json.Marshal writes in Go struct order.
 */
export function executeGoTemplate(program: GoTemplateProgram, value: unknown, opts: { structOrder?: boolean } = {}): { ok: true; text: string } | { ok: false; text: string; message: string } {
  // The engine sees the object as JSON decodes it: no undefined fields.
  const data: unknown = JSON.parse(JSON.stringify(value));
  try {
    return { ok: true, text: executeTemplate(program.source, program.parsed, data) };
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    const debug =
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${program.source}\n` +
      `\traw data was:\n\t\t${toCompactJson(value, { sortKeys: !opts.structOrder })}\n` +
      `\tobject given to template engine was:\n\t\t${goSprint(data)}\n\n`;
    return { ok: false, text: e.partial + debug, message: `error executing template ${goQuote(program.source)}: ${e.message}` };
  }
}
