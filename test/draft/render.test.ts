// Drafting each shipped example and reading the result back: salutation, purpose, numbering, counts, every fact.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { draftFromFacts, toMarkdown, toText, classifyParagraphs } from '../../src/draft/index.js';
import { JianghuaError } from '../../src/errors.js';
import { templateError } from '../../src/draft/env.js';
import { factStrings, readSkeleton } from './draft-check.js';

const example = (t: string) => fs.readFile(new URL(`../../examples/${t}.yaml`, import.meta.url), 'utf8');

async function draftLines(t: string) {
  const r = await draftFromFacts(await example(t), { variant: 0 });
  return { ...r, lines: r.paragraphs.map((p) => p.text) };
}

describe.each([
  // Expected skeletons written by hand from the example files.
  { type: 'mobilization', sections: 4, purpose: '的主要任务是，深入贯彻落实', headings: ['重大意义', '工作重点', '步骤安排', '组织领导'],
    counts: ['从以下三个方面', '以下四个方面的任务', '分三个阶段进行', '我再强调四点要求'] },
  { type: 'progress', sections: 3, purpose: '今天召开这次会议，主要是调度', headings: ['阶段性成效', '问题和不足', '下步工作'],
    counts: ['主要体现在以下四个方面', '主要表现在三个方面', '以下三个方面'] },
  { type: 'summary', sections: 4, purpose: '主要任务是全面总结', headings: ['明显成效', '总结经验', '不足', '巩固和拓展成果'],
    counts: ['主要取得了三个方面的成效', '主要有五点体会', '主要有两个方面', '以下三个方面'] },
])('draft $type', ({ type, sections, purpose, headings, counts }) => {
  it('has title, byline, salutation and the purpose first', async () => {
    const { lines, paragraphs, facts } = await draftLines(type);
    expect(lines[0]).toBe(`在${facts.meeting}上的讲话`);
    expect(paragraphs[0].kind).toBe('title');
    expect(paragraphs[1]).toEqual({ kind: 'byline', text: `${facts.speaker!.title}　${facts.speaker!.name}` });
    expect(paragraphs[2].text).toMatch(/^（\d{4}年\d{1,2}月\d{1,2}日）$/u);
    expect(lines[3]).toBe('同志们：');
    expect(paragraphs[3].kind).toBe('salutation');
    // The purpose opens the speech, after the recap of the meeting so far when there is one.
    expect(lines.slice(4, 6).some((l) => l.includes(purpose))).toBe(true);
  });
  it('numbers its sections without gaps and announces their number', async () => {
    const { lines } = await draftLines(type);
    const sk = readSkeleton(lines);
    expect(sk.problems).toEqual([]);
    expect(sk.top.map((h) => h.n)).toEqual(Array.from({ length: sections }, (_, i) => i + 1));
    expect(sk.announced).toBe(sections);
    headings.forEach((h, i) => expect(sk.top[i].text).toContain(h));
    for (const c of counts) expect(lines.join('\n')).toContain(c);
    // The transition comes after the purpose and before the first heading.
    const transition = lines.findIndex((l) => l.startsWith('下面，我讲'));
    expect(transition).toBeGreaterThan(4);
    expect(transition).toBeLessThan(sk.top[0].line - 1);
  });
  it('contains every fact of the file', async () => {
    const { lines, facts } = await draftLines(type);
    const text = lines.join('\n');
    const missing = factStrings(facts).filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
  });
  it('ends with the call 同志们，……', async () => {
    const { lines } = await draftLines(type);
    expect(lines[lines.length - 1]).toMatch(/^同志们，.+[！。]$/u);
  });
  it('renders Markdown with # title and ## / ### headings', async () => {
    const { paragraphs } = await draftLines(type);
    const md = toMarkdown(paragraphs).split('\n\n');
    expect(md[0]).toMatch(/^# 在.+上的讲话$/u);
    expect(md.filter((l) => /^## [一二三四五六七八九十]+、/u.test(l))).toHaveLength(sections);
    expect(md.some((l) => l.startsWith('### （一）'))).toBe(true);
    expect(toText(paragraphs).split('\n').filter(Boolean)).toHaveLength(paragraphs.length);
  });
});

describe('draft variations', () => {
  const base = `type: summary
meeting: 全镇防汛工作总结会
unit: 石门镇
theme: 防汛工作
achievements: [汛期实现零伤亡, 隐患点全部完成整治]
experiences: [坚持预防为主]
next_steps: [完善应急预案, 加强队伍建设]
`;
  it('without optional sections, numbering closes up and the count follows', async () => {
    const r = await draftFromFacts(base, { variant: 0 });
    const lines = r.paragraphs.map((p) => p.text);
    const sk = readSkeleton(lines);
    expect(sk.problems).toEqual([]);
    expect(sk.announced).toBe(3);
    expect(sk.top).toHaveLength(3);
    expect(lines).toContain('下面，我讲三点意见。');
    // No speaker, no date: the salutation follows the title directly.
    expect(lines[1]).toBe('同志们：');
    // A single experience is not numbered (a lone 一是 is a fault); two items are a 一是/二是 series.
    expect(lines).toContain('坚持预防为主。');
    expect(lines).toContain('一是汛期实现零伤亡。');
    expect(lines.join('\n')).toContain('主要体会是：');
    expect(lines.join('\n')).not.toMatch(/一点体会|一个方面/u);
    // The missing shortcomings still get the customary sentence before the next steps.
    expect(lines.join('')).toContain('也要清醒地认识到');
  });
  it('a single detailed item gets no lone （一）, a single point no lone 一是', async () => {
    const src = `type: mobilization
meeting: 全镇秸秆禁烧工作动员会
unit: 石门镇
theme: 秸秆禁烧工作
significance:
  - {title: 秸秆禁烧关系大气污染防治, points: [去年秋收期间全镇发现火点12处]}
tasks:
  - {title: 严防死守重点区域, stats: [{label: 设立禁烧卡点, value: 36, unit: 个}]}
  - 推进秸秆综合利用
requirements: [压实包村责任]
`;
    const lines = (await draftFromFacts(src, { variant: 0 })).paragraphs.map((p) => p.text);
    expect(readSkeleton(lines).problems).toEqual([]);
    // A single item is one paragraph; a mixture of detailed and plain items is written as run-in sub-headings.
    expect(lines).toContain('秸秆禁烧关系大气污染防治。去年秋收期间全镇发现火点12处。');
    expect(lines).toContain('（一）严防死守重点区域。力争设立禁烧卡点36个。');
    expect(lines).toContain('（二）推进秸秆综合利用。');
    expect(lines).toContain('压实包村责任。');
    expect(lines.join('')).not.toMatch(/以下一个|一个方面/u);
  });
  it('the --type option overrides the file', async () => {
    const src = base.replace('type: summary', 'type: progress').replace('experiences: [坚持预防为主]\n', 'problems: [预警发布不够及时]\n');
    const r = await draftFromFacts(src, { type: 'progress', variant: 0 });
    expect(r.facts.type).toBe('progress');
    expect(r.paragraphs[0].text).toBe('在全镇防汛工作总结会上的讲话');
  });
  it('classifies run-in headings with their lead', () => {
    const ps = classifyParagraphs(['标题', '同志们：', '一、总体情况', '（一）开局良好。各单位迅速行动。', '（二）推进有力', '1.动员到位', '正文。']);
    expect(ps.map((p) => p.kind)).toEqual(['title', 'salutation', 'heading1', 'heading2', 'heading2', 'heading3', 'body']);
    expect(ps[3].lead).toBe('（一）开局良好。');
    expect(ps[4].lead).toBeUndefined();
  });
});

describe('user templates (--templates DIR)', () => {
  async function tempDir(): Promise<string> {
    return fs.mkdtemp(path.join(os.tmpdir(), 'jianghua-tpl-'));
  }
  it('a partial in DIR/partials overrides the shipped one; the rest stays shipped', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'partials'));
    await fs.writeFile(path.join(dir, 'partials', 'salutation.hbs'), '各位领导、同志们：\n');
    const r = await draftFromFacts(await example('progress'), { templatesDir: dir });
    const lines = r.paragraphs.map((p) => p.text);
    expect(lines).toContain('各位领导、同志们：');
    expect(lines).not.toContain('同志们：');
    expect(r.paragraphs.find((p) => p.text === '各位领导、同志们：')?.kind).toBe('salutation');
    expect(readSkeleton(lines).top).toHaveLength(3);
  });
  it('DIR/<type>/speech.hbs replaces the speech template and may use the shipped partials', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'progress'));
    await fs.writeFile(path.join(dir, 'progress', 'speech.hbs'), '{{> header}}\n{{> salutation}}\n{{unit}}讲{{cnNum sectionCount}}个问题。\n');
    const r = await draftFromFacts(await example('progress'), { templatesDir: dir });
    expect(r.paragraphs.map((p) => p.text).slice(3)).toEqual(['同志们：', '青岚县讲三个问题。']);
  });
  it('a template naming a missing fact is a Chinese error naming the key', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'progress'));
    await fs.writeFile(path.join(dir, 'progress', 'speech.hbs'), '{{> salutation}}\n{{unit}}\n{{speaker.phone}}\n');
    await expect(draftFromFacts(await example('progress'), { templatesDir: dir })).rejects.toThrow(/第3行引用了事实中不存在的字段“phone”/u);
  });
  it('a template syntax error names the file', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'partials'));
    await fs.writeFile(path.join(dir, 'partials', 'transition.hbs'), '下面，我讲{{cnNum sectionCount}点意见。');
    const p = draftFromFacts(await example('progress'), { templatesDir: dir });
    await expect(p).rejects.toBeInstanceOf(JianghuaError);
    await expect(p).rejects.toThrow(/transition\.hbs：模板第1行语法错误/u);
  });
  it('an unguarded optional fact is a Chinese error naming the key', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'progress'));
    await fs.writeFile(path.join(dir, 'progress', 'speech.hbs'), '{{> salutation}}\n自{{period.start}}以来\n');
    const src = (await example('progress')).replace(/^period:.*\n(  .*\n)+/mu, '');
    await expect(draftFromFacts(src, { templatesDir: dir })).rejects.toThrow(/读取了空值的字段“start”/u);
  });
  // Every error Handlebars (or one of our helpers) can raise from a template, in Chinese: the file named, the line
  // where Handlebars gives one, no English left after the colon.
  const ENGLISH = /requires|Must pass|Invalid|Unsupported|Missing|not a function|Cannot|Expecting|Lexical|Parse|error|defined|failed|NaN|[A-Z]{3,}/u;
  const BROKEN: Array<[name: string, source: string, message: RegExp]> = [
    ['if-none', '{{#if}}有{{/if}}', /模板（或其引用的片段）的 \{\{#if\}\} 要恰好一个参数/u],
    ['if-two', '{{#if unit theme}}有{{/if}}', /\{\{#if\}\} 要恰好一个参数/u],
    ['unless', '{{#unless}}无{{/unless}}', /\{\{#unless\}\} 要恰好一个参数/u],
    ['with', '{{#with}}有{{/with}}', /\{\{#with\}\} 要恰好一个参数/u],
    ['each', '{{#each}}项{{/each}}', /\{\{#each\}\} 要给出一个列表/u],
    ['path', '第一行\n{{unit/../theme}}', /模板第2行的路径“unit\/\.\.”写法不对/u],
    ['partial-args', '{{> salutation unit theme}}', /第1行调用片段时给了 2 个参数/u],
    ['decorator', '{{* decorate}}', /用了不存在的装饰器“decorate”/u],
    ['helper-type', '{{joinList sectionCount}}', /辅助函数“joinList”无法处理给它的参数/u],
    ['helper-nan', '{{cnNum unit}}', /辅助函数“cnNum”无法处理给它的参数/u],
    ['helper-none', '{{variant}}', /辅助函数“variant”无法处理给它的参数/u],
    ['builtin-few', '{{lookup unit}}', /调用辅助函数时少了参数/u],
    ['data-token', '{{ unit @@ }}', /模板第1行语法错误：[\s\S]*实际是@变量/u],
    ['close', '一\n二\n{{unit}}}', /模板第3行语法错误/u],
  ];
  it.each(BROKEN)('%s: a Chinese error naming the file (and the line)', async (name, source, expected) => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'progress'));
    const file = path.join(dir, 'progress', 'speech.hbs');
    await fs.writeFile(file, `${source}\n`);
    const err = await draftFromFacts(await example('progress'), { templatesDir: dir }).then(() => undefined, (e: unknown) => e);
    expect(err, name).toBeInstanceOf(JianghuaError);
    const message = (err as Error).message;
    expect(message, name).toContain(`${file}：`);
    expect(message, name).toMatch(expected);
    expect(message.slice(file.length).replace(/\{\{[^}]*\}\}|“[^”]*”/gu, ''), name).not.toMatch(ENGLISH);
  });
  it('an error no entry knows gets a Chinese message that still names the file and the line', () => {
    const withLine = templateError(new Error('Compile completed with content left on stack - 7:2'), '/t/speech.hbs');
    expect(withLine.message).toBe('/t/speech.hbs：模板第7行渲染失败：Handlebars 无法处理这里的写法，请检查这一行中的 {{…}}。');
    const runtime = templateError(new TypeError('something odd'), '/t/speech.hbs', true);
    expect(runtime.message).toBe('/t/speech.hbs：模板（或其引用的片段）渲染失败：Handlebars 无法处理这里的写法，请检查模板中的 {{…}}。');
  });
  it('a missing templates folder is an error', async () => {
    await expect(draftFromFacts(await example('progress'), { templatesDir: '/nonexistent/jianghua' })).rejects.toThrow('模板文件夹不存在');
  });
});
