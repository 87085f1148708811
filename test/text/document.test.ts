import { describe, expect, it } from 'vitest';
import { createDocument, positionAt, offsetAt, codePointLength, detectEol, nonSpaceLength } from '../../src/text/document.js';

describe('document positions', () => {
  it('counts 1-based lines and columns in code points', () => {
    const doc = createDocument('同志们：\n今天召开𠀀会议。一、统一思想');
    const off = doc.text.indexOf('一、');
    expect(positionAt(doc, off)).toEqual({ line: 2, column: 9 });
    expect(offsetAt(doc, { line: 2, column: 9 })).toBe(off);
    expect(positionAt(doc, 0)).toEqual({ line: 1, column: 1 });
  });

  it('normalises CRLF and CR line ends and strips a BOM', () => {
    expect(createDocument('\uFEFF同志们：\r\n一、意义\r\n').lines).toEqual(['同志们：', '一、意义', '']);
    expect(createDocument('甲\r乙\r丙').lines).toEqual(['甲', '乙', '丙']);
    expect(detectEol('a\r\nb')).toBe('crlf');
    expect(detectEol('a\rb')).toBe('cr');
    expect(detectEol('a\nb\r\nc')).toBe('mixed');
    expect(detectEol('abc')).toBe('none');
  });

  it('counts a surrogate pair as one column', () => {
    expect(codePointLength('𠀀好')).toBe(2);
  });
});

describe('positions from the document index (any order, long lines, surrogate pairs)', () => {
  // A naive model: walk code points from the line start.
  function naive(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: [...text.slice(lineStart, offset)].length + 1 };
  }
  const pieces = ['中', '文', '𠮷', '😀', 'a', '\n', '，', '𡈽', '　'];
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const texts = [
    '一、总体要求\n同志们：今天我们召开会议。',
    Array.from({ length: 3000 }, () => pieces[rand(pieces.length)]).join(''),
    Array.from({ length: 2000 }, () => pieces[rand(5)]).join(''), // one long line with pairs
    '𠮷'.repeat(200),
  ];
  it.each(texts.map((t, i) => [i, t]))('text %i: every code-point start maps both ways', (_i, text) => {
    const doc = createDocument(text as string);
    const offsets: number[] = [];
    for (let i = 0; i <= doc.text.length; i++) {
      const c = doc.text.charCodeAt(i - 1);
      if (i > 0 && c >= 0xd800 && c <= 0xdbff) continue; // the middle of a pair is no position
      offsets.push(i);
    }
    // Asked out of order: the index does not depend on a cursor. Every offset is checked; the ones that disagree
    // are listed by one expect (an expect per offset cost more than the lookups).
    const wrong: unknown[] = [];
    for (const off of [...offsets].reverse()) {
      const pos = positionAt(doc, off);
      const want = naive(doc.text, off);
      const same = Object.keys(pos).length === 2 && pos.line === want.line && pos.column === want.column; // = toEqual(want)
      if (!same || offsetAt(doc, pos) !== off) wrong.push({ off, pos, want, back: offsetAt(doc, pos) });
    }
    expect(wrong).toEqual([]);
  });
  it('clamps columns past the line end and offsets past the text', () => {
    const doc = createDocument('𠮷一\n二');
    expect(offsetAt(doc, { line: 1, column: 99 })).toBe(3);
    expect(positionAt(doc, 999)).toEqual({ line: 2, column: 2 });
  });
});

describe('line ends and counts without regex arrays', () => {
  // Every string of up to four units over these pieces: the scans must agree with the regex definitions exactly.
  const pieces = ['\r', '\n', 'a', '中', '\uFEFF', ' ', '\u3000', '\u00a0', '\u2028', '\ud83d', '\ude00', '\u200b'];
  const strings: string[] = [''];
  for (let len = 1; len <= 4; len++) {
    const prev = strings.filter((s) => s.length === len - 1 || (len === 1 && s === ''));
    for (const s of prev) for (const p of pieces) strings.push(s + p);
  }
  const eolByRegex = (raw: string) => {
    const crlf = /\r\n/.test(raw);
    const cr = /\r(?!\n)/.test(raw);
    const lf = /(?<!\r)\n/.test(raw);
    const kinds = [crlf, cr, lf].filter(Boolean).length;
    return kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf ? 'crlf' : cr ? 'cr' : 'lf';
  };

  // Each of the ~22,000 strings is compared exactly; one expect per check lists every string that disagrees (an
  // expect call per string cost more than the scans themselves).
  it('detectEol and the normalised text', () => {
    expect(strings.filter((s) => detectEol(s) !== eolByRegex(s)).map((s) => JSON.stringify(s))).toEqual([]);
    expect(strings.filter((s) => createDocument(s).text !== s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).map((s) => JSON.stringify(s))).toEqual([]);
  });

  it('nonSpaceLength counts the code points left once white space is removed', () => {
    expect(strings.filter((s) => nonSpaceLength(s) !== [...s.replace(/\s/g, '')].length).map((s) => JSON.stringify(s))).toEqual([]);
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(nonSpaceLength(all)).toBe([...all.replace(/\s/g, '')].length);
  });
});
