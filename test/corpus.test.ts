// The bundled corpus: every speech listed in the index is present, unchanged in kind, and readable.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CORPUS } from './helpers.js';
import { collectFiles, readDocument } from '../src/text/read.js';

const index = YAML.parse(readFileSync(path.join(CORPUS, 'index.yaml'), 'utf8')) as { speeches: Array<{ file: string; type: string; noise: string[] }> };

describe('corpus/index.yaml', () => {
  it('lists exactly the speeches in corpus/', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    expect(index.speeches.map((s) => s.file).sort()).toEqual(files);
  });
  it('is what a folder walk of corpus/ finds: the word lists beside the speeches are not taken for speeches', async () => {
    const found: string[] = [];
    for await (const c of collectFiles([CORPUS])) found.push(path.relative(CORPUS, c.file));
    expect(found.sort()).toEqual(index.speeches.map((s) => s.file).sort());
  });
  it('gives each a known type and its noise', async () => {
    for (const s of index.speeches) {
      expect(['mobilization', 'progress', 'summary']).toContain(s.type);
      expect(s.noise.length).toBeGreaterThan(0);
      const doc = await readDocument(path.join(CORPUS, s.file));
      expect(doc.encoding).toBe('utf-8');
    }
  });
});
