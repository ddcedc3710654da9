// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { Terminal } from '@xterm/xterm';

export const openTerminal = () => new Terminal({ cursorBlink: true });
