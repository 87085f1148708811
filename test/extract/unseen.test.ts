// The analysis on speeches written for the tests in styles the corpus lacks; expectations written by hand.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';
import { ROOT } from '../helpers.js';

const load = (name: string) => {
  const file = path.join(ROOT, 'test/fixtures/speeches', name);
  return createDocument(readFileSync(file, 'utf8'), name);
};

describe('progress-safety.txt (推进会, full-width indents)', () => {
  const s = analyzeStructure(load('progress-safety.txt'));
  it('finds title, salutation, type', () => {
    expect(s.title).toBe('在全市安全生产工作推进会上的讲话');
    expect(s.salutationLine).toBe(4);
    expect(s.type.label).toBe('progress');
  });
  it('finds the heading tree', () => {
    expect(s.headings.map((h) => [h.level, h.marker, h.text, h.line])).toEqual([
      [1, '一、', '肯定成绩，坚定做好安全生产工作的信心', 6],
      [1, '二、', '正视问题，清醒认识面临的严峻形势', 8],
      [1, '三、', '突出重点，全力抓好下一阶段各项工作', 10],
      [2, '（一）', '深入开展隐患排查治理', 11],
      [2, '（二）', '严格落实企业主体责任', 12],
      [2, '（三）', '切实加强应急管理', 13],
    ]);
    expect(s.headings[0].column).toBe(3); // after the two full-width spaces
    expect(s.headings.slice(3).every((h) => h.parent === 2)).toBe(true);
  });
  it('finds the three series of three, one per family', () => {
    expect(s.series.map((x) => [x.family, x.items.length, x.problems.length])).toEqual([['shi', 3, 0], ['di', 3, 0], ['shouxian', 3, 0]]);
    expect(s.series[1].items.map((i) => i.text)).toEqual(['思想认识还不到位', '隐患排查还不深入', '监管力量还比较薄弱']);
  });
  it('matches the announced three points with three headings', () => {
    expect(s.announced.map((a) => [a.announced, a.actual, a.target])).toEqual([[3, 3, 'headings']]);
  });
  it('finds the formulas and the statistics', () => {
    expect(s.formulas.map((f) => f.text).sort()).toEqual(['一岗双责', '四不两直']);
    const stats = Object.fromEntries(s.statistics.map((x) => [x.text, x]));
    expect(stats['企业1326家']).toMatchObject({ value: 1326, unit: '家', noun: '企业' });
    expect(s.statistics.find((x) => x.value === 180)).toMatchObject({ approx: '余', unit: '场次' });
    expect(s.statistics.find((x) => x.value === 93.1)).toMatchObject({ unit: '%' });
    expect(s.statistics.find((x) => x.value === 2.3)).toMatchObject({ unit: '万人' });
  });
});

describe('web-summary.txt (one line, paragraphs marked by 　　)', () => {
  const doc = load('web-summary.txt');
  const s = analyzeStructure(doc);
  it('finds the structure on a single line', () => {
    expect(doc.lines.filter((l) => l.trim()).length).toBe(1);
    expect(s.type.label).toBe('summary');
    expect(s.title).toBe('在全镇“美丽乡村”建设三年行动总结表彰大会上的讲话');
    expect(s.headings.map((h) => `${h.marker}${h.text}`)).toEqual([
      '一、三年行动取得显著成效', '二、几点经验体会', '三、巩固成果，推动乡村振兴再上新台阶',
      '（一）健全长效管护机制', '（二）加快补齐短板弱项', '（三）压实工作责任',
    ]);
    const h = s.headings[0];
    expect([...doc.lines[0]].slice(h.column - 1, h.column + 1).join('')).toBe('一、');
  });
  it('finds the series and the announced counts', () => {
    expect(s.series.map((x) => [x.family, x.items.length])).toEqual([['shi', 3], ['di', 4]]);
    const counted = s.announced.filter((a) => a.announced !== null).map((a) => [a.announced, a.actual]);
    expect(counted).toEqual([[3, 3], [4, 4]]);
  });
  it('reads figures with their approximations', () => {
    expect(s.statistics.find((x) => x.value === 8600)).toMatchObject({ unit: '万元', approx: '余' });
    expect(s.statistics.find((x) => x.value === 3200)).toMatchObject({ unit: '户' });
    expect(s.statistics.find((x) => x.value === 95)).toMatchObject({ unit: '%', approx: '以上' });
  });
});

describe('dongyuan-defects.txt (planted defects)', () => {
  const s = analyzeStructure(load('dongyuan-defects.txt'));
  it('sees the skipped heading, the series gap and the short count', () => {
    expect(s.headings.map((h) => h.number)).toEqual([1, 2, 4]);
    expect(s.series[0].problems.map((p) => p.kind)).toEqual(['gap']);
    expect(s.series[1].items).toHaveLength(6);
    expect(s.announced.map((a) => [a.announced, a.actual])).toEqual([[4, 3], [6, 6]]);
    expect(s.type.label).toBe('mobilization');
  });
});

describe('markdown-mobilization.md (a draft kept as Markdown)', () => {
  const doc = load('markdown-mobilization.md');
  const s = analyzeStructure(doc);
  it('reads through the Markdown syntax: title, salutation, headings', () => {
    expect(s.title).toBe('在全区“不忘初心、牢记使命”主题教育动员部署会议上的讲话');
    expect(s.salutationLine).toBe(7);
    expect(s.type.label).toBe('mobilization');
    expect(s.headings.map((h) => [h.level, h.marker, h.line])).toEqual([
      [1, '一、', 11], [1, '二、', 15], [2, '（一）', 17],
      [3, '1.', 21], [3, '2.', 22], [3, '3.', 23], [3, '4.', 24],
      [2, '（二）', 26], [1, '三、', 30],
    ]);
    expect(s.headings[0].text).toBe('提高政治站位，深刻认识开展主题教育的重大意义');
    expect(s.headings[0].column).toBe(4); // after "## "
    expect(s.headings[2].column).toBe(5); // after "### "
  });
  it('matches the three announced parts and the 一要 series', () => {
    expect(s.announced.find((a) => a.phrase.includes('三个方面'))).toMatchObject({ announced: 3, actual: 3 });
    expect(s.series.map((x) => [x.family, x.items.length])).toEqual([['yao', 4]]);
  });
  it('reads the statistics with 万余 and the noun before the number', () => {
    expect(s.statistics.find((x) => x.value === 1286)).toMatchObject({ unit: '个', noun: '基层党组织' });
    expect(s.statistics.find((x) => x.value === 2.4)).toMatchObject({ unit: '万名', approx: '余', noun: '党员' });
    expect(s.formulas.map((f) => f.text).sort()).toEqual(['两个维护', '四个意识', '四个自信'].sort());
  });
});

describe('progress-review.txt (点评讲话 at a 述职评议 meeting) and other-greeting.txt (致辞)', () => {
  it('classes a 点评 speech as progress, with its headings, series and counted noun', () => {
    const s = analyzeStructure(load('progress-review.txt'));
    expect(s.type.label).toBe('progress');
    expect(s.headings.map((h) => h.text)).toEqual(['关于成绩', '关于问题', '关于下一步工作']);
    expect(s.series.map((x) => [x.family, x.items.length, x.problems.length])).toEqual([['shi', 3, 0], ['yao', 3, 0]]);
    expect(s.statistics[0]).toMatchObject({ value: 8, unit: '个', noun: '县市区委书记' });
  });
  it('leaves an opening-ceremony greeting as other', () => {
    const s = analyzeStructure(load('other-greeting.txt'));
    expect(s.type.label).toBe('other');
    expect(s.headings).toEqual([]);
    expect(s.statistics.map((x) => [x.value, x.unit])).toEqual([[856, '家'], [2.6, '%']]);
  });
});

describe('annual-work-meeting.txt (回顾总结去年、安排部署今年)', () => {
  const s = analyzeStructure(load('annual-work-meeting.txt'));
  it('is a deployment speech, not a summary, despite 回顾总结 in its purpose', () => {
    expect(s.type.label).toBe('mobilization');
  });
  it('finds its structure, the 几点 announcement and the 三点 series', () => {
    expect(s.headings.map((h) => `${h.marker}${h.line}`)).toEqual(['一、7', '二、11', '（一）13', '（二）15', '（三）17', '三、19']);
    expect(s.announced.map((a) => [a.announced, a.actual])).toEqual([[null, 3], [3, 3]]);
    expect(s.series.map((x) => [x.family, x.items.length])).toEqual([['shi', 3], ['di', 3]]);
    expect(s.formulas.map((f) => f.text).sort()).toEqual(['一企一策', '一岗双责', '三个必须', '三超一疲劳'].sort());
    expect(s.statistics.find((x) => x.value === 2)).toMatchObject({ unit: '个', noun: '部门' });
    expect(s.statistics.find((x) => x.value === 300)).toMatchObject({ approx: '不少于', unit: '项' });
  });
});
