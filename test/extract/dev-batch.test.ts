// A fresh batch of the development set (truth-dev files marked `batch: NAME`) is held apart: the development table
// and its floors leave it out, `evaluateDev({ batch })` evaluates only it. Runs on stub analyses (no text is read),
// so it needs neither the shared corpus nor the analyser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { tempDir } from '../helpers.js';
// @ts-expect-error: a plain ESM script shared with `npm run eval`, without type declarations
import { DEV_DIR, devBatches, evaluateDev } from '../../scripts/eval-dev.mjs';

const stub = {
  readDocument: async (file: string) => file,
  analyzeStructure: () => ({ type: { label: 'other', confidence: 1 }, title: '', headings: [], series: [], announced: [], formulas: [], statistics: [] }),
};
// Each call reads and parses every truth-dev file (~0.3–0.5 s): the tests below share one reading of the repository's
// truth-dev (the temporary folder of the first test is read on its own).
const once = new Map<string, Promise<any>>();
const shared = <T>(key: string, f: () => Promise<T>): Promise<T> => {
  if (!once.has(key)) once.set(key, f());
  return once.get(key)!;
};
const devTable = () => shared('dev', () => evaluateDev(stub));
const batchTable = (batch: string) => shared(`batch:${batch}`, () => evaluateDev({ ...stub, batch }));
const batchNames = () => shared('batches', () => devBatches(DEV_DIR)) as Promise<string[]>;
const FRESH1 = ['010_other', '016_other', '018_other', '038_other', '049_other', 'cpc_congress_19', 'gwr_2010', 'prov2025_jiangsu'];
const FRESH2 = ['006_other', '007_other', '008_other', '013_other', '014_other', '015_other', '019_other', 'cpc_congress_18', 'gwr_1997',
  'gwr_2016', 'prov2025_sichuan'];
const FRESH3 = ['cpc_congress_12', 'cpc_congress_15', 'gwr_1980', 'gwr_1987', 'gwr_2003', 'gwr_2013', 'gwr_2021', 'gwr_2025'];
const FRESH4 = ['gwr_1957', 'gwr_1979', 'gwr_1984', 'gwr_1993', 'gwr_2000', 'gwr_2006', 'gwr_2012', 'gwr_2019'];
const FRESH5 = ['gwr_1982', 'gwr_1988', 'gwr_1995', 'gwr_2004', 'gwr_2009', 'gwr_2015', 'gwr_2022', 'gwr_2023'];
const FRESH7 = ['gwr_1956', 'gwr_1964', 'gwr_1981', 'gwr_1994', 'gwr_2001', 'gwr_2007', 'gwr_2011', 'gwr_2018'];
const FRESH6 = ['gwr_1954', 'gwr_1959', 'gwr_1978', 'gwr_1983', 'gwr_1992', 'gwr_1998', 'gwr_2005', 'gwr_2014'];

describe('fresh batches in truth-dev', () => {
  it('leaves a batch out of the development table and evaluates it on its own', async () => {
    const dir = tempDir();
    for (const sub of ['structure', 'lexical']) mkdirSync(path.join(dir, sub));
    const write = (stem: string, extra: string) =>
      writeFileSync(path.join(dir, 'structure', `${stem}.yaml`), `type: other\ntitle: ""\n${extra}headings: []\nseries: []\nannounced: []\n`);
    write('a', '');
    write('b', 'batch: fresh-x\n');
    writeFileSync(path.join(dir, 'lexical', 'c.yaml'), 'batch: fresh-x\nformulas: [三农]\nstatistics: []\n');
    expect(await devBatches(dir)).toEqual(['fresh-x']);
    const dev = await evaluateDev({ ...stub, dir, shared: dir });
    expect(dev.files.map((f: { file: string }) => f.file)).toEqual(['a']);
    const fresh = await evaluateDev({ ...stub, dir, shared: dir, batch: 'fresh-x' });
    expect(fresh.files.map((f: { file: string }) => f.file)).toEqual(['b', 'c']);
    expect(fresh.type.n).toBe(1);
    expect(fresh.rows.find((r: { field: string }) => r.field === 'formulas')).toMatchObject({ tp: 0, fn: 1 });
  });

  it('keeps every fresh batch of truth-dev out of the development table, with both halves annotated', async () => {
    const dev = await devTable();
    for (const batch of await batchNames()) {
      const fresh = await batchTable(batch);
      expect(fresh.type.n).toBeGreaterThan(0);
      const names = fresh.files.map((f: { file: string }) => f.file);
      expect(dev.files.some((f: { file: string }) => names.includes(f.file))).toBe(false);
    }
  });

  it('counts the first fresh batch, measured once unseen and then opened, in the development table', async () => {
    expect(await batchNames()).not.toContain('fresh-2026-12-02');
    const dev = await devTable();
    const names = dev.files.map((f: { file: string }) => f.file);
    expect(FRESH1.filter((f) => !names.includes(f))).toEqual([]);
  });

  it('counts the second fresh batch, measured once unseen and then opened, in the development table', async () => {
    expect(await batchNames()).not.toContain('fresh-2026-12-02b');
    const dev = await devTable();
    const names = dev.files.map((f: { file: string }) => f.file);
    expect(FRESH2.filter((f) => !names.includes(f))).toEqual([]);
  });

  it('counts the third fresh batch, measured unseen and then opened, in the development table', async () => {
    expect(await batchNames()).not.toContain('fresh-2026-12-02c');
    const dev = await devTable();
    const names = dev.files.map((f: { file: string }) => f.file);
    expect(FRESH3.filter((f) => !names.includes(f))).toEqual([]);
  });

  it('counts the fourth fresh batch, measured unseen and then opened, in the development table', async () => {
    expect(await batchNames()).not.toContain('fresh-2026-12-02d');
    const dev = await devTable();
    const names = dev.files.map((f: { file: string }) => f.file);
    expect(FRESH4.filter((f) => !names.includes(f))).toEqual([]);
  });

  it('counts the fifth fresh batch, measured unseen twice and then opened, in the development table', async () => {
    expect(await batchNames()).not.toContain('fresh-2026-12-02e');
    const dev = await devTable();
    const names = dev.files.map((f: { file: string }) => f.file);
    expect(FRESH5.filter((f) => !names.includes(f))).toEqual([]);
  });

  it('counts the sixth fresh batch, measured unseen and then opened, in the development table', async () => {
    expect(await batchNames()).not.toContain('fresh-2026-12-02f');
    const dev = await devTable();
    const names = dev.files.map((f: { file: string }) => f.file);
    expect(FRESH6.filter((f) => !names.includes(f))).toEqual([]);
  });

  it('counts the seventh fresh batch, measured unseen and then opened, in the development table', async () => {
    expect(await batchNames()).not.toContain('fresh-2026-12-02g');
    const dev = await devTable();
    const names = dev.files.map((f: { file: string }) => f.file);
    expect(FRESH7.filter((f) => !names.includes(f))).toEqual([]);
  });
});
