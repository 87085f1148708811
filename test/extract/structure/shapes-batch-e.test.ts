// Heading and series shapes that the fifth fresh batch (national reports, issue 10) showed mishandled, written as
// general shapes with invented sentences (none is taken from a development text).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const tops = (text: string) => analyze(text).headings.map((h) => [h.level, h.number, h.line]);

describe('a numbering that starts again among the body: list items or headings', () => {
  const sections = '各位代表：\n一、过去一年的工作\n去年各项工作稳步推进。\n二、今年的主要任务\n今年要继续抓好发展。\n三、加强政府自身建设\n要建设人民满意的政府。\n';
  it('closed one-sentence paragraphs numbered from 一 again, with explanations between, are the items of a list', () => {
    const text = sections +
      '为了管好建设资金，会议作出以下决定。\n' +
      '一、所有新建项目都必须经过论证，统一纳入年度计划。\n' +
      '论证由主管部门负责组织。\n' +
      '二、建设资金由财政部门统一拨付；任何单位不得挪用。\n' +
      '拨付情况每季度公布一次。\n' +
      '三、建设单位必须按期报送工程进度。\n' +
      '各位代表，让我们共同努力。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6]]);
  });
  it('a list item broken at a comma still counts with the closed ones', () => {
    const text = sections +
      '对重点项目实行以下办法。\n' +
      '一、每个项目都实行“三定”，\n' +
      '即定规模，定投资，定工期。\n' +
      '二、项目负责人对工程质量终身负责。\n' +
      '三、竣工项目由审计部门统一验收。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6]]);
  });
  it('headings standing alone that start the numbering again under an unnumbered part stay headings', () => {
    const text = sections +
      '关于外交工作\n' +
      '一、我们坚持独立自主的和平外交政策，同各国发展友好关系\n' +
      '我们愿同各国一道维护和平。\n' +
      '二、我们积极参与国际事务，推动建设开放型世界经济\n' +
      '我们支持多边贸易体制。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6], [1, 1, 9], [1, 2, 11]]);
  });
  it('run-in headings that start the numbering again stay headings (the body follows the phrase)', () => {
    const text = sections +
      '关于国防建设\n' +
      '一、加强军队现代化建设。要全面提高部队的战斗力。\n' +
      '二、巩固军政军民团结。要开展双拥共建活动。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6], [1, 1, 9], [1, 1 + 1, 10]]);
  });
  it('a second-level numbering starts again under each heading: closed ones there are headings', () => {
    const text = '一、工作回顾\n（一）经济平稳运行。\n（二）改革不断深化。\n二、今年安排\n（一）抓好项目建设。\n（二）办好民生实事。';
    expect(analyze(text).headings.map((h) => [h.level, h.number])).toEqual([[1, 1], [2, 1], [2, 2], [1, 2], [2, 1], [2, 2]]);
  });
});
