#!/usr/bin/env node
// Shebang shim: all logic lives in dist/cli.js; this only sets the exit code.
import { run } from '../dist/cli.js';

run(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`jianghua: 内部错误：${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
