// A pair built from a real speech (corpus 004) for the compare tests: B has 三严三实 taken out (both clauses),
// 四下基层 added, and two unambiguous figures changed (困难群众 167户 → 187户, 10台指纹打卡机 → 12台); 426名党员 → 526名 too, which
// is not reported: a two-character noun (党员) is too generic to pair figures by.
import { readFileSync } from 'node:fs';
import { corpusPath } from '../helpers.js';

const original = readFileSync(corpusPath('004_2a5315d4f9a02ca3'), 'utf8');

export function editedPair(): { a: string; b: string } {
  const b = original
    .replaceAll('按照“三严三实”要求,', '')
    .replace('走访困难群众 167', '走访困难群众 187')
    .replace('10台指纹打卡机', '12台指纹打卡机')
    .replace('426名党员', '526名党员')
    .replace('作风建设永远在路上。', '作风建设永远在路上。要坚持“四下基层”的工作方法。');
  return { a: original, b };
}

