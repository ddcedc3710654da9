#!/usr/bin/env node
// The `kubedojo` command. The engine is TypeScript; tsx (a devDependency) compiles it on the fly,
// so the command works straight after `npm install` without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
