// Formatters for `segment`: space-separated tokens per line, or JSON with positions.
import type { Token } from '../segment/index.js';

export function formatSegmentText(file: string, lines: Token[][], opts: { header?: boolean; tag?: boolean }): string {
  const body = lines.map((toks) => toks.map((t) => (opts.tag ? `${t.word}/${t.tag}` : t.word)).join(' ')).join('\n');
  return (opts.header ? `==> ${file} <==\n` : '') + body + '\n';
}

export function formatSegmentJson(results: Array<{ file: string; tokens: Token[][] }>): string {
  const shaped = results.map((r) => ({
    file: r.file,
    lines: r.tokens.map((toks, i) => ({ line: i + 1, tokens: toks.map(({ line: _l, ...t }) => t) })),
  }));
  return JSON.stringify(shaped.length === 1 ? shaped[0] : shaped, null, 2) + '\n';
}
