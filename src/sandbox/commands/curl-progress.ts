/**
 * curl's progress meter, which it writes to stderr when the body does not go to the terminal
 * (piped, or `-o FILE`) and `-s` is not given: the two header lines, the first zero update, and
 * the final figures after a carriage return, as a terminal receives them.
 */

const HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** curl's max5data: a byte count or speed in at most five characters (`  615`, ` 300k`, `12.3M`). */
export function max5(bytes: number): string {
  const KB = 1024;
  const MB = 1024 * KB;
  if (bytes < 100000) return String(bytes).padStart(5);
  if (bytes < 10000 * KB) return `${String(Math.floor(bytes / KB)).padStart(4)}k`;
  if (bytes < 100 * MB) return `${String(Math.floor(bytes / MB)).padStart(2)}.${Math.floor((bytes % MB) / (MB / 10))}M`;
  return `${String(Math.floor(bytes / MB)).padStart(4)}M`;
}

function line(percent: number, bytes: number, speed: number): string {
  const p = String(percent).padStart(3);
  return `${p} ${max5(bytes)}  ${p} ${max5(bytes)}    0     0  ${max5(speed)}      0 --:--:-- --:--:-- --:--:-- ${max5(speed)}`;
}

/** The meter for a transfer of `bytes` that took `elapsedMs` (0 bytes: the failed-transfer form). */
export function progressMeter(bytes: number, elapsedMs: number): string {
  const zero = line(0, 0, 0);
  if (bytes === 0) return `${HEADER}\r${zero}\n`;
  const speed = Math.floor((bytes * 1000) / Math.max(1, elapsedMs));
  return `${HEADER}\r${zero}\r${line(100, bytes, speed)}\n`;
}
