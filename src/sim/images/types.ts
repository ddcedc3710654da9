/**
 * Data types of the image catalog and the container process model. Everything a plan holds is plain
 * JSON (plans go into cluster snapshots); functions appear only in inputs (`ContainerContext.net`).
 */

export type Protocol = 'TCP' | 'UDP';
export interface PortSpec {
  port: number;
  protocol: Protocol;
}

/** One tag's build of an image: what `docker inspect` would show plus the facts the programs print. */
export interface ImageVariant {
  /** The canonical tag of this build (aliases such as `latest` point here). */
  tag: string;
  /** The application's version (`1.27.5` for nginx:1.27). */
  version: string;
  /** Key into the OS table (`debian-12`, `alpine-3.21`, `busybox`, `distroless`, ...). */
  os: string;
  /** Compressed size, as the kubelet's "Pulled" event reports it. */
  sizeBytes: number;
  entrypoint: string[];
  cmd: string[];
  /** Image config Env, in order (PATH first, as in real images). */
  env: [string, string][];
  workingDir: string;
  /** Image config User ('' = root). */
  user: string;
  exposedPorts: PortSpec[];
  /** Release day of the application version (ISO date), used for Last-Modified and build lines. */
  released: string;
  /** Family-specific facts (compiler banner, module versions...). */
  facts: Record<string, string>;
}

export interface ImageInfo {
  /** Canonical repository name, e.g. `docker.io/library/nginx`. */
  repository: string;
  /** Behaviour key: which programs, files and HTTP answers the image has. */
  family: string;
  /** Every tag → the canonical tag of its variant. */
  tags: Record<string, string>;
  /** Canonical tag → build. */
  variants: Record<string, ImageVariant>;
}

export type ImageResolution =
  | {
      kind: 'found';
      image: ImageInfo;
      /** The tag as requested (`latest` when none); a digest reference gives its variant's canonical tag. A key of image.tags. */
      tag: string;
      /** `sha256:<64 hex>`: the manifest digest, shared by all tags of one variant. */
      digest: string;
      /** Normalised reference as containerd pulls it: `docker.io/library/nginx:1.27`. */
      fullRef: string;
      /** Container status imageID: `docker.io/library/nginx@sha256:…`. */
      imageId: string;
      sizeBytes: number;
      pullMs: number;
    }
  | {
      kind: 'notFound';
      /** containerd's message (kubelet 1.35 prints it after `Failed to pull image "…": `). */
      message: string;
      /** gRPC code of the CRI error: NotFound for a missing tag, Unknown for auth/network failures. */
      rpcCode: 'NotFound' | 'Unknown';
    }
  | {
      kind: 'invalid';
      /** The kubelet's InvalidImageName message. */
      message: string;
    };

/** Services the cluster offers to a container (DNS, HTTP to services). Optional; absent = no network. */
export interface ContainerNet {
  /** Resolve a host name with the pod's resolv.conf (search path applied): the name that answered and its addresses. */
  resolve?(host: string): { name: string; addresses: string[] } | null;
  /**
   * An HTTP GET from inside the pod to a host other than the pod itself (which the image answers).
   * Errors: `resolve` (no such host), `refused` (nothing listens), `timeout` (no route / dropped).
   */
  http?(url: string): HttpAnswer | { error: 'resolve' | 'refused' | 'timeout'; ip?: string };
}

export interface ContainerContext {
  image: ImageInfo;
  tag: string;
  /** spec command/args as written: planContainer expands `$(VAR)` against `env` itself (do not pre-expand). */
  command?: string[];
  args?: string[];
  /** The container's environment as the kubelet resolved it (spec env + service links), in order. */
  env: Record<string, string>;
  podName: string;
  namespace: string;
  containerName: string;
  /** Virtual wall-clock time (ms since epoch) the container started. */
  startedAt: number;
  restartCount: number;
  limits: { memoryBytes?: number; cpuMilli?: number };
  ports: PortSpec[];
  /** Pod hostname (defaults to podName). */
  hostname?: string;
  podIP?: string;
  nodeName?: string;
  /** CPUs of the node (nginx starts one worker per CPU). Default 2. */
  nodeCpus?: number;
  /** Node kernel release for banners. Default 6.8.0-45-generic. */
  kernel?: string;
  /** spec.containers[].stdin / tty: a shell with stdin open keeps running. */
  stdin?: boolean;
  tty?: boolean;
  /** Files mounted into the container (ConfigMap/Secret/volume content), absolute path → content. */
  mounts?: Record<string, string>;
  /** Mount points (directories or files) the container cannot write: ConfigMap, Secret, downward API and projected volumes, and `readOnly` mounts. */
  readOnly?: string[];
  /** Files written in the container's own layer since it started (its main process's, an exec's): absolute path → content. */
  files?: Record<string, string>;
  net?: ContainerNet;
}

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  /** Offset from the container start, ms. */
  atMs: number;
  stream: LogStream;
  text: string;
  /** A fragment without a trailing newline (CRI "P" entry): joined with what follows. */
  partial?: boolean;
}

/** A piece of a periodic line: literal text, a counter, or a date printed at the iteration's time. */
export type TemplatePart =
  | string
  | { counter: { start: number; step: number } }
  | { date: { format: string; offsetMs: number } };

export interface TemplateLine {
  offsetMs: number;
  stream: LogStream;
  parts: TemplatePart[];
  partial?: boolean;
}

/** Log lines repeated every `everyMs` from `startMs` (a loop in the container's command). */
export interface PeriodicLogs {
  startMs: number;
  everyMs: number;
  /** Number of iterations; absent = forever. */
  count?: number;
  lines: TemplateLine[];
}

export type ExitReason = 'Completed' | 'Error' | 'OOMKilled' | 'StartError';

export interface ProcessExit {
  atMs: number;
  code: number;
  reason: ExitReason;
  /** Terminated state message (StartError carries the runtime's text). */
  message?: string;
}

export interface UsageSpec {
  cpuMilli: number;
  memoryBytes: number;
  /** Memory that keeps growing (a leak), from the start. */
  growth?: { bytesPerSecond: number };
  /** Seed of the deterministic wobble (see usageAt). */
  seed: number;
}

export interface ProcessPlan {
  /** The argv the runtime started (entrypoint/cmd merged, $(VAR) expanded). */
  argv: string[];
  logs: LogLine[];
  periodic?: PeriodicLogs;
  exit?: ProcessExit;
  listens: PortSpec[];
  /** When the listening ports start accepting connections (ms after start). */
  readyAtMs: number;
  usage: UsageSpec;
  /** Files the process wrote (path → content) by the time it finished or settled into a loop. */
  files?: Record<string, string>;
  /** HTTP requests the process keeps making (load generators): url and rate. */
  outbound?: { url: string; perSecond: number }[];
  /**
   * The process asked the cluster's DNS or services while planned: the plan holds for the answers
   * it got then (re-plan when they change, e.g. an init container waiting for a Service).
   */
  usesNetwork?: boolean;
}

export interface HttpRequest {
  path: string;
  method: string;
  host: string;
  port?: number;
  /** Virtual time of the request (ms since epoch), for Date headers. */
  nowMs?: number;
}

export interface HttpAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

export type ExecResult =
  | { kind: 'ran'; stdout: string; stderr: string; exitCode: number; durationMs: number; files?: Map<string, string> }
  /** The command never ends on its own (tail -f, sleep infinity, a loop): output so far. */
  | { kind: 'forever'; stdout: string; stderr: string; files?: Map<string, string> }
  /** An interactive shell was asked for; run each line with execInImage(…, [shell, '-c', line]). */
  | { kind: 'shell'; shell: string; prompt: string }
  /** The runtime could not start the process. `kubectlMessage` is kubectl's whole stderr line (exit 1). */
  | { kind: 'startFailed'; message: string; kubectlMessage: string };
