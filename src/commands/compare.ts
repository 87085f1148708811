// `jianghua compare A B` and `compare --by year DIR`: added and dropped 提法 with KWIC, keyness, rank shifts and
// changed figures, as text, JSON, CSV, HTML or Excel.
import { promises as fs } from 'node:fs';
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { UsageError, JianghuaError } from '../errors.js';
import { loadConfig } from '../config.js';
import { readSpeeches, prepareSpeeches } from '../compare/load.js';
import { compare, byYear, thresholdFor, type Comparison, type DatedSpeech, type YearComparison } from '../compare/index.js';
import { parseMeta, resolveYear, type MetaTable } from '../compare/years.js';
import { formatComparisonText, formatYearsText } from '../format/compare-text.js';
import { COMPARE_TABLES, comparisonCsv, type CompareTable } from '../format/compare-csv.js';
import { decodeBytes } from '../text/decode.js';
import { writeOutput, generatorLine } from './output.js';

interface CompareOpts {
  by?: 'year';
  meta?: string;
  format: 'text' | 'json' | 'csv' | 'html' | 'xlsx';
  table?: CompareTable;
  bom?: boolean;
  output?: string;
  force?: boolean;
  top: string;
  minG2: string;
  kwic: string;
  width: string;
  dict: string[];
  config?: string;
}

function intOption(v: string, option: string, min = 1): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${option} 应为${min === 0 ? '非负' : '正'}整数，收到“${v}”。`);
  return n;
}

async function readMeta(file: string): Promise<MetaTable> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch {
    throw new JianghuaError('元数据文件不存在或无法读取。', file);
  }
  return parseMeta(decodeBytes(buf, file).text, file);
}

const compareCommand: CommandModule = (program, ctx) => {
  program
    .command('compare')
    .description('比较两篇（或两组）讲话、或按年份逐年比较：新出现和不再出现的提法、关键词差异、高频词排名变化、数据变化')
    .argument('[paths...]', '两个文件或文件夹（文件夹内各篇合为一方）；--by year 时为一个或多个文件夹')
    .addOption(new Option('--by <key>', '按年份分组，逐年与上一年比较').choices(['year']))
    .option('--meta <file>', '元数据 CSV（file,year,speaker,type）或 YAML（文件 → 年份），优先于讲话中的日期和文件名中的年份')
    .addOption(new Option('-f, --format <format>', '输出格式：text 文字，json，csv 表格，html 报告（单个文件、含图表），xlsx 工作簿（每张表一页，需 -o）').choices(['text', 'json', 'csv', 'html', 'xlsx']).default('text'))
    .addOption(new Option('--table <table>', 'CSV 输出哪张表（默认 added）').choices([...COMPARE_TABLES]))
    .option('--bom', 'CSV 前加 UTF-8 BOM，便于 Excel 打开')
    .option('-o, --output <file>', '写入文件（默认标准输出）')
    .option('--force', '覆盖已存在的输出文件')
    .option('--top <n>', '文字输出中每部分显示的条数；关键词差异每个方向保留的条数为其 2.5 倍', '20')
    .option('--min-g2 <x>', '关键词差异的显著性阈值 G²（10.83 即 p < 0.001）', '10.83')
    .option('--kwic <n>', '每条提法附带的上下文行数', '3')
    .option('--width <n>', '上下文左右各多少字', '20')
    .option('-d, --dict <file>', '追加用户词典（每行“词语 [词频] [词性]”），可重复', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-c, --config <file>', '配置文件（默认向上查找 .jianghuarc.yaml）')
    .addHelpText('after', `
示例：
  jianghua compare 2023.txt 2024.txt
  jianghua compare 去年/ 今年/ --format json > diff.json
  jianghua compare --by year reports/                 各年与上一年比较，另列提法首末年份
  jianghua compare --by year reports/ --format csv --table figures --bom > figures.csv
  jianghua compare --by year speeches/ --meta meta.csv

说明：年份依次取自 --meta 文件、讲话中的日期、文件名中的四位年份。关键词差异用对数似然 G²（默认阈值
10.83，即 p < 0.001，自由度 1），效应量为对数比 log2(B 频率 / A 频率)；停用词不计。`)
    .action(async (paths: string[], opts: CompareOpts) => {
      if (opts.table && opts.format !== 'csv') throw new UsageError('--table 只用于 --format csv。');
      if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom 只用于 --format csv。');
      if (opts.format === 'xlsx' && !opts.output) throw new UsageError('--format xlsx 需要用 -o 指定输出文件。');
      if (opts.meta && !opts.by) throw new UsageError('--meta 只用于 --by year。');
      if (opts.by) {
        if (paths.length === 0) throw new UsageError('--by year 需要一个或多个文件夹。');
      } else if (paths.length !== 2) {
        throw new UsageError(`compare 需要两个文件或文件夹（A 与 B），收到 ${paths.length} 个；按年份比较请用 --by year DIR。`);
      }
      if (opts.table === 'timeline' && !opts.by) throw new UsageError('--table timeline 只用于 --by year。');
      const top = intOption(opts.top, '--top');
      const minG2 = Number(opts.minG2);
      if (!Number.isFinite(minG2) || minG2 < 0) throw new UsageError(`--min-g2 应为非负数，收到“${opts.minG2}”。`);
      const cmpOpts = {
        threshold: thresholdFor(minG2),
        keynessTop: Math.ceil(top * 2.5),
        rankTop: top,
        kwicLines: intOption(opts.kwic, '--kwic', 0),
        kwicWidth: intOption(opts.width, '--width'),
      };
      const config = await loadConfig({ explicit: opts.config });
      const dicts = [...config.dict, ...opts.dict];
      const meta = opts.meta ? await readMeta(opts.meta) : undefined;

      let result: Comparison | YearComparison;
      if (opts.by === 'year') {
        const speeches = await prepareSpeeches(await readSpeeches(paths), { dicts });
        const undated: string[] = [];
        const dated: DatedSpeech[] = [];
        for (const s of speeches) {
          const y = resolveYear(s.doc.file, s.date ? Number(s.date.slice(0, 4)) : null, meta);
          if (y) dated.push({ ...s, year: y.year, yearSource: y.source });
          else undated.push(s.doc.file);
        }
        if (undated.length > 0) {
          throw new UsageError(`以下 ${undated.length} 篇讲话无法确定年份（讲话中没有日期，文件名中没有四位年份），请用 --meta 文件给出：\n  ${undated.slice(0, 10).join('\n  ')}${undated.length > 10 ? '\n  …' : ''}`);
        }
        result = byYear(dated, cmpOpts);
        if (result.years.length < 2) throw new UsageError(`只有一个年份（${result.years[0]?.year}）：按年份比较至少需要两个年份。`);
      } else {
        const [da, db] = [await readSpeeches([paths[0]]), await readSpeeches([paths[1]])];
        const all = await prepareSpeeches([...da, ...db], { dicts });
        result = compare(all.slice(0, da.length), all.slice(da.length), { ...cmpOpts, labels: [paths[0], paths[1]] });
      }

      let text: string | Uint8Array;
      switch (opts.format) {
        case 'json': text = JSON.stringify(result, null, 2) + '\n'; break;
        case 'csv': text = comparisonCsv(result, opts.table ?? 'added', { bom: opts.bom }); break;
        case 'html': {
          const { compareHtml, yearsHtml } = await import('../format/html/compare.js');
          const html = { generator: generatorLine(), top: Math.min(top, 20) };
          text = 'steps' in result ? yearsHtml(result, html) : compareHtml(result, html);
          break;
        }
        case 'xlsx': {
          const { comparisonWorkbook } = await import('../format/xlsx.js');
          text = await comparisonWorkbook(result);
          break;
        }
        default: text = 'steps' in result ? formatYearsText(result, { top: Math.min(top, 10) }) : formatComparisonText(result, { top });
      }
      await writeOutput(ctx, text, opts);
    });
};

export default compareCommand;
