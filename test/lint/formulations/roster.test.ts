// The roster rule with the example roster (fictional names): titles at the speech date, spellings, list order.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync, copyFileSync } from 'node:fs';
import { createDocument } from '../../../src/text/document.js';
import { lintDocument } from '../../../src/lint/engine.js';
import { rules } from '../../../src/lint/rules/index.js';
import { parseRoster } from '../../../src/lint/formulations/roster.js';
import { ROOT, tempDir } from '../../helpers.js';

const ROSTER = path.join(ROOT, 'examples', 'roster.yaml');
const rule = rules.filter((r) => r.id === 'roster');

function lint(text: string, opts: { date?: string; roster?: string; file?: string } = {}) {
  const doc = createDocument(text, opts.file ?? '<string>');
  return lintDocument(doc, { ruleList: rule, roster: opts.roster ?? ROSTER, ...(opts.date ? { date: opts.date } : {}) }).messages;
}

describe('roster rule', () => {
  it('a title the person did not hold at the speech date is found, with the title held as a suggestion', () => {
    const m = lint('同志们：\n市长林清远同志出席会议。\n', { date: '2024-03-05' });
    expect(m).toHaveLength(1);
    expect(m[0]!.messageId).toBe('titleAtDate');
    expect(m[0]!.message).toContain('林清远在2024年3月5日的职务不是“市长”');
    expect(m[0]!.suggestions?.[0]?.fix.text).toBe('市委书记');
  });

  it('the same title at a date when it was held is fine; the speech date comes from the text', () => {
    expect(lint('同志们：\n市长林清远同志出席会议。\n', { date: '2019-05-01' })).toEqual([]);
    expect(lint('在全市工作会议上的讲话\n（2019年5月1日）\n同志们：\n市长林清远同志出席会议。\n')).toEqual([]);
    expect(lint('在全市工作会议上的讲话\n（2024年5月1日）\n同志们：\n市长林清远同志出席会议。\n').map((x) => x.messageId)).toEqual(['titleAtDate']);
  });

  it('a title written after the name, and a chain of titles before it, are both checked', () => {
    const m = lint('周明哲常务副市长讲话。市委副书记、市长周明哲主持会议。\n', { date: '2024-03-05' });
    expect(m.map((x) => x.message)).toEqual([expect.stringContaining('周明哲在2024年3月5日的职务不是“常务副市长”')]);
  });

  it('a title the roster never gives the person', () => {
    const m = lint('市政协主席沈若兰出席。\n', { date: '2024-03-05' });
    expect(m[0]?.messageId).toBe('titleNever');
  });

  it('a name written differently next to a title or 同志 is found and fixed to the roster name', () => {
    const m = lint('市委书记林青远同志作重要讲话。\n', { date: '2024-03-05' });
    expect(m).toHaveLength(1);
    expect(m[0]!.message).toBe('“林青远”与名册中的“林清远”写法不同');
    expect(m[0]!.fix?.text).toBe('林清远');
    expect(lint('阿依古丽买买提副市长出席。\n', { date: '2024-03-05' })).toEqual([]);
  });

  it('a list of names out of rank order is a warning naming the order', () => {
    const m = lint('出席会议的领导有：市长周明哲、市委书记林清远、市政协主席高文博。\n', { date: '2024-03-05' });
    expect(m).toHaveLength(1);
    expect(m[0]!.severity).toBe(1);
    expect(m[0]!.message).toBe('名单次序与名册不符，应为“林清远、周明哲、高文博”');
    expect(lint('出席会议的领导有：市委书记林清远，市长周明哲，市政协主席高文博。\n', { date: '2024-03-05' })).toEqual([]);
  });

  it('without a roster the rule is silent; roster.yaml is found upwards from the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'draft.txt');
    writeFileSync(file, '市长林清远同志出席会议。\n');
    const doc = createDocument('市长林清远同志出席会议。\n', file);
    expect(lintDocument(doc, { ruleList: rule, date: '2024-03-05' }).messages).toEqual([]);
    copyFileSync(ROSTER, path.join(dir, 'roster.yaml'));
    expect(lintDocument(createDocument('市长林清远同志出席会议。\n', file), { ruleList: rule, date: '2024-03-05' }).messages).toHaveLength(1);
  });

  it('a bad roster is a Chinese error naming the file and the person', () => {
    expect(() => parseRoster('people:\n  - name: 林清远\n    titles: [{ title: 市长, from: 2021-13-01 }]\n', 'r.yaml')).toThrow(/“林清远”：“from”应为日期/);
    expect(() => parseRoster('people: 1\n', 'r.yaml')).toThrow(/people/);
  });
});
