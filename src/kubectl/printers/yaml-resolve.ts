// Would a string, written as a plain (unquoted) YAML 1.1 scalar, read back as something other than a
// string? That is go-yaml v2's test for quoting on output (it resolves the text exactly as its
// decoder would), so `"1017"`, `"true"`, `"y"`, `"2026-11-24T11:43:56Z"`, `"1:20"` get quoted while
// `1G`, `nginx:1.27`, `80:30569/TCP` stay plain.

const BOOL_OR_NULL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);

/** First characters for which the decoder tries anything but a string (go-yaml's resolve table). */
const HINTED = /^[-+0-9yYnNtTfFoO~.]/;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) (signed) or ParseUint(s, 0, 64) (no sign) succeeds. */
function isGoInteger(s: string): boolean {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return false;
  const sign = m[1] ?? '';
  let body = m[2] ?? '0';
  // A bare leading zero means octal in Go's base-0 syntax.
  if (/^0[0-7]+$/.test(body)) body = `0o${body.slice(1)}`;
  const magnitude = BigInt(body);
  const value = sign === '-' ? -magnitude : magnitude;
  if (value >= INT64_MIN && value <= INT64_MAX) return true;
  return sign === '' && value <= UINT64_MAX;
}

/** Go's strconv.ParseFloat accepting the decimal forms go-yaml lets through (finite results only). */
function isGoFloat(s: string): boolean {
  if (!/^[-+]?(?:\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?)(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/.test(s)) {
    return false;
  }
  return Number.isFinite(Number(s.replace(/_/g, '')));
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Go's time.Parse with go-yaml's timestamp layouts: `2006-1-2T15:4:5.999999999Z07:00` (also with
 * a lower-case `t`), `2006-1-2 15:4:5.999999999` and `2006-1-2`. Fields after the year take one or
 * two digits; a fraction may follow the seconds after `.` or `,`.
 */
export function isYamlTimestamp(s: string): boolean {
  const date = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(.*)$/.exec(s);
  if (!date) return false;
  const [, y = '', mo = '', d = '', rest = ''] = date;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return false;
  const monthDays = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > monthDays) return false;
  if (rest === '') return true;
  const time = /^([Tt ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,][0-9]+)?(.*)$/.exec(rest);
  if (!time) return false;
  const [, sep = '', h = '', mi = '', sec = '', zone = ''] = time;
  if (Number(h) >= 24 || Number(mi) >= 60 || Number(sec) >= 60) return false;
  if (sep === ' ') return zone === '';
  if (zone === 'Z') return true;
  const offset = /^[-+]([0-9]{2}):([0-9]{2})$/.exec(zone);
  return offset !== null && Number(offset[1]) <= 24 && Number(offset[2]) <= 60;
}

/** True if go-yaml v2 would resolve the plain scalar `s` to a non-string (or base-60 float). */
export function resolvesToNonString(s: string): boolean {
  if (BOOL_OR_NULL.has(s)) return true;
  if (!HINTED.test(s)) return false;
  const first = s[0] ?? '';
  if (first === '.') return isGoFloat(s);
  if (!/[-+0-9]/.test(first)) return false; // y/n/t/f/o/~ words were covered by the table
  if (isYamlTimestamp(s)) return true;
  const plain = s.replace(/_/g, '');
  if (isGoInteger(plain)) return true;
  if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return true;
  return s.includes(':') && BASE60_FLOAT.test(s);
}
