import { describe, expect, it } from 'vitest';
import { runTranscript, splitCommands } from './transcript';
import { testShell } from './testing/run';
import { needsMoreInput } from './parser/parser';

describe('runTranscript', () => {
  it('echoes each command after $ (continuations after >) followed by its output', () => {
    const transcript = runTranscript(testShell(), 'cat <<EOF\nhi\nEOF\necho -n x\necho y\nexit 3\necho never\n');
    expect(transcript).toEqual({ text: '$ cat <<EOF\n> hi\n> EOF\nhi\n$ echo -n x\nx$ echo y\ny\n$ exit 3\nexit\n', exitCode: 3, exited: true });
  });

  it('splits a script into terminal inputs', () => {
    expect(splitCommands('a\nb "\nc"\nd |\ne\n', needsMoreInput)).toEqual(['a', 'b "\nc"', 'd |\ne']);
  });
});
