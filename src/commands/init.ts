// `jianghua init`: write a commented example facts file (comments in Chinese) to start a draft from.
import type { CommandModule } from '../cli.js';
import { writeOutput } from '../text/write.js';
import { exampleFacts, SPEECH_TYPES } from '../draft/index.js';
import { typeOption } from './type-option.js';

interface InitOpts { type: string; output?: string; force?: boolean }

const init: CommandModule = (program, ctx) => {
  program
    .command('init')
    .description('生成一份带中文注释的示例事实文件，作为起草讲话稿的起点')
    .addOption(typeOption('讲话类型', SPEECH_TYPES).makeOptionMandatory())
    .option('-o, --output <file>', '输出文件（默认输出到屏幕，“-”也表示屏幕）')
    .option('--force', '覆盖已存在的输出文件')
    .addHelpText('after', `
示例：
  jianghua init --type summary -o facts.yaml
  jianghua draft --facts facts.yaml -o 讲话稿.docx`)
    .action(async (opts: InitOpts) => {
      const text = await exampleFacts(opts.type);
      if (opts.output) await writeOutput((s) => ctx.io.out(s), opts.output, text, { force: opts.force, warn: (m) => ctx.io.err(`jianghua: 警告：${m}\n`) });
      else ctx.io.out(text);
    });
};

export default init;
