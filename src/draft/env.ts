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
};

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
    const expected = [...exp[1].matchAll(/'([^']+)'/g)].map((x) => x[1]).filter((t) => TOKENS[t] && !['OPEN_SEXPR', 'CLOSE_SEXPR', 'EQUALS', 'SEP', 'STRING', 'NUMBER', 'CLOSE_RAW_BLOCK', 'CLOSE_UNESCAPED'].includes(t));
    what = `应为 ${[...new Set(expected.map((t) => TOKENS[t]))].slice(0, 4).join(' 或 ') || exp[1]}，实际是${TOKENS[exp[2]] ?? exp[2]}。`;
  }
  return [...excerpt.map((l) => `    ${l}`), ...(what ? [`  ${what}`] : [])].join('\n');
}

/** Handlebars' English errors → a Chinese JianghuaError naming the template file and, when missing, the key. */
export function templateError(e: unknown, file: string, runtime = false): JianghuaError {
  const m = e instanceof Error ? e.message : String(e);
  const where = /- (\d+):(\d+)$/.exec(m) ?? /on line (\d+)/.exec(m);
  // At run time Handlebars does not say which file (speech or one of its partials) the position is in.
  const loc = `${runtime ? '（或其引用的片段）' : ''}${where ? `第${where[1]}行` : ''}`;
  let q: RegExpExecArray | null;
  if ((q = /^"([^"]+)" not defined in (?:null|undefined)/.exec(m) ?? /Cannot read properties of (?:null|undefined) \(reading '([^']+)'\)/.exec(m))) {
    return new JianghuaError(`模板${loc}读取了空值的字段“${q[1]}”：可选的事实（如 speaker、period）要先用 {{#if …}} 判断。`, file);
  }
  if ((q = /^"([^"]+)" not defined in/.exec(m))) {
    return new JianghuaError(`模板${loc}引用了事实中不存在的字段“${q[1]}”：请在事实文件中补上，或修改模板。`, file);
  }
  if ((q = /^The partial (\S+) could not be found/.exec(m))) {
    return new JianghuaError(`模板引用了不存在的片段“${q[1]}”（应放在 partials/${q[1]}.hbs）。`, file);
  }
  if ((q = /^prototype access denied: (.+)$/.exec(m))) {
    return new JianghuaError(`模板${loc}引用了“${q[1]}”：这是对象原型上的属性，出于安全考虑不允许；模板只能引用事实文件中的字段。`, file);
  }
  if ((q = /Cannot use 'in' operator to search for '([^']+)' in/.exec(m))) {
    return new JianghuaError(`模板${loc}在一段文字上取字段“${q[1]}”：只有 {…} 形式的事实才有字段，请检查模板中的“.${q[1]}”。`, file);
  }
  if ((q = /^Missing helper: "([^"]+)"/.exec(m))) {
    return new JianghuaError(`模板${loc}用了不存在的辅助函数“${q[1]}”。`, file);
  }
  if ((q = /^(\S+) doesn't match (\S+)/.exec(m))) {
    return new JianghuaError(`模板${loc}语法错误：{{#${q[1]}}} 块用 {{/${q[2]}}} 结束了，应为 {{/${q[1]}}}。`, file);
  }
  if (/Parse error|Expecting/.test(m)) return new JianghuaError(`模板${loc}语法错误：\n${parseErrorDetail(m)}`, file);
  return new JianghuaError(`模板${loc}渲染失败：${m.split('\n')[0]}`, file);
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
  hb.registerHelper({ ...helperTable(), ...composeHelpers() });
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
