import { describe, expect, it } from 'vitest';
import { createDocument, positionAt, offsetAt, codePointLength, detectEol } from '../../src/text/document.js';

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
