/**
 * `crictl` (cri-tools v1.35) against the containerd of the machine it runs on: `ps`, `pods`,
 * `images`, `logs`, `inspect`, `version`. Everyone is root in the sandbox, so no sudo is needed.
 * It asks the runtime, not the kubelet, so it answers while the kubelet is stopped, and the
 * containers it lists keep running then, as on a real node.
 */
import { Output, type Command } from '../../../shell';
import type { KubeletComponent } from '../../../sim';
import type { SandboxServices } from '../services';
import { parseFlags } from './args';
import { fatal, type CrictlContext } from './context';
import { inspect, logs, ps } from './containers';
import { images } from './images';
import { pods } from './pods';

const USAGE = `crictl: the CRI client, asking this node's containerd.

In this simulator:
  crictl ps [-a] [-q] [--name REGEX] [--namespace REGEX] [--pod POD-ID] [--state STATE] [--no-trunc]
  crictl pods [-q] [--name REGEX] [--namespace REGEX] [--state ready|notready] [--no-trunc]
  crictl images [-q] [--digests] [--no-trunc] [IMAGE]
  crictl logs [--tail N] [-p] CONTAINER-ID
  crictl inspect CONTAINER-ID...
  crictl version

Container and pod ids may be shortened to any unique prefix.
`;

const NOT_SIMULATED = ['attach', 'create', 'exec', 'port-forward', 'rm', 'rmi', 'rmp', 'run', 'runp', 'start', 'stop', 'stopp', 'update', 'pull', 'stats', 'statsp', 'info', 'inspecti', 'inspectp', 'imagefsinfo', 'events', 'checkpoint', 'config', 'completion', 'metricsp', 'update-runtime-config'];

const GLOBAL = { 'runtime-endpoint': { short: 'r', value: true }, 'image-endpoint': { short: 'i', value: true }, timeout: { short: 't', value: true }, debug: { short: 'D' }, config: { short: 'c', value: true } };

export function crictlCommand(svc: SandboxServices): Command {
  return {
    execute(argv, io) {
      const out = new Output();
      const sub = subcommandAt(argv);
      const global = parseFlags(sub < 0 ? argv : argv.slice(0, sub), GLOBAL);
      if ('error' in global) {
        fatal({ out }, global.error);
        return out.result();
      }
      const [name, ...rest] = sub < 0 ? [] : argv.slice(sub);
      if (name === undefined || name === 'help' || rest.includes('--help') || rest.includes('-h') || argv.includes('--help') || argv.includes('-h')) {
        out.out(USAGE);
        return out.result();
      }
      if (name === '--version' || argv.includes('-v') || argv.includes('--version')) {
        out.out('crictl version v1.35.0\n');
        return out.result();
      }
      const machine = svc.machine(io.host.hostName);
      const kubelet = svc.cluster.component<KubeletComponent>('kubelet');
      const runtime = machine ? kubelet.runtime(machine.name) : undefined;
      if (!machine || !runtime) {
        fatal({ out }, 'validate service connection: validate CRI v1 runtime API for endpoint "unix:///run/containerd/containerd.sock": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory"');
        return out.result();
      }
      const ctx: CrictlContext = { out, now: svc.clock.now(), node: machine.name, kubelet, runtime };
      switch (name) {
        case 'ps':
          ps(rest, ctx);
          break;
        case 'pods':
          pods(rest, ctx);
          break;
        case 'images':
        case 'image':
        case 'img':
          images(rest, ctx);
          break;
        case 'logs':
          logs(rest, ctx);
          break;
        case 'inspect':
          inspect(rest, ctx);
          break;
        case 'version':
          out.out('Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  v2.0.0\nRuntimeApiVersion:  v1\n');
          break;
        default:
          if (NOT_SIMULATED.includes(name)) fatal(ctx, `crictl ${name} is not available in this simulator; try crictl ps, pods, images, logs or inspect`);
          else out.fail(`No help topic for '${name}'`, 3);
      }
      return out.result();
    },
  };
}

/** Where the subcommand is: after the global flags and the values of those that take one. */
function subcommandAt(argv: readonly string[]): number {
  const takesValue = new Set(Object.entries(GLOBAL).flatMap(([name, f]) => ('value' in f ? [`--${name}`, `-${f.short}`] : [])));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('-')) return i;
    if (takesValue.has(a)) i++;
  }
  return -1;
}
