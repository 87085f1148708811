// `jianghua init`: write a commented example facts file (comments in Chinese) to start a draft from, or, with
// --from, the skeleton of a model speech (仿写): its parts and points, with the model's wording as comments.
import type { CommandModule } from '../cli.js';
import { UsageError } from '../errors.js';
import { writeOutput } from '../text/write.js';
import { exampleFacts, SPEECH_TYPES } from '../draft/index.js';
import { isTemplateType, typeName } from '../speech-types.js';
import { typeOption } from './type-option.js';

interface InitOpts { type?: string; from?: string; output?: string; force?: boolean }

/** Facts text of a model speech (.txt, .md, .docx); the type from --type, else the detected type. */
async function imitate(file: string, type: string | undefined): Promise<string> {
  const { readDocument } = await import('../text/read.js');
  const { analyzeStructure } = await import('../extract/index.js');
  const { imitationFacts, modelSkeleton } = await import('../draft/imitate.js');
  const doc = await readDocument(file, { docx: true });
  const structure = analyzeStructure(doc);
  if (modelSkeleton(doc, structure).parts.length === 0) {
    throw new UsageError(`范文 ${file} 中没有找到“一、”“（一）”等标题或“第一……第二……”“一是……二是……”，无法按它的结构仿写。`);
  }
  const detected = structure.type.label;
  let chosen = type;
  let typeNote: string | undefined;
  if (!chosen) {
    if (!isTemplateType(detected) || structure.type.confidence < 0.5) {
      throw new UsageError(`范文 ${file} 的类型识别为“${typeName(detected)}”（置信度 ${structure.type.confidence.toFixed(2)}），请用 --type 指定按哪类讲话起草（${SPEECH_TYPES.join('、')}）。`);
    }
    chosen = detected;
    typeNote = `范文识别为${typeName(detected)}（${structure.type.evidence.slice(0, 2).join('；')}）。`;
  } else if (detected !== chosen) {
    typeNote = `范文识别为${typeName(detected)}，按 --type 以${typeName(chosen)}起草。`;
  }
  return imitationFacts(doc, structure, { type: chosen, file, typeNote });
}

const init: CommandModule = (program, ctx) => {
  program
    .command('init')
    .description('生成一份带中文注释的事实文件：示例（--type），或按范文的结构仿写（--from）')
    .addOption(typeOption('讲话类型', SPEECH_TYPES))
    .option('--from <file>', '范文（.txt、.md、.docx）：按它的部分和要点生成事实文件，范文原句写在注释中')
    .option('-o, --output <file>', '输出文件（默认输出到屏幕，“-”也表示屏幕）')
    .option('--force', '覆盖已存在的输出文件')
    .addHelpText('after', `
示例：
  jianghua init --type summary -o facts.yaml
  jianghua init --from 范文.docx -o facts.yaml          # 仿写：与范文相同的部分和要点
  jianghua draft --facts facts.yaml -o 讲话稿.docx`)
    .action(async (opts: InitOpts) => {
      if (!opts.type && !opts.from) throw new UsageError('请用 --type 指定讲话类型，或用 --from 指定范文。');
      const text = opts.from ? await imitate(opts.from, opts.type) : await exampleFacts(opts.type!);
      if (opts.output) await writeOutput((s) => ctx.io.out(s), opts.output, text, { force: opts.force, warn: (m) => ctx.io.err(`jianghua: 警告：${m}\n`) });
      else ctx.io.out(text);
    });
};

export default init;
