/** How crictl prints: its table writer settings, docker/go-units durations and sizes, 13-digit ids. */
import { TabWriter } from '../../../kubectl/printers/tabwriter';

/** crictl's newDefaultTableDisplay: minimum width 20, padding 3, spaces. */
export function table(rows: readonly (readonly string[])[]): string {
  const w = new TabWriter({ minWidth: 20, tabWidth: 1, padding: 3 });
  for (const row of rows) w.write(`${row.join('\t')}\n`);
  return w.flush();
}

export function truncateId(id: string, prefix = ''): string {
  const bare = id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return bare.slice(0, 13);
}

/** go-units HumanDuration (not apimachinery's): the words `crictl ps` puts before "ago". */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(Math.floor(ms / 3_600_000) / 24 / 365)} years`;
}

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** go-units HumanSizeWithPrecision(size, 3): decimal units, three significant digits (`22.2MB`). */
export function humanSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < DECIMAL.length - 1) {
    size /= 1000;
    i++;
  }
  return `${Number(size.toPrecision(3))}${DECIMAL[i]}`;
}
