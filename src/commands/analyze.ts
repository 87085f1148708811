// `jianghua analyze`: the structure of speeches (headings, series, announced counts, formulas, slogans, statistics,
// type, keywords) as an outline, JSON, JSONL or CSV; folders run on worker threads and end with a corpus summary.
import os from 'node:os';
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { EXIT, UsageError } from '../errors.js';
import { loadConfig } from '../config.js';
import { analyzePaths } from '../analyze/runner.js';
import { isSingleInput, pathSource } from '../analyze/sources.js';
import { recordSource } from '../analyze/records.js';
import { SummaryReducer } from '../analyze/summary.js';
import { createProgress } from '../analyze/progress.js';
import { outlineColored } from '../format/outline.js';
import { formatSummaryOutline } from '../format/summary.js';
import { jsonArrayStart, jsonArrayEnd, jsonPieces } from '../format/analysis-json.js';
import { CSV_TABLES, csvHeader, type CsvTable } from '../format/csv.js';

interface AnalyzeOpts {
  format: 'outline' | 'json' | 'jsonl' | 'csv' | 'html' | 'xlsx';
  output?: string;
  force?: boolean;
  table?: CsvTable;
  bom?: boolean;
  filesFrom?: string;
  keywords: boolean;
  top: string;
  dict: string[];
  config?: string;
  jobs?: string;
  summary?: boolean;
  input: 'files' | 'jsonl';
}

function positiveInt(v: string, option: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} 应为正整数，收到“${v}”。`);
  return n;
}

const analyze: CommandModule = (program, ctx) => {
  program
    .command('analyze')
    .description('分析讲话结构：标题层级、“一是二是”列举、宣布与实际条数、提法、口号、数据、讲话类型、关键词')
    .argument('[files...]', '文件或文件夹（.txt/.md/.docx）；不给时读标准输入')
    .addOption(new Option('-f, --format <format>', '输出格式：outline 提纲，json，jsonl 每行一篇，csv 表格，html 报告（单个文件、含图表），xlsx 工作簿（需 -o）').choices(['outline', 'json', 'jsonl', 'csv', 'html', 'xlsx']).default('outline'))
    .option('-o, --output <file>', 'html/xlsx 报告写入的文件')
    .option('--force', '覆盖已存在的输出文件')
    .addOption(new Option('--table <table>', 'CSV 输出哪张表（默认 statistics）').choices([...CSV_TABLES]))
    .option('--bom', 'CSV 前加 UTF-8 BOM，便于 Excel 打开')
    .option('--files-from <file>', '从文件读待分析的路径，每行一个；“-”表示标准输入')
    .option('--no-keywords', '不提取关键词（不加载分词词典，快得多）')
    .option('--top <n>', '关键词个数', '20')
    .option('-d, --dict <file>', '追加用户词典（每行“词语 [词频] [词性]”），可重复', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-c, --config <file>', '配置文件（默认向上查找 .jianghuarc.yaml）')
    .option('-j, --jobs <n>', `并行线程数（默认并且最多为 CPU 核数 ${os.availableParallelism()}；1 表示不用子线程）`)
    .option('--summary', '输出语料汇总（多篇或文件夹时 outline 默认输出；json 时输出 {files, summary}）')
    .option('--no-summary', '不输出语料汇总')
    .addOption(new Option('--input <kind>', '输入形式：files 文件与文件夹；jsonl 每行一条记录 {"id","text",…}（标准输入、文件或 *.jsonl 文件夹），输出每行一条结果').choices(['files', 'jsonl']).default('files'))
    .addHelpText('after', `
示例：
  jianghua analyze corpus/004_2a5315d4f9a02ca3.txt
  jianghua analyze corpus/ --no-keywords            各篇提纲，最后是语料汇总
  jianghua analyze corpus/ --format json --summary > all.json
  find speeches -name '*.txt' | jianghua analyze --files-from - --format jsonl > part.jsonl
  jianghua analyze --input jsonl < records.jsonl > results.jsonl      集群（Hadoop、Spark、Dask）的映射步骤
  jianghua analyze corpus/ --format csv --table statistics --bom > stats.csv
  jianghua analyze corpus/ --format html -o report.html             单个 HTML 报告（图表、可排序的表格）
  jianghua analyze corpus/ --format xlsx -o analysis.xlsx           Excel：每张表一页

说明：jsonl 每行一篇、按完成先后输出，不含汇总；汇总多份 jsonl 请用 jianghua summarize。
记录（--input jsonl）：每行 {"id": …, "text": "讲话全文", "title"/"date"/"speaker"/"type"/其他字段可选}；
  每条输出一行分析结果（JSON 契约，file 为 id），另有 "id" 和 "metadata"（记录的其他字段，原样带回）。
  坏记录在标准错误上报出行号和 id 并跳过，其余照常，最后以退出码 2 结束；没有记录时不输出，退出码 0。`)
    .action(async (files: string[], opts: AnalyzeOpts, command: { getOptionValueSource(key: string): string | undefined }) => {
      if (opts.input === 'jsonl') {
        if (command.getOptionValueSource('format') !== 'default' && opts.format !== 'jsonl') throw new UsageError(`--input jsonl 只输出 jsonl（每条记录一行），不能与 --format ${opts.format} 同用。`);
        if (opts.filesFrom !== undefined) throw new UsageError('--input jsonl 不能与 --files-from 同用：记录从文件参数或标准输入读入。');
        if (opts.summary) throw new UsageError('--input jsonl 不输出汇总：请把结果交给 jianghua summarize（可用 --partial 分段汇总）。');
        opts.format = 'jsonl';
      }
      if (opts.table && opts.format !== 'csv') throw new UsageError('--table 只用于 --format csv。');
      if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom 只用于 --format csv。');
      if (opts.summary && (opts.format === 'jsonl' || opts.format === 'csv')) {
        throw new UsageError(`--summary 不能与 --format ${opts.format} 同用：每行只放一篇的结果。汇总请把输出交给 jianghua summarize（jsonl）。`);
      }
      const top = positiveInt(opts.top, '--top');
      const cores = os.availableParallelism();
      let jobs = opts.jobs === undefined ? cores : positiveInt(opts.jobs, '--jobs');
      if (jobs > cores) {
        // Each worker loads its own dictionary (~150 MB): more workers than cores add memory, not speed.
        ctx.io.err(`jianghua: --jobs ${jobs} 超过本机的 CPU 核数 ${cores}，改用 ${cores} 个线程（线程多于核数只多占内存，不会更快）。\n`);
        jobs = cores;
      }
      const config = await loadConfig({ explicit: opts.config });
      const dicts = [...config.dict, ...opts.dict];
      if (opts.keywords) {
        // Check the dictionaries once here: in workers a bad one would fail every file. No nodejieba is loaded.
        const { readDict } = await import('../segment/jieba.js');
        for (const d of dicts) await readDict(d);
      }

      if (opts.output && opts.format !== 'html' && opts.format !== 'xlsx') throw new UsageError('-o 只用于 --format html 或 xlsx；其他格式请重定向标准输出。');
      if (opts.format === 'html' || opts.format === 'xlsx') {
        const { analyzeReport } = await import('./analyze-report.js');
        const src = { files: files ?? [], filesFrom: opts.filesFrom };
        return analyzeReport(ctx, pathSource(src), { format: opts.format, output: opts.output, force: opts.force, keywords: opts.keywords, top, dicts, jobs, single: await isSingleInput(src) });
      }
      const records = opts.input === 'jsonl';
      const sourceOpts = { files: files ?? [], filesFrom: opts.filesFrom };
      const single = !records && await isSingleInput(sourceOpts);
      const wantSummary = opts.summary ?? (!single && opts.format === 'outline');
      const reducer = wantSummary ? new SummaryReducer() : undefined;
      const progress = createProgress(!single);
      const shape = { wrapped: wantSummary };
      const table: CsvTable = opts.table ?? 'statistics';

      let analysed = 0;
      let failed = 0;
      if (opts.format === 'csv') ctx.io.out(csvHeader(table, { bom: opts.bom }));
      const outcomes = analyzePaths(records ? recordSource(sourceOpts.files) : pathSource(sourceOpts), {
        keywords: opts.keywords, top, dicts,
        jobs: single ? 1 : jobs,
        ordered: opts.format !== 'jsonl',
        spec: { format: opts.format, table, single: single && !wantSummary, wrapped: wantSummary, summary: wantSummary, color: outlineColored() },
        onFound: () => progress.found(),
      });
      try {
        for await (const o of outcomes) {
          // Nobody reads the output any more (`| head`): stop now rather than analyse the rest for nothing.
          if (ctx.io.closed?.()) break;
          progress.tick();
          if (o.error !== undefined) {
            progress.clear();
            ctx.io.err(`jianghua: ${o.error}\n`);
            ctx.exitCode = EXIT.failure;
            failed++;
            continue;
          }
          if (o.digest) reducer?.add(o.digest);
          if (opts.format === 'outline' && analysed > 0) ctx.io.out('\n');
          else if (opts.format === 'json' && !(single && !wantSummary)) ctx.io.out(analysed === 0 ? jsonArrayStart(shape) : ',');
          ctx.io.out(o.text);
          analysed++;
        }
      } finally {
        progress.stop();
      }

      // An empty record stream is an empty split of a cluster job, not a mistake.
      if (analysed === 0 && failed === 0 && !records) throw new UsageError('没有找到可处理的 .txt、.md 或 .docx 文件。');
      if (opts.format === 'json' && !(single && !wantSummary)) {
        ctx.io.out((analysed === 0 ? jsonArrayStart(shape) : '') + jsonArrayEnd(analysed, shape));
        if (reducer) {
          for (const piece of jsonPieces(reducer.result(), 3, '  ')) ctx.io.out(piece);
          ctx.io.out('\n}\n');
        }
      }
      if (opts.format === 'outline' && reducer && analysed > 0) ctx.io.out('\n' + formatSummaryOutline(reducer.result()));
    });
};

export default analyze;
