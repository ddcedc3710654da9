/**
 * The images a kubeadm cluster runs in kube-system: pause, etcd, the control-plane components,
 * kube-proxy, CoreDNS, flannel and metrics-server (versions of Kubernetes v1.35.0's kubeadm:
 * etcd 3.6.6-0, CoreDNS v1.13.1, pause 3.10.1). They are distroless: no shell for `kubectl exec`.
 * Log lines use klog / zap formats; their content is modelled (a few representative lines).
 */
import type { Family, Tool, ToolCall } from '../machine';
import { MiB, Timeline, flagValue } from '../programs/timeline';
import { httpDate, isoMicros, klogTime } from '../time-format';
import { hexFromKey } from '../hash';
import type { ContainerContext, HttpAnswer, HttpRequest, ImageInfo, ImageVariant, PortSpec } from '../types';
import { image, variant } from './build';

function klog(tl: Timeline, level: 'I' | 'W' | 'E', file: string, msg: string, pid = 1): void {
  tl.err(`${level}${klogTime(tl.now(), tl.micro())} ${String(pid).padStart(7)} ${file}] ${msg}`);
}

interface ComponentSpec {
  lines(tl: Timeline, c: ToolCall): void;
  ports(args: string[]): PortSpec[];
  cpuMilli: number;
  memoryMiB: number;
}

function component(spec: ComponentSpec): Tool {
  return (c) => {
    if (c.argv.includes('--version')) {
      c.out(`${(c.argv[0] ?? '').split('/').pop() ?? ''} version ${c.m.variant.version}\n`);
      return 0;
    }
    const tl = new Timeline(c);
    spec.lines(tl, c);
    for (const p of spec.ports(c.argv)) c.m.listen(p.port, p.protocol, 0);
    c.m.setUsage(spec.cpuMilli, spec.memoryMiB * MiB);
    c.m.forever();
    return 0;
  };
}

const tcp = (...ports: number[]): PortSpec[] => ports.map((port) => ({ port, protocol: 'TCP' }));

// ---- images ---------------------------------------------------------------------------------------

const K8S_VERSIONS = ['v1.33.7', 'v1.34.0', 'v1.34.1', 'v1.34.2', 'v1.34.3', 'v1.35.0', 'v1.35.1', 'v1.35.2'];

function kubeImage(name: string, sizeMB: number, os = 'distroless'): ImageInfo {
  const repo = `registry.k8s.io/${name}`;
  const variants = K8S_VERSIONS.map((tag) => variant(repo, {
    tag, version: tag.slice(1), os, sizeMB, entrypoint: [`/usr/local/bin/${name}`], released: tag.startsWith('v1.35') ? '2025-12-17' : '2025-08-27',
  }));
  return image(repo, 'kubernetes', variants, {});
}

function systemImages(): ImageInfo[] {
  const pauseRepo = 'registry.k8s.io/pause';
  const pause = image(pauseRepo, 'pause', ['3.9', '3.10', '3.10.1'].map((tag) => variant(pauseRepo, {
    tag, version: tag, os: 'scratch', sizeMB: 0.32, entrypoint: ['/pause'], released: '2025-05-01',
  })));
  const etcdRepo = 'registry.k8s.io/etcd';
  const etcd = image(etcdRepo, 'etcd', ['3.5.24-0', '3.6.4-0', '3.6.5-0', '3.6.6-0'].map((tag) => variant(etcdRepo, {
    tag, version: tag.replace(/-0$/, ''), os: 'distroless', sizeMB: tag.startsWith('3.5') ? 23.2 : 22.9, cmd: ['/usr/local/bin/etcd'], released: '2025-11-12',
  })));
  const corednsRepo = 'registry.k8s.io/coredns/coredns';
  const coredns = image(corednsRepo, 'coredns', ['v1.11.3', 'v1.12.0', 'v1.12.1', 'v1.13.1'].map((tag) => variant(corednsRepo, {
    tag, version: tag.slice(1), os: 'scratch', sizeMB: 21.8, entrypoint: ['/coredns'], ports: [53, { port: 53, protocol: 'UDP' }], released: '2025-10-08',
  })));
  const flannelRepo = 'docker.io/flannel/flannel';
  const flannel = image(flannelRepo, 'flannel', ['v0.26.7', 'v0.27.4'].map((tag) => variant(flannelRepo, {
    tag, version: tag.slice(1), os: 'alpine-3.22', sizeMB: 32.4, entrypoint: ['/opt/bin/flanneld'], released: '2025-10-01',
  })));
  const cniRepo = 'docker.io/flannel/flannel-cni-plugin';
  const cni = image(cniRepo, 'flannel-cni', ['v1.6.2-flannel1', 'v1.7.1-flannel1', 'v1.8.0-flannel1'].map((tag) => variant(cniRepo, {
    tag, version: tag.slice(1), os: 'alpine-3.22', sizeMB: 4.9, released: '2025-09-01',
  })));
  const msRepo = 'registry.k8s.io/metrics-server/metrics-server';
  const ms = image(msRepo, 'metrics-server', ['v0.7.2', 'v0.8.0'].map((tag) => variant(msRepo, {
    tag, version: tag.slice(1), os: 'distroless', sizeMB: 20.3, entrypoint: ['/metrics-server'], ports: [10250], released: '2025-07-22',
  })));
  return [
    pause, etcd, coredns, flannel, cni, ms,
    kubeImage('kube-apiserver', 29.8), kubeImage('kube-controller-manager', 27.1),
    kubeImage('kube-scheduler', 21.3), kubeImage('kube-proxy', 31.6),
  ];
}

// ---- programs -------------------------------------------------------------------------------------

const etcdServer = component({
  lines: (tl, c) => {
    const name = flagValue(c.argv, '--name') ?? c.m.ctx.nodeName ?? 'controlplane';
    const zap = (level: string, caller: string, msg: string, extra = ''): void => {
      tl.err(`{"level":"${level}","ts":"${isoMicros(tl.now(), tl.micro())}","caller":"${caller}","msg":"${msg}"${extra}}`);
    };
    tl.at(15);
    zap('info', 'etcdmain/etcd.go:64', 'Running: ', `,"args":${JSON.stringify(c.argv)}`);
    zap('info', 'embed/etcd.go:138', 'configuring peer listeners', `,"listen-peer-urls":["${flagValue(c.argv, '--listen-peer-urls') ?? 'https://127.0.0.1:2380'}"]`);
    zap('info', 'embed/etcd.go:146', 'configuring client listeners', `,"listen-client-urls":["${flagValue(c.argv, '--listen-client-urls') ?? 'https://127.0.0.1:2379'}"]`);
    tl.at(160);
    zap('info', 'etcdserver/server.go:839', 'starting etcd server', `,"local-member-id":"${hexFromKey(`${name}/member`, 16)}","local-server-version":"${c.m.variant.version}","cluster-version":"to_be_decided"`);
    tl.at(1120);
    zap('info', 'membership/cluster.go:587', 'set initial cluster version', `,"cluster-version":"3.6"`);
    zap('info', 'etcdserver/server.go:2118', 'published local member to cluster through raft', `,"local-member-attributes":"{Name:${name} ClientURLs:[https://${c.m.ctx.podIP ?? '192.168.1.10'}:2379]}"`);
    zap('info', 'embed/serve.go:210', 'serving client traffic securely', `,"traffic":"grpc+http","address":"127.0.0.1:2379"`);
  },
  ports: () => tcp(2379, 2380, 2381),
  cpuMilli: 17,
  memoryMiB: 58,
});

function kubeComponent(name: string, ports: (args: string[]) => PortSpec[], cpu: number, mem: number, extra: (tl: Timeline, c: ToolCall) => void): Tool {
  return component({
    lines: (tl, c) => {
      tl.at(20);
      klog(tl, 'I', 'flags.go:64', `FLAG: --v="0"`);
      tl.at(35);
      klog(tl, 'I', 'serving.go:386', 'Generated self-signed cert in-memory');
      extra(tl, c);
      tl.at(900);
      klog(tl, 'I', 'server.go:167', `"Starting ${name}" version="v${c.m.variant.version}"`);
    },
    ports,
    cpuMilli: cpu,
    memoryMiB: mem,
  });
}

const securePort = (dflt: number) => (args: string[]): PortSpec[] => tcp(Number(flagValue(args, '--secure-port') ?? String(dflt)));

const apiserver = kubeComponent('kube-apiserver', securePort(6443), 48, 312, (tl, c) => {
  klog(tl, 'I', 'options.go:238', `external host was not specified, using ${flagValue(c.argv, '--advertise-address') ?? c.m.ctx.podIP ?? '192.168.1.10'}`);
  tl.at(600);
  klog(tl, 'I', 'secure_serving.go:211', `Serving securely on [::]:${flagValue(c.argv, '--secure-port') ?? '6443'}`);
});
const controllerManager = kubeComponent('kube-controller-manager', securePort(10257), 14, 56, (tl) => {
  tl.at(500);
  klog(tl, 'I', 'leaderelection.go:257', 'attempting to acquire leader lease kube-system/kube-controller-manager...');
});
const scheduler = kubeComponent('kube-scheduler', securePort(10259), 3, 24, (tl) => {
  tl.at(500);
  klog(tl, 'I', 'leaderelection.go:257', 'attempting to acquire leader lease kube-system/kube-scheduler...');
});
const proxy = kubeComponent('kube-proxy', () => tcp(10249, 10256), 1, 19, (tl, c) => {
  klog(tl, 'I', 'server_linux.go:63', '"Using iptables proxy"');
  klog(tl, 'I', 'server.go:698', `"Successfully retrieved node IP(s)" IPs=["${c.m.ctx.podIP ?? '192.168.1.11'}"]`);
  klog(tl, 'I', 'server_linux.go:132', '"Using iptables Proxier"');
});

const coredns = component({
  lines: (tl, c) => {
    tl.at(60);
    tl.out('maxprocs: Leaving GOMAXPROCS=2: CPU quota undefined');
    tl.at(410);
    tl.out('.:53');
    tl.out(`[INFO] plugin/reload: Running configuration SHA512 = ${hexFromKey('Corefile', 128)}`);
    tl.out(`CoreDNS-${c.m.variant.version}`);
    tl.out(`linux/amd64, go1.25.2, ${hexFromKey(`coredns-${c.m.variant.version}`, 7)}`);
  },
  ports: () => [{ port: 53, protocol: 'UDP' }, ...tcp(53, 9153, 8080, 8181)],
  cpuMilli: 2,
  memoryMiB: 14,
});

const flanneld = component({
  lines: (tl, c) => {
    tl.at(30);
    klog(tl, 'I', 'main.go:211', `CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network kubeSubnetMgr:true ipMasq:true ifaceRegex:[] subnetFile:/run/flannel/subnet.env}`);
    klog(tl, 'I', 'kube.go:139', 'Waiting 10m0s for node controller to sync');
    tl.at(1050);
    klog(tl, 'I', 'kube.go:469', `Starting kube subnet manager`);
    klog(tl, 'I', 'main.go:452', `Current network or subnet (10.244.0.0/16, ${c.m.ctx.podIP ? '10.244.1.0/24' : '10.244.0.0/24'}) is not equal to previous one (0.0.0.0/0, 0.0.0.0/0), trying to recycle old iptables rules`);
    klog(tl, 'I', 'main.go:356', 'Setting up masking rules');
    klog(tl, 'I', 'main.go:407', 'Wrote subnet file to /run/flannel/subnet.env');
    klog(tl, 'I', 'main.go:411', 'Running backend.');
    klog(tl, 'I', 'vxlan_network.go:65', 'watching for new subnet leases');
  },
  ports: () => [],
  cpuMilli: 4,
  memoryMiB: 16,
});

const metricsServer = component({
  lines: (tl) => {
    tl.at(40);
    klog(tl, 'I', 'serving.go:380', 'Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)');
    tl.at(700);
    klog(tl, 'I', 'handler.go:288', 'Adding GroupVersion metrics.k8s.io v1beta1 to ResourceManager');
    klog(tl, 'I', 'secure_serving.go:213', 'Serving securely on [::]:10250');
  },
  ports: (args) => tcp(Number(flagValue(args, '--secure-port') ?? '10250')),
  cpuMilli: 4,
  memoryMiB: 21,
});

const pauseProgram: Tool = (c) => {
  c.m.setUsage(0, 0.2 * MiB);
  c.m.forever();
  return 0;
};

// ---- HTTP (health endpoints the kubelet probes) ----------------------------------------------------

function text(status: number, body: string, req: HttpRequest, ctx: ContainerContext, type = 'text/plain; charset=utf-8'): HttpAnswer {
  return { status, headers: [['Content-Type', type], ['X-Content-Type-Options', 'nosniff'], ['Date', httpDate(req.nowMs ?? ctx.startedAt)], ['Content-Length', String(body.length)]], body };
}

function health(ports: number[], okBody = 'ok') {
  return (_v: ImageVariant, ctx: ContainerContext, req: HttpRequest): HttpAnswer | null => {
    if (req.port !== undefined && !ports.includes(req.port)) return null;
    const path = req.path.split('?')[0] ?? '/';
    if (['/livez', '/readyz', '/healthz', '/health', '/ready'].includes(path)) return text(200, okBody, req, ctx);
    return text(404, '404 page not found\n', req, ctx);
  };
}

const kubeBins: Record<string, Tool> = {
  '/usr/local/bin/kube-apiserver': apiserver,
  '/usr/local/bin/kube-controller-manager': controllerManager,
  '/usr/local/bin/kube-scheduler': scheduler,
  '/usr/local/bin/kube-proxy': proxy,
};

export const systemFamilies: Record<string, Family> = {
  pause: { bins: () => ({ '/pause': pauseProgram }) },
  etcd: {
    bins: () => ({ '/usr/local/bin/etcd': etcdServer, '/usr/local/bin/etcdctl': (c) => (c.out(`etcdctl version: ${c.m.variant.version}\nAPI version: 3.6\n`), 0), '/usr/local/bin/etcdutl': (c) => (c.out(`etcdutl version: ${c.m.variant.version}\nAPI version: 3.6\n`), 0) }),
    http: (v, ctx, req) => {
      if (req.port !== 2381 && req.port !== undefined) return null;
      if ((req.path.split('?')[0] ?? '') === '/health') return text(200, '{"health":"true","reason":""}', req, ctx);
      return health([2381])(v, ctx, req);
    },
  },
  kubernetes: {
    bins: () => kubeBins,
    http: (v, ctx, req) => health([6443, 10257, 10259, 10249, 10256])(v, ctx, req),
  },
  coredns: {
    bins: () => ({ '/coredns': coredns }),
    http: (v, ctx, req) => {
      if (req.port === 8080 || req.port === 8181) return text(200, 'OK', req, ctx);
      if (req.port === 9153) return text(200, '# HELP coredns_build_info A metric with a constant \'1\' value labeled by version, revision, and goversion from which CoreDNS was built.\n# TYPE coredns_build_info gauge\ncoredns_build_info{goversion="go1.25.2",revision="1db4568",version="' + v.version + '"} 1\n', req, ctx);
      return null;
    },
  },
  flannel: { bins: () => ({ '/opt/bin/flanneld': flanneld }), files: () => ({ '/flannel': '' }) },
  'flannel-cni': { bins: () => ({}), files: () => ({ '/flannel': '\u007fELF' }), dirs: () => ['/opt/cni/bin'] },
  'metrics-server': { bins: () => ({ '/metrics-server': metricsServer }), http: (v, ctx, req) => health([10250, 4443])(v, ctx, req) },
};

export { systemImages };
