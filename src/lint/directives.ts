// Inline switches in Markdown/text: `<!-- jianghua-disable [ids] -->` … `<!-- jianghua-enable [ids] -->` and
// `<!-- jianghua-disable-next-line [ids] -->`; no id means every rule. Ids are separated by spaces or commas.
import type { SpeechDocument } from '../text/document.js';

const DIRECTIVE = /^\s*<!--\s*jianghua-(disable-next-line|disable|enable)\b([^>]*?)\s*-->\s*$/;

export interface Directives {
  /** Whether a finding of rule `id` on 1-based `line` is switched off. */
  isDisabled(id: string, line: number): boolean;
  /** 1-based lines that hold a directive (no finding is reported on them). */
  lines: Set<number>;
  /** Rule ids named in directives that do not exist, with their line, for a warning. */
  unknown: Array<{ id: string; line: number }>;
}

const ALL = '*';

export function parseDirectives(doc: SpeechDocument, knownIds: Set<string>): Directives {
  // Per line, the set of disabled ids ('*' = all), built by walking the lines once.
  const disabledAt: Array<Set<string>> = new Array(doc.lines.length + 2);
  const lines = new Set<number>();
  const unknown: Directives['unknown'] = [];
  let current = new Set<string>();
  const nextLine = new Map<number, Set<string>>();
  doc.lines.forEach((text, i) => {
    const m = DIRECTIVE.exec(text);
    const lineNo = i + 1;
    if (m) {
      lines.add(lineNo);
      const ids = m[2].split(/[\s,，]+/).filter(Boolean);
      for (const id of ids) if (!knownIds.has(id)) unknown.push({ id, line: lineNo });
      const targets = ids.length ? ids : [ALL];
      if (m[1] === 'disable-next-line') {
        const s = nextLine.get(lineNo + 1) ?? new Set<string>();
        targets.forEach((t) => s.add(t));
        nextLine.set(lineNo + 1, s);
      } else if (m[1] === 'disable') {
        current = new Set(current);
        targets.forEach((t) => current.add(t));
      } else {
        // enable without ids clears everything; enable of one id also lifts it from a blanket disable only if named.
        current = ids.length ? new Set([...current].filter((t) => !ids.includes(t))) : new Set();
      }
    }
    disabledAt[lineNo] = current;
  });
  return {
    lines,
    unknown,
    isDisabled(id, line) {
      const s = disabledAt[line];
      const n = nextLine.get(line);
      return Boolean((s && (s.has(ALL) || s.has(id))) || (n && (n.has(ALL) || n.has(id))));
    },
  };
}
