// `jianghua analyze` and `summarize` in-process through run(argv, io); folder runs use real worker threads
// (dist/analyze/worker.js, kept current by test/global-setup.ts).
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, CORPUS_FILES, corpusPath, ROOT, tempDir } from '../helpers.js';

type Json = Record<string, unknown>;

/** The documented JSON contract: every key present with the right type. */
function expectContract(r: Json): void {
  expect(typeof r.file).toBe('string');
  expect(typeof r.chars).toBe('number');
  expect(typeof r.title).toBe('string');
  const type = r.type as Json;
  expect(['mobilization', 'progress', 'summary', 'other']).toContain(type.label);
  expect(typeof type.confidence).toBe('number');
  expect(Array.isArray(type.evidence)).toBe(true);
  expect(r).not.toHaveProperty('paragraphs');
  const shapes: Record<string, Record<string, string>> = {
    headings: { level: 'number', marker: 'string', number: 'number', text: 'string', line: 'number', column: 'number' },
    series: { family: 'string', items: 'array', problems: 'array' },
    announced: { phrase: 'string', line: 'number' },
    formulas: { text: 'string', count: 'number', lines: 'array' },
    slogans: { text: 'string', kind: 'string', count: 'number', lines: 'array' },
    statistics: { text: 'string', value: 'number', unit: 'string', noun: 'string', line: 'number' },
    keywords: { word: 'string', weight: 'number' },
  };
  for (const [key, fields] of Object.entries(shapes)) {
    expect(Array.isArray(r[key]), key).toBe(true);
    for (const item of r[key] as Json[]) {
      for (const [f, t] of Object.entries(fields)) {
        expect(t === 'array' ? Array.isArray(item[f]) : typeof item[f], `${key}.${f}`).toBe(t === 'array' ? true : t);
      }
    }
  }
  for (const s of r.series as Array<{ items: Json[] }>) {
    for (const it of s.items) expect([typeof it.ordinal, typeof it.text, typeof it.line]).toEqual(['number', 'string', 'number']);
  }
  for (const a of r.announced as Json[]) {
    expect(a.announced === null || typeof a.announced === 'number').toBe(true);
    expect(a.actual === null || typeof a.actual === 'number').toBe(true);
  }
  for (const s of r.statistics as Json[]) expect(s.approx === null || typeof s.approx === 'string').toBe(true);
}

const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const byFile = (a: Json, b: Json) => String(a.file).localeCompare(String(b.file));

/** A small RFC 4180 reader, so the test checks the quoting rather than re-implementing the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  return rows;
}

describe('jianghua analyze --format json', () => {
  it('gives one object for one file and an array for several, in input order', async () => {
    const one = await cli(['analyze', '--no-keywords', '--format', 'json', corpusPath(CORPUS_FILES[4])]);
    expect(one.code).toBe(0);
    const obj = JSON.parse(one.stdout) as Json;
    expect(Array.isArray(obj)).toBe(false);
    expectContract(obj);
    // Corpus 004 opens with its title line and is about 7,000 characters long (read by hand).
    expect(obj.title).toBe('在红湘街道党的群众路线教育实践活动总结大会上的讲话');
    expect(obj.chars).toBeGreaterThan(6000);

    const several = await cli(['analyze', '--no-keywords', '--format', 'json', corpusPath(CORPUS_FILES[2]), corpusPath(CORPUS_FILES[0])]);
    expect(several.code).toBe(0);
    const arr = JSON.parse(several.stdout) as Json[];
    expect(arr.map((r) => path.basename(String(r.file)))).toEqual([`${CORPUS_FILES[2]}.txt`, `${CORPUS_FILES[0]}.txt`]);
    arr.forEach(expectContract);
  });

  it('wraps the array with the corpus summary on --summary', async () => {
    const r = await cli(['analyze', '--no-keywords', '--format', 'json', '--summary', ...CORPUS_FILES.slice(0, 2).map(corpusPath)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: Json[]; summary: Json };
    expect(out.files).toHaveLength(2);
    expect(out.summary.files).toBe(2);
    expect(out.summary.chars).toBe((out.files[0].chars as number) + (out.files[1].chars as number));
  });
});

describe('jianghua analyze --format jsonl and --files-from', () => {
  it('writes one line per file', async () => {
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', ...CORPUS_FILES.map(corpusPath)]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout).map((l) => JSON.parse(l) as Json);
    expect(recs).toHaveLength(5);
    recs.forEach(expectContract);
    expect(new Set(recs.map((x) => path.basename(String(x.file))))).toEqual(new Set(CORPUS_FILES.map((f) => `${f}.txt`)));
  });

  it('reads the paths from stdin with --files-from -', async () => {
    const list = `${corpusPath(CORPUS_FILES[1])}\n\n${corpusPath(CORPUS_FILES[3])}\n`;
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '--files-from', '-'], { input: list });
    expect(r.code).toBe(0);
    const files = lines(r.stdout).map((l) => (JSON.parse(l) as Json).file).sort();
    expect(files).toEqual([corpusPath(CORPUS_FILES[1]), corpusPath(CORPUS_FILES[3])]);
  });

  it('refuses --summary with jsonl and points to summarize', async () => {
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '--summary', corpusPath(CORPUS_FILES[0])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('summarize');
  });
});

describe('jianghua analyze --format csv', () => {
  it('quotes fields with commas and quotes (RFC 4180), one row per heading, BOM on request', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'draft.txt');
    writeFileSync(file, [
      '在全镇作风建设推进会上的讲话',
      '同志们：',
      '今天召开会议，主要是总结前段工作，部署下步任务。下面，我讲两点意见。',
      '一、坚持"三严三实"要求,推动作风持续好转',
      '上半年，全镇共查处违规违纪问题12起。',
      '二、抓好下步工作',
      '要把各项任务落到实处。',
    ].join('\n'));
    const r = await cli(['analyze', '--no-keywords', '--format', 'csv', '--table', 'headings', '--bom', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout).toContain('"坚持""三严三实""要求,推动作风持续好转"');
    const rows = parseCsv(r.stdout.slice(1));
    expect(rows[0]).toEqual(['file', 'line', 'column', 'level', 'marker', 'number', 'text']);
    const body = rows.slice(1);
    expect(body.map((x) => [x[1], x[4], x[6]])).toEqual([
      ['4', '一、', '坚持"三严三实"要求,推动作风持续好转'],
      ['6', '二、', '抓好下步工作'],
    ]);
    expect(body.every((x) => x[0] === file)).toBe(true);
  });
});

describe('jianghua analyze on a folder', () => {
  it('reports an empty and a binary file in Chinese, analyses the rest, exits 2', async () => {
    const dir = tempDir();
    copyFileSync(corpusPath(CORPUS_FILES[0]), path.join(dir, 'a.txt'));
    copyFileSync(corpusPath(CORPUS_FILES[2]), path.join(dir, 'c.txt'));
    writeFileSync(path.join(dir, 'b-empty.txt'), '');
    writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 255]));
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', dir]);
    expect(r.code).toBe(2);
    expect(lines(r.stdout).map((l) => path.basename(String((JSON.parse(l) as Json).file))).sort()).toEqual(['a.txt', 'c.txt']);
    expect(r.stderr).toContain(`jianghua: ${path.join(dir, 'b-empty.txt')}：`);
    expect(r.stderr).toContain(`jianghua: ${path.join(dir, 'b-binary.txt')}：`);
    expect(r.stderr).toMatch(/二进制/);

    const outline = await cli(['analyze', '--no-keywords', dir]);
    expect(outline.code).toBe(2);
    expect(outline.stdout).toContain(`━━ ${path.join(dir, 'a.txt')} ━━`);
    expect(outline.stdout).toContain('━━ 汇总：2 篇讲话');
    expect(outline.stdout.indexOf('汇总')).toBeGreaterThan(outline.stdout.indexOf(path.join(dir, 'c.txt')));
  });

  it('survives text without headings, one enormous line and a table of numbers', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plain.txt'), '同志们：\n今天的会议开得很好。大家要认真抓好落实。\n谢谢大家。\n');
    const one = readFileSync(corpusPath(CORPUS_FILES[1]), 'utf8').replace(/\s+/g, '');
    writeFileSync(path.join(dir, 'oneline.txt'), one.repeat(5));
    const table = ['序号\t单位\t党员人数\t占比'];
    for (let i = 1; i <= 400; i++) table.push(`${i}\t第${i}党支部\t${(i * 37) % 500}\t${(i % 100) / 10}%`);
    writeFileSync(path.join(dir, 'table.txt'), table.join('\n'));
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const recs = lines(r.stdout).map((l) => JSON.parse(l) as Json);
    expect(recs).toHaveLength(3);
    recs.forEach(expectContract);
  });

  it('gives the same records with --jobs 2 as with --jobs 1', async () => {
    const dir = tempDir();
    // Enough files for the pool to start a second worker: more than the 8 it lets wait for one worker without
    // keywords (src/analyze/pool.ts), each corpus speech at least twice.
    const n = 12;
    for (let i = 0; i < n; i++) copyFileSync(corpusPath(CORPUS_FILES[i % 5]), path.join(dir, `s${String(i).padStart(2, '0')}.txt`));
    const a = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '--jobs', '1', dir]);
    const b = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '--jobs', '2', dir]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const parse = (s: string) => lines(s).map((l) => JSON.parse(l) as Json).sort(byFile);
    expect(parse(b.stdout)).toEqual(parse(a.stdout));
    expect(parse(a.stdout)).toHaveLength(n);
    // The outline is rendered inside the workers; it must read exactly as the in-process one.
    const o1 = await cli(['analyze', '--no-keywords', '--jobs', '1', dir]);
    const o2 = await cli(['analyze', '--no-keywords', '--jobs', '2', dir]);
    expect(o2.stdout).toBe(o1.stdout);
    // json keeps input order even when workers finish out of order.
    const j = await cli(['analyze', '--no-keywords', '--format', 'json', '--jobs', '2', dir]);
    expect((JSON.parse(j.stdout) as Json[]).map((x) => path.basename(String(x.file)))).toEqual(
      Array.from({ length: n }, (_, i) => `s${String(i).padStart(2, '0')}.txt`));
  });
});

describe('jianghua summarize', () => {
  it('reduces JSONL shards to the same summary as one run over all files', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'all', 'half1'), { recursive: true });
    mkdirSync(path.join(root, 'all', 'half2'), { recursive: true });
    CORPUS_FILES.forEach((f, i) => copyFileSync(corpusPath(f), path.join(root, 'all', i < 3 ? 'half1' : 'half2', `${f}.txt`)));
    const cwd = root;
    const s1 = await cli(['analyze', '--format', 'jsonl', 'all/half1'], { cwd });
    const s2 = await cli(['analyze', '--format', 'jsonl', 'all/half2'], { cwd });
    expect([s1.code, s2.code]).toEqual([0, 0]);
    writeFileSync(path.join(root, 'a.jsonl'), s1.stdout);
    writeFileSync(path.join(root, 'b.jsonl'), s2.stdout);
    const reduced = await cli(['summarize', '--format', 'json', 'b.jsonl', 'a.jsonl'], { cwd });
    expect(reduced.code).toBe(0);
    const whole = await cli(['analyze', '--format', 'json', '--summary', 'all'], { cwd });
    expect(whole.code).toBe(0);
    const summary = (JSON.parse(whole.stdout) as { summary: Json }).summary;
    expect(JSON.parse(reduced.stdout)).toEqual(summary);
    expect(summary.files).toBe(5);
    expect((summary.keywords as unknown[]).length).toBeGreaterThan(0);

    const fromStdin = await cli(['summarize'], { cwd, input: s1.stdout + s2.stdout });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toContain('━━ 汇总：5 篇讲话');
  });

  it('names the file and line of a malformed JSONL line, exit 2', async () => {
    const dir = tempDir();
    const good = (await cli(['analyze', '--no-keywords', '--format', 'jsonl', corpusPath(CORPUS_FILES[0])])).stdout;
    const shard = path.join(dir, 'shard.jsonl');
    writeFileSync(shard, good + '{"file": "x.txt", "chars": 12,\n');
    const r = await cli(['summarize', shard]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`jianghua: ${shard}：第 2 行不是有效的 JSON`);
    expect(r.stdout).toBe('');
    writeFileSync(shard, '{"hello": 1}\n');
    const notRecord = await cli(['summarize', shard]);
    expect(notRecord.code).toBe(2);
    expect(notRecord.stderr).toContain('第 1 行不是 analyze 的分析结果');
  });
});

describe('jianghua analyze with keywords', () => {
  it('keeps the formulation 群众路线 whole among the keywords of corpus 001 and 004', async () => {
    const r = await cli(['analyze', '--format', 'jsonl', '--top', '30', corpusPath(CORPUS_FILES[1]), corpusPath(CORPUS_FILES[4])]);
    expect(r.code).toBe(0);
    for (const rec of lines(r.stdout).map((l) => JSON.parse(l) as { keywords: Array<{ word: string }> })) {
      const words = rec.keywords.map((k) => k.word);
      expect(words).toHaveLength(30);
      expect(words).toContain('群众路线');
      expect(words).not.toContain('路线');
    }
  });
});

describe('analyze reads Word drafts', () => {
  it('analyses a .docx made by draft, alone and inside a folder', async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'speech.docx');
    expect((await cli(['draft', '--facts', 'examples/summary.yaml', '-o', docx], { cwd: ROOT })).code).toBe(0);
    const one = await cli(['analyze', '--no-keywords', '--format', 'json', docx]);
    expect(one.code).toBe(0);
    const r = JSON.parse(one.stdout);
    expect(r.type.label).toBe('summary');
    expect(r.headings.filter((h: { level: number }) => h.level === 1).length).toBeGreaterThanOrEqual(3);
    expect(r.salutationLine).not.toBeNull();
    const folder = await cli(['analyze', '--no-keywords', '--format', 'jsonl', dir]);
    expect(folder.code).toBe(0);
    expect(folder.stdout.trim().split('\n')).toHaveLength(1);
  });
});
