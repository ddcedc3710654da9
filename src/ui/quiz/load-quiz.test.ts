import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuiz, quizForPage } from './load-quiz';
import { quizView } from './view';

const pods = readFileSync('content/quizzes/pods.yaml', 'utf8');

describe('findQuiz', () => {
  it('loads a quiz by its file name', () => {
    const found = findQuiz({ '../../../content/quizzes/pods.yaml': pods }, 'pods');
    expect('quiz' in found && found.quiz.questions.map((q) => q.id)).toEqual(['image-pull', 'change-in-place']);
  });

  it('names the quizzes there are when the id has no file', () => {
    expect(findQuiz({ '../../../content/quizzes/pods.yaml': pods, 'x/controllers.yaml': pods }, 'pod')).toEqual({
      error: '<Quiz id="pod" />: there is no content/quizzes/pod.yaml — write one of controllers, pods',
    });
  });

  it("gives the loader's authoring errors as the message", () => {
    const broken = pods.replace('correct: [b]', 'correct: [d]');
    expect(findQuiz({ 'content/quizzes/pods.yaml': broken }, 'pods')).toEqual({
      error: 'content/quizzes/pods.yaml: questions[0].correct[0]: no option has the id "d" — write one of a, b, c',
    });
  });
});

describe('quizForPage', () => {
  it('reads the quiz files of content/quizzes', () => {
    expect(quizForPage('controllers').id).toBe('controllers');
  });

  it('throws the message that fails the build', () => {
    const ids = readdirSync('content/quizzes').map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(() => quizForPage('nope')).toThrow(new Error(`<Quiz id="nope" />: there is no content/quizzes/nope.yaml — write one of ${ids.join(', ')}`));
  });
});

describe('quizView', () => {
  it('renders the texts of the page language as HTML', async () => {
    const found = findQuiz({ 'pods.yaml': pods }, 'pods');
    if (!('quiz' in found)) throw new Error(found.error);
    const zh = await quizView(found.quiz, 'zh');
    expect(zh.title).toBe('Pod');
    expect(zh.questions[0]).toEqual({
      id: 'image-pull',
      type: 'single',
      promptHtml: '一个 Pod 显示 <code>ImagePullBackOff</code>，kubelet 此时在做什么？',
      options: [
        { id: 'a', html: '重启一个不断崩溃的容器' },
        { id: 'b', html: '拉取镜像失败后，以越来越长的间隔重试' },
        { id: 'c', html: '等待调度器选择节点' },
      ],
      correct: ['b'],
      explanationHtml: '<p>镜像拉取失败（<code>ErrImagePull</code>）后，kubelet 以指数退避的方式重试，状态显示为 <code>ImagePullBackOff</code>。</p>',
    });
    expect((await quizView(found.quiz, 'en')).questions[1]?.type).toBe('multiple');
  });
});
