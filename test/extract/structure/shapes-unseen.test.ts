// Announcement and series shapes that the third fresh batch (national reports, issue 10) showed missing, written as
// general shapes with invented sentences (none is taken from a development text).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const counts = (text: string) => analyze(text).announced.map((a) => [a.announced, a.actual, a.target]);
const lengths = (text: string) => analyze(text).series.map((s) => [s.family, s.items.length, s.problems.map((p) => p.kind)]);

describe('the older report style: every item led by 一是', () => {
  it('one paragraph of 一是…；一是… is one series of two items, with no problem', () => {
    const text = '我们要抓好两件事：一是加快交通建设，打通断头路；一是加强人才培养，办好职业学校。';
    expect(lengths(text)).toEqual([['shi', 2, []]]);
    expect(counts(text)).toEqual([[2, 2, 'series']]);
  });
  it('after a count closing its clause (基本经验是两条，一是…，一是…)', () => {
    const text = '多年来的基本经验是两条，一是坚持实事求是，一是坚持依靠群众。';
    expect(lengths(text)).toEqual([['shi', 2, []]]);
    expect(counts(text)).toEqual([[2, 2, 'series']]);
  });
  it('a paragraph that goes on with 二是 keeps its numbering (一是 opening an inner list stays nested)', () => {
    expect(lengths('一是抓产业：一是抓工业，二是抓农业；二是抓民生。').map(([f, n]) => [f, n])).toEqual([['shi', 2], ['shi', 2]]);
  });
  it('a count of a formula before the comma is no announcement of the series (坚持三项原则，一是…)', () => {
    expect(counts('路线的基本点是两条，一是坚持三项基本原则，一是坚持改革开放。')).toEqual([[2, 2, 'series']]);
  });
  it('一是 in two sentences is not joined', () => {
    expect(lengths('一是加快交通建设。一是加强人才培养。').map(([f, n]) => [f, n])).toEqual([['shi', 1], ['shi', 1]]);
  });
  it('一是 in two paragraphs is not joined', () => {
    expect(lengths('一是加快交通建设。\n一是加强人才培养。').map(([f, n]) => [f, n])).toEqual([['shi', 1], ['shi', 1]]);
  });
});
