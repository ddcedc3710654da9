/**
 * The parts of a sandbox around the terminal, fed by the worker: the cluster picture and its text
 * summary (a polite live region), the describe panel for a clicked pod, and the editor panel that
 * answers the shell's `vi` / `kubectl edit` through the editor channel.
 */
import type { ClusterView } from '../../sandbox/view';
import { answerEdit } from './editor-channel';
import { showNotice } from './notices';
import { loadDescribePanel, loadEditorPanel, loadPicture, type ClusterPicture, type DescribePanel } from './panels';
import type { SandboxStrings } from './strings';
import { viewSummary } from './summary';
import type { WorkerClient } from './worker-client';

/** The summary is spoken at most this often (a rollout changes the picture many times a second). */
const SUMMARY_QUIET_MS = 1500;

export function connectPanels(root: HTMLElement, client: WorkerClient, words: SandboxStrings): { start(): void } {
  const pictureEl = root.querySelector<HTMLElement>('[data-picture]');
  const summaryEl = root.querySelector<HTMLElement>('[data-summary]');
  const describeEl = root.querySelector<HTMLElement>('[data-describe]');
  // The editor panel covers the terminal while it is open.
  const editorEl = root.querySelector<HTMLElement>('[data-terminal]');
  const noticesEl = root.querySelector<HTMLElement>('[data-notices]');
  let picture: ClusterPicture | undefined;
  let latest: ClusterView | undefined;
  let summaryTimer = 0;
  let describe: Promise<DescribePanel | undefined> | undefined;

  let pendingText = '';
  const speak = (view: ClusterView) => {
    const text = viewSummary(view, words);
    if (!summaryEl || text === pendingText) return;
    pendingText = text;
    window.clearTimeout(summaryTimer);
    if (summaryEl.textContent === text) return;
    summaryTimer = window.setTimeout(() => {
      summaryEl.textContent = text;
    }, summaryEl.textContent ? SUMMARY_QUIET_MS : 0);
  };

  client.on('view', ({ view }) => {
    latest = view;
    picture?.update(view);
    speak(view);
  });

  const showPod = async (namespace: string, name: string) => {
    if (!describeEl) return;
    describe ??= loadDescribePanel().then((m) => m?.mountDescribePanel(describeEl));
    const [panel, answer] = await Promise.all([describe, client.request({ type: 'describe', namespace, name })]);
    if (panel && answer.type === 'described') panel.show(words.describeTitle(name), answer.text);
  };

  client.on('edit', async ({ fileName, text, reply }) => {
    const editor = editorEl ? await loadEditorPanel() : undefined;
    if (!editor || !editorEl) {
      showNotice(noticesEl, words, 'editor-missing');
      return answerEdit(reply, undefined);
    }
    let saved: string | undefined;
    try {
      saved = await editor.openEditorPanel(editorEl, { fileName, text });
    } finally {
      // The worker waits on this answer, whatever happened to the panel.
      answerEdit(reply, saved);
    }
  });

  return {
    start() {
      if (!pictureEl) return;
      void loadPicture().then((m) => {
        if (!m) return;
        picture = m.mountClusterPicture(pictureEl, { onPodClick: (ns, name) => void showPod(ns, name) });
        // The picture speaks for itself (its own live region): the summary stays as a visible caption.
        summaryEl?.setAttribute('aria-live', 'off');
        if (latest) picture.update(latest);
      });
    },
  };
}
