// One-line web copies (every line break lost), kinds of heading boundary the joined text hides: numbering that starts
// again under an unnumbered part (关于国内建设 一、…五、 关于外交工作 一、…), invisible separators (U+200B) where
// the lines were, and a （一） glued to the level-1 heading line above it. Invented sentences only; texts with line
// breaks keep their rules (the last case).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';

const FILL = '我们坚持稳中求进，统筹发展和安全，各项工作取得新的进展。'.repeat(4);
const analyze = (text: string) => analyzeStructure(createDocument(text));
const keys = (text: string) => analyze(text).headings.map((h) => `${h.level}:${h.number}`);

describe('one-line numbering that starts again', () => {
  const parts = `各位代表：现在我作报告。关于国内建设今年着重讲以下几个问题。一、深化企业改革。${FILL}二、扩大对外开放。${FILL}三、加强科技教育。${FILL}关于外交工作下面讲三个方面。一、维护世界和平。${FILL}二、发展友好关系。${FILL}三、加强团结合作。${FILL}`;

  it('takes 一、 again when the next marker of its kind is 二、', () => {
    expect(keys(parts)).toEqual(['1:1', '1:2', '1:3', '1:1', '1:2', '1:3']);
    // The same with the line breaks turned into spaces.
    expect(keys(parts.replace(/。/g, '。 '))).toEqual(['1:1', '1:2', '1:3', '1:1', '1:2', '1:3']);
  });

  it('takes （一） again after （九） when （二） follows', () => {
    const nine = ['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((n) => `（${n}）抓好第${n}项工作。${FILL}`).join('');
    const text = `各位代表：现在我作报告。${FILL}${nine}加强政府自身建设新形势提出新要求。（一）树牢正确政绩观。${FILL}（二）攻坚克难抓落实。${FILL}`;
    expect(keys(text).slice(-3)).toEqual(['2:9', '2:1', '2:2']);
  });

  it('does not take a 一、 that nothing continues, nor one whose next marker continues the old numbering', () => {
    const lone = `各位代表：现在我作报告。一、深化企业改革。${FILL}二、扩大对外开放。${FILL}这个问题有两层意思。一、是指市场。${FILL}`;
    expect(keys(lone)).toEqual(['1:1', '1:2']);
    const old = `各位代表：现在我作报告。一、深化企业改革。${FILL}二、扩大对外开放。${FILL}这里说的。一、是指市场。${FILL}三、加强科技教育。${FILL}`;
    expect(keys(old)).toEqual(['1:1', '1:2', '1:3']);
  });
});

describe('one-line heading whose words start with a numeral', () => {
  it('takes 一、三年来… (no range: 三 does not follow 一), not 五、六十年代 (a range)', () => {
    const text = `各位代表：现在我作报告。${FILL}一、三年来的斗争和新时期的总任务三年来我们做了大量工作。${FILL}二、加快经济建设。${FILL}三、繁荣科学文化。${FILL}`;
    expect(keys(text)).toEqual(['1:1', '1:2', '1:3']);
    const range = `各位代表：现在我作报告。一、深化企业改革。${FILL}二、扩大对外开放。${FILL}三、四十年来的经验告诉我们。${FILL}`;
    expect(keys(range)).toEqual(['1:1', '1:2']);
  });
});

describe('one-line list after a colon', () => {
  it('takes no heading from items of one sentence each after a colon', () => {
    const text = `各位代表：现在我作报告。一、加强科学技术工作。${FILL}今后准备采取以下措施：（１）通过编制规划，集中调配科技力量。（２）有计划地抽调一部分科技力量。（３）建立分级管理的制度。${FILL}二、加强教育工作。${FILL}`;
    expect(keys(text)).toEqual(['1:1', '1:2']);
  });

  it('still takes them when the numbering is taken up again, or an item runs on over sentences', () => {
    const goesOn = `各位代表：现在我作报告。${FILL}今年要抓好以下工作：（一）扩大内需。（二）稳定外贸。${FILL}（三）保障民生。${FILL}`;
    expect(keys(goesOn)).toEqual(['2:1', '2:2', '2:3']);
    const long = `各位代表：现在我作报告。${FILL}今年要抓好以下工作：（一）扩大内需。${FILL}（二）稳定外贸。${FILL}`;
    expect(keys(long)).toEqual(['2:1', '2:2']);
  });
});

describe('one-line Markdown headings', () => {
  it('reads ## 一、 and a bare ## 一 after a sentence end, where they continue the numbering', () => {
    const text = `各位代表：现在我作报告。${FILL}## 一、深化企业改革${FILL}## 二、扩大对外开放${FILL}`;
    expect(keys(text)).toEqual(['1:1', '1:2']);
    const bare = `同志们：今天讲几个问题。${FILL}## 一辽沈战役以后，敌人的主力已被消灭。${FILL}## 二我们必须把军队看成一个学校。${FILL}## 四这不是第三。${FILL}`;
    const s = analyze(bare);
    expect(s.headings.map((h) => `${h.level}:${h.number}`)).toEqual(['1:1', '1:2']);
    expect(s.headings[0].text).toBe('');
  });

  it('takes no bare numeral without the ## before it', () => {
    const text = `同志们：今天讲几个问题。${FILL}一辽沈战役以后，敌人的主力已被消灭。${FILL}二我们必须把军队看成一个学校。${FILL}`;
    expect(keys(text)).toEqual([]);
  });
});

describe('one-line first heading after a sentence with no end', () => {
  it('takes the first 一、 glued to the sentence before it when 二、 is the next marker of its kind', () => {
    const text = `各位代表：现在我代表政府作报告，请予审议一、2023年工作回顾过去一年极不平凡。${FILL}二、2024年工作安排今年要稳中求进。${FILL}${FILL}`;
    expect(keys(text)).toEqual(['1:1', '1:2']);
    expect(keys(text.replace(/。/g, '。 ').replace('审议一', '审议 一'))).toEqual(['1:1', '1:2']);
  });

  it('does not take 之一、 or 统一、 before the real 一、', () => {
    const text = `各位代表：这是我们的重要任务之一、也是长期任务。实现祖国统一、民族复兴。一、2023年工作回顾过去一年极不平凡。${FILL}二、2024年工作安排今年要稳中求进。${FILL}${FILL}`;
    expect(analyze(text).headings.map((h) => `${h.number}:${h.text.slice(0, 4)}`)).toEqual(['1:2023', '2:2024']);
  });
});

describe('one-line invisible separators', () => {
  it('reads a heading after a zero-width space where the line break was, and a title without it', () => {
    const text = `\u200b政府工作报告\u200b各位代表：现在我作报告。\u200b一、深化企业改革。${FILL}\u200b二、扩大对外开放。${FILL}\u200b三、加强科技教育。${FILL}`;
    const s = analyze(text);
    expect(s.headings.map((h) => `${h.level}:${h.number}`)).toEqual(['1:1', '1:2', '1:3']);
    expect(s.title).toBe('政府工作报告');
  });
});

describe('one-line heading glued to the heading under it', () => {
  it('ends a level-1 heading at the （一） that follows it', () => {
    const text = `各位代表：现在我作报告。${FILL}一、2023年工作回顾过去一年极不平凡。${FILL}二、2024年主要任务（一）扩大有效需求。${FILL}（二）建设现代化产业体系。${FILL}`;
    const s = analyze(text);
    expect(s.headings.map((h) => `${h.level}:${h.number}`)).toEqual(['1:1', '1:2', '2:1', '2:2']);
    expect(s.headings[1].text).toBe('2024年主要任务');
    expect(s.headings[2].text).toBe('扩大有效需求');
    // The same with the line breaks turned into spaces.
    expect(keys(text.replace(/。/g, '。 ').replace('任务（', '任务 （'))).toEqual(['1:1', '1:2', '2:1', '2:2']);
  });

  it('ends a level-2 heading at the 1. that follows it', () => {
    const text = `各位家长：今天请大家来。${FILL}一、下一阶段的工作计划。${FILL}（一）目标导向。${FILL}（二）问题导向1.教学方面要抓实抓细。${FILL}2.队伍建设方面要引育并举。${FILL}`;
    const s = analyze(text);
    expect(s.headings.map((h) => `${h.level}:${h.number}`)).toEqual(['1:1', '2:1', '2:2', '3:1', '3:2']);
    expect(s.headings[2].text).toBe('问题导向');
  });

  it('does not cut a heading at a （一） after a sentence of its own', () => {
    const text = `各位代表：现在我作报告。${FILL}一、扩大有效需求，其中（一）类项目已经开工。${FILL}二、建设现代化产业体系。${FILL}`;
    expect(keys(text)).toEqual(['1:1', '1:2']);
  });
});

describe('texts with line breaks', () => {
  it('keep the stricter inline rule', () => {
    const text = `各位代表：\n一、深化企业改革。${FILL}二、扩大对外开放。${FILL}\n关于外交工作。一、维护世界和平。${FILL}二、发展友好关系。${FILL}\n${FILL}\n${FILL}`;
    expect(keys(text)).toEqual(['1:1', '1:2']);
  });
});
