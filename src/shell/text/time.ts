/** Calendar pieces for `date` and `ls -l`, always in UTC (the simulated hosts run in UTC). */

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function pad(value: number, width: number, fill = '0'): string {
  return String(value).padStart(width, fill);
}

/** `ls -l`'s time column: `Nov 24 15:04` within the last six months, else `Nov 24  2025`. */
export function lsTime(mtime: number, now: number): string {
  const d = new Date(mtime);
  const sixMonths = (365.2425 * 24 * 60 * 60 * 1000) / 2;
  const recent = mtime <= now && now - mtime < sixMonths;
  const head = `${MONTHS[d.getUTCMonth()] ?? ''} ${pad(d.getUTCDate(), 2, ' ')}`;
  return recent ? `${head} ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}` : `${head}  ${d.getUTCFullYear()}`;
}
