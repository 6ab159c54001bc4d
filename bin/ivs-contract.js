#!/usr/bin/env node
// Thin launcher: the CLI itself is TypeScript compiled to dist/ by `npm run build` (run on `prepare`).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
