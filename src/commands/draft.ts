// `jianghua draft`: a facts file (YAML) → a speech in the skeleton of its type, as text, Markdown or Word.
import { Option } from 'commander';
import path from 'node:path';
import type { CommandModule } from '../cli.js';
import { UsageError } from '../errors.js';
import { readDocument } from '../text/read.js';
import { isStdoutTarget, writeOutput } from '../text/write.js';
import { typeOption } from './type-option.js';
import { draftFromFacts, formatProblem, SPEECH_TYPES, toMarkdown, toText } from '../draft/index.js';
import { formatLength, lengthReport } from '../draft/wording.js';

type DraftFormat = 'txt' | 'md' | 'docx';
interface DraftOpts { facts: string; type?: string; output?: string; format?: DraftFormat; force?: boolean; templates?: string; minutes?: number }

const EXT_FORMAT: Record<string, DraftFormat> = { '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.docx': 'docx' };
const FORMAT_NAMES: Record<DraftFormat, string> = { txt: '纯文本', md: 'Markdown', docx: 'Word' };

/**
 * The output's extension decides (.txt, .md, .docx); --format must agree with it. An extension the draft cannot
 * write (a.pdf) is refused rather than filled with text of another format; a name without extension takes --format.
 */
export function chooseFormat(format: DraftFormat | undefined, output: string | undefined): DraftFormat {
  const ext = output ? path.extname(output).toLowerCase() : '';
  const byExt = ext ? EXT_FORMAT[ext] : undefined;
  if (ext && !byExt) {
    throw new UsageError(`不能输出“${ext}”文件：${output}。可用的扩展名为 .txt、.md、.docx（Word）。`);
  }
  if (format && byExt && format !== byExt) {
    throw new UsageError(`输出文件 ${output} 的扩展名 ${ext} 是${FORMAT_NAMES[byExt]}，与 --format ${format}（${FORMAT_NAMES[format]}）不一致；请改用一致的文件名或格式。`);
  }
  const chosen = format ?? byExt ?? 'txt';
  if (chosen === 'docx' && (!output || isStdoutTarget(output))) throw new UsageError('Word 格式（docx）需要用 -o 指定输出文件。');
  return chosen;
}

function minutesOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 600) throw new UsageError(`--minutes 应为 1 到 600 之间的分钟数，实际是“${value}”。`);
  return n;
}

const draft: CommandModule = (program, ctx) => {
  program
    .command('draft')
    .description('起草：根据事实文件（YAML）生成动员、推进、总结类讲话稿')
    .requiredOption('--facts <file>', '事实文件（YAML）；用 jianghua init 生成示例')
    .addOption(typeOption('讲话类型（默认取事实文件中的 type）', SPEECH_TYPES))
    .option('-o, --output <file>', '输出文件（默认输出到屏幕，“-”也表示屏幕）；.docx 结尾时输出 Word')
    .addOption(new Option('-f, --format <format>', '输出格式（默认按输出文件扩展名，否则 txt）').choices(['txt', 'md', 'docx']))
    .option('--force', '覆盖已存在的输出文件')
    .option('--templates <dir>', '自定义模板文件夹（<类型>/speech.hbs、partials/*.hbs，缺的用内置模板）')
    .option('--minutes <n>', '讲话时长目标（分钟，按每分钟约200字）：在屏幕上报告篇幅与目标的差距', minutesOption)
    .addHelpText('after', `
示例：
  jianghua init --type mobilization -o facts.yaml
  jianghua draft --facts facts.yaml
  jianghua draft --facts examples/summary.yaml -o 总结讲话.docx
  jianghua draft --facts facts.yaml --format md --templates my-templates/
  jianghua draft --facts facts.yaml --minutes 15 -o 讲话.docx`)
    .action(async (opts: DraftOpts) => {
      const format = chooseFormat(opts.format, opts.output);
      const doc = await readDocument(opts.facts);
      // Everything is rendered before anything is written: an error leaves no output behind.
      const result = await draftFromFacts(doc.text, { file: opts.facts, type: opts.type, templatesDir: opts.templates });
      for (const w of result.warnings) ctx.io.err(`jianghua: 警告：${opts.facts}：${formatProblem(w)}\n`);
      if (opts.minutes !== undefined) ctx.io.err(`jianghua: ${formatLength(lengthReport(result.paragraphs, opts.minutes))}\n`);
      let data: string | Uint8Array;
      if (format === 'docx') {
        const { formatDocx } = await import('../format/docx.js');
        const { breakTitle, titlePhrases } = await import('../draft/title-lines.js');
        const title = result.paragraphs.find((p) => p.kind === 'title');
        const titleLines = title ? breakTitle(title.text, { phrases: titlePhrases(result.facts) }) : undefined;
        data = await formatDocx(result.paragraphs, { titleLines });
      } else {
        data = format === 'md' ? toMarkdown(result.paragraphs) : toText(result.paragraphs);
      }
      if (opts.output) await writeOutput((s) => ctx.io.out(s), opts.output, data, { force: opts.force, warn: (m) => ctx.io.err(`jianghua: 警告：${m}\n`) });
      else ctx.io.out(data as string);
    });
};

export default draft;
