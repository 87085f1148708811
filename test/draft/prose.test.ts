// The wording rules of the draft, checked on the hand-written fixtures (test/fixtures/drafts/, the expected texts)
// and on every wording variant the templates can choose: theme repetitions, place vs organising body, no misfit
// fixed phrase, every combination of plain and detailed items, a draft that lints clean.
import { describe, expect, it } from 'vitest';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { draftFromFacts, toText, type Facts } from '../../src/draft/index.js';
import { createDocument } from '../../src/text/document.js';
import { lintDocument } from '../../src/lint/index.js';
import { readSkeleton, factStrings } from './draft-check.js';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/drafts');
const EXAMPLES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../examples');
const FILES = [
  ...['anquan-mobilization', 'xiangmu-progress', 'zhuti-summary', 'mixed-mobilization'].map((n) => path.join(FIXTURES, `${n}.yaml`)),
  ...['mobilization', 'progress', 'summary'].map((n) => path.join(EXAMPLES, `${n}.yaml`)),
];
const VARIANTS = [0, 1, 2];

function count(text: string, s: string): number {
  return s ? text.split(s).length - 1 : 0;
}

/** The full theme as the template wrote it: in the speech after the title, minus what the facts themselves contain. */
function templateThemeCount(lines: string[], facts: Facts): number {
  const body = lines.slice(1).join('\n');
  const inFacts = factStrings(facts).filter((s) => s !== facts.theme && s !== facts.meeting).reduce((n, s) => n + count(s, facts.theme), 0);
  return count(body, facts.theme) - inFacts;
}

describe.each(FILES.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
  const source = readFileSync(file, 'utf8');
  // The four checks below read the same draft of a variant: it is drafted once, and the checks only read it.
  const drafts = new Map<number, ReturnType<typeof draftFromFacts>>();
  const drafted = (variant: number) => {
    if (!drafts.has(variant)) drafts.set(variant, draftFromFacts(source, { variant }));
    return drafts.get(variant)!;
  };
  it.each(VARIANTS)('variant %i: the full theme at most three times, its short form elsewhere', async (variant) => {
    const { facts, paragraphs } = await drafted(variant);
    const lines = paragraphs.map((p) => p.text);
    expect(templateThemeCount(lines, facts)).toBeLessThanOrEqual(3);
    expect(templateThemeCount(lines, facts)).toBeGreaterThanOrEqual(1);
  });
  it.each(VARIANTS)('variant %i: the place where the speaker means the place, the body where he means the body', async (variant) => {
    const { facts, paragraphs } = await drafted(variant);
    const text = toText(paragraphs);
    // The organising body never stands for the place: no 对青石县人民政府开展, no 中共…各级各部门.
    if (facts.unit !== facts.place) {
      expect(text).not.toContain(`对${facts.unit}`);
      expect(text).not.toContain(`${facts.unit}各级各部门`);
    }
    // A county (town, street) leader says 全县 (全镇, 全街道) at his own meeting.
    const all = /县/u.test(facts.unit) ? '全县' : /街道/u.test(facts.unit) ? '全街道' : /镇/u.test(facts.unit) ? '全镇' : null;
    if (all) expect(text).toContain(`${all}各级`);
  });
  it.each(VARIANTS)('variant %i: no fixed phrase that misfits the facts', async (variant) => {
    const { facts, paragraphs } = await drafted(variant);
    const text = toText(paragraphs);
    const own = factStrings(facts).join('\n');
    for (const bad of ['力争确保', '力争力争', '其中，', '主要呈现', '立足当前、着眼长远作出的一项重要部署', '充分体现了上级', '坚持从严从实', '。。', '，。', '：。', '，，']) {
      if (!own.includes(bad)) expect(text, bad).not.toContain(bad);
    }
    // 活动期间 only for a campaign (活动) with a period; 启动 only for work that is launched and ends.
    if (!/活动$/u.test(facts.theme.replace(/[“”]/gu, ''))) expect(text).not.toContain('活动期间');
    // Guests are named only when there are guests; 亲临…指导 only for guests from above.
    if (facts.guests.length === 0) expect(text).not.toMatch(/亲临|出席今天的会议/u);
  });
  it.each(VARIANTS)('variant %i: numbering without gaps or lone items, announced counts from the data, lints clean', async (variant) => {
    const { facts, paragraphs } = await drafted(variant);
    const lines = paragraphs.map((p) => p.text);
    const sk = readSkeleton(lines);
    expect(sk.problems).toEqual([]);
    expect(sk.announced).toBe(sk.top.length);
    const r = lintDocument(createDocument(toText(paragraphs), 'draft.txt'), { type: facts.type });
    expect(r.messages.filter((m) => m.severity === 2)).toEqual([]);
  });
});

// Every combination of plain and detailed items in every list of a type.
const PLAIN = ['压实工作责任', '强化督促检查。县委督查室要定期督查'];
const TITLE_ONLY = [{ title: '加强宣传引导' }];
const DETAILED = [
  { title: '深入排查整治隐患', points: ['建立隐患台账', '实行闭环管理'], stats: [{ label: '排查企业', value: 320, unit: '家' }] },
  { title: '严格执法检查', points: ['开展精准执法'] },
  { title: '提升本质安全', stats: [{ label: '确保完成技术改造', value: 12, unit: '家' }] },
];
const SHAPES: Record<string, unknown[]> = {
  plain: PLAIN,
  titleOnly: [...TITLE_ONLY, { title: '健全长效机制' }],
  detailed: DETAILED,
  mixed: [PLAIN[0], DETAILED[0], ...TITLE_ONLY, DETAILED[2]],
  onePlain: [PLAIN[1]],
  oneDetailed: [DETAILED[0]],
};
const LISTS: Record<string, string[]> = {
  mobilization: ['significance', 'goals', 'tasks', 'schedule', 'requirements'],
  progress: ['achievements', 'problems', 'next_steps'],
  summary: ['achievements', 'experiences', 'shortcomings', 'next_steps'],
};

function factsYaml(type: string, key: string, shape: unknown[]): string {
  const base: Record<string, unknown> = { type, meeting: '全县安全生产工作会议', unit: '青石县', theme: '安全生产专项整治行动' };
  for (const k of LISTS[type]) if (!['goals', 'schedule', 'shortcomings'].includes(k)) base[k] = ['落实企业主体责任'];
  base[key] = shape;
  return JSON.stringify(base);
}

describe.each(Object.keys(LISTS))('every string/object combination in %s', (type) => {
  const cases = LISTS[type].flatMap((key) => Object.keys(SHAPES).map((shape) => [key, shape] as const));
  it.each(cases)('%s given as %s reads well', async (key, shape) => {
    for (const variant of [0, 1]) {
      const { paragraphs } = await draftFromFacts(factsYaml(type, key, SHAPES[shape]), { variant });
      const lines = paragraphs.map((p) => p.text);
      expect(readSkeleton(lines).problems).toEqual([]);
      lines.forEach((l, i) => {
        const next = lines[i + 1] ?? '';
        // A sub-heading on its own line has no final 。 and is followed by its body, never by another heading.
        if (/^（[一二三四五六七八九十]+）[^。！？]*$/u.test(l)) expect(next, l).not.toMatch(/^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|同志们)/u);
        // A part heading is followed by its opening words.
        if (/^[一二三四五六七八九十]+、/u.test(l)) expect(next, l).not.toMatch(/^(?:[一二三四五六七八九十]+、|同志们，)/u);
        expect(l).not.toMatch(/。。|，。|：。|力争确保/u);
      });
      // Requirements keep 一要/二要 whatever their form.
      if (key === 'requirements' && SHAPES[shape].length > 1) expect(lines.filter((l) => /^[一二三四]要/u.test(l))).toHaveLength(SHAPES[shape].length);
      // Plain items are a series, never （一）（二） headings.
      if (shape === 'plain' || shape === 'titleOnly') expect(lines.some((l) => /^（一）/u.test(l))).toBe(false);
      // A list of one is never numbered.
      if (shape.startsWith('one')) expect(lines.join('\n')).not.toMatch(/^(?:一是|一要|（一）)/mu);
      // Every fact is in the draft.
      const text = lines.join('\n');
      for (const it of SHAPES[shape]) {
        const title = typeof it === 'string' ? it : (it as { title: string }).title;
        expect(text).toContain(title.replace(/。.*$/u, ''));
      }
    }
  });
});
