/** The lab's words in both languages (Lab.astro renders them; lab-page.ts uses them again). */
import type { Lang } from '../i18n/lang';
import type { ShownStatus } from './lab-state';

export interface LabStrings {
  heading: (title: string) => string;
  intro: string;
  total: string;
  points: (earned: number, total: number) => string;
  taskPoints: (points: number) => string;
  status: Record<ShownStatus, string>;
  check: string;
  checking: string;
  hint: (next: number, total: number) => string;
  hintLabel: (n: number) => string;
  solution: string;
  solutionTitle: string;
  solutionBody: string;
  solutionConfirm: string;
  cancel: string;
  solutionHeading: string;
  checksHeading: string;
  checkPass: string;
  checkFail: string;
  changedSince: string;
  noSandbox: string;
  announcePassed: (title: string) => string;
  announceHelped: (title: string) => string;
  announceNotYet: (title: string, passing: number, total: number) => string;
}

const pts = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

export const LAB_STRINGS: Record<Lang, LabStrings> = {
  en: {
    heading: (title) => `Lab: ${title}`,
    intro: 'Do the tasks in the sandbox. They are checked as you work: a task turns green by itself when it is done.',
    total: 'Total',
    points: (earned, total) => `${pts(earned)} / ${pts(total)} points`,
    taskPoints: (points) => (points === 1 ? '1 point' : `${pts(points)} points`),
    status: { todo: 'To do', failing: 'Not yet', passed: 'Passed', helped: 'Solved with help' },
    check: 'Check',
    checking: 'Checking…',
    hint: (next, total) => (total === 1 ? 'Show hint' : `Show hint ${next} of ${total}`),
    hintLabel: (n) => `Hint ${n}`,
    solution: 'Show solution',
    solutionTitle: 'Show the solution?',
    solutionBody: 'The task will count as solved with help. You still run the commands yourself.',
    solutionConfirm: 'Show solution',
    cancel: 'Cancel',
    solutionHeading: 'Solution',
    checksHeading: 'Checks',
    checkPass: 'passes',
    checkFail: 'fails',
    changedSince: 'Done earlier; the cluster has changed since.',
    noSandbox: 'This lab is checked in the lesson’s sandbox, which is not on this page.',
    announcePassed: (title) => `Task passed: ${title}`,
    announceHelped: (title) => `Task solved with help: ${title}`,
    announceNotYet: (title, passing, total) => `Not yet: ${title}. ${passing} of ${total} checks pass.`,
  },
  zh: {
    heading: (title) => `实验：${title}`,
    intro: '在沙盒中完成这些任务。系统会在你操作时自动检查：任务完成后会自己变绿。',
    total: '总分',
    points: (earned, total) => `${pts(earned)} / ${pts(total)} 分`,
    taskPoints: (points) => `${pts(points)} 分`,
    status: { todo: '待完成', failing: '未通过', passed: '已通过', helped: '借助答案完成' },
    check: '检查',
    checking: '检查中…',
    hint: (next, total) => (total === 1 ? '显示提示' : `显示提示（${next}/${total}）`),
    hintLabel: (n) => `提示 ${n}`,
    solution: '查看答案',
    solutionTitle: '要查看答案吗？',
    solutionBody: '这个任务将记为“借助答案完成”。命令仍需你自己运行。',
    solutionConfirm: '查看答案',
    cancel: '取消',
    solutionHeading: '参考答案',
    checksHeading: '检查结果',
    checkPass: '通过',
    checkFail: '未通过',
    changedSince: '之前已完成；此后集群发生了变化。',
    noSandbox: '这个实验要在本课的沙盒中检查，但此页面上没有沙盒。',
    announcePassed: (title) => `任务已通过：${title}`,
    announceHelped: (title) => `任务借助答案完成：${title}`,
    announceNotYet: (title, passing, total) => `未通过：${title}。${total} 项检查中有 ${passing} 项通过。`,
  },
};
