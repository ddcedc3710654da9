import { describe, expect, it } from 'vitest';
import { TRANSFER_STRINGS } from './transfer-strings';

const none = { lessons: 0, tasks: 0, quizzes: 0 };

describe('import messages', () => {
  it('say what was taken, what was already there and what was skipped', () => {
    expect(TRANSFER_STRINGS.en.imported('p.json', { lessons: 3, tasks: 1, quizzes: 2 }, { lessons: 1, tasks: 0, quizzes: 0 }, { lessons: 0, tasks: 2, quizzes: 0 })).toBe(
      'Imported p.json: took 3 lessons, 1 task, 2 quizzes. 1 record was already up to date here. Skipped 2 damaged records (2 tasks).',
    );
    expect(TRANSFER_STRINGS.en.imported('p.json', none, { lessons: 2, tasks: 0, quizzes: 1 }, none)).toBe('Imported p.json: nothing new. 3 records were already up to date here.');
    expect(TRANSFER_STRINGS.zh.imported('p.json', { lessons: 1, tasks: 0, quizzes: 1 }, none, { lessons: 1, tasks: 0, quizzes: 0 })).toBe(
      '已导入 p.json：采用了 1 节课、1 个测验。跳过了 1 条损坏的记录（1 节课）。',
    );
  });

  it('say why a file was refused and that nothing changed', () => {
    expect(TRANSFER_STRINGS.en.problem('json')).toBe('That file is damaged: it is not valid JSON. Your progress is unchanged.');
    expect(TRANSFER_STRINGS.en.problem('newer', 2)).toBe(
      'That file comes from a newer version of Kubedojo (format version 2); reload the page to get the new version, then import again. Your progress is unchanged.',
    );
    expect(TRANSFER_STRINGS.zh.problem('format')).toBe('这不是 Kubedojo 的进度文件。你的学习进度没有改变。');
  });
});
