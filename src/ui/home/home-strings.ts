/** The words of the course map (home) page, in both languages. */
import type { Lang } from '../i18n/lang';

export interface HomeStrings {
  title: string;
  eyebrow: string;
  heading: string;
  lead: string;
  start: string;
  seeMap: string;
  status: string;
  previewLabel: string;
  previewBar: string;
  howTitle: string;
  features: { title: string; text: string }[];
  mapTitle: string;
  mapIntro: string;
}

const en: HomeStrings = {
  title: 'Kubedojo',
  eyebrow: 'Learn Kubernetes by doing it',
  heading: 'A live Kubernetes cluster in every lesson.',
  lead: 'Kubedojo teaches Kubernetes with a simulated cluster that runs entirely in your browser. Read a lesson, type real kubectl commands beside it, and watch the cluster respond.',
  start: 'Start the first lesson',
  seeMap: 'See the course map',
  status: 'Kubedojo is being built: the first lessons are here, and the in-browser cluster is on its way.',
  previewLabel: 'What a lesson terminal shows (preview)',
  previewBar: 'lesson sandbox — preview',
  howTitle: 'How it works',
  features: [
    { title: 'A terminal that answers like the real one', text: 'Type kubectl and get the same tables, messages and exit codes as kubectl v1.35, byte for byte.' },
    { title: 'A cluster that behaves', text: 'A scheduler, controllers and kubelets on a virtual clock: pods start, roll out, crash and heal in front of you.' },
    { title: 'Tasks that check your work', text: 'Each task inspects the state of your cluster and tells you what is still wrong. Mock exams draw from the same tasks.' },
    { title: 'Nothing to install', text: 'A static website. The cluster runs in your browser: no server, no account, no virtual machine.' },
  ],
  mapTitle: 'Course map',
  mapIntro: 'From what Kubernetes is to running it highly available. Your progress is kept in this browser only.',
};

const zh: HomeStrings = {
  title: 'Kubedojo',
  eyebrow: '动手学习 Kubernetes',
  heading: '每节课都有一个实时运行的 Kubernetes 集群。',
  lead: 'Kubedojo 用一个完全在浏览器中运行的模拟集群来讲授 Kubernetes。一边阅读课程，一边在旁边输入真实的 kubectl 命令，观察集群如何响应。',
  start: '开始第一课',
  seeMap: '查看课程地图',
  status: 'Kubedojo 正在建设中：第一批课程已经上线，浏览器中的集群即将到来。',
  previewLabel: '课程终端的显示效果（预览）',
  previewBar: '课程沙盒 — 预览',
  howTitle: '工作原理',
  features: [
    { title: '终端的回答和真实的一样', text: '输入 kubectl，得到与 kubectl v1.35 逐字节一致的表格、消息和退出码。' },
    { title: '集群的行为真实可信', text: '调度器、控制器和 kubelet 运行在虚拟时钟上：Pod 在你眼前启动、滚动更新、崩溃并自愈。' },
    { title: '任务会检查你的操作', text: '每个任务都会检查集群的状态，并告诉你哪里还不对。模拟考试从同一批任务中抽题。' },
    { title: '无需安装任何东西', text: '这是一个静态网站。集群在你的浏览器中运行：无需服务器、账号或虚拟机。' },
  ],
  mapTitle: '课程地图',
  mapIntro: '从 Kubernetes 是什么，到搭建高可用集群。学习进度只保存在当前浏览器中。',
};

export const HOME_STRINGS: Record<Lang, HomeStrings> = { en, zh };
