// Values as a Go template sees the decoded object: JSON values (numbers are int64 when whole, as the
// unstructured decoder makes them, else float64), constants of the template (int or float64) and
// the "no value" of a missing map key.

import { formatGoFloat, goSprint, isGoInt } from '../go-fmt';

/** A template constant: `2` is an int, `2.0` and `1e6` are float64s. */
export type GoInt = { goInt: number };
export type GoFloat = { goFloat: number };

/** reflect's invalid Value: what a missing map key gives (printed `<no value>`). */
export const NO_VALUE: unique symbol = Symbol('no value');

export type GoValue = unknown;

export const isGoIntConst = (v: unknown): v is GoInt => typeof v === 'object' && v !== null && 'goInt' in v;
export const isGoFloatConst = (v: unknown): v is GoFloat => typeof v === 'object' && v !== null && 'goFloat' in v;
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !isGoIntConst(v) && !isGoFloatConst(v);

export type Kind = 'invalid' | 'nil' | 'bool' | 'int' | 'float' | 'string' | 'slice' | 'map';

export function kindOf(v: GoValue): Kind {
  if (v === NO_VALUE) return 'invalid';
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return isGoInt(v) ? 'int' : 'float';
  if (isGoIntConst(v)) return 'int';
  if (isGoFloatConst(v)) return 'float';
  if (Array.isArray(v)) return 'slice';
  return 'map';
}

/** The Go type name error messages give a value. */
export function typeName(v: GoValue): string {
  if (isGoIntConst(v)) return 'int';
  if (isGoFloatConst(v)) return 'float64';
  if (typeof v === 'number') return isGoInt(v) ? 'int64' : 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  if (isRecord(v)) return 'map[string]interface {}';
  return 'interface {}';
}

export function numberOf(v: GoValue): number {
  if (isGoIntConst(v)) return v.goInt;
  if (isGoFloatConst(v)) return v.goFloat;
  return typeof v === 'number' ? v : NaN;
}

/** text/template's truth: false, 0, nil, empty strings, slices and maps are false. */
export function truth(v: GoValue): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'bool':
      return v as boolean;
    case 'int':
    case 'float':
      return numberOf(v) !== 0;
    case 'string':
      return (v as string) !== '';
    case 'slice':
      return (v as unknown[]).length > 0;
    case 'map':
      return Object.keys(v as object).length > 0;
  }
}

/** fmt.Sprint of one value, as an action prints it. */
export function sprint(v: GoValue): string {
  if (v === NO_VALUE) return '<no value>';
  if (isGoIntConst(v)) return String(v.goInt);
  if (isGoFloatConst(v)) return formatGoFloat(v.goFloat);
  return goSprint(v);
}
