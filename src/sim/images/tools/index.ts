/** Generic programs by name: what the base OS's /bin and /usr/bin hold, independent of the image. */
import type { Tool } from '../machine';
import { COREUTILS_TOOLS } from './coreutils';
import { TEXT_TOOLS } from './text';
import { curl, nslookup, wget } from './net';
import { PROCPS_TOOLS } from './procps';
import { shellTool } from './shells';

export const GENERIC_TOOLS: Record<string, Tool> = {
  ...COREUTILS_TOOLS,
  ...TEXT_TOOLS,
  ...PROCPS_TOOLS,
  sh: shellTool,
  ash: shellTool,
  dash: shellTool,
  bash: shellTool,
  curl,
  wget,
  nslookup,
};
