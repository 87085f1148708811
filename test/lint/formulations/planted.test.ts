// Planted deviations: real speeches of the development corpus (read at test time, never copied) with one
// formulation changed by hand; each must produce exactly one new finding of the expected rule at that place.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDocument } from '../../../src/text/document.js';
import { lintDocument } from '../../../src/lint/engine.js';
import { rules } from '../../../src/lint/rules/index.js';
import { HAS_SHARED, SHARED_CORPUS } from '../../helpers.js';

const ruleList = rules.filter((r) => r.id === 'formulation' || r.id === 'formulation-order');

/** [file, correct text in the speech, the same text with one deviation, rule, a part of the expected message] */
const PLANTED: Array<[string, string, string, string, string]> = [
  ['speeches/001_mobilization.txt', '习近平新时代中国特色社会主义思想', '习近平新时代中国特色社会思想', 'formulation', '应为“习近平新时代中国特色社会主义思想”'],
  ['speeches/020_other.txt', '习近平新时代中国特色社会主义思想', '习近平新时代中国特社会主义思想', 'formulation', '应为“习近平新时代中国特色社会主义思想”'],
  ['speeches/008_other.txt', '社会主义核心价值观', '社会主义核心价直观', 'formulation', '应为“社会主义核心价值观”'],
  ['speeches/043_other.txt', '国家治理体系和治理能力现代化', '国家治理体系和治里能力现代化', 'formulation', '应为“国家治理体系和治理能力现代化”'],
  ['speeches/044_other.txt', '中国共产党领导的多党合作和政治协商制度', '中国共产党领导的多党合作与政治协商制度', 'formulation', '应为“中国共产党领导的多党合作和政治协商制度”'],
  ['speeches/043_other.txt', '党中央、国务院', '党中央国务院', 'formulation', '应为“党中央、国务院”'],
  ['speeches/001_mobilization.txt', '“四个意识”', '四个意识', 'formulation', '应为“‘四个意识’”'],
  ['speeches/003_other.txt', '市委、市政府', '市委市政府', 'formulation', '应为“市委、市政府”'],
  ['reports/prov2025_sichuan.txt', '省委、省政府', '省委省政府', 'formulation', '应为“省委、省政府”'],
  ['reports/gwr_2021.txt', '“十四五”规划', '十四五规划', 'formulation', '五年规划的简称应加引号'],
  ['reports/cpc_congress_19.txt', '“五位一体”', '五位一体', 'formulation', '应为“‘五位一体’”'],
  ['speeches/014_other.txt', '党的二十大', '党的20大', 'formulation', '应为“党的二十大”'],
  ['reports/gwr_2025.txt', '二十届三中全会', '二十届3中全会', 'formulation', '应为“二十届三中全会”'],
  ['speeches/022_other.txt', '十九届四中全会', '十九届九中全会', 'formulation', '十九届中央委员会只召开过 7 次全体会议'],
  ['reports/gwr_1981.txt', '全国人民代表大会常务委员会', '全国人大常务委员会', 'formulation', '应为“全国人民代表大会常务委员会”'],
  ['reports/gwr_2023.txt', '新冠疫情', '新冠肺炎疫情', 'formulation', '自2022年12月26日起应为“新冠病毒感染”或“新冠疫情”'],
  ['reports/prov2025_sichuan.txt', '生态环境部', '环境保护部', 'formulation', '自2018年3月17日起应为“生态环境部”'],
  ['reports/cpc_congress_20.txt', '残疾人', '残废人', 'formulation', '不用“残废人”，应为“残疾人”'],
  ['speeches/041_other.txt', '道路自信、理论自信、制度自信、文化自信', '理论自信、道路自信、制度自信、文化自信', 'formulation-order', '“四个自信”的次序应为“道路自信、理论自信、制度自信、文化自信”'],
  ['reports/cpc_congress_20.txt', '道路自信、理论自信、制度自信、文化自信', '道路自信、制度自信、理论自信、文化自信', 'formulation-order', '“四个自信”的次序应为'],
  ['reports/cpc_congress_20.txt', '马克思列宁主义、毛泽东思想、邓小平理论', '马克思列宁主义、邓小平理论、毛泽东思想', 'formulation-order', '“党的指导思想”的次序应为'],
];

const key = (m: { ruleId: string; line: number; column: number; message: string }) => `${m.ruleId}|${m.line}|${m.column}|${m.message}`;

describe.skipIf(!HAS_SHARED)('planted 提法 deviations in real speeches', () => {
  for (const [file, from, to, ruleId, expected] of PLANTED) {
    it(`${file}: ${from} → ${to}`, () => {
      const text = readFileSync(path.join(SHARED_CORPUS, file), 'utf8').replace(/\r\n?/g, '\n');
      const at = text.indexOf(from);
      expect(at, `“${from}” occurs in ${file}`).toBeGreaterThanOrEqual(0);
      const planted = text.slice(0, at) + to + text.slice(at + from.length);
      const before = new Set(lintDocument(createDocument(text, file), { ruleList }).messages.map(key));
      const after = lintDocument(createDocument(planted, file), { ruleList }).messages.filter((m) => !before.has(key(m)));
      const line = text.slice(0, at).split('\n').length;
      expect(after.map((m) => `${m.ruleId}@${m.line}: ${m.message}`)).toEqual([expect.stringContaining(expected)]);
      expect(after[0]!.ruleId).toBe(ruleId);
      expect(after[0]!.line).toBe(line);
    });
  }
});
