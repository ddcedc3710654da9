/**
 * apt's number formatting and the few facts of a machine its output mentions (the dpkg database
 * size, installed sizes that differ a little between releases), all derived from names so they
 * are the same every run.
 */
import { fnv32a } from '../../../lib/hash';
import { packageInfo } from '../../packages/catalog';

const withCommas = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** apt's SizeToStr: divide by 1000 while the figure has five digits; one decimal below 100. */
export function sizeToStr(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 10_000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = unit > 0 && value < 100 ? value.toFixed(1) : withCommas(value);
  return `${text} ${units[unit]}`;
}

/** The .deb's download size in bytes (a few kB apart between releases). */
export function debBytes(name: string, version: string): number {
  return ((packageInfo(name)?.debKb ?? 1000) * 1000) + (fnv32a(`deb:${name}=${version}`) % 90_000);
}

/** The unpacked size in kB. */
export function installedKb(name: string, version: string): number {
  return (packageInfo(name)?.installedKb ?? 1000) + (fnv32a(`size:${name}=${version}`) % 2400);
}

/** "(Reading database ... N files and directories currently installed.)" */
export function databaseSize(machine: string): number {
  return 68_000 + (fnv32a(`dpkg:${machine}`) % 4000);
}

/** apt's list layout: two-space indent, names wrapped before 80 columns. */
export function packageList(names: string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const n of names) {
    if (line.length + n.length + 1 > 79 && line.trim() !== '') {
      lines.push(line);
      line = ' ';
    }
    line += ` ${n}`;
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}
