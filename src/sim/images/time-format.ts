/**
 * Date formatting for the texts programs print (all in UTC, as containers run without a TZ):
 * strftime for `date +FMT`, and the fixed formats of nginx, MySQL, PostgreSQL, Redis, klog, HTTP.
 */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const p2 = (n: number): string => String(n).padStart(2, '0');
const p3 = (n: number): string => String(n).padStart(3, '0');
const sp2 = (n: number): string => String(n).padStart(2, ' ');

/** The default output of `date` (GNU and BusyBox agree in the C locale): `Wed Jan 15 10:20:30 UTC 2025`. */
export const DEFAULT_DATE_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

/** The last text per format, by whole second: a process prints many lines within one second. */
const LAST = new Map<string, { second: number; text: string }>();

/** strftime subset used by `date +FORMAT`. Unknown conversions are printed as written. */
export function strftime(ms: number, format: string): string {
  // Only %N looks below the second.
  if (format.includes('%N')) return formatTime(ms, format);
  const second = Math.floor(ms / 1000);
  const last = LAST.get(format);
  if (last && last.second === second) return last.text;
  const text = formatTime(ms, format);
  if (LAST.size > 64) LAST.clear();
  LAST.set(format, { second, text });
  return text;
}

function formatTime(ms: number, format: string): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const wd = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, mo, day) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const k = format[++i];
    switch (k) {
      case 'a': out += (DAYS[wd] ?? '').slice(0, 3); break;
      case 'A': out += DAYS[wd] ?? ''; break;
      case 'b': case 'h': out += (MONTHS[mo] ?? '').slice(0, 3); break;
      case 'B': out += MONTHS[mo] ?? ''; break;
      case 'c': out += strftime(ms, '%a %b %e %H:%M:%S %Y'); break;
      case 'C': out += p2(Math.floor(Y / 100)); break;
      case 'd': out += p2(day); break;
      case 'D': out += strftime(ms, '%m/%d/%y'); break;
      case 'e': out += sp2(day); break;
      case 'F': out += `${Y}-${p2(mo + 1)}-${p2(day)}`; break;
      case 'H': out += p2(H); break;
      case 'I': out += p2(H % 12 === 0 ? 12 : H % 12); break;
      case 'j': out += p3(yday); break;
      case 'k': out += sp2(H); break;
      case 'l': out += sp2(H % 12 === 0 ? 12 : H % 12); break;
      case 'm': out += p2(mo + 1); break;
      case 'M': out += p2(M); break;
      case 'n': out += '\n'; break;
      case 'N': out += `${p3(d.getUTCMilliseconds())}000000`; break;
      case 'p': out += H < 12 ? 'AM' : 'PM'; break;
      case 'P': out += H < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime(ms, '%I:%M:%S %p'); break;
      case 'R': out += `${p2(H)}:${p2(M)}`; break;
      case 's': out += String(Math.floor(ms / 1000)); break;
      case 'S': out += p2(S); break;
      case 't': out += '\t'; break;
      case 'T': out += `${p2(H)}:${p2(M)}:${p2(S)}`; break;
      case 'u': out += String(wd === 0 ? 7 : wd); break;
      case 'w': out += String(wd); break;
      case 'y': out += p2(Y % 100); break;
      case 'Y': out += String(Y); break;
      case 'z': out += '+0000'; break;
      case 'Z': out += 'UTC'; break;
      case '%': out += '%'; break;
      default: out += `%${k ?? ''}`;
    }
  }
  return out;
}

export const NGINX_TIME_FORMAT = '%Y/%m/%d %H:%M:%S';

/** nginx error_log time: `2025/01/15 10:20:30`. */
export function nginxTime(ms: number): string {
  return strftime(ms, NGINX_TIME_FORMAT);
}

/** `date --rfc-3339=seconds`: `2025-01-15 10:20:30+00:00` (MySQL's entrypoint). */
export function rfc3339Seconds(ms: number): string {
  return strftime(ms, '%F %T+00:00');
}

/** ISO 8601 with microseconds and Z: `2025-01-15T10:20:30.123456Z` (mysqld's own log). */
export function isoMicros(ms: number, micros = 0): string {
  return `${strftime(ms, '%FT%T')}.${p3(((ms % 1000) + 1000) % 1000)}${p3(micros % 1000)}Z`;
}

/** ISO 8601 with milliseconds: `2025-01-15T10:20:30.123Z` (Go zap/etcd) or with offset. */
export function isoMillis(ms: number, zone: 'Z' | '+00:00' = 'Z'): string {
  return `${strftime(ms, '%FT%T')}.${p3(((ms % 1000) + 1000) % 1000)}${zone}`;
}

/** PostgreSQL log_line_prefix `%m`: `2025-01-15 10:20:30.123 UTC`. */
export function postgresTime(ms: number): string {
  return `${strftime(ms, '%F %T')}.${p3(((ms % 1000) + 1000) % 1000)} UTC`;
}

/** Redis log time: `15 Jan 2025 10:20:30.123`. */
export function redisTime(ms: number): string {
  return `${strftime(ms, '%d %b %Y %T')}.${p3(((ms % 1000) + 1000) % 1000)}`;
}

/** klog header time: `I0115 10:20:30.123456` without the severity letter: `0115 10:20:30.123456`. */
export function klogTime(ms: number, micros = 0): string {
  return `${strftime(ms, '%m%d %T')}.${p3(((ms % 1000) + 1000) % 1000)}${p3(micros % 1000)}`;
}

/** Apache error_log time: `Wed Jan 15 10:20:30.123456 2025`. */
export function apacheTime(ms: number, micros = 0): string {
  return `${strftime(ms, '%a %b %d %T')}.${p3(((ms % 1000) + 1000) % 1000)}${p3(micros % 1000)} ${strftime(ms, '%Y')}`;
}

/** HTTP Date header: `Wed, 15 Jan 2025 10:20:30 GMT`. */
export function httpDate(ms: number): string {
  return strftime(ms, '%a, %d %b %Y %T GMT');
}

/** Go's time.RFC3339Nano of a time in nanoseconds (trailing zeros of the fraction dropped). */
export function rfc3339Nano(ms: number, extraNanos: number): string {
  const base = strftime(Math.floor(ms / 1000) * 1000, '%FT%T');
  const frac = `${p3(((ms % 1000) + 1000) % 1000)}${String(extraNanos % 1000000).padStart(6, '0')}`.replace(/0+$/, '');
  return frac ? `${base}.${frac}Z` : `${base}Z`;
}
