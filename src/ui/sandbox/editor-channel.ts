/**
 * The editor's way back into a blocked worker. The shell's editor hook is synchronous (`vi` returns
 * the saved text), so the worker allocates this buffer, posts it with the `edit` message and waits
 * on its state word; the page writes the edited text into it and notifies. A text larger than the
 * buffer (four times the original, at least 1 MiB) cannot come back and counts as not saved.
 */
const STATE = 0;
const LENGTH = 1;
const HEADER_BYTES = 8;

/** STATE values. */
export const EDIT_PENDING = 0;
export const EDIT_SAVED = 1;
export const EDIT_QUIT = 2;
export const EDIT_TOO_LARGE = 3;

const MIN_CAPACITY = 1 << 20;

export type EditAnswer = { saved: true; text: string } | { saved: false; tooLarge: boolean };

/** Worker side: a channel for one edit of `text`. */
export function openEditChannel(text: string): SharedArrayBuffer {
  const capacity = Math.max(MIN_CAPACITY, text.length * 4 * 4);
  return new SharedArrayBuffer(HEADER_BYTES + capacity);
}

/**
 * Worker side: whether the page has answered, and the answer once it has. The caller waits between
 * polls (Atomics.wait on the state word, see `waitOnChannel`) so the cluster keeps moving meanwhile.
 */
export function readEditAnswer(buffer: SharedArrayBuffer): EditAnswer | undefined {
  const header = new Int32Array(buffer, 0, 2);
  const state = Atomics.load(header, STATE);
  if (state === EDIT_PENDING) return undefined;
  if (state !== EDIT_SAVED) return { saved: false, tooLarge: state === EDIT_TOO_LARGE };
  const length = Atomics.load(header, LENGTH);
  // TextDecoder refuses views on shared memory: copy the bytes out first.
  const bytes = new Uint8Array(length);
  bytes.set(new Uint8Array(buffer, HEADER_BYTES, length));
  return { saved: true, text: new TextDecoder().decode(bytes) };
}

/** Worker side: sleeps until the page answers or `ms` pass. */
export function waitOnChannel(buffer: SharedArrayBuffer, ms: number): void {
  Atomics.wait(new Int32Array(buffer, 0, 2), STATE, EDIT_PENDING, ms);
}

/** Page side: hands the editor's result (undefined: quit without saving) to the waiting worker. */
export function answerEdit(buffer: SharedArrayBuffer, text: string | undefined): void {
  const header = new Int32Array(buffer, 0, 2);
  let state = EDIT_QUIT;
  if (text !== undefined) {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length <= buffer.byteLength - HEADER_BYTES) {
      new Uint8Array(buffer, HEADER_BYTES, bytes.length).set(bytes);
      Atomics.store(header, LENGTH, bytes.length);
      state = EDIT_SAVED;
    } else state = EDIT_TOO_LARGE;
  }
  Atomics.store(header, STATE, state);
  Atomics.notify(header, STATE);
}
