// Lint on speeches written for the tests (test/fixtures/speeches): clean ones stay clean, planted defects are found.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDocument } from '../../src/text/document.js';
import { lintDocument } from '../../src/lint/index.js';
import { ROOT } from '../helpers.js';

const lint = (name: string) => lintDocument(createDocument(readFileSync(path.join(ROOT, 'test/fixtures/speeches', name), 'utf8'), name), { group: false });

describe('lint on unseen speeches', () => {
  it('finds nothing in the clean progress and summary speeches', () => {
    expect(lint('progress-safety.txt').messages).toEqual([]);
    expect(lint('web-summary.txt').messages).toEqual([]);
    expect(lint('markdown-mobilization.md').messages).toEqual([]);
    expect(lint('annual-work-meeting.txt').messages).toEqual([]);
  });
  it('finds exactly the planted defects', () => {
    const r = lint('dongyuan-defects.txt');
    expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['announced-count', 3],
      ['series-sequence', 5],
      ['placeholder', 7],
      ['placeholder', 7],
      ['placeholder', 7],
      ['heading-sequence', 8],
    ]);
    expect(r.errorCount).toBe(6);
  });
});
