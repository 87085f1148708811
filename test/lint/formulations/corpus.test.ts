// The 提法 rules on unmodified real speeches: at most 0.2 findings per 10,000 characters, and each finding one
// that was read and judged a real deviation (listed here by hand; a new finding fails until it is reviewed).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDocument } from '../../../src/text/document.js';
import { lintDocument } from '../../../src/lint/engine.js';
import { rules } from '../../../src/lint/rules/index.js';
import { CORPUS, CORPUS_FILES, HAS_SHARED, sharedFiles } from '../../helpers.js';

const ruleList = rules.filter((r) => ['formulation', 'formulation-order', 'roster'].includes(r.id));

/** Every finding on the development corpus and the bundled corpus, read and judged by hand. */
const REVIEWED = [
  '001_mobilization.txt:13 formulation 省委省政府',        // 顿号 missing between the two bodies
  '003_other.txt:52 formulation 十二五',                   // 国家十二五规划: the plan's short name unquoted
  '015_other.txt:8 formulation 市委市政府',
  '016_other.txt:6 formulation 市委市政府',
  '017_other.txt:35 formulation 市委市政府',
  '017_other.txt:57 formulation 市委市政府',
  '020_other.txt:15 formulation 三农',                     // ×3 in the paragraph: 心系三农 unquoted (suggestions are never grouped)
  '020_other.txt:15 formulation 习总书记',                 // the leader's name shortened
  '020_other.txt:15 formulation 三农',
  '020_other.txt:15 formulation 三农',
  '020_other.txt:25 formulation 习总书记',
  '003_b31c1b9491c38b37.txt:8 formulation 四个意识',       // unquoted (a 2005 speech: the phrase predates the 2016 formulation)
];

describe.skipIf(!HAS_SHARED)('提法 rules on the unmodified real speeches', () => {
  it('find only the reviewed deviations, at most 0.2 per 10,000 characters', () => {
    const files = [...sharedFiles('speeches'), ...sharedFiles('reports'), ...CORPUS_FILES.map((s) => path.join(CORPUS, `${s}.txt`))];
    let chars = 0;
    let findings = 0;
    const got: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      chars += [...text.replace(/\s/g, '')].length;
      const doc = createDocument(text, f);
      for (const m of lintDocument(doc, { ruleList }).messages) {
        findings += m.count ?? 1;
        const found = /^不用“([^”]+)”|^“([^”]+)”/.exec(m.message);
        got.push(`${path.basename(f)}:${m.line} ${m.ruleId} ${found?.[1] ?? found?.[2] ?? m.message}`);
      }
    }
    console.log(`提法 findings on the development corpus: ${findings} over ${chars} characters = ${(findings / chars * 1e4).toFixed(3)} per 10,000`);
    expect(got).toEqual(REVIEWED);
    expect(findings / chars * 1e4).toBeLessThanOrEqual(0.2);
  });
});
