// Filter comparisons of client-go's JSONPath, which reuses text/template's eq/ne/lt/le/gt/ge:
// operands must have the same basic kind (bool, int, float, string), so `replicas==3` works but
// `replicas=="3"` or `replicas==3.0` is an error, and only == / != accept booleans.

import { compareGoStrings } from './go-fmt';

/** A float literal from the template (`3.0`), kept apart from integers as Go keeps float64 apart from int. */
export class GoFloat {
  constructor(readonly value: number) {}
}

type Kind = 'bool' | 'int' | 'float' | 'string';

const ERR_BAD_TYPE = 'invalid type for comparison';
const ERR_INCOMPATIBLE = 'incompatible types for comparison';

function kindOf(v: unknown): Kind | null {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (v instanceof GoFloat) return 'float';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return null;
}

const numberOf = (v: unknown): number => (v instanceof GoFloat ? v.value : Number(v));

/** text/template's eq: [result, error]. */
function equal(a: unknown, b: unknown): [boolean, string | null] {
  const ka = kindOf(a);
  if (!ka) return [false, ERR_BAD_TYPE];
  const kb = kindOf(b);
  if (!kb) return [false, ERR_BAD_TYPE];
  if (ka !== kb) return [false, ERR_INCOMPATIBLE];
  if (ka === 'int' || ka === 'float') return [numberOf(a) === numberOf(b), null];
  return [a === b, null];
}

/** text/template's lt. */
function less(a: unknown, b: unknown): [boolean, string | null] {
  const ka = kindOf(a);
  if (!ka) return [false, ERR_BAD_TYPE];
  const kb = kindOf(b);
  if (!kb) return [false, ERR_BAD_TYPE];
  if (ka !== kb) return [false, ERR_INCOMPATIBLE];
  if (ka === 'bool') return [false, ERR_BAD_TYPE];
  if (ka === 'string') return [compareGoStrings(String(a), String(b)) < 0, null];
  return [numberOf(a) < numberOf(b), null];
}

export function compare(op: string, a: unknown, b: unknown): [boolean, string | null] {
  switch (op) {
    case '==':
      return equal(a, b);
    case '!=': {
      const [eq, err] = equal(a, b);
      return [!eq, err];
    }
    case '<':
      return less(a, b);
    case '>=': {
      const [lt, err] = less(a, b);
      return [!lt, err];
    }
    case '<=':
    case '>': {
      const [lt, err] = less(a, b);
      let le: [boolean, string | null] = [lt, err];
      if (!lt && !err) le = equal(a, b);
      if (op === '<=') return le;
      return le[1] ? [false, le[1]] : [!le[0], null];
    }
    default:
      return [false, `unrecognized filter operator ${op}`];
  }
}
