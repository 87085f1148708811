// `jianghua segment`: word segmentation with the domain dictionary of fixed formulations.
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { EXIT, UsageError } from '../errors.js';
import { loadConfig } from '../config.js';
import { segmentDocument } from '../segment/index.js';
import { formatSegmentText, formatSegmentJson } from '../format/segment.js';
import { readInputs } from './inputs.js';

interface SegmentOpts { format: 'text' | 'json'; tag?: boolean; dict: string[]; config?: string }

const segment: CommandModule = (program, ctx) => {
  program
    .command('segment')
    .description('分词：按行切分词语，保留讲话中的固定提法（如“三严三实”“照镜子”）')
    .argument('[files...]', '文本文件或文件夹（.txt/.md）；不给时读标准输入')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json']).default('text'))
    .option('-t, --tag', '输出词性标注（词/词性）')
    .option('-d, --dict <file>', '追加用户词典（每行“词语 [词频] [词性]”），可重复', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-c, --config <file>', '配置文件（默认向上查找 .jianghuarc.yaml）')
    .addHelpText('after', `
示例：
  jianghua segment corpus/004_2a5315d4f9a02ca3.txt
  echo "按照照镜子、正衣冠、洗洗澡、治治病的总要求" | jianghua segment --tag
  jianghua segment --format json --dict my-words.txt speech.txt`)
    .action(async (files: string[], opts: SegmentOpts) => {
      const config = await loadConfig({ explicit: opts.config });
      const dicts = [...config.dict, ...opts.dict];
      // Check the user dictionaries before any input is read: a bad one is a usage error, whatever the input.
      const { readDict } = await import('../segment/jieba.js');
      for (const d of dicts) await readDict(d);
      const items = [];
      for await (const item of readInputs(files)) items.push(item);
      const good = items.filter((i) => i.doc);
      if (items.length === 0) throw new UsageError('没有找到可处理的 .txt 或 .md 文件。');
      const results = [];
      for (const item of items) {
        if (item.error) { ctx.io.err(`jianghua: ${item.error.message}\n`); ctx.exitCode = EXIT.failure; continue; }
        const tokens = await segmentDocument(item.doc, { tag: opts.tag, dicts });
        if (opts.format === 'text') ctx.io.out(formatSegmentText(item.doc.file, tokens, { header: good.length > 1, tag: opts.tag }));
        else results.push({ file: item.doc.file, tokens });
      }
      if (opts.format === 'json' && results.length > 0) ctx.io.out(formatSegmentJson(results));
    });
};

export default segment;
