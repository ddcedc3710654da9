// Help screens in kubectl's layout (command groups, "Examples:", "Options:" entries as
// `    -A, --all-namespaces=false:` + a tab-indented description, "Usage:"), written in our own words.

import { formatGoDuration } from '../../lib/duration';
import type { CommandSpec } from './command';
import { defaultValue, type FlagSpec } from './flags';

export interface CommandGroup {
  readonly title: string;
  readonly commands: readonly string[];
}

const ROOT_INTRO = 'kubectl drives the simulated Kubernetes cluster of this sandbox.\n\n More about kubectl: https://kubernetes.io/docs/reference/kubectl/\n';
const OPTIONS_HINT = 'Run "kubectl options" to see the flags every command accepts.\n';

/** How help shows a flag's default: strings quoted, lists in brackets, durations Go-style. */
function shownDefault(spec: FlagSpec): string {
  if (spec.defaultText !== undefined) return spec.defaultText;
  const v = defaultValue(spec);
  if (spec.type === 'duration') return formatGoDuration(Number(v));
  if (spec.type === 'mapStringString') return (v as readonly string[]).join(',');
  if (Array.isArray(v)) return `[${(v as readonly string[]).join(',')}]`;
  if (spec.type === 'string') return `'${String(v)}'`;
  return String(v);
}

/** The "Options:" entries of a set of flags, sorted by name. */
export function renderFlagEntries(flags: readonly FlagSpec[]): string {
  return [...flags]
    .filter((f) => !f.hidden)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => {
      const names = f.shorthand ? `-${f.shorthand}, --${f.name}` : `--${f.name}`;
      const deprecated = f.deprecated ? ` (DEPRECATED: ${f.deprecated})` : '';
      return `    ${names}=${shownDefault(f)}:\n\t${f.usage}${deprecated}\n\n`;
    })
    .join('');
}

/** `kubectl` and `kubectl --help`. */
export function renderRootHelp(groups: readonly CommandGroup[], commands: readonly CommandSpec[]): string {
  const byName = new Map(commands.map((c) => [c.name, c]));
  const blocks = groups.map((g) => {
    const lines = g.commands
      .map((n) => byName.get(n))
      .filter((c): c is CommandSpec => c !== undefined && !c.hidden)
      .map((c) => `  ${c.name.padEnd(15)} ${c.short}`);
    return `${g.title}\n${lines.join('\n')}\n`;
  });
  return (
    `${ROOT_INTRO}\n${blocks.join('\n')}\n` +
    'Usage:\n  kubectl [flags] [options]\n\n' +
    'Run "kubectl <command> --help" to read about one command.\n' +
    OPTIONS_HINT
  );
}

/** `kubectl <command> --help`. */
export function renderCommandHelp(spec: CommandSpec, commandPath: string, ownFlags: readonly FlagSpec[]): string {
  let text = `${spec.long ?? spec.short}\n\n`;
  if (spec.aliases && spec.aliases.length > 0) text += `Aliases:\n${[spec.name, ...spec.aliases].join(', ')}\n\n`;
  if (spec.example) text += `Examples:\n${spec.example}\n\n`;
  const subs = (spec.subcommands ?? []).filter((c) => !c.hidden);
  if (subs.length > 0) {
    // cobra's NamePadding: the longest sibling name, at least 11, then three spaces.
    const pad = Math.max(11, ...subs.map((c) => c.name.length));
    text += `Available Commands:\n${subs.map((c) => `  ${c.name.padEnd(pad)}   ${c.short}\n`).join('')}\n`;
  }
  const visible = ownFlags.filter((f) => !f.hidden);
  if (visible.length > 0) text += `Options:\n${renderFlagEntries(visible)}`;
  text += `Usage:\n  ${commandPath} ${spec.use ?? '[options]'}\n\n`;
  if (subs.length > 0) text += `Run "${commandPath} <command> --help" to read about one of its commands.\n`;
  return text + OPTIONS_HINT;
}

/** `kubectl options`. */
export function renderGlobalOptions(globalFlags: readonly FlagSpec[]): string {
  return `These flags work with every kubectl command:\n\n${renderFlagEntries(globalFlags)}`;
}
