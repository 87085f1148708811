// Drafts written by hand before the templates (test/fixtures/drafts/*.txt, what a good writer would accept) for
// realistic facts files: the first wording of every slot (variant 0) must give exactly these texts.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { draftFromFacts, toText } from '../../src/draft/index.js';

export const DRAFT_FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/drafts');
export const CASES = ['anquan-mobilization', 'xiangmu-progress', 'zhuti-summary', 'mixed-mobilization'];

describe.each(CASES)('expected draft %s', (name) => {
  it('is drafted exactly as written by hand', async () => {
    const facts = await fs.readFile(path.join(DRAFT_FIXTURES, `${name}.yaml`), 'utf8');
    const expected = await fs.readFile(path.join(DRAFT_FIXTURES, `${name}.txt`), 'utf8');
    const r = await draftFromFacts(facts, { file: `${name}.yaml`, variant: 0 });
    expect(r.warnings).toEqual([]);
    expect(toText(r.paragraphs)).toBe(expected);
  });
});
