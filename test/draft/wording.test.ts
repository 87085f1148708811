// The wording decisions of the draft: place vs organising body, short theme, kind of work, guests' standing.
import { describe, expect, it } from 'vitest';
import {
  bodyShort, derivePlace, parsePlace, spokenLength, splitGuests, targetLead, themeKind, themeShort, variant,
} from '../../src/draft/wording.js';

describe('derivePlace and bodyShort', () => {
  it.each([
    // unit, place, 全X, the body as the speaker names it
    ['青石县人民政府', '青石县', '全县', '县政府'],
    ['中共青石县委', '青石县', '全县', '县委'],
    ['中共青石县委农村工作领导小组', '青石县', '全县', '县委农村工作领导小组'],
    ['青岚县', '青岚县', '全县', '县委、县政府'],
    ['清溪街道', '清溪街道', '全街道', '街道党工委、办事处'],
    ['中共清溪街道工委', '清溪街道', '全街道', '街道工委'],
    ['河北省石家庄市长安区人民政府', '长安区', '全区', '区政府'],
    ['青岚县城关镇', '城关镇', '全镇', '镇党委、镇政府'],
    ['石门镇', '石门镇', '全镇', '镇党委、镇政府'],
    ['青岚县市场监督管理局', '青岚县', '全县', '县市场监督管理局'],
    ['临川市', '临川市', '全市', '市委、市政府'],
  ])('%s → %s, %s, %s', (unit, name, all, body) => {
    const p = derivePlace(unit);
    expect(p?.name).toBe(name);
    expect(p?.all).toBe(all);
    expect(bodyShort(unit, p)).toBe(body);
  });
  it('finds no place in a bare office name', () => {
    expect(derivePlace('应急管理局')).toBeNull();
    expect(bodyShort('应急管理局', null)).toBe('应急管理局');
  });
  it('reads a place given by level only', () => {
    expect(parsePlace('县')?.all).toBe('全县');
    expect(parsePlace('全市')?.all).toBe('全市');
    expect(parsePlace('青岚县')?.all).toBe('全县');
  });
});

describe('themeKind and themeShort', () => {
  it.each([
    ['安全生产治本攻坚三年行动', 'action', '三年行动'],
    ['学习贯彻习近平新时代中国特色社会主义思想主题教育', 'education', '主题教育'],
    ['“优化营商环境攻坚年”活动', 'campaign', '这次活动'],
    ['2024年重点项目建设', 'project', '项目建设'],
    ['农村人居环境整治提升行动', 'action', '提升行动'],
    ['防汛工作', 'work', '防汛工作'],
    ['党史学习教育', 'education', '党史学习教育'],
    ['城乡环境卫生百日攻坚行动', 'action', '百日攻坚行动'],
  ])('%s: %s, %s', (theme, kind, short) => {
    expect(themeKind(theme)).toBe(kind);
    expect(themeShort(theme)).toBe(short);
  });
});

describe('guests, variants, targets, length', () => {
  it('splits guests above the place from the others', () => {
    const r = splitGuests(['市应急管理局副局长王建华同志', '县人大常委会主任李明同志', '王五同志'], derivePlace('青石县'));
    expect(r).toEqual({ higher: ['市应急管理局副局长王建华同志'], peers: ['县人大常委会主任李明同志', '王五同志'] });
  });
  it('chooses a stable variant in range that depends on the seed', () => {
    expect(variant('会议甲', 'closing', 3)).toBe(variant('会议甲', 'closing', 3));
    const seen = new Set(Array.from({ length: 40 }, (_, i) => variant(`会议${i}`, 'closing', 3)));
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });
  it('leads a target with 力争 only when its label has no verb of intent', () => {
    expect(targetLead('完成户厕改造')).toBe('力争');
    expect(targetLead('确保重大事故隐患动态清零')).toBe('');
    expect(targetLead('力争新开工项目')).toBe('');
  });
  it('counts spoken characters only', () => {
    expect(spokenLength('同志们：今天，我们召开2024年会议。')).toBe(16);
  });
});
