#!/usr/bin/env node
// The package runs from its TypeScript sources through tsx, so `npx pronto` works right
// after `npm ci` with no build step and can never run stale compiled code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
