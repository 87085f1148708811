// The Handlebars environment of `jianghua draft`: one isolated Handlebars.create() per draft, the tested helpers,
// the shipped partials, and the user's --templates DIR layered on top (a file there overrides the shipped one).
import Handlebars from 'handlebars';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JianghuaError } from '../errors.js';
import { helperTable } from './helpers.js';
import { composeHelpers } from './compose.js';
import { readRegularFile } from '../text/read.js';

/** templates/ of the package: the same two levels up from src/draft/ (vitest) and dist/draft/ (built). */
export const SHIPPED_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * One non-empty output line is one paragraph, so standalone-tag removal is off (block tags leave empty lines, which
 * are dropped) and a partial's final line break is removed: a partial then works inside a paragraph and on its own line.
 */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, ignoreStandalone: true } as const;

export interface TemplateSet {
  /** Source of <type>/speech.hbs and the file it came from. */
  speech: { source: string; file: string };
  /** Partials by name (file name without .hbs) with their file, shipped first then user overrides. */
  partials: Map<string, { source: string; file: string }>;
}

/**
 * A comment alone on its line(s) would leave a line break in the output (standalone removal is off): move that
 * line break inside the comment, which keeps line numbers for error messages.
 */
export function absorbCommentLines(source: string): string {
  return source
    .replace(/^([ \t]*\{\{!--[\s\S]*?)--\}\}[ \t]*\r?\n/gm, '$1\n--}}')
    .replace(/^([ \t]*\{\{!(?!--)[^}]*)\}\}[ \t]*\r?\n/gm, '$1\n}}');
}

async function isDir(p: string): Promise<boolean> {
  try { return (await fs.stat(p)).isDirectory(); } catch { return false; }
}

/** A template is a regular file of bounded size (a FIFO named speech.hbs must not hang draft). */
async function readTemplate(file: string): Promise<string> {
  await fs.stat(file); // a missing file keeps its ENOENT for the caller
  return (await readRegularFile(file, { what: '模板' })).toString('utf8');
}

async function readPartials(dir: string, into: TemplateSet['partials']): Promise<void> {
  if (!(await isDir(dir))) return;
  for (const name of (await fs.readdir(dir)).sort()) {
    if (!name.endsWith('.hbs')) continue;
    const file = path.join(dir, name);
    into.set(name.slice(0, -4), { source: absorbCommentLines(await readTemplate(file)).replace(/(\r?\n)+$/, ''), file });
  }
}

/** Collect the speech template of a type and every partial; userDir (from --templates) wins file by file. */
export async function loadTemplates(type: string, userDir?: string): Promise<TemplateSet> {
  if (userDir !== undefined && !(await isDir(userDir))) {
    throw new JianghuaError('模板文件夹不存在。', userDir);
  }
  const partials: TemplateSet['partials'] = new Map();
  await readPartials(path.join(SHIPPED_TEMPLATES, 'partials'), partials);
  if (userDir) await readPartials(path.join(userDir, 'partials'), partials);
  const candidates = [
    ...(userDir ? [path.join(userDir, type, 'speech.hbs')] : []),
    path.join(SHIPPED_TEMPLATES, type, 'speech.hbs'),
  ];
  for (const file of candidates) {
    try {
      return { speech: { source: absorbCommentLines(await readTemplate(file)), file }, partials };
    } catch (e) {
      if (e instanceof JianghuaError) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new JianghuaError(`无法读取模板（${(e as Error).message}）。`, file);
    }
  }
  throw new JianghuaError(`找不到“${type}”类讲话的模板 speech.hbs。`, candidates[0]);
}

// Handlebars' token names, as a template writer knows them.
const TOKENS: Record<string, string> = {
  CLOSE: '}}', CLOSE_UNESCAPED: '}}}', CLOSE_RAW_BLOCK: '}}}}', OPEN_ENDBLOCK: '{{/…}}', INVERSE: '{{else}}',
  OPEN_INVERSE_CHAIN: '{{else …}}', ID: '名称', STRING: '字符串', NUMBER: '数字', EOF: '文件结尾', INVALID: '无效字符',
  OPEN_SEXPR: '(', CLOSE_SEXPR: ')', EQUALS: '=', SEP: '.',
  // The rest of Handlebars' tokens, so that no English token name reaches a message.
  error: '错误', COMMENT: '注释 {{!…}}', CONTENT: '文字', END_RAW_BLOCK: '{{{{/…}}}}', OPEN_RAW_BLOCK: '{{{{', OPEN_BLOCK: '{{#',
  OPEN_INVERSE: '{{^', OPEN: '{{', OPEN_UNESCAPED: '{{{', OPEN_PARTIAL: '{{>', OPEN_PARTIAL_BLOCK: '{{#>',
  OPEN_BLOCK_PARAMS: 'as |', CLOSE_BLOCK_PARAMS: '|', BOOLEAN: 'true/false', UNDEFINED: 'undefined', NULL: 'null',
  DATA: '@变量',
};

/** The expected tokens worth naming to a template writer (the others would only lengthen the list). */
const TELLING = new Set(['CLOSE', 'OPEN_ENDBLOCK', 'INVERSE', 'OPEN_INVERSE_CHAIN', 'ID', 'EOF', 'INVALID']);

/**
 * The whole parse error: the excerpt of the line and the caret under the place, then what was expected and found,
 * in Chinese (the most telling expected tokens only).
 */
export function parseErrorDetail(message: string): string {
  const lines = message.split('\n');
  const excerpt = lines.filter((l, i) => i > 0 && !/^Expecting /.test(l));
  const exp = /^Expecting (.+), got '([^']+)'$/.exec(lines.find((l) => /^Expecting /.test(l)) ?? '');
  let what = '';
  if (exp) {
    const all = [...exp[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
    const telling = all.filter((t) => TELLING.has(t));
    const names = [...new Set((telling.length > 0 ? telling : all).map((t) => TOKENS[t] ?? '其他写法'))];
    what = `应为 ${names.slice(0, 4).join(' 或 ')}，实际是${TOKENS[exp[2]] ?? '其他写法'}。`;
  }
  return [...excerpt.map((l) => `    ${l}`), ...(what ? [`  ${what}`] : [])].join('\n');
}

/** Thrown by a helper of ours that failed on its arguments (wrapped in compileFresh): the helper's name is known. */
const HELPER_FAILED = /^helper (\S+) failed: /;

/** Properties of the options object Handlebars passes a helper last: read on undefined, a helper got too few arguments. */
const OPTIONS_FIELDS = new Set(['data', 'hash', 'fn', 'inverse', 'lookupProperty', 'name', 'loc']);

/**
 * Handlebars' English errors (and a helper's) in Chinese, most specific first. `loc` is 第N行 where the error gives
 * a position (with 或其引用的片段 at run time, when the position may be in a partial).
 */
const TEMPLATE_ERRORS: Array<[RegExp, (q: RegExpExecArray, loc: string, m: string) => string]> = [
  [HELPER_FAILED, (q, loc) => `模板${loc}中辅助函数“${q[1]}”无法处理给它的参数（个数或类型不对，例如把文字给了要列表或数字的辅助函数）。`],
  [/Cannot read properties of (?:null|undefined) \(reading '([^']+)'\)/, (q, loc) => OPTIONS_FIELDS.has(q[1])
    ? `模板${loc}调用辅助函数时少了参数。`
    : `模板${loc}读取了空值的字段“${q[1]}”：可选的事实（如 speaker、period）要先用 {{#if …}} 判断。`],
  [/^"([^"]+)" not defined in (?:null|undefined)/, (q, loc) => `模板${loc}读取了空值的字段“${q[1]}”：可选的事实（如 speaker、period）要先用 {{#if …}} 判断。`],
  [/^"([^"]+)" not defined in/, (q, loc) => `模板${loc}引用了事实中不存在的字段“${q[1]}”：请在事实文件中补上，或修改模板。`],
  [/^The partial (\S+) could not be found/, (q) => `模板引用了不存在的片段“${q[1]}”（应放在 partials/${q[1]}.hbs）。`],
  [/^The partial (\S+) (?:could not be compiled|returned no output)/, (q, loc) => `模板${loc}引用的片段“${q[1]}”无法使用：片段应是 partials/ 下的 .hbs 文件。`],
  [/^Unsupported number of partial arguments: (\d+)/, (q, loc) => `模板${loc}调用片段时给了 ${q[1]} 个参数：{{> 名称}} 后最多写一个上下文（另可写 键=值）。`],
  [/^prototype access denied: (.+)$/, (q, loc) => `模板${loc}引用了“${q[1]}”：这是对象原型上的属性，出于安全考虑不允许；模板只能引用事实文件中的字段。`],
  [/Cannot use 'in' operator to search for '([^']+)' in/, (q, loc) => `模板${loc}在一段文字上取字段“${q[1]}”：只有 {…} 形式的事实才有字段，请检查模板中的“.${q[1]}”。`],
  [/^Missing helper: "([^"]+)"/, (q, loc) => `模板${loc}用了不存在的辅助函数“${q[1]}”。`],
  [/^Missing decorator: "([^"]+)"/, (q, loc) => `模板${loc}用了不存在的装饰器“${q[1]}”（{{* …}}）。`],
  [/^You specified knownHelpersOnly, but used the unknown helper (\S+)/, (q, loc) => `模板${loc}用了不存在的辅助函数“${q[1]}”。`],
  [/^#(if|unless|with) requires exactly one argument/, (q, loc) => `模板${loc}的 {{#${q[1]}}} 要恰好一个参数（如 {{#${q[1]} speaker}}）。`],
  [/^Must pass iterator to #each/, (_q, loc) => `模板${loc}的 {{#each}} 要给出一个列表（如 {{#each tasks}}）。`],
  [/^Invalid path: (\S+)/, (q, loc) => `模板${loc}的路径“${q[1]}”写法不对：this 和 .. 只能写在路径开头（如 ../theme、this.title）。`],
  [/^(\S+) doesn't match (\S+)/, (q, loc) => `模板${loc}语法错误：{{#${q[1]}}} 块用 {{/${q[2]}}} 结束了，应为 {{/${q[1]}}}。`],
  [/Parse error|Lexical error|Expecting/, (_q, loc, m) => `模板${loc}语法错误：\n${parseErrorDetail(m)}`],
];

/** Handlebars' English errors → a Chinese JianghuaError naming the template file and, where known, the line. */
export function templateError(e: unknown, file: string, runtime = false): JianghuaError {
  const m = e instanceof Error ? e.message : String(e);
  const where = /- (\d+):(\d+)$/.exec(m) ?? /on line (\d+)/.exec(m);
  // At run time Handlebars does not say which file (speech or one of its partials) the position is in.
  const loc = `${runtime ? '（或其引用的片段）' : ''}${where ? `第${where[1]}行` : ''}`;
  for (const [re, say] of TEMPLATE_ERRORS) {
    const q = re.exec(m);
    if (q) return new JianghuaError(say(q, loc, m), file);
  }
  // Anything else Handlebars may say (its internal errors): no English in the message, the file and line still named.
  return new JianghuaError(`模板${loc}渲染失败：Handlebars 无法处理这里的写法，请检查${where ? '这一行' : '模板'}中的 {{…}}。`, file);
}

/** Our helpers, each failing with its own name (HELPER_FAILED) instead of a bare TypeError. */
function namedHelpers(table: Record<string, (...xs: any[]) => unknown>): Record<string, (...xs: any[]) => unknown> {
  return Object.fromEntries(Object.entries(table).map(([name, fn]) => [name, function (this: unknown, ...xs: unknown[]) {
    try {
      return fn.apply(this, xs);
    } catch (e) {
      throw new Error(`helper ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }]));
}

/**
 * Compiled template sets by their contents (file names and sources). The files are read for every draft, so an
 * edit is always seen; only parsing and compiling the same text again is saved (50 ms a draft, which a library
 * user or the tests drafting many times would pay each time). The helpers keep no state between drafts.
 */
const compiled = new Map<string, (context: object) => string>();
const COMPILED_MAX = 8;

/** Compile a template set in an environment of its own (helpers never registered globally). */
export function compileTemplates(set: TemplateSet): (context: object) => string {
  const key = JSON.stringify([set.speech, [...set.partials]]);
  const known = compiled.get(key);
  if (known) return known;
  const render = compileFresh(set);
  if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
  compiled.set(key, render);
  return render;
}

function compileFresh(set: TemplateSet): (context: object) => string {
  const hb = Handlebars.create();
  // Handlebars reports a denied prototype property ({{toString}}, {{constructor}}) by printing an English warning
  // and rendering nothing. Its logger (shared by every environment) throws instead, and templateError says it in
  // Chinese: a template reads the facts' own fields only.
  (hb as unknown as { logger: { log: (level: unknown, ...message: unknown[]) => void } }).logger.log = (_level, ...message) => {
    const q = /Access has been denied to resolve the property "([^"]+)"/.exec(message.join(' '));
    if (q) throw new Error(`prototype access denied: ${q[1]}`);
  };
  hb.registerHelper(namedHelpers({ ...helperTable(), ...composeHelpers() }));
  // Handlebars compiles lazily; parse every file now so a syntax error names its own file.
  for (const [name, p] of set.partials) {
    try {
      hb.parse(p.source);
    } catch (e) {
      throw templateError(e, p.file);
    }
    hb.registerPartial(name, hb.compile(p.source, COMPILE_OPTIONS));
  }
  try {
    hb.parse(set.speech.source);
  } catch (e) {
    throw templateError(e, set.speech.file);
  }
  const template = hb.compile(set.speech.source, COMPILE_OPTIONS);
  return (context) => {
    try {
      return template(context);
    } catch (e) {
      throw templateError(e, set.speech.file, true);
    }
  };
}
