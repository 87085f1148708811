// `jianghua kwic TERM paths…`: a concordance — every occurrence of a term, or of the 提法 of one kind
// (--kind formula), with its context, file, line and column; text, JSON or CSV.
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { UsageError } from '../errors.js';
import { readSpeeches } from '../compare/load.js';
import { analyzeStructure } from '../extract/index.js';
import { kwicInDocument, KWIC_WIDTH, type KwicLine } from '../compare/index.js';
import { formatKwicText } from '../format/compare-text.js';
import { kwicCsv } from '../format/compare-csv.js';
import { writeOutput } from './output.js';

const KINDS = ['formula', 'slogan', 'term', 'name', 'enumeration'] as const;
type Kind = (typeof KINDS)[number];

interface KwicOpts {
  kind?: Kind;
  format: 'text' | 'json' | 'csv';
  width: string;
  bom?: boolean;
  output?: string;
  force?: boolean;
}

export interface KindLine extends KwicLine { kind?: Kind }

const kwicCommand: CommandModule = (program, ctx) => {
  program
    .command('kwic')
    .description('语境索引（KWIC）：列出某个词语或某类提法的每一处出现，附上下文、文件、行、列')
    .argument('[args...]', 'TERM 文件或文件夹…；用 --kind 时不给 TERM')
    .addOption(new Option('--kind <kind>', '列出一类提法的全部出现：formula 数字提法，slogan 口号，term 用语，name 名称，enumeration 排比').choices([...KINDS]))
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json', 'csv']).default('text'))
    .option('--width <n>', '上下文左右各多少字', String(KWIC_WIDTH))
    .option('--bom', 'CSV 前加 UTF-8 BOM，便于 Excel 打开')
    .option('-o, --output <file>', '写入文件（默认标准输出）')
    .option('--force', '覆盖已存在的输出文件')
    .addHelpText('after', `
示例：
  jianghua kwic 三严三实 corpus/
  jianghua kwic --kind formula corpus/ --format csv --bom > formulas.csv
  jianghua kwic 新质生产力 reports/ --format json`)
    .action(async (args: string[], opts: KwicOpts) => {
      const width = Number(opts.width);
      if (!Number.isInteger(width) || width < 1) throw new UsageError(`--width 应为正整数，收到“${opts.width}”。`);
      if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom 只用于 --format csv。');
      const term = opts.kind ? undefined : args[0];
      if (!opts.kind && (term === undefined || term.trim() === '')) throw new UsageError('缺少要查找的词语 TERM（或用 --kind 列出一类提法）。');
      const paths = opts.kind ? args : args.slice(1);
      const docs = await readSpeeches(paths);
      const rows: KindLine[] = [];
      for (const doc of docs) {
        if (term !== undefined) { rows.push(...kwicInDocument(doc, term, { width })); continue; }
        const s = analyzeStructure(doc);
        const found = opts.kind === 'formula'
          ? [...s.formulas, ...s.slogans.filter((x) => x.kind === 'formula')]
          : s.slogans.filter((x) => x.kind === opts.kind);
        const seen = new Set<string>();
        const lines: KindLine[] = [];
        for (const f of found) {
          if (seen.has(f.text)) continue;
          seen.add(f.text);
          for (const k of kwicInDocument(doc, f.text, { width, lines: f.lines })) lines.push({ ...k, kind: opts.kind });
        }
        const key = (k: KwicLine) => `${k.line}:${k.column}:${k.match}`;
        const unique = new Map(lines.map((k) => [key(k), k]));
        rows.push(...[...unique.values()].sort((x, y) => x.line - y.line || x.column - y.column));
      }
      if (rows.length === 0) ctx.io.err(`jianghua: 没有找到${term !== undefined ? `“${term}”` : '这类提法'}。\n`);
      let text: string;
      switch (opts.format) {
        case 'json': text = JSON.stringify(rows, null, 2) + '\n'; break;
        case 'csv': text = kwicCsv(rows, { bom: opts.bom }); break;
        default: text = formatKwicText(rows, width);
      }
      await writeOutput(ctx, text, opts);
    });
};

export default kwicCommand;
