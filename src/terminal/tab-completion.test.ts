import { describe, expect, it } from 'vitest';
import { completeWord, listedName, listingRows, longestCommonPrefix } from './completion';
import type { CompletionResult } from './completion';
import { Harness, KEY } from './test-harness';

/** A completer over a fixed word list, completing the word before the cursor. */
const wordsCompleter =
  (words: readonly string[]) =>
  (line: string, cursor: number): CompletionResult => {
    const replaceFrom = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(replaceFrom, cursor);
    return { candidates: words.filter((candidate) => candidate.startsWith(word)), replaceFrom };
  };

const RESOURCES = ['configmaps', 'cronjobs', 'daemonsets', 'deployments', 'endpoints', 'events', 'namespaces', 'nodes', 'pods', 'persistentvolumeclaims', 'persistentvolumes', 'replicasets', 'secrets', 'services', 'statefulsets'];

describe('Tab', () => {
  it('asks the shell with the line and the cursor, then inserts a single match and a space', () => {
    const h = new Harness({ complete: wordsCompleter(['deployments']) });
    h.start();
    h.type('kubectl get dep');
    expect(h.type(KEY.tab)).toEqual([{ complete: { line: 'kubectl get dep', cursor: 15 } }, { write: 'loyments ' }]);
    expect(h.editor.line).toBe('kubectl get deployments ');
  });

  it('adds no space after a directory, and steps over a space already there', () => {
    const h = new Harness({ complete: wordsCompleter(['manifests/', 'pods']) });
    h.start();
    h.type('cat man', KEY.tab);
    expect(h.editor.line).toBe('cat manifests/');
    h.type(' -n', KEY.ctrlA, KEY.altF, ' po', KEY.tab);
    expect([h.editor.line, h.editor.cursor]).toEqual(['cat pods manifests/ -n', 9]);
  });

  it('inserts the longest common prefix and rings; Tab again rings; a third Tab lists', () => {
    const h = new Harness({ cols: 80, complete: wordsCompleter(RESOURCES) });
    h.start();
    h.type('kubectl get pe');
    expect(h.type(KEY.tab).slice(1)).toEqual([{ write: 'rsistentvolume\x07' }]);
    expect(h.type(KEY.tab).slice(1)).toEqual([{ write: '\x07' }]);
    expect(h.type(KEY.tab).slice(1)).toEqual([
      { write: '\r\npersistentvolumeclaims  persistentvolumes       \r\n$ kubectl get persistentvolume' },
    ]);
  });

  it('lists at the second Tab when the first could add nothing, below the whole line, sorted down columns', () => {
    const h = new Harness({ cols: 80, complete: wordsCompleter([...RESOURCES].reverse()) });
    h.start();
    h.type('kubectl get  -A', KEY.left, KEY.left, KEY.left);
    expect(h.type(KEY.tab)).toEqual([{ complete: { line: 'kubectl get  -A', cursor: 12 } }, { write: '\x07' }]);
    expect(h.type(KEY.tab).slice(1)).toEqual([
      {
        write:
          '\x1b[3C\r\n' +
          'configmaps              events                  pods\r\n' +
          'cronjobs                namespaces              replicasets\r\n' +
          'daemonsets              nodes                   secrets\r\n' +
          'deployments             persistentvolumeclaims  services\r\n' +
          'endpoints               persistentvolumes       statefulsets\r\n' +
          '$ kubectl get  -A\x1b[3D',
      },
    ]);
  });

  it('asks "Display all N possibilities? (y or n)" from 100 candidates on; n keeps the line, y lists', () => {
    const many = Array.from({ length: 100 }, (_, i) => `pod-${String(i).padStart(3, '0')}`);
    const h = new Harness({ cols: 80, complete: wordsCompleter(many) });
    h.start();
    h.type('kubectl delete pod pod-', KEY.tab);
    expect(h.editor.line).toBe('kubectl delete pod pod-0');
    h.type(KEY.tab, KEY.tab);
    expect(h.output.endsWith('pod-0\x07\x07\r\nDisplay all 100 possibilities? (y or n)')).toBe(true);
    expect(h.type('x')).toEqual([{ write: '\x07' }]);
    expect(h.type('n')).toEqual([{ write: '\r\n$ kubectl delete pod pod-0' }]);
    h.type(KEY.tab);
    const shown = h.type('y');
    expect(shown).toHaveLength(1);
    const rows = ('write' in shown[0]! ? shown[0].write : '').split('\r\n');
    expect(rows.length).toBe(15);
    expect(rows[0]).toBe('');
    expect(rows[1]).toBe('pod-000  pod-013  pod-026  pod-039  pod-052  pod-065  pod-078  pod-091');
    expect(rows[13]).toBe('pod-012  pod-025  pod-038  pod-051  pod-064  pod-077  pod-090  ');
    expect(rows[14]).toBe('$ kubectl delete pod pod-0');
  });

  it('rings the bell when there is nothing to complete, and ignores an answer that comes too late', () => {
    const h = new Harness({ complete: () => undefined });
    h.start();
    expect(h.type('zz', KEY.tab).slice(-1)).toEqual([{ write: '\x07' }]);
    expect(h.editor.completed({ candidates: ['zzz'], replaceFrom: 0 })).toEqual([]);
  });

  it('keeps keys typed while waiting for the answer, and lets Ctrl-C cancel the wait', () => {
    const h = new Harness();
    h.start();
    h.editor.handleInput('kubectl get po');
    expect(h.editor.handleInput('\t')).toEqual([{ complete: { line: 'kubectl get po', cursor: 14 } }]);
    expect(h.editor.handleInput('x')).toEqual([]);
    expect(h.editor.completed({ candidates: ['pods'], replaceFrom: 12 })).toEqual([{ write: 'ds x' }]);
    h.editor.handleInput('\t');
    expect(h.editor.handleInput(KEY.ctrlC)).toEqual([{ write: '^C\r\n$ ' }, { interrupt: true }]);
    expect(h.editor.completed({ candidates: ['pods'], replaceFrom: 12 })).toEqual([]);
  });
});

describe('completion helpers', () => {
  it('finds the longest common prefix by characters', () => {
    expect(longestCommonPrefix(['persistentvolumes', 'persistentvolumeclaims', 'pods'])).toBe('p');
    expect(longestCommonPrefix(['日本語', '日本'])).toBe('日本');
    expect(longestCommonPrefix([])).toBe('');
  });

  it('shows only the last path component of file candidates, keeping a directory slash', () => {
    expect(['dir/sub/', 'dir/file.yaml', 'top/', '/'].map((path) => listedName(path, true))).toEqual(['sub/', 'file.yaml', 'top/', '/']);
    expect(listedName('deploy/web', false)).toBe('deploy/web');
  });

  it('lays out columns like readline: width + 2, one column fewer when they would fill the row exactly', () => {
    expect(listingRows(['aa', 'bb', 'cc', 'dd'], 8)).toEqual(['aa', 'bb', 'cc', 'dd']);
    expect(listingRows(['aa', 'bb', 'cc', 'dd'], 9)).toEqual(['aa  cc', 'bb  dd']);
    expect(listingRows(['aa', 'bb', 'cc'], 13)).toEqual(['aa  bb  cc']);
    expect(listingRows(['aa', 'bb', 'cc'], 12)).toEqual(['aa  cc', 'bb  ']);
    expect(listingRows(['a-very-long-name'], 5)).toEqual(['a-very-long-name']);
  });

  it('completes a word in the middle of a line', () => {
    expect(completeWord('get po -n x', 6, ['pods'], 4)).toEqual({ line: 'get pods -n x', cursor: 9, bell: false });
  });
});
