import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../checks';
import { formatAuthoringErrors, hasErrors, loadLab, loadQuiz, type Loaded } from '.';

const FILE = 'content/labs/pods.yaml';

/** A valid lab with two tasks, as the author would write it. */
function baseLab(): Record<string, any> {
  const text = (en: string) => ({ en, zh: `${en}（中文）` });
  return {
    id: 'pods',
    title: text('Pods'),
    manifests: [{ yaml: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' }],
    tasks: [
      {
        id: 'run-pod',
        title: text('Run a pod'),
        description: text('Run `web`.'),
        points: 2,
        checks: [{ check: 'resourceExists', params: { kind: 'pod', name: 'web' } }],
        hints: [text('Use kubectl run.')],
        solution: ['kubectl run web --image=nginx:1.27'],
      },
      {
        id: 'deploy',
        title: text('Deploy'),
        description: text('Create `api`.'),
        points: 3,
        checks: [{ check: 'deploymentAvailable', params: { name: 'api', replicas: 3 } }],
        solution: ['kubectl create deployment api --image=nginx --replicas=3'],
      },
    ],
  };
}

const errorsOf = (loaded: Loaded<object>): string => (hasErrors(loaded) ? formatAuthoringErrors(loaded.errors) : 'no errors\n');

function labErrors(cases: Record<string, (lab: Record<string, any>) => void>, files: Record<string, string> = {}): string {
  return Object.entries(cases)
    .map(([label, mutate]) => {
      const lab = baseLab();
      mutate(lab);
      const loaded = loadLab(dump(lab), FILE, { checks: CHECKS, readFile: (name) => files[name] });
      return `## ${label}\n${errorsOf(loaded)}`;
    })
    .join('\n');
}

describe('loadLab', () => {
  it('gives typed values with the defaults filled in and manifest files read', () => {
    const lab = baseLab();
    lab['manifests'].push({ file: 'web.yaml' });
    const loaded = loadLab(dump(lab), FILE, { checks: CHECKS, readFile: (name) => (name === 'web.yaml' ? 'kind: Pod\n' : undefined) });
    if (hasErrors(loaded)) throw new Error(formatAuthoringErrors(loaded.errors));
    expect(loaded.cluster).toEqual({ seed: 1, version: 'v1.35.0', workers: 2 });
    expect(loaded.setup).toEqual([]);
    expect(loaded.manifests).toEqual([
      { source: 'manifests[0]', yaml: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' },
      { source: 'content/labs/pods/web.yaml', yaml: 'kind: Pod\n' },
    ]);
    expect(loaded.tasks[0]?.checks).toEqual([{ check: 'resourceExists', params: { kind: 'pod', name: 'web', namespace: 'default' }, weight: 1, guard: false }]);
    expect(loaded.tasks[1]?.hints).toEqual([]);
  });

  it('says where each mistake is and what to write instead', async () => {
    const text = labErrors({
      'a word for a number in check params': (l) => (l['tasks'][1].checks[0].params.replicas = 'three'),
      'a misspelt check': (l) => (l['tasks'][1].checks[0].check = 'deploymentReady'),
      'a check name far from any': (l) => (l['tasks'][0].checks[0].check = 'podIsHappy'),
      'a misspelt param': (l) => (l['tasks'][1].checks[0].params = { name: 'api', replica: 3 }),
      'a misspelt kind': (l) => (l['tasks'][0].checks[0].params.kind = 'deploymnt'),
      'a selector that does not parse': (l) => (l['tasks'][0].checks[0] = { check: 'podsRunning', params: { selector: 'app in (web' } }),
      'two answers where one is allowed': (l) => (l['tasks'][0].checks[0] = { check: 'commandOutput', params: { run: 'kubectl get pods', equals: 'x', lines: 1 } }),
      'a required field left out': (l) => delete l['tasks'][0].points,
      'zero points': (l) => (l['tasks'][0].points = 0),
      'a negative weight': (l) => (l['tasks'][0].checks[0].weight = -1),
      'a title that is not bilingual': (l) => (l['title'] = 'Pods'),
      'a hint without Chinese': (l) => (l['tasks'][0].hints = [{ en: 'Use kubectl run.' }]),
      'an id with capitals and spaces': (l) => (l['tasks'][0].id = 'Run Pod'),
      'the same task id twice': (l) => (l['tasks'][1].id = 'run-pod'),
      'an id that is not the file name': (l) => (l['id'] = 'pod-basics'),
      'a misspelt top-level field': (l) => ((l['task'] = l['tasks']), delete l['tasks']),
      'no solution': (l) => (l['tasks'][0].solution = []),
      'a solution line that is a number': (l) => (l['tasks'][0].solution = ['kubectl get pods', 42]),
      'cluster fields of the wrong type': (l) => (l['cluster'] = { workers: 'two', version: '1.35', seed: -1 }),
      'a manifest with a file and inline yaml': (l) => (l['manifests'] = [{ file: 'web.yaml', yaml: 'kind: Pod' }]),
      'a manifest file that is not there': (l) => (l['manifests'] = [{ file: 'missing.yaml' }]),
      'a manifest outside the lab folder': (l) => (l['manifests'] = [{ file: '../other/web.yaml' }]),
      'checks as a single mapping': (l) => (l['tasks'][0].checks = { check: 'resourceExists', params: { kind: 'pod', name: 'web' } }),
    });
    await expect(text).toMatchFileSnapshot('__golden__/lab-errors.txt');
  });

  it('reports YAML syntax errors with their line and an empty file as such', async () => {
    const bad = 'id: pods\ntitle:\n  en: Pods\n   zh: Pod\n';
    const text = `${errorsOf(loadLab(bad, FILE, { checks: CHECKS }))}${errorsOf(loadLab('', FILE, { checks: CHECKS }))}${errorsOf(loadLab('id: [pods', FILE, { checks: CHECKS }))}`;
    await expect(text).toMatchFileSnapshot('__golden__/yaml-errors.txt');
  });

  it('cannot read manifest files without a reader', () => {
    const lab = baseLab();
    lab['manifests'] = [{ file: 'web.yaml' }];
    expect(errorsOf(loadLab(dump(lab), FILE, { checks: CHECKS }))).toBe(
      'content/labs/pods.yaml: manifests[0].file: files cannot be read here (content/labs/pods/web.yaml) — put the file at content/labs/pods/ and name it relative to that folder, or write the YAML inline with yaml: |\n',
    );
  });
});

function baseQuiz(): Record<string, any> {
  return {
    id: 'pods',
    title: { en: 'Pods', zh: 'Pod' },
    questions: [
      {
        id: 'phase',
        type: 'single',
        prompt: { en: 'Which phase?', zh: '哪个阶段？' },
        options: [
          { id: 'a', text: { en: 'Pending', zh: 'Pending' } },
          { id: 'b', text: { en: 'Running', zh: 'Running' } },
        ],
        correct: ['b'],
        explanation: { en: 'It runs.', zh: '它在运行。' },
      },
    ],
  };
}

describe('loadQuiz', () => {
  it('loads a valid quiz', () => {
    const loaded = loadQuiz(dump(baseQuiz()), 'content/quizzes/pods.yaml');
    expect(hasErrors(loaded) ? loaded.errors : loaded.questions[0]?.correct).toEqual(['b']);
  });

  it('says what is wrong with questions and answers', async () => {
    const cases: Record<string, (q: Record<string, any>) => void> = {
      'a misspelt type': (q) => (q['questions'][0].type = 'singel'),
      'one answer written without a list': (q) => (q['questions'][0].correct = 'b'),
      'an answer that is no option': (q) => (q['questions'][0].correct = ['c']),
      'two answers to a single-choice question': (q) => (q['questions'][0].correct = ['a', 'b']),
      'the same option id twice': (q) => (q['questions'][0].options[1].id = 'a'),
      'one option only': (q) => q['questions'][0].options.pop(),
      'no explanation': (q) => delete q['questions'][0].explanation,
    };
    const text = Object.entries(cases)
      .map(([label, mutate]) => {
        const quiz = baseQuiz();
        mutate(quiz);
        return `## ${label}\n${errorsOf(loadQuiz(dump(quiz), 'content/quizzes/pods.yaml'))}`;
      })
      .join('\n');
    await expect(text).toMatchFileSnapshot('__golden__/quiz-errors.txt');
  });
});
