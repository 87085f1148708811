// One spawned smoke test per command: the built binary (bin/jianghua.js → dist/, compiled by test/global-setup.ts
// when stale) as a user runs it. Everything else about the CLI is tested in-process through run(argv, io).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_FILES, corpusPath, runCli, tempDir } from '../helpers.js';

describe('the built binary', () => {
  it('--help and --version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['analyze', 'summarize', 'draft', 'init', 'lint', 'segment']) expect(help.stdout).toContain(c);
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('analyze, then summarize its JSONL from stdin', () => {
    const a = runCli(['analyze', '--no-keywords', '--format', 'jsonl', corpusPath(CORPUS_FILES[0]), corpusPath(CORPUS_FILES[4])]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout.trim().split('\n')).toHaveLength(2);
    const s = runCli(['summarize', '--format', 'json'], { input: a.stdout });
    expect(s.code, s.stderr).toBe(0);
    expect(JSON.parse(s.stdout).files).toBe(2);
  });

  it('init, then draft from it, then lint the draft', () => {
    const dir = tempDir();
    const facts = path.join(dir, 'facts.yaml');
    expect(runCli(['init', '--type', 'progress', '-o', facts]).code).toBe(0);
    const speech = path.join(dir, 'speech.txt');
    const d = runCli(['draft', '--facts', facts, '-o', speech]);
    expect(d.code, d.stderr).toBe(0);
    expect(readFileSync(speech, 'utf8')).toContain('同志们：');
    const l = runCli(['lint', '--format', 'json', speech]);
    expect(l.code, l.stderr).toBe(0);
    expect(JSON.parse(l.stdout)[0].errorCount).toBe(0);
  });
});
