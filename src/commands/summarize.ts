// `jianghua summarize`: the reduce step — reads JSONL shards written by `analyze --format jsonl` and prints the
// corpus summary that one `analyze DIR --summary` run over the same files would print.
import { createReadStream, promises as fs } from 'node:fs';
import readline from 'node:readline';
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { JianghuaError } from '../errors.js';
import { fsError, STDIN } from '../text/read.js';
import { recordProblem, type AnalysisRecord } from '../analyze/record.js';
import { SummaryReducer } from '../analyze/summary.js';
import { formatSummaryOutline } from '../format/summary.js';
import { jsonPieces } from '../format/analysis-json.js';

interface SummarizeOpts { format: 'outline' | 'json' }

async function openShard(file: string): Promise<NodeJS.ReadableStream> {
  if (file === STDIN) return process.stdin;
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
  const rl = readline.createInterface({ input: await openShard(file), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new JianghuaError(`第 ${n} 行不是有效的 JSON（${(e as Error).message}）。应为 jianghua analyze --format jsonl 的输出。`, name);
    }
    const problem = recordProblem(value);
    if (problem) throw new JianghuaError(`第 ${n} 行不是 analyze 的分析结果：${problem}。`, name);
    if (!reducer.add(value as AnalysisRecord)) warn(`jianghua: ${name}：第 ${n} 行的“${(value as AnalysisRecord).file}”已经汇总过，跳过重复的一行。\n`);
  }
}

const summarize: CommandModule = (program, ctx) => {
  program
    .command('summarize')
    .description('汇总多份 analyze --format jsonl 的结果：提法、口号按使用篇数排序，讲话类型计数，数据合计')
    .argument('[files...]', 'analyze --format jsonl 输出的文件；不给时读标准输入')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['outline', 'json']).default('outline'))
    .addHelpText('after', `
示例：
  jianghua analyze part1/ --format jsonl > a.jsonl
  jianghua analyze part2/ --format jsonl > b.jsonl
  jianghua summarize a.jsonl b.jsonl            与 jianghua analyze part1/ part2/ --summary 的汇总相同
  cat *.jsonl | jianghua summarize --format json`)
    .action(async (files: string[], opts: SummarizeOpts) => {
      const reducer = new SummaryReducer();
      for (const f of files.length > 0 ? files : [STDIN]) await reduceShard(f, reducer, (s) => ctx.io.err(s));
      const summary = reducer.result();
      if (opts.format === 'outline') ctx.io.out(formatSummaryOutline(summary));
      else {
        for (const piece of jsonPieces(summary)) ctx.io.out(piece);
        ctx.io.out('\n');
      }
    });
};

export default summarize;
