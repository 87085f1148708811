// Valid/invalid tables for every rule. Structural rules are fed hand-built structures (so they are tested apart from
// the extractors) and, where noted, the real analyzer.
import type { Heading, Series, Announcement } from '../../src/extract/types.js';
import { ruleTester } from './rule-tester.js';
import requiredSections from '../../src/lint/rules/required-sections.js';
import salutation from '../../src/lint/rules/salutation.js';
import closing from '../../src/lint/rules/closing.js';
import headingSequence from '../../src/lint/rules/heading-sequence.js';
import headingNesting from '../../src/lint/rules/heading-nesting.js';
import seriesSequence from '../../src/lint/rules/series-sequence.js';
import announcedCount from '../../src/lint/rules/announced-count.js';
import placeholder from '../../src/lint/rules/placeholder.js';
import punctuationWidth from '../../src/lint/rules/punctuation-width.js';
import punctuationPair from '../../src/lint/rules/punctuation-pair.js';
import punctuationDouble from '../../src/lint/rules/punctuation-double.js';
import duplicateSentence from '../../src/lint/rules/duplicate-sentence.js';
import sentenceLength from '../../src/lint/rules/sentence-length.js';
import phraseSubstitution from '../../src/lint/rules/phrase-substitution.js';
import phraseExistence from '../../src/lint/rules/phrase-existence.js';

const STYLES: Record<string, [string, number]> = { '、': ['cn-dun', 1], '（': ['cn-paren', 2], '(': ['cn-paren-ascii', 2], '.': ['num-dot', 3] };
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/** Build headings from the lines of a text that start with a marker, with parents by level. */
function headingsOf(text: string): Heading[] {
  const out: Heading[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^([一二三四五六七八]、|[（(][一二三四五六七八][)）]|\d\.)/.exec(line);
    if (!m) return;
    const marker = m[1];
    const key = marker.endsWith('、') ? '、' : marker.endsWith('.') ? '.' : marker[0];
    const [style, level] = STYLES[key];
    const number = /\d/.test(marker) ? Number(marker[0]) : CN[marker.replace(/[、（）()]/g, '')];
    let parent: number | null = null;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].level < level) { parent = k; break; }
    out.push({ level: level as Heading['level'], marker, style, number, text: line.slice(marker.length), line: i + 1, column: 1, endColumn: line.length + 1, placement: 'line', parent });
  });
  return out;
}

/** Build one series from the 一是/二是 markers of a text. */
function seriesOf(text: string, family: Series['family'] = 'shi'): Series[] {
  const items: Series['items'] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/([一二三四五六七八])(是|要)/g)) {
      items.push({ ordinal: CN[m[1]], marker: m[0], text: line.slice(m.index! + 2).split(/[。；]/)[0], line: i + 1, column: m.index! + 1 });
    }
  });
  return items.length ? [{ family, items, problems: [], line: items[0].line, column: items[0].column }] : [];
}

const SPEECH_HEAD = '同志们：\n今天召开这次会议，主要任务是对全县工作进行动员部署。下面，我讲三点意见。\n';

ruleTester(headingSequence, {
  valid: [
    { text: SPEECH_HEAD + '一、提高认识\n正文。\n二、明确任务\n正文。\n三、加强领导\n正文。', structure: { headings: headingsOf('\n\n一、提高认识\n正文。\n二、明确任务\n正文。\n三、加强领导\n正文。') } },
    { name: 'numbering restarts under each parent', text: '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n（二）子', structure: { headings: headingsOf('一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n（二）子') } },
    { name: 'ASCII brackets used throughout one level are one style', text: '一、甲\n(一)子\n(二)子', structure: { headings: headingsOf('一、甲\n(一)子\n(二)子') } },
  ],
  invalid: [
    {
      name: 'skipped number', text: '一、提高认识\n二、明确任务\n四、加强领导\n五、营造氛围',
      structure: { headings: headingsOf('一、提高认识\n二、明确任务\n四、加强领导\n五、营造氛围') },
      errors: [{ messageId: 'gap', line: 3, column: 1, endColumn: 3, message: '标题序号跳号：“四、”前缺少“三、”' }],
      // A heading may be missing (三、 deleted) as well as misnumbered: a suggestion, not a fix.
      output: '一、提高认识\n二、明确任务\n四、加强领导\n五、营造氛围',
      suggestion: '一、提高认识\n二、明确任务\n三、加强领导\n四、营造氛围',
    },
    {
      name: 'repeated number', text: '一、甲\n二、乙\n二、丙\n四、丁',
      structure: { headings: headingsOf('一、甲\n二、乙\n二、丙\n四、丁') },
      errors: [{ messageId: 'repeat', line: 3, data: { found: '二、', expected: '三、' } }],
      output: '一、甲\n二、乙\n三、丙\n四、丁',
    },
    {
      name: 'out of order', text: '一、甲\n三、乙\n二、丙',
      structure: { headings: headingsOf('一、甲\n三、乙\n二、丙') },
      errors: [{ messageId: 'gap', line: 2 }, { messageId: 'order', line: 3 }],
      output: '一、甲\n三、乙\n二、丙',
    },
    {
      name: 'does not start at one', text: '二、甲\n三、乙',
      structure: { headings: headingsOf('二、甲\n三、乙') },
      errors: [{ messageId: 'start', line: 1 }],
      output: '二、甲\n三、乙',
      suggestion: '一、甲\n二、乙',
    },
    {
      name: 'mixed bracket styles at one level', text: '一、甲\n（一）子\n(二)子\n（三）子',
      structure: { headings: headingsOf('一、甲\n（一）子\n(二)子\n（三）子') },
      errors: [{ messageId: 'mixedStyle', line: 3, message: '同级标题序号样式不一致：“(二)”，应写作“（二）”' }],
      output: '一、甲\n（一）子\n（二）子\n（三）子',
    },
    {
      name: 'real analyzer: 1. 2. 4. under a heading',
      text: SPEECH_HEAD + '一、取得的成效\n1.认识提高。正文正文。\n2.作风转变。正文正文。\n4.制度健全。正文正文。\n二、下步工作\n正文。\n三、组织领导\n正文。',
      errors: [{ messageId: 'gap', line: 6, data: { found: '4.', expected: '3.' } }],
    },
  ],
});

ruleTester(headingNesting, {
  valid: [{ text: '一、甲\n（一）子\n1.孙', structure: { headings: headingsOf('一、甲\n（一）子\n1.孙') } }],
  invalid: [{
    text: '一、甲\n1.孙\n2.孙\n二、乙\n1.孙', structure: { headings: headingsOf('一、甲\n1.孙\n2.孙\n二、乙\n1.孙') },
    errors: [{ messageId: 'skipped', line: 2 }, { messageId: 'skipped', line: 5 }],
  }],
});

const SERIES_OK = '主要呈现三个特点：一是推进从严从实。正文。二是学习入脑入心。正文。三是整改聚焦聚力。正文。';
ruleTester(seriesSequence, {
  valid: [
    { text: SERIES_OK, structure: { series: seriesOf(SERIES_OK) } },
    { name: 'real analyzer', text: SPEECH_HEAD + SERIES_OK },
    { name: '首先/其次 is not numbered', text: '首先，要提高认识。其次，要抓好落实。', structure: { series: [{ family: 'shouxian', items: [{ ordinal: 1, marker: '首先', text: '', line: 1, column: 1 }], problems: [], line: 1, column: 1 }] } },
  ],
  invalid: [
    {
      name: 'repeated 七是 (as in a real speech)', text: '一是甲。二是乙。三是丙。四是丁。五是戊。六是己。七是庚。七是辛。',
      structure: { series: seriesOf('一是甲。二是乙。三是丙。四是丁。五是戊。六是己。七是庚。七是辛。') },
      errors: [{ messageId: 'repeat', line: 1, column: 29, message: '列举序号“七是”重复，应为“八是”' }],
      output: '一是甲。二是乙。三是丙。四是丁。五是戊。六是己。七是庚。八是辛。',
    },
    {
      name: 'gap', text: '一要落实责任。\n二要加强督导。\n四要统筹兼顾。',
      structure: { series: seriesOf('一要落实责任。\n二要加强督导。\n四要统筹兼顾。', 'yao') },
      errors: [{ messageId: 'gap', line: 3, data: { found: '四要', expected: '三要' } }],
      // 三要 may have been deleted: only a suggestion.
      output: '一要落实责任。\n二要加强督导。\n四要统筹兼顾。',
      suggestion: '一要落实责任。\n二要加强督导。\n三要统筹兼顾。',
    },
    {
      name: 'a series of one', text: '主要做法：一是坚持领导带头。其他工作照常开展。',
      structure: { series: seriesOf('主要做法：一是坚持领导带头。其他工作照常开展。') },
      errors: [{ messageId: 'single', message: '只有“一是”，没有“二是”：一项不成列举' }],
    },
    {
      name: 'real analyzer finds a repeat',
      text: SPEECH_HEAD + '主要做到三个坚持：一是坚持领导带头，以身作则。二是坚持群众参与，公开公正。二是坚持问题导向，立改立行。',
      errors: [{ messageId: 'repeat', line: 3 }],
    },
  ],
});

const ann = (announced: number | null, actual: number | null): Announcement => ({ phrase: '讲三点意见', announced, actual, target: 'headings', line: 2, column: 5, endColumn: 10 });
ruleTester(announcedCount, {
  valid: [
    { text: '同志们：\n下面，讲三点意见：', structure: { announced: [ann(3, 3)] } },
    { name: '几点 is not counted', text: '同志们：\n下面，讲几点意见：', structure: { announced: [ann(null, 2)] } },
    { name: 'nothing countable follows', text: '同志们：\n下面，讲三点意见：', structure: { announced: [ann(3, null)] } },
  ],
  invalid: [
    { text: '同志们：\n下面，讲三点意见：', structure: { announced: [ann(3, 1)] }, errors: [{ messageId: 'fewer', line: 2, column: 5, endColumn: 10, message: '宣布“讲三点意见”（三点），实际只有 1 点' }] },
    { text: '同志们：\n下面，讲三点意见：', structure: { announced: [ann(3, 4)] }, errors: [{ messageId: 'more', data: { actual: '4' } }] },
    {
      name: 'real analyzer: announces three, develops two',
      text: SPEECH_HEAD + '一、提高认识\n正文正文。\n二、明确任务\n正文正文。',
      errors: [{ messageId: 'fewer', line: 2 }],
    },
  ],
});

ruleTester(placeholder, {
  valid: [
    '2019年7月1日，区委召开了动员大会。',
    '要用好X光机等医疗设备，提高诊断水平。',
    'GDP增长7.5%，Windows XP 系统全部停用。',
    '某街道的做法值得学习，某些单位还不够重视。',
    '计算公式是3×4=12。',
  ],
  invalid: [
    { text: 'X月X日，区委召开了动员大会。', errors: [{ messageId: 'found', line: 1, column: 1, endColumn: 5, data: { text: 'X月X日' } }] },
    { text: '刚才，X分别作了交流发言。比如X街道，把阵地搬到辖区X个村。', errors: [{ messageId: 'found', column: 4 }, { messageId: 'found', column: 16 }, { messageId: 'found', column: 27 }] },
    { text: '请XX同志和××同志发言，某某局长作总结。', errors: [{ messageId: 'found' }, { messageId: 'found' }, { messageId: 'found', data: { text: '某某' } }] },
    { text: '今年以来，{{unit}}共完成投资【待补充】亿元（此处补充典型案例）。', errors: [{ messageId: 'found' }, { messageId: 'found' }, { messageId: 'found' }] },
  ],
});

ruleTester(punctuationWidth, {
  valid: [
    '同志们：今天，我们召开这次会议。',
    '共投入资金1,200万元，会议于3:30开始。',
    'Hello, world! 这是一句英文引语。',
    '详见 https://www.gov.cn/zhengce/index.html?id=1,2 的通知。',
    '代码写作 `f(x, y)` 的形式。',
    // Numbers, URLs, file names, an ellipsis, code-like tokens, emoticons and Latin words keep their marks.
    '增长3.5%，详见www.gov.cn，附件报告.docx，等等...',
    '跟随者!import，表情;-)，笑:)，Yahoo!公司。',
    'He said "yes" 之后离开。',
  ],
  invalid: [
    { name: 'ASCII full stop after Chinese', text: '形势严峻复杂. 我们要保持定力.”', errors: [{ messageId: 'period', column: 7 }, { messageId: 'period' }], output: '形势严峻复杂。我们要保持定力。”' },
    { name: 'an ASCII full stop set off by spaces between Chinese sentences', text: '形势严峻复杂 . 我们要保持定力。', errors: [{ messageId: 'period' }], output: '形势严峻复杂。我们要保持定力。' },
    { name: 'ASCII dot between Chinese words is only a suggestion', text: '举办“大学新生.结伴同行”活动。', errors: [{ messageId: 'periodUnsure' }], output: '举办“大学新生.结伴同行”活动。' },
    { name: 'ASCII quotes paired when unambiguous', text: '推进"放管服"改革，落实"六稳"工作。', errors: Array(4).fill({ messageId: 'quote' }), output: '推进“放管服”改革，落实“六稳”工作。' },
    { name: 'ASCII quotes left as a suggestion when the pairing is not clear', text: '推进"放管服"改革，落实"六稳工作。', errors: Array(3).fill({ messageId: 'quoteUnpaired' }), output: '推进"放管服"改革，落实"六稳工作。' },
    // Deliberate change (issue 8): full-width digits and letters are a suggestion, not a --fix (a correct speech's
    // ８月２９日 is left as published); the suggestion gives the half-width form.
    { name: 'full-width digits and Latin letters: suggested, not fixed', text: '完成率达到９８％，ＧＤＰ增长６．５％。', errors: [{ messageId: 'fullWidthAlnum', message: '全角字符“９８％”应为半角“98%”（未自动修改）' }, { messageId: 'fullWidthAlnum' }, { messageId: 'fullWidthAlnum' }], output: '完成率达到９８％，ＧＤＰ增长６．５％。', suggestion: '完成率达到98%，ＧＤＰ增长６．５％。' },
    { name: 'a colon before a parenthesised number is not an emoticon', text: '工作如下:(一)加强领导。', errors: Array(3).fill({ messageId: 'halfWidth' }), output: '工作如下：（一）加强领导。' },
    { text: '同志们:\n今天,我们召开这次会议。', errors: [{ messageId: 'halfWidth', line: 1, column: 4 }, { messageId: 'halfWidth', line: 2, column: 3, message: '半角标点“,”用在中文里，应为全角“，”' }], output: '同志们：\n今天，我们召开这次会议。' },
    { name: 'brackets decided by pair', text: '各党委(党组)要高度重视。(2014年2月28日)', errors: [{ messageId: 'halfWidth' }, { messageId: 'halfWidth' }, { messageId: 'halfWidth' }, { messageId: 'halfWidth' }], output: '各党委（党组）要高度重视。（2014年2月28日）' },
    { name: 'spaces after the mark go', text: '信息来源:  时间:2014年; 好吗? 好!', errors: Array(5).fill({ messageId: 'halfWidth' }), output: '信息来源：时间：2014年；好吗？好！' },
  ],
});

ruleTester(punctuationPair, {
  valid: [
    '推行“党建+窗口”工作法，学习《党章》和【典型案例】（见附件）。',
    { name: 'a quote broken across a hard line break', text: '通过开展“强学习、大讨论\n、快落实”活动，组织集中学习。' },
    '1）加强领导。\n2）狠抓落实。',
  ],
  invalid: [
    { name: 'a mistyped closing quote', text: '大力开展“双招双引“工作，取得成效。', errors: [{ messageId: 'doubleOpen', column: 10 }] },
    // One finding for a nesting typed with double quotes, never a second one for the ” that follows (issue 8).
    { name: 'double quotes nested in double quotes', text: '他强调“要建好中国“天眼”这样的大装置”，意义重大。', errors: [{ messageId: 'nested', column: 10 }] },
    { name: 'nested double quotes, the outer one never closed', text: '他强调“要建好中国“天眼”这样的大装置，意义重大。', errors: [{ messageId: 'nestedUnclosed', column: 10 }] },
    { text: '各党委（党组要高度重视。', errors: [{ messageId: 'unclosed', column: 4, message: '左括号“（”没有对应的右括号“）”' }] },
    { text: '学习党章》等内容。', errors: [{ messageId: 'unopened', message: '右书名号“》”前没有对应的左书名号“《”' }] },
    { text: '强调“四风”问题”。', errors: [{ messageId: 'unopened' }] },
  ],
});

ruleTester(punctuationDouble, {
  valid: ['大讨论、快落实……我们要——必须——做到。', '好。\n。'],
  invalid: [
    { text: '强学习、、快落实。。', errors: [{ messageId: 'doubled', column: 4, endColumn: 6 }, { messageId: 'doubled' }], output: '强学习、快落实。' },
    { text: '首先，，要提高认识。', errors: [{ messageId: 'doubled', message: '标点“，，”重复，应只用一个“，”' }], output: '首先，要提高认识。' },
  ],
});

const LONG = '各级党组织要把学习教育贯穿始终，';
ruleTester(duplicateSentence, {
  valid: ['要提高认识。要提高认识。', '各级党组织要把学习教育贯穿始终。各级党组织要把整改落实贯穿始终。'],
  invalid: [
    { text: '各级党组织要把学习教育贯穿始终。其他内容。\n各级党组织要把学习教育贯穿始终！', errors: [{ messageId: 'sentence', line: 2, data: { line: '1' } }] },
    { text: `${LONG}确保取得实效。\n中间一段。\n${LONG}确保取得实效。`, errors: [{ messageId: 'paragraph', line: 3, message: '段落与第 1 行的段落重复：“各级党组织要把学习教育贯穿始终，…”' }] },
  ],
});

ruleTester(sentenceLength, {
  valid: ['短句。', { text: '甲'.repeat(40) + '；' + '乙'.repeat(40) + '。', options: { max: 50 } }],
  invalid: [
    { text: '甲'.repeat(151) + '。', errors: [{ messageId: 'tooLong', data: { length: '151', max: '150' } }] },
    { text: '甲'.repeat(60) + '。', options: { max: 50 }, errors: [{ messageId: 'tooLong' }] },
  ],
});

ruleTester(phraseSubstitution, {
  valid: ['建立工作台账，截至目前已完成。'],
  invalid: [
    { text: '建立台帐、挂牌推进，截止目前已完成。', errors: [{ messageId: 'swap', message: '“台帐”应为“台账”（用字不规范）' }, { messageId: 'swap', data: { expected: '截至目前' } }] },
    { text: '我们要再接再励。', errors: [{ messageId: 'swap', data: { expected: '再接再厉' } }] },
  ],
});

ruleTester(phraseExistence, {
  valid: ['学习贯彻党的十八届四中全会精神，2014年工作。'],
  invalid: [
    { text: '二〇一四年，学习18届四中全会精神。', errors: [{ messageId: 'found', data: { found: '二〇一四年' } }, { messageId: 'found', data: { found: '18届四中全会' } }] },
  ],
});

ruleTester(salutation, {
  valid: [
    '关于某某工作的讲话\n同志们：\n今天召开会议。',
    '各位领导、同志们：\n今天召开会议。',
    '同志们!\n今天召开会议。',
    { name: 'run into the text of a web copy', text: '1、某区长在动员大会上的讲话同志们:今天,我们召开这次会议。' },
  ],
  invalid: [{ text: '关于某某工作的讲话\n今天召开会议，主要任务是部署工作。', errors: [{ messageId: 'missing', line: 1 }] }],
});

ruleTester(closing, {
  valid: [
    '同志们：\n今天召开会议，部署全年工作。\n同志们，任务艰巨，让我们共同努力，确保取得实效！',
    '同志们：\n今天召开会议，部署全年工作，要求各单位认真落实。我就讲这些，谢谢大家。\n\nCopyright @ 2024 某某网站\n返回顶部',
    '同志们：\n今天召开会议，部署全年工作，要求各单位认真落实到位。\n谢谢大家！',
    // Issue 8 item 7: the usual closings, also in a long last paragraph.
    { name: '我就讲这些 at the end of a long last paragraph', text: '同志们：\n今天召开会议，部署全年工作。\n' + '各单位要把思想和行动统一到会议精神上来，认真抓好各项任务落实，'.repeat(12) + '我就讲这些，谢谢大家。' },
    { name: 'a long closing paragraph wrapped over lines, its cue on an earlier line', text: '同志们：\n今天召开会议，部署全年工作。\n同志们，新的一年任务艰巨，让我们紧密团结在一起，\n' + '以更加饱满的精神状态、更加务实的工作作风，\n'.repeat(3) + '把各项工作做深做实做细。' },
    { name: 'a call ending in ！ before the date', text: '同志们：\n今天召开会议，部署全年工作，要求各单位认真落实到位。\n好，希望你们成功！（2015年5月7日）' },
    { name: '相信大家 …', text: '同志们：\n今天召开会议，部署全年工作，要求各单位认真落实到位。\n相信大家一定能够圆满完成今年的各项目标任务。' },
  ],
  invalid: [
    { text: '同志们：\n今天召开会议，部署全年工作。\n对这些问题，要对号入座，认真加以解决，不能敷衍了事。', errors: [{ messageId: 'missing', line: 3 }] },
    { name: 'a long last paragraph without a closing', text: '同志们：\n今天召开会议，部署全年工作。\n' + '对这些问题，要对号入座，认真加以解决，不能敷衍了事。'.repeat(10) + '\n（2015年5月7日）', errors: [{ messageId: 'missing', line: 3 }] },
  ],
});

const MOBILIZATION = [
  '同志们：',
  '这次会议的主要任务是，对全县教育实践活动进行动员部署。下面，我讲四点意见。',
  '一、深刻认识开展教育实践活动的重大意义',
  '开展教育实践活动，是推动发展的现实需要。',
  '二、明确目标任务，突出工作重点',
  '要着力解决群众反映强烈的突出问题。',
  '三、讲求方法步骤，稳步推进',
  '要坚持领导带头、层层示范。',
  '四、加强组织领导，确保取得实效',
  '各级党委要加强领导，主要负责同志是第一责任人。',
  '同志们，让我们全力以赴，确保教育实践活动取得实效！',
].join('\n');

ruleTester(requiredSections, {
  valid: [
    { text: MOBILIZATION, type: 'mobilization' },
    { name: 'unknown type: skipped with a note, no finding', text: '今天天气很好。' },
  ],
  invalid: [
    {
      name: 'significance section deleted',
      text: MOBILIZATION.replace('一、深刻认识开展教育实践活动的重大意义\n开展教育实践活动，是推动发展的现实需要。\n', ''),
      type: 'mobilization',
      errors: [{ messageId: 'missing', data: { section: '认清意义' } }],
    },
  ],
});
