import { describe, expect, it } from 'vitest';
import { answerEdit, openEditChannel, readEditAnswer } from './editor-channel';

describe('editor channel', () => {
  it('is pending until the page answers', () => {
    expect(readEditAnswer(openEditChannel('a'))).toBeUndefined();
  });

  it('carries the saved text back, UTF-8 included', () => {
    const reply = openEditChannel('replicas: 1\n');
    answerEdit(reply, 'replicas: 3 # 三\n');
    expect(readEditAnswer(reply)).toEqual({ saved: true, text: 'replicas: 3 # 三\n' });
  });

  it('says "not saved" when the editor was quit', () => {
    const reply = openEditChannel('x');
    answerEdit(reply, undefined);
    expect(readEditAnswer(reply)).toEqual({ saved: false, tooLarge: false });
  });

  it('refuses a text larger than the channel', () => {
    const reply = openEditChannel('x');
    answerEdit(reply, 'y'.repeat(reply.byteLength));
    expect(readEditAnswer(reply)).toEqual({ saved: false, tooLarge: true });
  });
});
