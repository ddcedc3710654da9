/**
 * Base operating systems of the catalog's images: /etc/os-release, which shell /bin/sh is, which
 * tools exist (a Debian slim image has no `ps`, BusyBox has no `bash`), and the top-level folders.
 * Texts of os-release are those the distributions ship; point releases are modelled.
 */

export type ShellFlavour = 'ash' | 'dash' | 'bash' | 'none';
export type ToolFlavour = 'busybox' | 'gnu' | 'none';

export interface OsInfo {
  key: string;
  osRelease?: string;
  /** What /bin/sh is. */
  sh: ShellFlavour;
  hasBash: boolean;
  tools: ToolFlavour;
  /** Absolute paths of the executables the base provides. */
  bins: string[];
  rootDirs: string[];
  /** Extra files (beyond /etc/os-release) a learner may cat. */
  files: Record<string, string>;
  /** /bin and /sbin are links into /usr (Debian 12+, Ubuntu). */
  mergedUsr: boolean;
}

const COREUTILS = [
  '[', 'arch', 'base64', 'basename', 'cat', 'chgrp', 'chmod', 'chown', 'cksum', 'comm', 'cp', 'cut', 'date',
  'dd', 'df', 'dirname', 'du', 'echo', 'env', 'expr', 'false', 'fold', 'head', 'id', 'install', 'join', 'link',
  'ln', 'ls', 'md5sum', 'mkdir', 'mkfifo', 'mktemp', 'mv', 'nice', 'nl', 'nohup', 'nproc', 'od', 'paste',
  'printenv', 'printf', 'pwd', 'readlink', 'realpath', 'rm', 'rmdir', 'seq', 'sha1sum', 'sha256sum', 'shuf',
  'sleep', 'sort', 'split', 'stat', 'stty', 'sync', 'tac', 'tail', 'tee', 'test', 'timeout', 'touch', 'tr',
  'true', 'truncate', 'tty', 'uname', 'uniq', 'unlink', 'wc', 'whoami', 'yes',
];
const GNU_EXTRA = ['grep', 'egrep', 'fgrep', 'sed', 'awk', 'find', 'xargs', 'tar', 'gzip', 'gunzip', 'zcat',
  'hostname', 'which', 'mount', 'umount', 'kill', 'more', 'su', 'login', 'getent', 'ldd', 'mawk', 'tempfile'];
const PROCPS = ['ps', 'top', 'free', 'pgrep', 'pkill', 'uptime', 'watch', 'vmstat'];

const BUSYBOX_APPLETS = [
  '[', '[[', 'addgroup', 'adduser', 'ar', 'arch', 'arp', 'ash', 'awk', 'base64', 'basename', 'bc', 'cal',
  'cat', 'chgrp', 'chmod', 'chown', 'chroot', 'clear', 'cmp', 'cp', 'crond', 'crontab', 'cut', 'date', 'dc',
  'dd', 'df', 'diff', 'dirname', 'dmesg', 'dnsdomainname', 'du', 'echo', 'ed', 'egrep', 'env', 'expand', 'expr',
  'false', 'fgrep', 'find', 'fold', 'free', 'fuser', 'getopt', 'grep', 'groups', 'gunzip', 'gzip', 'head',
  'hexdump', 'hostid', 'hostname', 'httpd', 'id', 'ifconfig', 'install', 'ip', 'ipcalc', 'kill', 'killall',
  'less', 'link', 'ln', 'logger', 'login', 'ls', 'lsof', 'md5sum', 'mkdir', 'mkfifo', 'mknod', 'mktemp',
  'more', 'mount', 'mv', 'nc', 'netstat', 'nice', 'nl', 'nohup', 'nproc', 'nslookup', 'od', 'passwd', 'paste',
  'patch', 'pgrep', 'pidof', 'ping', 'ping6', 'pkill', 'printenv', 'printf', 'ps', 'pstree', 'pwd', 'readlink',
  'realpath', 'renice', 'reset', 'rev', 'rm', 'rmdir', 'route', 'sed', 'seq', 'sh', 'sha1sum', 'sha256sum',
  'sha512sum', 'shuf', 'sleep', 'sort', 'split', 'stat', 'strings', 'stty', 'su', 'sync', 'sysctl', 'tac',
  'tail', 'tar', 'tee', 'telnet', 'test', 'time', 'timeout', 'top', 'touch', 'tr', 'traceroute', 'true',
  'truncate', 'tty', 'udhcpc', 'umount', 'uname', 'uniq', 'unzip', 'uptime', 'usleep', 'vi', 'watch', 'wc',
  'wget', 'which', 'whoami', 'xargs', 'yes', 'zcat',
];

const usrBins = (names: string[]): string[] => names.map((n) => `/usr/bin/${n}`);

const DEBIAN_ROOT = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root',
  'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];
const ALPINE_ROOT = ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin',
  'srv', 'sys', 'tmp', 'usr', 'var'];

function debianRelease(version: string, codename: string, full?: string): string {
  return [
    `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"`,
    'NAME="Debian GNU/Linux"',
    `VERSION_ID="${version}"`,
    `VERSION="${version} (${codename})"`,
    `VERSION_CODENAME=${codename}`,
    ...(full ? [`DEBIAN_VERSION_FULL=${full}`] : []),
    'ID=debian',
    'HOME_URL="https://www.debian.org/"',
    'SUPPORT_URL="https://www.debian.org/support"',
    'BUG_REPORT_URL="https://bugs.debian.org/"',
    '',
  ].join('\n');
}

function alpineRelease(versionId: string): string {
  const minor = versionId.split('.').slice(0, 2).join('.');
  return [
    'NAME="Alpine Linux"',
    'ID=alpine',
    `VERSION_ID=${versionId}`,
    `PRETTY_NAME="Alpine Linux v${minor}"`,
    'HOME_URL="https://alpinelinux.org/"',
    'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
    '',
  ].join('\n');
}

function debian(key: string, release: string, procps: boolean): OsInfo {
  return {
    key,
    osRelease: release,
    sh: 'dash',
    hasBash: true,
    tools: 'gnu',
    bins: usrBins(['sh', 'dash', 'bash', ...COREUTILS, ...GNU_EXTRA, ...(procps ? PROCPS : [])]),
    rootDirs: DEBIAN_ROOT,
    files: { '/etc/debian_version': `${key === 'debian-13' || key === 'debian-13-full' ? '13.2' : '12.12'}\n` },
    mergedUsr: true,
  };
}

function alpine(key: string, versionId: string): OsInfo {
  return {
    key,
    osRelease: alpineRelease(versionId),
    sh: 'ash',
    hasBash: false,
    tools: 'busybox',
    bins: [...BUSYBOX_APPLETS.map((n) => `/bin/${n}`), '/sbin/apk', '/bin/busybox'],
    rootDirs: ALPINE_ROOT,
    files: { '/etc/alpine-release': `${versionId}\n` },
    mergedUsr: false,
  };
}

const UBUNTU_RELEASE = [
  'PRETTY_NAME="Ubuntu 24.04.3 LTS"',
  'NAME="Ubuntu"',
  'VERSION_ID="24.04"',
  'VERSION="24.04.3 LTS (Noble Numbat)"',
  'VERSION_CODENAME=noble',
  'ID=ubuntu',
  'ID_LIKE=debian',
  'HOME_URL="https://www.ubuntu.com/"',
  'SUPPORT_URL="https://help.ubuntu.com/"',
  'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
  'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"',
  'UBUNTU_CODENAME=noble',
  'LOGO=ubuntu-logo',
  '',
].join('\n');

const ORACLE_RELEASE = [
  'NAME="Oracle Linux Server"',
  'VERSION="9.6"',
  'ID="ol"',
  'ID_LIKE="fedora"',
  'VARIANT="Server"',
  'VARIANT_ID="server"',
  'VERSION_ID="9.6"',
  'PLATFORM_ID="platform:el9"',
  'PRETTY_NAME="Oracle Linux Server 9.6"',
  'ANSI_COLOR="0;31"',
  'CPE_NAME="cpe:/o:oracle:linux:9:6:server"',
  'HOME_URL="https://linux.oracle.com/"',
  'BUG_REPORT_URL="https://github.com/oracle/oracle-linux"',
  '',
  'ORACLE_BUGZILLA_PRODUCT="Oracle Linux 9"',
  'ORACLE_BUGZILLA_PRODUCT_VERSION=9.6',
  'ORACLE_SUPPORT_PRODUCT="Oracle Linux"',
  'ORACLE_SUPPORT_PRODUCT_VERSION=9.6',
  '',
].join('\n');

const OS_LIST: OsInfo[] = [
  debian('debian-12', debianRelease('12', 'bookworm'), false),
  debian('debian-13', debianRelease('13', 'trixie', '13.2'), false),
  // The "full" Debian images (buildpack-deps: node, python, perl) carry procps, curl and wget.
  { ...debian('debian-11-full', debianRelease('11', 'bullseye'), true), files: { '/etc/debian_version': '11.3\n' } },
  { ...debian('debian-12-full', debianRelease('12', 'bookworm'), true) },
  { ...debian('debian-13-full', debianRelease('13', 'trixie', '13.2'), true) },
  alpine('alpine-3.19', '3.19.9'),
  alpine('alpine-3.20', '3.20.8'),
  alpine('alpine-3.21', '3.21.5'),
  alpine('alpine-3.22', '3.22.2'),
  alpine('alpine-3.23', '3.23.0'),
  {
    key: 'ubuntu-24.04',
    osRelease: UBUNTU_RELEASE,
    sh: 'dash',
    hasBash: true,
    tools: 'gnu',
    bins: usrBins(['sh', 'dash', 'bash', ...COREUTILS, ...GNU_EXTRA, ...PROCPS]),
    rootDirs: DEBIAN_ROOT,
    files: {},
    mergedUsr: true,
  },
  {
    key: 'oraclelinux-9',
    osRelease: ORACLE_RELEASE,
    sh: 'bash',
    hasBash: true,
    tools: 'gnu',
    bins: usrBins(['sh', 'bash', ...COREUTILS, 'grep', 'sed', 'find', 'xargs', 'tar', 'gzip', 'hostname', 'which']),
    rootDirs: ['afs', ...DEBIAN_ROOT.filter((d) => d !== 'boot'), 'boot'].sort(),
    files: { '/etc/oracle-release': 'Oracle Linux Server release 9.6\n' },
    mergedUsr: true,
  },
  {
    key: 'busybox',
    sh: 'ash',
    hasBash: false,
    tools: 'busybox',
    bins: BUSYBOX_APPLETS.map((n) => `/bin/${n}`).concat('/bin/busybox'),
    rootDirs: ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
    files: {},
    mergedUsr: false,
  },
  {
    // gcr.io/distroless/static (Kubernetes' own images): no shell, no tools, only the program.
    key: 'distroless',
    osRelease: [
      'PRETTY_NAME="Distroless"',
      'NAME="Debian GNU/Linux"',
      'ID="debian"',
      'VERSION_ID="12"',
      'VERSION="Debian GNU/Linux 12 (bookworm)"',
      'HOME_URL="https://github.com/GoogleContainerTools/distroless"',
      'SUPPORT_URL="https://github.com/GoogleContainerTools/distroless/blob/master/README.md"',
      'BUG_REPORT_URL="https://github.com/GoogleContainerTools/distroless/issues/new"',
      '',
    ].join('\n'),
    sh: 'none',
    hasBash: false,
    tools: 'none',
    bins: [],
    rootDirs: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'run', 'sbin', 'sys', 'tmp', 'usr', 'var'],
    files: {},
    mergedUsr: false,
  },
  {
    // FROM scratch: only what the image copies in (pause, coredns).
    key: 'scratch',
    sh: 'none',
    hasBash: false,
    tools: 'none',
    bins: [],
    rootDirs: ['dev', 'etc', 'proc', 'sys'],
    files: {},
    mergedUsr: false,
  },
];

export const OS_TABLE: Record<string, OsInfo> = Object.fromEntries(OS_LIST.map((os) => [os.key, os]));

export function osInfo(key: string): OsInfo {
  return OS_TABLE[key] ?? (OS_TABLE['debian-12'] as OsInfo);
}
