// Executes a parsed Go template over a decoded object, as text/template does, with its error texts
// (`template: output:1:11: executing "output" at <.a.b>: …`). Output written before an error is kept.

import { compareGoStrings } from '../go-fmt';
import { callFunction, FuncError } from './funcs';
import type { Command, ControlNode, Node, Operand, Parsed, Pipeline } from './parse';
import { isRecord, kindOf, NO_VALUE, sprint, truth, type GoValue } from './values';

export class ExecError extends Error {
  constructor(
    message: string,
    readonly partial: string,
  ) {
    super(message);
  }
}

class Failure extends Error {
  constructor(
    readonly pos: number,
    readonly node: string,
    readonly why: string,
  ) {
    super(why);
  }
}

class LoopControl {
  constructor(readonly kind: 'break' | 'continue') {}
}

interface Vars {
  names: string[];
  values: GoValue[];
}

const MAX_OUTPUT = 8 * 1024 * 1024;

export function executeTemplate(src: string, parsed: Parsed, data: GoValue): string {
  const state = { out: '', src };
  const vars: Vars = { names: ['$'], values: [data] };
  try {
    walk(parsed, parsed.root, data, vars, state);
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    const before = src.slice(0, e.pos);
    const line = before.split('\n').length;
    const col = e.pos - before.lastIndexOf('\n') - 1;
    throw new ExecError(`template: output:${line}:${col}: executing "output" at <${e.node}>: ${e.why}`, state.out);
  }
  return state.out;
}

function walk(parsed: Parsed, nodes: Node[], dot: GoValue, vars: Vars, state: { out: string }): void {
  for (const node of nodes) {
    switch (node.k) {
      case 'text':
        state.out += node.text;
        break;
      case 'action': {
        const v = pipeline(node.pipe, dot, vars);
        if (node.pipe.decl.length === 0) state.out += sprint(v);
        break;
      }
      case 'if':
      case 'with': {
        const mark = vars.names.length;
        const v = pipeline(node.pipe, dot, vars);
        if (truth(v)) walk(parsed, node.list, node.k === 'with' ? v : dot, vars, state);
        else if (node.elseList) walk(parsed, node.elseList, dot, vars, state);
        pop(vars, mark);
        break;
      }
      case 'range':
        range(parsed, node, dot, vars, state);
        break;
      case 'template': {
        const body = parsed.defines.get(node.name);
        if (!body) throw new Failure(node.pos, node.text, `template "${node.name}" not defined`);
        const arg = node.pipe ? pipeline(node.pipe, dot, vars) : null;
        walk(parsed, body, arg, { names: ['$'], values: [arg] }, state);
        break;
      }
      case 'break':
      case 'continue':
        throw new LoopControl(node.k);
    }
    if (state.out.length > MAX_OUTPUT) throw new Failure(0, '', 'output is too large');
  }
}

function range(parsed: Parsed, node: ControlNode, dot: GoValue, vars: Vars, state: { out: string }): void {
  const mark = vars.names.length;
  const decl = node.pipe.decl;
  const v = pipeline({ ...node.pipe, decl: [] }, dot, vars);
  let entries: [GoValue, GoValue][];
  if (Array.isArray(v)) entries = v.map((x, i) => [{ goInt: i }, x]);
  else if (isRecord(v)) entries = Object.keys(v).sort(compareGoStrings).map((k) => [k, v[k]]);
  else if (kindOf(v) === 'int') entries = Array.from({ length: Math.max(0, Number(sprint(v))) }, (_, i) => [{ goInt: i }, { goInt: i }]);
  else if (v === null || v === NO_VALUE) entries = [];
  else throw new Failure(node.pipe.pos, node.pipe.text, `range can't iterate over ${sprint(v)}`);
  if (entries.length === 0) {
    if (node.elseList) walk(parsed, node.elseList, dot, vars, state);
    pop(vars, mark);
    return;
  }
  for (const [key, elem] of entries) {
    const inner = vars.names.length;
    if (decl.length === 1) push(vars, decl[0] as string, elem);
    else if (decl.length === 2) {
      push(vars, decl[0] as string, key);
      push(vars, decl[1] as string, elem);
    }
    try {
      walk(parsed, node.list, elem, vars, state);
    } catch (e) {
      if (!(e instanceof LoopControl)) throw e;
      pop(vars, inner);
      if (e.kind === 'break') break;
      continue;
    }
    pop(vars, inner);
  }
  pop(vars, mark);
}

function push(vars: Vars, name: string, value: GoValue): void {
  vars.names.push(name);
  vars.values.push(value);
}

function pop(vars: Vars, mark: number): void {
  vars.names.length = mark;
  vars.values.length = mark;
}

function lookup(vars: Vars, name: string): GoValue {
  for (let i = vars.names.length - 1; i >= 0; i--) if (vars.names[i] === name) return vars.values[i];
  return NO_VALUE;
}

function pipeline(pipe: Pipeline, dot: GoValue, vars: Vars): GoValue {
  let value: GoValue = NO_VALUE;
  let piped = false;
  for (const cmd of pipe.cmds) {
    value = command(cmd, dot, vars, piped ? value : NO_VALUE, piped);
    piped = true;
  }
  if (pipe.decl.length > 0) {
    const name = pipe.decl[0] as string;
    if (pipe.assign) {
      for (let i = vars.names.length - 1; i >= 0; i--) {
        if (vars.names[i] === name) {
          vars.values[i] = value;
          break;
        }
      }
    } else push(vars, name, value);
  }
  return value;
}

function command(cmd: Command, dot: GoValue, vars: Vars, final: GoValue, piped: boolean): GoValue {
  const [first, ...rest] = cmd.args as [Operand, ...Operand[]];
  if (first.k === 'ident') {
    const args = rest.map((a) => operand(a, dot, vars));
    if (piped) args.push(final);
    try {
      return callFunction(first.name, args);
    } catch (e) {
      if (!(e instanceof FuncError)) throw e;
      const why = e.message.startsWith('wrong number of args') ? e.message : `error calling ${first.name}: ${e.message}`;
      throw new Failure(cmd.pos, cmd.text, why);
    }
  }
  if (first.k === 'nil') throw new Failure(first.pos, 'nil', 'nil is not a command');
  if (rest.length > 0 || piped) {
    if (first.k === 'field' || first.k === 'var' || first.k === 'dot') {
      throw new Failure(first.pos, first.text, `can't give argument to non-function ${first.text}`);
    }
    throw new Failure(first.pos, first.text, `can't give argument to non-function ${first.text}`);
  }
  return operand(first, dot, vars);
}

function operand(op: Operand, dot: GoValue, vars: Vars): GoValue {
  switch (op.k) {
    case 'dot':
      return dot;
    case 'literal':
      return op.value;
    case 'nil':
      return null;
    case 'ident':
      return callFunctionAsValue(op);
    case 'pipe':
      return pipeline(op.pipe, dot, vars);
    case 'var':
      return fields(lookup(vars, op.name), op.names, op);
    case 'field':
      return fields(op.base ? operand(op.base, dot, vars) : dot, op.names, op);
  }
}

function callFunctionAsValue(op: Extract<Operand, { k: 'ident' }>): GoValue {
  try {
    return callFunction(op.name, []);
  } catch (e) {
    if (!(e instanceof FuncError)) throw e;
    throw new Failure(op.pos, op.text, e.message.startsWith('wrong number of args') ? e.message : `error calling ${op.name}: ${e.message}`);
  }
}

/** `.a.b` from a value: missing map keys give no value; a field of a nil or non-map value is an error. */
function fields(start: GoValue, names: string[], op: Operand): GoValue {
  let v = start;
  for (const name of names) {
    if (v === NO_VALUE) return NO_VALUE;
    if (isRecord(v)) {
      v = name in v ? v[name] : NO_VALUE;
      continue;
    }
    if (v === null || v === undefined) throw new Failure(op.pos, op.text, `nil pointer evaluating interface {}.${name}`);
    throw new Failure(op.pos, op.text, `can't evaluate field ${name} in type interface {}`);
  }
  return v;
}
