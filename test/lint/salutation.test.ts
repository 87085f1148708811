// salutation: the opening address before the body (after title, date and speaker lines, or at the start of the
// first body line); an address further down the body does not count.
import { describe, it, expect } from 'vitest';
import { lintText } from '../../src/lint/index.js';
import { hasOpeningSalutation } from '../../src/lint/rules/salutation.js';

const found = (text: string) => lintText(text, { only: ['salutation'] }).messages.length === 0;

describe('salutation: the opening address', () => {
  it('accepts the usual openings after title, date and speaker lines', () => {
    expect(found('在全市工作会议上的讲话\n（2024年3月1日）\n张某某\n同志们：\n今天召开会议。\n')).toBe(true);
    expect(found('欢迎你们！\n——在新生报到会上的讲话\n各位嘉宾、家长、老师们、同学们，大家好！\n今天开学。\n')).toBe(true);
    expect(found('家长开放日讲话稿\n各位家长大家好！\n首先欢迎大家。\n')).toBe(true);
    expect(found('尊敬的各位领导、各位来宾，\n今天我们在这里集会。\n')).toBe(true);
    expect(found('同志们，今天召开这次会议，主要任务是部署工作。\n')).toBe(true);
    expect(found('1、某区长在动员大会上的讲话同志们:今天,我们召开这次会议。')).toBe(true);
  });
  it('an address inside the body is not the salutation', () => {
    const text = '在开学典礼上的讲话\n今天是开学的日子，我们迎来了新同学。\n同学们，要珍惜时光。\n同志们：让我们共同努力！\n';
    expect(found(text)).toBe(false);
    expect(lintText(text, { only: ['salutation'] }).messages[0].message).toContain('正文之前应有');
  });
  it('a body line stops the search; comment and empty lines are skipped', () => {
    expect(hasOpeningSalutation(['', '<!-- 草稿 -->', '同志们：', '正文。'], 12)).toBe(true);
    expect(hasOpeningSalutation(['今天召开会议。', '同志们：'], 12)).toBe(false);
  });
});
