// Builds the commander program and turns every error into an exit code in one place (0 ok, 1 findings, 2 failure).
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import { createRequire } from 'node:module';
import { EXIT, isJianghuaError } from './errors.js';
import { configureColor } from './format/color.js';
import { setStdin, stdio, type Output } from './io.js';
import { loadCommands } from './commands/index.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

export interface CommandContext {
  io: Output;
  /** Set by a command action: 1 for findings, 2 for input failures found along the way. */
  exitCode: number;
}

export type CommandModule = (program: Command, ctx: CommandContext) => void;

/** commander's own words in its help, in Chinese; option and command names stay as they are. */
const TITLES: Record<string, string> = {
  'Usage:': '用法：', 'Options:': '选项：', 'Arguments:': '参数：', 'Commands:': '命令：', 'Global Options:': '全局选项：',
};

function localUsage(s: string): string {
  return s.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]');
}

function extras(choices: readonly string[] | undefined, shown: boolean, value: unknown, description: string | undefined): string {
  const info: string[] = [];
  if (choices) info.push(`可选：${choices.join('、')}`);
  // A default of [] (repeatable options) or of a boolean flag says nothing to a user.
  if (shown && value !== undefined && !(Array.isArray(value) && value.length === 0)) info.push(`默认：${description ?? (typeof value === 'string' ? value : JSON.stringify(value))}`);
  return info.length ? `（${info.join('；')}）` : '';
}

export const HELP_CONFIG: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage(this: Help, cmd: Command) { return localUsage(Help.prototype.commandUsage.call(this, cmd)); },
  subcommandTerm(this: Help, cmd: Command) { return localUsage(Help.prototype.subcommandTerm.call(this, cmd)); },
  optionDescription(option: Option) {
    const shown = option.required || option.optional;
    return `${option.description}${extras(option.argChoices, shown, option.defaultValue, option.defaultValueDescription)}`;
  },
  argumentDescription(argument: Argument) {
    return `${argument.description}${extras(argument.argChoices, true, argument.defaultValue, argument.defaultValueDescription)}`;
  },
};

export function buildProgram(ctx: CommandContext, commands: CommandModule[]): Command {
  const program = new Command('jianghua')
    .description('讲话：起草、分析、检查领导讲话稿的命令行工具')
    .version(version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .option('--no-color', '不使用颜色（也可设环境变量 NO_COLOR）')
    .showSuggestionAfterError(true)
    .configureHelp(HELP_CONFIG)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.out(s),
      writeErr: (s) => ctx.io.err(s),
      outputError: () => { /* printed in Chinese by run() */ },
    })
    .addHelpText('after', `
示例：
  jianghua analyze corpus/            分析随附语料中的全部讲话
  jianghua draft --facts examples/mobilization.yaml
  jianghua lint draft.txt             检查讲话稿
  jianghua segment corpus/004_2a5315d4f9a02ca3.txt

退出码：0 成功，1 有检查结果（lint），2 用法或输入错误。`);
  program.hook('preAction', (_this, action) => {
    const opts = { ...program.opts(), ...action.opts() } as { color?: boolean };
    configureColor({ flag: opts.color });
  });
  for (const register of commands) register(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().showSuggestionAfterError(true).helpOption('-h, --help', '显示帮助').configureHelp(HELP_CONFIG)
      .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: () => {} });
  }
  return program;
}

/** Translate commander's usage errors into Chinese, keeping its "Did you mean" hint. */
function usageMessage(e: CommanderError): string {
  const m = e.message.replace(/^error:\s*/, '');
  const hint = /\(Did you mean (.+)\?\)/.exec(m)?.[1];
  const suffix = hint ? `\n  你是不是想用 ${hint}？` : '';
  let q: RegExpExecArray | null;
  switch (e.code) {
    case 'commander.unknownOption':
      q = /'([^']+)'/.exec(m);
      return `未知选项 ${q?.[1] ?? ''}。${suffix}`;
    case 'commander.unknownCommand':
      q = /'([^']+)'/.exec(m);
      return `未知命令 ${q?.[1] ?? ''}。${suffix}`;
    case 'commander.missingArgument':
      q = /'([^']+)'/.exec(m);
      return `缺少参数 ${q?.[1] ?? ''}。`;
    case 'commander.optionMissingArgument':
      q = /'([^']+)'/.exec(m);
      return `选项 ${q?.[1] ?? ''} 需要一个值。`;
    case 'commander.missingMandatoryOptionValue':
      q = /'([^']+)'/.exec(m);
      return `缺少必需的选项 ${q?.[1] ?? ''}。`;
    case 'commander.excessArguments': {
      const n = /Expected (\d+) arguments? but got (\d+)/.exec(m);
      return n ? `参数过多：最多 ${n[1]} 个，实际给了 ${n[2]} 个（${m.match(/'([^']+)'/)?.[1] ?? ''}）。` : `参数过多。`;
    }
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(m)?.[1]?.split(', ');
      const why = choices ? `，可选：${choices.join('、')}` : (/is invalid\. (.+)$/.exec(m)?.[1] ? `：${/is invalid\. (.+)$/.exec(m)![1]}` : '');
      if ((q = /option '([^']+)' argument '([^']*)' is invalid/.exec(m))) return `选项 ${q[1]} 的值“${q[2]}”无效${why}。`;
      if ((q = /command-argument value '([^']*)' is invalid for argument '([^']+)'/.exec(m))) return `参数 ${q[2]} 的值“${q[1]}”无效${why}。`;
      return `参数值无效${why}。`;
    }
    case 'commander.conflictingOption':
      q = /error: (.+) cannot be used with (.+)$/.exec(e.message);
      return q ? `${q[1].replace(/^option /, '选项 ').replace(/'/g, '')} 不能与 ${q[2].replace(/^option /, '选项 ').replace(/'/g, '')} 同时使用。` : m;
    default:
      return m;
  }
}

/**
 * Run the CLI on argv (`[node, script, ...args]`) with its output going to io: the bin shim passes the process's
 * streams, tests pass captured ones (and their own stdin). Returns the exit code; only a bug throws.
 */
export async function run(argv: string[], io: Output = stdio): Promise<number> {
  const ctx: CommandContext = { io, exitCode: EXIT.ok };
  setStdin(io.stdin);
  const program = buildProgram(ctx, await loadCommands(argv));
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      const sub = argv.slice(2).find((a) => !a.startsWith('-'));
      const known = program.commands.some((c) => c.name() === sub);
      io.err(`jianghua: ${usageMessage(e)}\n运行 jianghua ${known ? `${sub} ` : ''}--help 查看用法。\n`);
      return EXIT.failure;
    }
    if (isJianghuaError(e)) {
      io.err(`jianghua: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  } finally {
    setStdin(undefined);
  }
}

export { Option };
