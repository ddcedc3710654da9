/**
 * The sandbox's editor hook in the worker (`vi FILE`, `nano`, `kubectl edit`). The hook must return
 * the saved text synchronously, so the worker posts the text to the page and blocks on a shared
 * buffer until the page's editor panel writes the answer back (editor-channel.ts); the cluster
 * keeps moving in real time meanwhile. Without shared memory there is no way back: the edit is
 * refused, the learner told why, and the command fails as an unsaved edit does.
 */
import type { EditorHook } from '../../sandbox';
import { openEditChannel, readEditAnswer, waitOnChannel, type EditAnswer } from './editor-channel';
import type { WorkerMessage } from './protocol';
import type { RealTimeWait } from './realtime-wait';

export interface EditorHookEnv {
  /** Shared memory is there and waits are real (not inside a fixture). */
  realTime(): boolean;
  post(message: WorkerMessage): void;
  wait(): RealTimeWait | undefined;
}

export function editorHook(env: EditorHookEnv): EditorHook {
  return (text, fileName) => {
    const waiter = env.wait();
    if (!env.realTime() || !waiter) {
      env.post({ type: 'notice', kind: 'editor-unavailable', detail: fileName });
      return undefined;
    }
    const reply = openEditChannel(text);
    env.post({ type: 'edit', fileName, text, reply });
    let answer: EditAnswer | undefined;
    waiter.until(
      () => (answer = readEditAnswer(reply)) !== undefined,
      (ms) => waitOnChannel(reply, ms),
    );
    const final = answer as EditAnswer | undefined;
    return final?.saved ? final.text : undefined;
  };
}
