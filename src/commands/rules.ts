// `jianghua rules`: list the 提法 pack's entries with their sources (`rules list [--kind K]`), and check a pack's
// own hit/miss sentences (`rules test [PACK.yaml…]`, the shipped pack when none is given).
import path from 'node:path';
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { EXIT, UsageError } from '../errors.js';
import { BUILTIN_PACK_DIR, KINDS, loadPack } from '../lint/formulations/pack.js';
import { checkSpecimens } from '../lint/formulations/specimens.js';
import { formatRuleList, formatRuleListJson, formatSpecimenReport } from '../format/rules.js';

interface ListOpts { kind?: string; format: 'text' | 'json'; pack: string[] }

const collect = (v: string, acc: string[]) => [...acc, v];

const rulesCommand: CommandModule = (program, ctx) => {
  const rules = program
    .command('rules')
    .description('提法规则包：列出条目及其依据，检验规则包的例句')
    .addHelpText('after', `
示例：
  jianghua rules list                      全部条目（按类别），每条附依据
  jianghua rules list --kind outdated      只看过时提法
  jianghua rules test my-pack.yaml         检验自己的规则包：每条的 hit 例句应查出、miss 例句不应查出

规则包格式见 docs/formulations.md；在 .jianghuarc.yaml 中用 formulationPacks: [my-pack.yaml] 让 lint 使用。`);

  rules
    .command('list')
    .description('列出提法规则包的条目、规范写法、适用日期和依据')
    .addOption(new Option('-k, --kind <kind>', '只列一类').choices([...KINDS]))
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json']).default('text'))
    .option('--pack <file>', '同时列出自己的规则包（文件或文件夹），可重复', collect, [] as string[])
    .action((opts: ListOpts) => {
      const pack = loadPack([BUILTIN_PACK_DIR, ...opts.pack.map((p) => path.resolve(p))]);
      const entries = opts.kind ? pack.entries.filter((e) => e.kind === opts.kind) : pack.entries;
      ctx.io.out(opts.format === 'json' ? formatRuleListJson(entries) : formatRuleList(entries));
    });

  rules
    .command('test')
    .description('检验规则包的例句：hit 应查出，miss 不应查出（不给文件时检验随附规则包）')
    .argument('[packs...]', '规则包 YAML 文件或文件夹')
    .action((packs: string[]) => {
      const targets = packs.length ? packs.map((p) => path.resolve(p)) : [BUILTIN_PACK_DIR];
      if (targets.some((t) => t === '')) throw new UsageError('规则包路径为空。');
      let failed = 0;
      for (const target of targets) {
        const own = loadPack([target], { specimens: true });
        // Checked as lint would run it: together with the shipped pack (ids must not clash).
        const whole = target === BUILTIN_PACK_DIR ? own : loadPack([BUILTIN_PACK_DIR, target], { specimens: true });
        const { checked, failures } = checkSpecimens(whole, whole.entries.filter((e) => own.entries.some((o) => o.id === e.id)));
        failed += failures.length;
        ctx.io.out(formatSpecimenReport(target === BUILTIN_PACK_DIR ? '随附规则包' : path.relative(process.cwd(), target) || target, own.entries.length, checked, failures));
      }
      ctx.exitCode = failed ? EXIT.findings : EXIT.ok;
    });
};

export default rulesCommand;
