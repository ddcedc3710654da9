/** The two clocks of a journal line: journalctl's short prefix and klog's header inside the message. */
import { fnv32a } from '../../../lib/hash';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** `-o short`: `Nov 24 15:00:07` (the machines' zone is UTC). */
export function shortStamp(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/**
 * Microseconds within the millisecond (the virtual clock has none), drawn from the line itself so a
 * journal reads the same each time; lines are sorted by them too.
 */
export function subMillis(salt: string): number {
  return (fnv32a(salt) >>> 20) % 1000;
}

/**
 * Events keep whole seconds; their lines get a moment within that second, drawn from the event,
 * and never before the kubelet that wrote them had started up.
 */
export function withinSecond(second: number, salt: string, notBefore: number): number {
  const h = fnv32a(salt);
  return Math.max(second + (h % 1000), notBefore + ((h >>> 10) % 100));
}

/** klog's header: severity, mmdd, time with microseconds, the pid right-aligned in 7, file:line. */
export function klog(severity: 'I' | 'W' | 'E', ms: number, sub: number, pid: number, source: string, text: string): string {
  const d = new Date(ms);
  const us = String((ms % 1000) * 1000 + sub).padStart(6, '0');
  return `${severity}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${us} ${String(pid).padStart(7)} ${source}] ${text}`;
}

/** A klog structured value: Go's %q for strings. */
export function q(value: string): string {
  return JSON.stringify(value);
}
