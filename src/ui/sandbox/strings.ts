/** The sandbox's own words, in both languages (rendered by Sandbox.astro, used again in the browser). */
import type { Lang } from '../i18n/lang';

export interface SandboxStrings {
  region: string;
  controls: string;
  clock: string;
  pause: string;
  resume: string;
  speed1: string;
  speed10: string;
  speedGroup: string;
  skip: string;
  skipLabel: string;
  reset: string;
  resetTitle: string;
  resetBody: string;
  resetConfirm: string;
  cancel: string;
  terminal: string;
  /** The terminal's screen before xterm.js is loaded (static-screen.ts), named as xterm.js names its input. */
  terminalInput: string;
  leaveHint: string;
  starting: string;
  picture: string;
  noticeInstantWaits: string;
  noticeReload: string;
  noticeCorrupt: (detail: string) => string;
  noticeEditor: string;
  noticeEditorMissing: string;
  noticeStorage: string;
  noticeEngine: (detail: string) => string;
  dismiss: string;
  summary: (nodes: number, pods: number, byStatus: [string, number][]) => string;
  describeTitle: (name: string) => string;
}

const en: SandboxStrings = {
  region: 'Sandbox: a simulated Kubernetes cluster',
  controls: 'Cluster controls',
  clock: 'Cluster time',
  pause: 'Pause',
  resume: 'Resume',
  speed1: '1×',
  speed10: '10×',
  speedGroup: 'Speed of the cluster clock',
  skip: '+1 min',
  skipLabel: 'Skip ahead one minute',
  reset: 'Reset',
  resetTitle: 'Reset the cluster?',
  resetBody: 'Everything you created in this sandbox is deleted and a fresh cluster starts. Your command history stays.',
  resetConfirm: 'Reset cluster',
  cancel: 'Cancel',
  terminal: 'Terminal',
  terminalInput: 'Terminal input',
  leaveHint: 'Press Esc then Tab to move focus out of the terminal.',
  starting: 'Starting the cluster…',
  picture: 'Cluster picture',
  noticeInstantWaits: 'Waits run instantly here: this page cannot share memory with the cluster, so sleep and watches finish at once and Ctrl-C cannot stop them.',
  noticeReload: 'Reload the page to let waits take real time.',
  noticeCorrupt: (detail) => `Your saved cluster could not be read, so a fresh one started. The old save was kept (${detail}).`,
  noticeEditor: 'Editors need shared memory, which this page does not have: the edit was cancelled. Set EDITOR to a command instead, e.g. export EDITOR="sed -i s/old/new/".',
  noticeEditorMissing: 'The editor panel is not available on this page: the edit was cancelled.',
  noticeStorage: 'This browser does not let the sandbox save: your cluster lasts only until you leave the page.',
  noticeEngine: (detail) => `The simulator hit an internal error: ${detail}`,
  dismiss: 'Dismiss',
  summary: (nodes, pods, byStatus) => {
    const n = `${nodes} ${nodes === 1 ? 'node' : 'nodes'}`;
    if (pods === 0) return `${n}, no pods`;
    const parts = byStatus.map(([status, count]) => `${count} ${status}`).join(', ');
    return `${n}, ${pods} ${pods === 1 ? 'pod' : 'pods'}: ${parts}`;
  },
  describeTitle: (name) => `kubectl describe pod ${name}`,
};

const zh: SandboxStrings = {
  region: '沙盒：一个模拟的 Kubernetes 集群',
  controls: '集群控制',
  clock: '集群时间',
  pause: '暂停',
  resume: '继续',
  speed1: '1×',
  speed10: '10×',
  speedGroup: '集群时钟的速度',
  skip: '+1 分钟',
  skipLabel: '快进一分钟',
  reset: '重置',
  resetTitle: '重置集群？',
  resetBody: '你在这个沙盒里创建的一切都会被删除，并启动一个全新的集群。命令历史会保留。',
  resetConfirm: '重置集群',
  cancel: '取消',
  terminal: '终端',
  terminalInput: '终端输入',
  leaveHint: '先按 Esc 再按 Tab，可把焦点移出终端。',
  starting: '正在启动集群…',
  picture: '集群示意图',
  noticeInstantWaits: '这里的等待会立即完成：此页面无法与集群共享内存，所以 sleep 和 watch 会马上结束，Ctrl-C 也无法中断它们。',
  noticeReload: '重新加载页面，即可让等待按真实时间进行。',
  noticeCorrupt: (detail) => `无法读取你保存的集群，已启动一个新的集群。旧的存档已保留（${detail}）。`,
  noticeEditor: '编辑器需要共享内存，而此页面没有：编辑已取消。可以改用命令编辑，例如 export EDITOR="sed -i s/old/new/"。',
  noticeEditorMissing: '此页面没有编辑器面板：编辑已取消。',
  noticeStorage: '此浏览器不允许沙盒保存：离开页面后集群将不再保留。',
  noticeEngine: (detail) => `模拟器发生内部错误：${detail}`,
  dismiss: '关闭',
  summary: (nodes, pods, byStatus) => {
    const n = `${nodes} 个节点`;
    if (pods === 0) return `${n}，没有 Pod`;
    const parts = byStatus.map(([status, count]) => `${count} 个 ${status}`).join('，');
    return `${n}，${pods} 个 Pod：${parts}`;
  },
  describeTitle: (name) => `kubectl describe pod ${name}`,
};

export function sandboxStrings(lang: Lang): SandboxStrings {
  return lang === 'zh' ? zh : en;
}
