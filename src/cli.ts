// Builds the commander program and turns every error into an exit code in one place (0 ok, 1 findings, 2 failure).
import { Command, CommanderError, Option } from 'commander';
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

export function buildProgram(ctx: CommandContext, commands: CommandModule[]): Command {
  const program = new Command('jianghua')
    .description('讲话：起草、分析、检查领导讲话稿的命令行工具')
    .version(version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .option('--no-color', '不使用颜色（也可设环境变量 NO_COLOR）')
    .showSuggestionAfterError(true)
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
    cmd.exitOverride().showSuggestionAfterError(true).helpOption('-h, --help', '显示帮助')
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
    case 'commander.excessArguments':
      return `参数过多：${m}`;
    case 'commander.invalidArgument':
      return `参数值无效：${m}`;
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
