/**
 * `ssh NODE` opens a login shell on another machine of the cluster (after the current line; `exit`
 * comes back); `ssh NODE CMD…` runs the command there and prints its output. Machines are known by
 * name and by InternalIP, as the nodes' /etc/hosts knows them; root's key is accepted everywhere.
 */
import type { Command, CommandResult } from '../../shell';
import type { SandboxServices } from './services';

const USAGE = [
  'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]',
  '           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]',
  '           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]',
  '           [-J destination] [-L address] [-l login_name] [-m mac_spec]',
  '           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]',
  '           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]',
  '           destination [command [argument ...]]',
  '',
].join('\n');

/** Options that take a value (OpenSSH's getopt string). */
const WITH_VALUE = new Set('BbcDEeFIiJLlmOoPpRSWw'.split(''));

const fail = (stderr: string): CommandResult => ({ stdout: '', stderr, exitCode: 255 });

export function sshCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      let login: string | undefined;
      let i = 0;
      for (; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (!arg.startsWith('-') || arg === '-') break;
        const letter = arg.charAt(1);
        if (WITH_VALUE.has(letter)) {
          const value = arg.length > 2 ? arg.slice(2) : args[++i];
          if (value === undefined) return fail(`option requires an argument -- ${letter}\n${USAGE}`);
          if (letter === 'l') login = value;
        }
      }
      const destination = args[i];
      if (destination === undefined) return fail(USAGE);
      const at = destination.lastIndexOf('@');
      const user = at >= 0 ? destination.slice(0, at) : login ?? 'root';
      const target = at >= 0 ? destination.slice(at + 1) : destination;
      const machine = svc.machines().find((m) => m.name === target.toLowerCase() || m.node.internalIP === target);
      if (!machine) {
        if (/^\d+\.\d+\.\d+\.\d+$/.test(target)) return fail(`ssh: connect to host ${target} port 22: Connection refused\n`);
        return fail(`ssh: Could not resolve hostname ${target.toLowerCase()}: Name or service not known\n`);
      }
      if (user !== 'root') return fail(`${user}@${target}: Permission denied (publickey).\n`);
      const command = args.slice(i + 1);
      if (command.length > 0) return svc.runRemote(machine, command.join(' '), io.stdin);
      svc.enterSsh(machine);
      return { stdout: '', stderr: '', exitCode: 0 };
    },
  };
}
