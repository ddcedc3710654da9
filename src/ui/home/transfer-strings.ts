/** The words of "Export progress" / "Import progress" on the course map, in both languages. */
import type { Lang } from '../i18n/lang';
import type { StoreCounts } from '../progress/transfer';

export type TransferProblem = 'json' | 'format' | 'newer' | 'unreadable' | 'no-database' | 'write';

export interface TransferStrings {
  heading: string;
  intro: string;
  export: string;
  import: string;
  exported: (file: string) => string;
  /** After a successful import: what was taken, what was already there, what was skipped. */
  imported: (file: string, taken: StoreCounts, kept: StoreCounts, skipped: StoreCounts) => string;
  problem: (problem: TransferProblem, version?: number) => string;
}

const total = (c: StoreCounts) => c.lessons + c.tasks + c.quizzes;

function enCounts(c: StoreCounts): string {
  const parts: string[] = [];
  if (c.lessons > 0) parts.push(`${c.lessons} ${c.lessons === 1 ? 'lesson' : 'lessons'}`);
  if (c.tasks > 0) parts.push(`${c.tasks} ${c.tasks === 1 ? 'task' : 'tasks'}`);
  if (c.quizzes > 0) parts.push(`${c.quizzes} ${c.quizzes === 1 ? 'quiz' : 'quizzes'}`);
  return parts.join(', ');
}

function zhCounts(c: StoreCounts): string {
  const parts: string[] = [];
  if (c.lessons > 0) parts.push(`${c.lessons} 节课`);
  if (c.tasks > 0) parts.push(`${c.tasks} 个任务`);
  if (c.quizzes > 0) parts.push(`${c.quizzes} 个测验`);
  return parts.join('、');
}

const UNCHANGED_EN = 'Your progress is unchanged.';
const UNCHANGED_ZH = '你的学习进度没有改变。';

const en: TransferStrings = {
  heading: 'Your progress',
  intro: 'Save your progress as a file to keep it or move it to another browser, then import it there.',
  export: 'Export progress',
  import: 'Import progress',
  exported: (file) => `Progress saved as ${file}.`,
  imported: (file, taken, kept, skipped) => {
    const said = [total(taken) > 0 ? `Imported ${file}: took ${enCounts(taken)}.` : `Imported ${file}: nothing new.`];
    const same = total(kept);
    if (same > 0) said.push(`${same} ${same === 1 ? 'record was' : 'records were'} already up to date here.`);
    const bad = total(skipped);
    if (bad > 0) said.push(`Skipped ${bad} damaged ${bad === 1 ? 'record' : 'records'} (${enCounts(skipped)}).`);
    return said.join(' ');
  },
  problem: (problem, version) =>
    ({
      json: `That file is damaged: it is not valid JSON. ${UNCHANGED_EN}`,
      format: `That is not a Kubedojo progress file. ${UNCHANGED_EN}`,
      newer: `That file comes from a newer version of Kubedojo (format version ${version ?? '?'}); reload the page to get the new version, then import again. ${UNCHANGED_EN}`,
      unreadable: `The file could not be read. ${UNCHANGED_EN}`,
      'no-database': 'This browser does not let the site store anything (private window or storage turned off), so progress cannot be saved or imported here.',
      write: `The progress could not be saved. ${UNCHANGED_EN}`,
    })[problem],
};

const zh: TransferStrings = {
  heading: '你的学习进度',
  intro: '把学习进度导出为文件，用来备份或转移到另一个浏览器，再在那里导入。',
  export: '导出进度',
  import: '导入进度',
  exported: (file) => `进度已保存为 ${file}。`,
  imported: (file, taken, kept, skipped) => {
    const said = [total(taken) > 0 ? `已导入 ${file}：采用了 ${zhCounts(taken)}。` : `已导入 ${file}：没有新的进度。`];
    if (total(kept) > 0) said.push(`${total(kept)} 条记录在本浏览器中已经相同或更好。`);
    if (total(skipped) > 0) said.push(`跳过了 ${total(skipped)} 条损坏的记录（${zhCounts(skipped)}）。`);
    return said.join('');
  },
  problem: (problem, version) =>
    ({
      json: `该文件已损坏：不是有效的 JSON。${UNCHANGED_ZH}`,
      format: `这不是 Kubedojo 的进度文件。${UNCHANGED_ZH}`,
      newer: `该文件来自更新版本的 Kubedojo（格式版本 ${version ?? '?'}）；请刷新页面获取新版本后再导入。${UNCHANGED_ZH}`,
      unreadable: `无法读取该文件。${UNCHANGED_ZH}`,
      'no-database': '此浏览器不允许网站保存数据（隐私窗口或存储已关闭），因此无法在这里保存或导入进度。',
      write: `无法保存进度。${UNCHANGED_ZH}`,
    })[problem],
};

export const TRANSFER_STRINGS: Record<Lang, TransferStrings> = { en, zh };
