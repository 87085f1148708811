// `analyze --format html|xlsx -o FILE`: the whole folder's analysis as one self-contained HTML report or one Excel
// workbook. Every speech is analysed first (worker pool as usual); a file that fails stops the report, so a
// report never silently leaves speeches out.
import type { CommandContext } from '../cli.js';
import { EXIT, UsageError } from '../errors.js';
import { analyzePaths } from '../analyze/runner.js';
import type { CollectedPath } from '../text/read.js';
import { SummaryReducer } from '../analyze/summary.js';
import { createProgress } from '../analyze/progress.js';
import type { AnalysisRecord } from '../analyze/record.js';
import type { ReportSpeech } from '../format/html/analyze.js';
import { writeOutput, generatorLine } from './output.js';

export interface ReportOptions {
  format: 'html' | 'xlsx';
  output?: string;
  force?: boolean;
  keywords: boolean;
  top: number;
  dicts: string[];
  jobs: number;
  single: boolean;
}

export async function analyzeReport(ctx: CommandContext, source: AsyncIterable<CollectedPath>, opts: ReportOptions): Promise<void> {
  if (opts.format === 'xlsx' && !opts.output) throw new UsageError('--format xlsx 需要用 -o 指定输出文件。');
  const { reportSpeech } = await import('../format/html/analyze.js');
  const reducer = new SummaryReducer();
  const speeches: ReportSpeech[] = [];
  const records: AnalysisRecord[] = [];
  const errors: string[] = [];
  const progress = createProgress(!opts.single);
  const outcomes = analyzePaths(source, {
    keywords: opts.keywords, top: opts.top, dicts: opts.dicts,
    jobs: opts.single ? 1 : opts.jobs,
    ordered: true,
    spec: { format: 'record', summary: true },
    onFound: () => progress.found(),
  });
  try {
    for await (const o of outcomes) {
      progress.tick();
      if (o.error !== undefined) { errors.push(o.error); continue; }
      if (o.digest) reducer.add(o.digest);
      if (!o.record) continue;
      if (opts.format === 'html') speeches.push(reportSpeech(o.record));
      else records.push(o.record);
    }
  } finally {
    progress.stop();
  }
  if (errors.length > 0) {
    for (const m of errors) ctx.io.err(`jianghua: ${m}\n`);
    ctx.io.err(`jianghua: ${errors.length} 个文件无法分析，没有写出报告。\n`);
    ctx.exitCode = EXIT.failure;
    return;
  }
  if (speeches.length === 0 && records.length === 0) throw new UsageError('没有找到可处理的 .txt、.md 或 .docx 文件。');
  const summary = reducer.result();
  if (opts.format === 'html') {
    const { analyzeHtml } = await import('../format/html/analyze.js');
    await writeOutput(ctx, analyzeHtml(speeches, summary, { generator: generatorLine() }), opts);
  } else {
    const { analysisWorkbook } = await import('../format/xlsx.js');
    await writeOutput(ctx, await analysisWorkbook(records, summary), opts);
  }
}
