// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { run } from '../shell/run';
import { Terminal } from '@xterm/xterm';
import { openTerminal } from '../terminal/terminal';
import chunk from 'lodash/chunk';

export async function get(): Promise<unknown> {
  const fs = await import('fs');
  return [run, Terminal, openTerminal, chunk, fs, require('path')];
}
