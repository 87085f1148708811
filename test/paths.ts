// Paths the tests share, in a module that imports nothing from src/: test/global-setup.ts (vitest's main process)
// uses them too. test/helpers.ts re-exports them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'jianghua.js');

/**
 * The development corpus of real speeches collected outside the repository (`../shared/corpus`, or
 * JIANGHUA_SHARED). It is never copied into the repository; tests that use it skip, with a message, when absent.
 */
export const SHARED_CORPUS = process.env.JIANGHUA_SHARED
  ? path.resolve(process.env.JIANGHUA_SHARED, 'corpus')
  : path.resolve(ROOT, '..', 'shared', 'corpus');
export const HAS_SHARED = existsSync(path.join(SHARED_CORPUS, 'SOURCES.md'));
