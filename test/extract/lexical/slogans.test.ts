import { describe, expect, it } from 'vitest';
import { lexical } from './helpers.js';

const slogans = (s: string) => lexical(s).slogans.map((x) => [x.text, x.kind]);

describe('extractSlogans: quoted phrases', () => {
  const cases: [string, string, unknown[]][] = [
    ['slogan with a comma', '存在着“只求过得去，不求过得硬”的干事态度。', [['只求过得去，不求过得硬', 'slogan']]],
    ['two-part slogan', '牢固树立“开局就是决战、起步就是冲刺”的观念。', [['开局就是决战、起步就是冲刺', 'slogan']]],
    ['terms', '知与行成了“两张皮”，把好“总开关”，精神上“补钙”，认真组织进行“回头看”。', [['两张皮', 'term'], ['总开关', 'term'], ['补钙', 'term'], ['回头看', 'term']]],
    ['names by the word after', '开展“集中学习周”活动，推行“党建+窗口”工作法，无视“企业宁静日”制度。', [['集中学习周', 'name'], ['党建+窗口', 'name'], ['企业宁静日', 'name']]],
    ['names by the verb before', '对被评为年度“满意单位”的，要予以通报表彰；成立“党员代办突击队”。', [['满意单位', 'name'], ['党员代办突击队', 'name']]],
    ['a chain shares its cue', '以“千名干部走百村联万户”“联户帮困”等活动为载体。', [['千名干部走百村联万户', 'name'], ['联户帮困', 'name']]],
    ['book titles', '必须有学习《党章》、《读本》的内容。', [['党章', 'name'], ['读本', 'name']]],
    ['formula in quotes', '按照“三严三实”要求。', [['三严三实', 'formula']]],
    ['quoted enumeration', '总要求是“照镜子、正衣冠、洗洗澡、治治病”。', [['照镜子、正衣冠、洗洗澡、治治病', 'enumeration']]],
    ['a mistyped closing quote', '加大“双招双引“步伐，加快推进工业产业园区建设。', [['双招双引', 'formula']]],
    ['dates in quotes are skipped', '在“七·一”前夕全市将命名表彰优秀共产党员。', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(slogans(text)).toEqual(expected);
  });
});

describe('extractSlogans: unquoted enumerations', () => {
  const valid: [string, string, string][] = [
    ['shared first character', '从群众和企业最怨、最恨、最急、最盼的事抓起。', '最怨、最恨、最急、最盼'],
    ['reduplication', '真正红红脸、出出汗、排排毒。', '红红脸、出出汗、排排毒'],
    ['a shared inner character', '读原文、学原著、悟原理，受到了深刻教育。', '读原文、学原著、悟原理'],
    ['leading words are trimmed', '会上重点谈问题、谈原因、谈措施。', '谈问题、谈原因、谈措施'],
    ['long parallel items', '要组织广大党员走出机关、走上街头、走进社区、走入农户，集中开展活动。', '走出机关、走上街头、走进社区、走入农户'],
  ];
  it.each(valid)('%s', (_name, text, expected) => {
    expect(lexical(text).slogans).toEqual([{ text: expected, kind: 'enumeration', count: 1, lines: [1] }]);
  });

  const invalid: [string, string][] = [
    ['a list of offices', '区委办、政府办、人社局、民政局、住建局、市场监管局、司法局等区直部门。'],
    ['shared ending only', '扩大机关党员、农村党员、企业党员的覆盖面。'],
    ['determiner prefix', '每项工作都要瞄准全国、全省、全市、全区目标。'],
    ['no shared structure', '广泛组织开展了学习研讨、志愿服务、参观基地等活动，促进了思想、作风、工作的大提升。'],
    ['only two items', '坚持高标准、严要求。'],
  ];
  it.each(invalid)('%s', (_name, text) => {
    expect(lexical(text).slogans).toEqual([]);
  });
});

describe('extractSlogans: single characters and quotations', () => {
  it('does not list a single quoted character', () => {
    expect(slogans('要在“实”字上下功夫，突出一个“严”字。')).toEqual([]);
  });
  it.each([
    ['a saying cited', '古人云：“天下兴亡，匹夫有责。”我们要担当。', [['天下兴亡，匹夫有责。', 'quotation']]],
    ['a classical couplet', '“功崇惟志，业广惟勤”，干事创业贵在坚持。', [['功崇惟志，业广惟勤', 'quotation']]],
    ['a sentence of a leader cited', '总书记指出：“绿水青山就是金山银山。”', [['绿水青山就是金山银山。', 'quotation']]],
    ['a slogan of the speech stays a slogan', '树立“开局就是决战、起步就是冲刺”的观念。', [['开局就是决战、起步就是冲刺', 'slogan']]],
  ])('%s', (_name, text, expected) => {
    expect(slogans(text as string)).toEqual(expected);
  });
});

// Quotations and sayings of other shapes, written by hand (issue 10, item 7): clauses of unequal length with a
// classical particle, a saying of the dictionary in one clause; modern slogans of equal clauses stay slogans.
describe('extractSlogans: classical quotations of other shapes (issue 10)', () => {
  it.each([
    ['clauses of unequal length with a classical particle', '“为政之要，莫先于得人”，选人用人是关键。', [['为政之要，莫先于得人', 'quotation']]],
    ['classical 而 in the second clause', '“治国有常，而利民为本”，民生是根本。', [['治国有常，而利民为本', 'quotation']]],
    ['classical 无以', '“不积跬步，无以至千里”，学习要日积月累。', [['不积跬步，无以至千里', 'quotation']]],
    ['a saying of the dictionary in one clause', '“行百里者半九十”，越接近目标越要努力。', [['行百里者半九十', 'quotation']]],
    ['a short set phrase of the dictionary is a term', '只顾自己的“一亩三分地”。', [['一亩三分地', 'term']]],
    ['a modern slogan of equal clauses', '牢记“空谈误国，实干兴邦”的道理，坚持“从群众中来、到群众中去”。', [['空谈误国，实干兴邦', 'slogan'], ['从群众中来、到群众中去', 'slogan']]],
    ['a modern slogan of unequal clauses', '做到“守土有责、守土负责、守土尽责”，坚持“以人民为中心，以改革促发展”。', [['守土有责、守土负责、守土尽责', 'enumeration'], ['以人民为中心，以改革促发展', 'slogan']]],
  ])('%s', (_name, text, expected) => {
    expect(slogans(text as string)).toEqual(expected);
  });
});
