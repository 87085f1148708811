// `jianghua rules list|test` and lint with the 提法 pack, in-process through run(argv, io); one spawned smoke test.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../../src/cli.js';
import { runCli, tempDir } from '../../helpers.js';

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

const OWN_PACK = `kind: banned
source: 本单位公文规范（2024年1月1日）
entries:
  - id: my-leader
    standard: 负责同志
    wrong: [老板]
    hit: [请老板审阅。]
    miss: [请负责同志审阅。]
`;

describe('jianghua rules', () => {
  it('list shows each entry with its source, and --kind filters', async () => {
    const all = await capture(['rules', 'list']);
    expect(all.code).toBe(0);
    expect(all.out).toContain('xi-thought');
    expect(all.out).toContain('依据：《中国共产党章程》总纲');
    const outdated = await capture(['rules', 'list', '--kind', 'outdated']);
    expect(outdated.out).toContain('covid-name');
    expect(outdated.out).toContain('2022-12-26 起');
    expect(outdated.out).not.toContain('xi-thought ');
  });

  it('list --format json gives the entries as data', async () => {
    const r = await capture(['rules', 'list', '--kind', 'order', '--format', 'json']);
    const data = JSON.parse(r.out) as Array<{ id: string; kind: string; members: string[][] }>;
    expect(data.every((e) => e.kind === 'order')).toBe(true);
    expect(data.find((e) => e.id === 'four-confidences')?.members[0]).toEqual(['道路自信']);
  });

  it('test checks a user pack: 0 when every specimen holds, 1 with the failing sentence named', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.yaml');
    writeFileSync(good, OWN_PACK);
    const ok = await capture(['rules', 'test', good]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('全部符合');
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, OWN_PACK.replace('miss: [请负责同志审阅。]', 'miss: [请老板审阅。]'));
    const no = await capture(['rules', 'test', bad]);
    expect(no.code).toBe(1);
    expect(no.out).toContain('my-leader  不应查出而查出了：请老板审阅。');
  });

  it('an invalid pack is an input error naming the file and the entry', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'broken.yaml');
    writeFileSync(f, OWN_PACK.replace('    standard: 负责同志\n', ''));
    const r = await capture(['rules', 'test', f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('broken.yaml');
    expect(r.err).toContain('条目“my-leader”：缺少“standard”');
  });

  it('lint uses a pack named in the config (formulationPacks)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'my.yaml'), OWN_PACK);
    writeFileSync(path.join(dir, '.jianghuarc.yaml'), 'formulationPacks: [my.yaml]\n');
    const draft = path.join(dir, 'draft.txt');
    writeFileSync(draft, '同志们：\n请老板审阅。\n');
    const r = await capture(['lint', draft, '--format', 'json']);
    const msgs = JSON.parse(r.out)[0].messages as Array<{ ruleId: string; message: string }>;
    expect(msgs.some((m) => m.ruleId === 'formulation' && m.message.includes('“老板”') && m.message.includes('本单位公文规范'))).toBe(true);
  });

  it('lint --date decides the outdated entries; without a date the note says the date is unknown', async () => {
    const dir = tempDir();
    const draft = path.join(dir, 'draft.txt');
    writeFileSync(draft, '同志们：\n新冠肺炎疫情防控取得重大成果。\n');
    const before = JSON.parse((await capture(['lint', draft, '--format', 'json', '--date', '2021-03-05'])).out)[0];
    expect(before.messages.filter((m: { ruleId: string }) => m.ruleId === 'formulation')).toEqual([]);
    const after = JSON.parse((await capture(['lint', draft, '--format', 'json', '--date', '2023-03-05'])).out)[0];
    expect(after.messages.map((m: { message: string }) => m.message).join('\n')).toContain('自2022年12月26日起应为“新冠病毒感染”');
    const unknown = JSON.parse((await capture(['lint', draft, '--format', 'json'])).out)[0];
    expect(unknown.notes.join('\n')).toContain('讲话日期未知');
    const bad = await capture(['lint', draft, '--date', '2023-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--date');
  });

  it('the built binary lists the pack (smoke test)', () => {
    const r = runCli(['rules', 'list', '--kind', 'punctuation']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('党中央、国务院');
  });
});
