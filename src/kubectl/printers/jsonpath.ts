// `kubectl -o jsonpath=…` (cli-runtime JSONPathPrinter over client-go JSONPath). Results of one
// action are joined by single spaces, maps and lists print as compact JSON, scalars as Go's fmt
// prints them, and nothing is added at the end (no newline). Failures are returned as values with
// kubectl's message text (what follows `error: ` on stderr).

import { formatGoFloat, formatGoNumber, goQuote, goSharpV } from './go-fmt';
import { GoFloat } from './jsonpath-compare';
import { JsonPathEvaluator } from './jsonpath-eval';
import { JsonPathSyntaxError, parseTemplate, type ListNode } from './jsonpath-parser';
import { toCompactJson, toJson } from './json';

export interface JsonPathProgram {
  /** The template as given, used in error messages. */
  readonly template: string;
  readonly root: ListNode;
}

export type ParseResult =
  | { ok: true; program: JsonPathProgram }
  /** `reason` is the parser's own text (`unclosed action`), `message` kubectl's full error text. */
  | { ok: false; reason: string; message: string };

export type ExecuteResult =
  | { ok: true; text: string }
  /** `reason` is the evaluator's text (`foo is not found`), `message` kubectl's full error text. */
  | { ok: false; reason: string; message: string };

export interface ExecuteOptions {
  /** `--allow-missing-template-keys` (default true, as for get): a missing field prints nothing. */
  allowMissingKeys?: boolean;
  /** `-o jsonpath-as-json`: every action's results as an indented JSON array. */
  outputJson?: boolean;
}

/** Parses a template; on failure the message is `error parsing jsonpath <template>, <reason>`. */
export function parseJsonPath(template: string): ParseResult {
  try {
    return { ok: true, program: { template, root: parseTemplate(template) } };
  } catch (e) {
    if (!(e instanceof JsonPathSyntaxError)) throw e;
    return { ok: false, reason: e.message, message: `error parsing jsonpath ${template}, ${e.message}` };
  }
}

/** The values each root node of the template selects (client-go FindResults). */
export function findJsonPathResults(
  program: JsonPathProgram,
  data: unknown,
  allowMissingKeys = true,
): { ok: true; results: unknown[][] } | { ok: false; reason: string } {
  const [results, err] = new JsonPathEvaluator(allowMissingKeys).findResults(program.root.nodes, data);
  return err === null ? { ok: true, results } : { ok: false, reason: err };
}

const isCollection = (v: unknown): boolean => typeof v === 'object' && v !== null && !(v instanceof GoFloat);

/** A selected value as Go's fmt.Fprint prints it (jsonpath evalToText). */
export function jsonPathText(v: unknown): string {
  if (v === undefined) return '<no value>';
  if (v === null) return 'null';
  if (v instanceof GoFloat) return formatGoFloat(v.value);
  if (typeof v === 'number') return formatGoNumber(v);
  if (isCollection(v)) return toCompactJson(v);
  return String(v);
}

const plainJson = (v: unknown): unknown => (v instanceof GoFloat ? v.value : v);

function printResults(results: unknown[], outputJson: boolean): string {
  if (outputJson) return toJson(results.map(plainJson));
  return results.map(jsonPathText).join(' ');
}

/** Runs a parsed template over `data` (a decoded object or List) and returns the printed text. */
export function executeJsonPath(program: JsonPathProgram, data: unknown, options: ExecuteOptions = {}): ExecuteResult {
  const found = findJsonPathResults(program, data, options.allowMissingKeys ?? true);
  if (!found.ok) {
    const details =
      `Error executing template: ${found.reason}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${program.template}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSharpV(data)}\n\n`;
    return {
      ok: false,
      reason: found.reason,
      message: `error executing jsonpath ${goQuote(program.template)}: ${details}\n`,
    };
  }
  return { ok: true, text: found.results.map((r) => printResults(r, options.outputJson ?? false)).join('') };
}
