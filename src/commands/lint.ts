// `jianghua lint`: check speeches against the rules in src/lint (structure, numbering, punctuation, wording),
// print stylish/json/sarif, optionally fix mechanical problems in place (atomic write) or show the diff.
import path from 'node:path';
import { createRequire } from 'node:module';
import { Option } from 'commander';
import type { CommandModule } from '../cli.js';
import { EXIT, JianghuaError, UsageError } from '../errors.js';
import { loadConfig, type JianghuaConfig } from '../config.js';
import { writeFileAtomic } from '../text/write.js';
import { STDIN } from '../text/read.js';
import type { SpeechDocument } from '../text/document.js';
import type { SpeechType } from '../extract/types.js';
import { lintDocument, fixDocument, countResult, rules, type LintOptions, type LintResult } from '../lint/index.js';
import { KNOWN_TYPES } from '../lint/engine.js';
import { unifiedDiff } from '../lint/diff.js';
import { formatStylish } from '../format/stylish.js';
import { formatLintJson } from '../format/lint-json.js';
import { formatSarif } from '../format/sarif.js';
import { readInputs } from './inputs.js';
import { typeOption } from './type-option.js';
import { describeTypes, parseSpeechTypeAmong, SPEECH_TYPE_IDS } from '../speech-types.js';
import { parseDateOption } from '../lint/formulations/date-option.js';

const require = createRequire(import.meta.url);

interface LintOpts {
  format: 'stylish' | 'json' | 'sarif';
  type?: SpeechType;
  config?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  rulesDir: string[];
  listRules?: boolean;
  input: 'files' | 'jsonl';
  date?: string;
  roster?: string;
  rule: string[];
}

/** Files or folders listed under `key` in a config file, resolved against its folder; `what` names them in the error. */
function configPaths(config: JianghuaConfig, key: 'phraseFiles' | 'formulationPacks', what: string): string[] {
  const raw = config.raw[key];
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every((x) => typeof x === 'string')) throw new JianghuaError(`“${key}” 应当是${what}（或文件夹）路径的列表。`, config.path);
  const dir = path.dirname(config.path ?? '.');
  return (list as string[]).map((p) => path.resolve(dir, p));
}

/** Extra phrase lists named by a config file (`phraseFiles: [file|folder, …]`). */
const configPhraseFiles = (config: JianghuaConfig) => configPaths(config, 'phraseFiles', '提法词表文件');
/** Extra 提法 rule packs named by a config file (`formulationPacks: [file|folder, …]`). */
const configPacks = (config: JianghuaConfig) => configPaths(config, 'formulationPacks', '提法规则包文件');

function configType(config: JianghuaConfig): string | undefined {
  if (config.type === undefined) return undefined;
  const id = parseSpeechTypeAmong(config.type, KNOWN_TYPES);
  if (id === null) throw new JianghuaError(`“type” 应为 ${describeTypes(KNOWN_TYPES)} 之一，实际是“${config.type}”。`, config.path);
  return id;
}

/** Why a document cannot be fixed in place, or undefined when it can. */
function cannotWrite(doc: SpeechDocument): string | undefined {
  if (doc.file === STDIN || doc.file.startsWith('<')) return '标准输入无法就地修复，只检查不修复（可用 --fix-dry-run 查看修改）。';
  if (doc.encoding === 'docx') return '不支持修复 .docx 文件，只检查不修复。';
  if (doc.encoding !== 'utf-8' && doc.encoding !== 'utf-8-bom') return `文件编码为 ${doc.encoding}，--fix 只改写 UTF-8 文件，只检查不修复。`;
  if (doc.eol === 'mixed') return '文件混用了多种换行符，为免改乱格式，只检查不修复。';
  return undefined;
}

/** The fixed text in the file's own conventions: its line ends and BOM. */
function serialize(doc: SpeechDocument, text: string): string {
  const eol = doc.eol === 'crlf' ? '\r\n' : doc.eol === 'cr' ? '\r' : '\n';
  return (doc.encoding === 'utf-8-bom' ? '\uFEFF' : '') + (eol === '\n' ? text : text.replace(/\n/g, eol));
}

function onlyErrors(r: LintResult): LintResult {
  return { ...countResult(r.filePath, r.messages.filter((m) => m.severity === 2), r.notes), ...(r.output !== undefined ? { output: r.output } : {}) };
}

function listRules(): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `  ${r.id.padEnd(width)}  ${r.severity === 'error' ? '错误' : '警告'}  ${r.fixable ? '可修复' : '      '}  ${r.description}`);
  return `规则（默认级别、能否自动修复、说明）：\n${lines.join('\n')}\n`;
}

const lint: CommandModule = (program, ctx) => {
  program
    .command('lint')
    .description('检查讲话稿：标准段落、称呼与结尾、标题与列举序号、宣布的点数、占位符、标点、重复与长句、提法用字')
    .argument('[files...]', '文件或文件夹（.txt/.md/.docx）；不给时读标准输入')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .addOption(typeOption('讲话类型（默认自动识别；report、other 没有标准段落清单）', SPEECH_TYPE_IDS))
    .option('-c, --config <file>', '配置文件（默认从每个文件所在文件夹向上查找 .jianghuarc.yaml）')
    .option('--fix', '自动修复机械性问题（半角标点、重复标点、序号），原子写回文件')
    .option('--fix-dry-run', '只显示修复的差异（统一 diff），不写文件')
    .option('--max-warnings <n>', '警告数超过 n 时也以退出码 1 结束')
    .option('-q, --quiet', '只报告错误，不报告警告')
    .option('--rules-dir <dir>', '追加提法词表文件夹（Vale 式 *.yaml），可重复', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--rule <id>', '只运行这条规则，可重复（规则编号见 --list-rules）', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--list-rules', '列出全部规则')
    .addOption(new Option('--input <kind>', '输入形式：files 文件与文件夹；jsonl 每行一条记录 {"id","text",…}，每条输出一行 ESLint 形式的 JSON 结果').choices(['files', 'jsonl']).default('files'))
    .option('--date <date>', '讲话日期（YYYY-MM-DD），用于判断过时提法；默认取文中的日期行')
    .option('--roster <file>', '人员名册 roster.yaml（默认从文件所在文件夹向上查找）')
    .addHelpText('after', `
示例：
  jianghua lint draft.txt
  jianghua lint --type mobilization --format json speeches/
  jianghua lint --fix-dry-run draft.md      先看修复的差异
  jianghua lint --fix draft.md              修复半角标点、重复标点和序号
  cat draft.txt | jianghua lint

配置（.jianghuarc.yaml）：
  rules:
    sentence-length: { severity: warn, max: 120 }
    heading-nesting: off
  phraseFiles: [my-phrases.yaml]          追加提法词表（extends: substitution | existence）
  formulationPacks: [my-pack.yaml]        追加提法规则包（格式见 docs/formulations.md）
  type: progress                          识别不出类型时按此类型检查标准段落

在文稿中临时关闭规则：
  <!-- jianghua-disable punctuation-width -->  ……  <!-- jianghua-enable punctuation-width -->
  <!-- jianghua-disable-next-line placeholder -->

退出码：0 没有错误，1 有错误（或警告超过 --max-warnings），2 用法、配置或输入错误。`)
    .action(async (files: string[], opts: LintOpts, command: { getOptionValueSource(key: string): string | undefined }) => {
      if (opts.listRules) { ctx.io.out(listRules()); return; }
      if (opts.fix && opts.fixDryRun) throw new UsageError('--fix 与 --fix-dry-run 不能同时使用。');
      let maxWarnings: number | undefined;
      if (opts.maxWarnings !== undefined) {
        if (!/^\d+$/.test(opts.maxWarnings)) throw new UsageError(`--max-warnings 应为非负整数，实际是“${opts.maxWarnings}”。`);
        maxWarnings = Number(opts.maxWarnings);
      }
      const explicit = opts.config ? await loadConfig({ explicit: opts.config }) : undefined;
      const configs = new Map<string, JianghuaConfig>();
      const configFor = async (file: string): Promise<JianghuaConfig> => {
        if (explicit) return explicit;
        const dir = file === STDIN || file.startsWith('<') ? process.cwd() : path.dirname(path.resolve(file));
        let c = configs.get(dir);
        if (!c) { c = await loadConfig({ startDir: dir }); configs.set(dir, c); }
        return c;
      };
      const rulesDirs = opts.rulesDir.map((d) => path.resolve(d));
      let date: string | undefined;
      if (opts.date !== undefined) {
        date = parseDateOption(opts.date) ?? undefined;
        if (!date) throw new UsageError(`--date 应为日期 YYYY-MM-DD（或 YYYY-MM、YYYY），实际是“${opts.date}”。`);
      }
      const roster = opts.roster !== undefined ? path.resolve(opts.roster) : undefined;
      const known = new Set(rules.map((r) => r.id));
      const only = opts.rule.flatMap((v) => v.split(/[,，\s]+/)).filter(Boolean);
      for (const id of only) if (!known.has(id)) throw new UsageError(`--rule：未知的规则“${id}”（可用 --list-rules 查看全部规则）。`);
      const failures: Array<{ file: string; message: string }> = [];
      if (opts.input === 'jsonl') {
        // Records of an archive (cluster input): src/commands/lint-records.ts, one JSON result line per record.
        if (opts.fix || opts.fixDryRun) throw new UsageError('--input jsonl 只检查不修复：记录没有可以写回的文件。');
        if (command.getOptionValueSource('format') !== 'default' && opts.format !== 'json') throw new UsageError(`--input jsonl 每条记录输出一行 JSON，不能与 --format ${opts.format} 同用。`);
        const config = await configFor(STDIN);
        const base: LintOptions = { rules: config.rules, configFile: config.path, type: opts.type, defaultType: configType(config), phraseFiles: [...configPhraseFiles(config), ...rulesDirs], formulationPacks: configPacks(config), date, roster, ...(only.length ? { only } : {}) };
        const { lintRecords } = await import('./lint-records.js');
        ctx.exitCode = await lintRecords(files, { base, shape: (r) => (opts.quiet ? onlyErrors(r) : r), maxWarnings }, ctx.io);
        return;
      }

      const results: LintResult[] = [];
      const diffs: string[] = [];
      let inputFailed = false;
      let seen = 0;
      for await (const item of readInputs(files, { docx: true })) {
        seen++;
        if (item.error) {
          ctx.io.err(`jianghua: ${item.error.message}\n`);
          failures.push({ file: item.file, message: item.error.message });
          inputFailed = true;
          continue;
        }
        const doc = item.doc;
        const config = await configFor(item.file);
        const lintOpts: LintOptions = {
          rules: config.rules,
          configFile: config.path,
          type: opts.type,
          defaultType: configType(config),
          phraseFiles: [...configPhraseFiles(config), ...rulesDirs],
          formulationPacks: configPacks(config),
          date,
          roster,
          ...(only.length ? { only } : {}),
        };
        let result: LintResult;
        if (opts.fix || opts.fixDryRun) {
          const why = opts.fix ? cannotWrite(doc) : doc.encoding === 'docx' ? '不支持修复 .docx 文件，只检查不修复。' : undefined;
          if (why) {
            ctx.io.err(`jianghua: ${doc.file}：${why}\n`);
            result = lintDocument(doc, lintOpts);
          } else {
            const outcome = fixDocument(doc, lintOpts);
            result = outcome.result;
            if (outcome.changed && opts.fix) {
              // One file that cannot be written (a device, hard links, a full disk) must not hide the others' results;
              // each is named, and the run ends with exit 2.
              try {
                await writeFileAtomic(doc.file, serialize(doc, outcome.output), { force: true, warn: (m) => ctx.io.err(`jianghua: 警告：${m}\n`) });
              } catch (e) {
                const why = e instanceof JianghuaError ? e.message : `${doc.file}：无法写回修复结果（${(e as Error).message}），文件未修改。`;
                ctx.io.err(`jianghua: ${why}\n`);
                failures.push({ file: doc.file, message: why });
                inputFailed = true;
                result = lintDocument(doc, lintOpts);
              }
            }
            if (outcome.changed && opts.fixDryRun) diffs.push(unifiedDiff(doc.text, outcome.output, doc.file));
          }
        } else {
          result = lintDocument(doc, lintOpts);
        }
        result.filePath = doc.file;
        results.push(opts.quiet ? onlyErrors(result) : result);
      }
      if (seen === 0) throw new UsageError('没有找到可检查的 .txt、.md 或 .docx 文件。');

      if (opts.format === 'json') ctx.io.out(formatLintJson(results));
      else if (opts.format === 'sarif') ctx.io.out(formatSarif(results, { rules, failures, version: (require('../../package.json') as { version: string }).version }));
      else ctx.io.out(diffs.join('') + formatStylish(results));

      const errors = results.reduce((n, r) => n + r.errorCount, 0);
      const warnings = results.reduce((n, r) => n + r.warningCount, 0);
      let code: number = errors > 0 ? EXIT.findings : EXIT.ok;
      if (maxWarnings !== undefined && warnings > maxWarnings) {
        ctx.io.err(`jianghua: 警告 ${warnings} 个，超过 --max-warnings ${maxWarnings}。\n`);
        code = EXIT.findings;
      }
      ctx.exitCode = inputFailed ? EXIT.failure : code;
    });
};

export default lint;
