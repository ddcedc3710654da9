// xterm.js's stylesheet, for pages that mount a terminal: `import '../terminal/styles';` (only
// src/terminal may name @xterm packages, scripts/check-layers.mjs).
import '@xterm/xterm/css/xterm.css';
