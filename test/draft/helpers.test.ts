// Table tests of the pure drafting helpers and their registration on an isolated Handlebars environment.
import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import {
  clause, cnCount, cnNum, figure, formatDate, hasDetail, headingMarker, helperTable, inc, isValidDate, joinList,
  seriesMarker, sentence, statList, statPhrase,
} from '../../src/draft/helpers.js';

describe('cnNum', () => {
  it.each([[1, '一'], [3, '三'], [10, '十'], [12, '十二'], [20, '二十'], [21, '二十一'], [105, '一百零五'], [110, '一百一十']])('%i → %s', (n, s) => {
    expect(cnNum(n)).toBe(s);
  });
  it('counts before a measure word use 两 for 2 only', () => {
    expect(cnCount(2)).toBe('两');
    expect(cnCount(3)).toBe('三');
    expect(cnCount(12)).toBe('十二');
    expect(cnCount(22)).toBe('二十二');
  });
});

describe('headingMarker', () => {
  it.each([
    [1, 1, '一、'], [1, 4, '四、'], [1, 11, '十一、'],
    [2, 1, '（一）'], [2, 10, '（十）'],
    [3, 1, '1.'], [3, 12, '12.'],
    [4, 2, '（2）'],
  ])('level %i, n %i → %s', (level, n, s) => {
    expect(headingMarker(level, n)).toBe(s);
  });
  it('rejects a level outside 1..4', () => {
    expect(() => headingMarker(5, 1)).toThrow(RangeError);
  });
});

describe('seriesMarker', () => {
  it.each([
    [1, undefined, '一是'], [2, '是', '二是'], [10, '是', '十是'], [1, '要', '一要'], [4, '要', '四要'], [3, '第', '第三'],
  ])('%i %s → %s', (n, family, s) => {
    expect(seriesMarker(n, family)).toBe(s);
  });
});

describe('joinList', () => {
  it.each([
    [[], ''], [['甲'], '甲'], [['甲', '乙'], '甲和乙'], [['甲', '乙', '丙'], '甲、乙和丙'], [['甲', '', '乙'], '甲和乙'],
  ])('%j → %s', (xs, s) => {
    expect(joinList(xs)).toBe(s);
  });
  it('takes another final conjunction', () => {
    expect(joinList(['学习', '查摆', '整改'], '及')).toBe('学习、查摆及整改');
  });
});

describe('date', () => {
  it.each([
    ['2014-11-11', '2014年11月11日'], ['2024-02-06', '2024年2月6日'], ['2014-03', '2014年3月'], ['今年3月', '今年3月'],
  ])('%s → %s', (v, s) => {
    expect(formatDate(v)).toBe(s);
  });
  it.each([['2014-11-11', true], ['2024-02-29', true], ['2023-02-29', false], ['2014-13-01', false], ['2014-00', false], ['十月', true]])(
    'valid %s → %s', (v, ok) => { expect(isValidDate(v)).toBe(ok); });
});

describe('figure and statistics', () => {
  it.each([[426, '名', '426名'], [23, '%', '23%'], [1.2, '万吨', '1.2万吨'], ['60余', '万元', '60余万元'], [5, undefined, '5']])(
    '%s + %s → %s', (v, u, s) => { expect(figure(v, u)).toBe(s); });
  it('writes a statistic as label + figure, several joined by commas', () => {
    expect(statPhrase({ label: '走访群众', value: 1869, unit: '户' })).toBe('走访群众1869户');
    expect(statList([{ label: '办结民生实事', value: 126, unit: '件' }, { label: '群众满意率达到', value: 96.5, unit: '%' }]))
      .toBe('办结民生实事126件，群众满意率达到96.5%');
  });
});

describe('sentence and clause', () => {
  it.each([
    ['加强组织领导', '加强组织领导。'], ['加强组织领导。', '加强组织领导。'], ['确保实效！', '确保实效！'],
    ['坚决杜绝“新官不理旧账”', '坚决杜绝“新官不理旧账”。'], ['他说：“要抓落实。”', '他说：“要抓落实。”'],
    ['动员部署阶段（3月）', '动员部署阶段（3月）。'],
  ])('sentence(%s) → %s', (a, b) => { expect(sentence(a)).toBe(b); });
  it.each([['组织推进有力有序。', '组织推进有力有序'], ['加强领导；', '加强领导'], ['聚焦重点', '聚焦重点']])(
    'clause(%s) → %s', (a, b) => { expect(clause(a)).toBe(b); });
});

describe('inc and hasDetail', () => {
  it('turns a 0-based index into a number', () => { expect(inc(0)).toBe(1); });
  it('sees detail when an item has points or figures', () => {
    expect(hasDetail([{ title: 'a', points: [], stats: [] }])).toBe(false);
    expect(hasDetail([{ title: 'a', points: [], stats: [] }, { title: 'b', points: ['x'], stats: [] }])).toBe(true);
    expect(hasDetail([{ title: 'a', points: [], stats: [{ label: 'l', value: 1 }] }])).toBe(true);
  });
});

describe('helper registration', () => {
  it('works on an isolated environment and leaves the global one alone', () => {
    const hb = Handlebars.create();
    hb.registerHelper(helperTable());
    const t = hb.compile('{{headingMarker 1 n}}{{seriesMarker n}}{{seriesMarker n "要"}}{{cnCount n}}{{joinList xs}}{{date d}}{{figure v "名"}}', { strict: true, noEscape: true });
    expect(t({ n: 2, xs: ['甲', '乙', '丙'], d: '2014-11-11', v: 426 })).toBe('二、二是二要两甲、乙和丙2014年11月11日426名');
    expect(Handlebars.helpers.cnNum).toBeUndefined();
  });
});
