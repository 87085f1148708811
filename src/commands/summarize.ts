// `jianghua summarize`: the reduce step — reads JSONL shards written by `analyze --format jsonl` (or
// `--input jsonl`) and partial summaries, and prints the corpus summary that one `analyze DIR --summary` run over
// the same files would print; with --partial it prints the merged state instead (a combiner).
import { createReadStream, promises as fs } from 'node:fs';
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { JianghuaError, UsageError } from '../errors.js';
import { fsError, STDIN } from '../text/read.js';
import { currentStdin } from '../io.js';
import { recordProblem, type AnalysisRecord } from '../analyze/record.js';
import { SummaryReducer } from '../analyze/summary.js';
import { formatSummaryOutline } from '../format/summary.js';
import { jsonPieces } from '../format/analysis-json.js';
import { PartialMerger, isPartialLine, partialLines } from '../analyze/partial.js';
import { splitLines } from '../analyze/records.js';

interface SummarizeOpts { format: 'outline' | 'json'; partial?: boolean }

async function openShard(file: string): Promise<NodeJS.ReadableStream> {
  if (file === STDIN) return currentStdin();
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new JianghuaError('这是一个文件夹，这里需要 analyze --format jsonl 输出的文件。', file);
  } catch (e) {
    if (e instanceof JianghuaError) throw e;
    throw fsError(file, e);
  }
  return createReadStream(file);
}

/** Feed one shard to the reducer line by line; a malformed line stops everything (a partial sum would mislead). */
async function reduceShard(file: string, reducer: SummaryReducer, warn: (s: string) => void): Promise<void> {
  const name = file === STDIN ? '<标准输入>' : file;
  const partials = new PartialMerger(reducer, name);
  let n = 0;
  try {
    for await (const l of splitLines(await openShard(file) as AsyncIterable<Buffer>)) {
      n = l.line;
      if (l.error !== undefined) throw new JianghuaError(`第 ${n} 行：${l.error}。`, name);
      if (l.text.trim() !== '') reduceLine(l.text, n, name, reducer, partials, warn);
    }
  } catch (e) {
    // A read failing part-way (EACCES on open, a vanished file) is an input error like any other.
    throw e instanceof JianghuaError ? e : fsError(name, e);
  }
  partials.finish(n);
}

function reduceLine(line: string, n: number, name: string, reducer: SummaryReducer, partials: PartialMerger, warn: (s: string) => void): void {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    throw new JianghuaError(`第 ${n} 行不是有效的 JSON${at ? `（第 ${Number(at[1]) + 1} 个字符处有误）` : ''}。应为 jianghua analyze --format jsonl 或 summarize --partial 的输出。`, name);
  }
  if (isPartialLine(value)) { partials.accept(value, n); return; }
  if (partials.open) throw new JianghuaError(`第 ${n} 行：部分汇总还没有结束行就出现了分析结果（部分汇总不完整）。`, name);
  const problem = recordProblem(value);
  if (problem) throw new JianghuaError(`第 ${n} 行不是 analyze 的分析结果：${problem}。`, name);
  if (!reducer.add(value as AnalysisRecord)) warn(`jianghua: ${name}：第 ${n} 行的“${(value as AnalysisRecord).file}”已经汇总过，跳过重复的一行。\n`);
}

const summarize: CommandModule = (program, ctx) => {
  program
    .command('summarize')
    .description('汇总多份 analyze --format jsonl 的结果：提法、口号按使用篇数排序，讲话类型计数，数据合计')
    .argument('[files...]', 'analyze --format jsonl 输出的文件；不给时读标准输入')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['outline', 'json']).default('outline'))
    .option('--partial', '输出可再合并的部分汇总（JSON 行），供下一级 summarize 合并：分段汇总，归约端不必持有全部结果')
    .addHelpText('after', `
示例：
  jianghua analyze part1/ --format jsonl > a.jsonl
  jianghua analyze part2/ --format jsonl > b.jsonl
  jianghua summarize a.jsonl b.jsonl            与 jianghua analyze part1/ part2/ --summary 的汇总相同
  cat *.jsonl | jianghua summarize --format json
  jianghua summarize --partial a.jsonl > a.partial   每段各自汇总（combiner）
  jianghua summarize a.partial b.partial          与 jianghua summarize a.jsonl b.jsonl 相同

输入可以混合分析结果行和部分汇总；同一篇出现在两份部分汇总中时报错（无法精确合并）。`)
    .action(async (files: string[], opts: SummarizeOpts, command: { getOptionValueSource(key: string): string | undefined }) => {
      if (opts.partial && command.getOptionValueSource('format') !== 'default') throw new UsageError('--partial 输出部分汇总（JSON 行），不能与 --format 同用。');
      const reducer = new SummaryReducer();
      for (const f of files.length > 0 ? files : [STDIN]) await reduceShard(f, reducer, (s) => ctx.io.err(s));
      if (opts.partial) {
        for (const line of partialLines(reducer)) ctx.io.out(line);
        return;
      }
      const summary = reducer.result();
      if (opts.format === 'outline') ctx.io.out(formatSummaryOutline(summary));
      else {
        for (const piece of jsonPieces(summary)) ctx.io.out(piece);
        ctx.io.out('\n');
      }
    });
};

export default summarize;
