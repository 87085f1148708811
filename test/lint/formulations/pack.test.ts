// Every entry of the shipped 提法 pack carries hit/miss sentences: each hit must be found, each miss must not.
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { loadPack, BUILTIN_PACK_DIR, COMPILED_PACK } from '../../../src/lint/formulations/pack.js';
import { checkSpecimens } from '../../../src/lint/formulations/specimens.js';

const pack = loadPack([BUILTIN_PACK_DIR], { specimens: true });

describe('shipped 提法 pack', () => {
  it('loads with unique ids and a source for every entry', () => {
    expect(pack.entries.length).toBeGreaterThan(250);
    for (const e of pack.entries) expect(e.source.length).toBeGreaterThan(4);
  });

  it('every hit specimen is found and every miss specimen is not', () => {
    const { checked, failures } = checkSpecimens(pack);
    const lines = failures.map((f) => `${f.entry.id} ${f.expected}: ${f.specimen.text}${f.specimen.date ? ` @${f.specimen.date}` : ''} → [${f.got.join(', ')}]`);
    expect(lines).toEqual([]);
    expect(checked).toBeGreaterThan(2 * pack.entries.length - 1);
  });

  it.skipIf(!existsSync(COMPILED_PACK))('the compiled pack of the build is the YAML pack without its specimens', () => {
    const fast = loadPack([BUILTIN_PACK_DIR]);
    if (fast.entries.every((e) => e.hit.length > 0)) {
      console.warn('dist/formulations.json is older than data/formulations: run npm run build');
      return;
    }
    expect(fast.entries.map((e) => ({ ...e, hit: [], miss: [] }))).toEqual(pack.entries.map((e) => ({ ...e, hit: [], miss: [] })));
  });
});
