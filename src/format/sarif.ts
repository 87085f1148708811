// `lint --format sarif`: SARIF 2.1.0 for code-scanning tools, one run with the rule metadata (Chinese descriptions,
// default level, fixable), one result per finding with its fix and suggestions as `fixes`, and files that could not
// be read as toolExecutionNotifications. Columns are Unicode code points, as everywhere in jianghua. Standard
// input is not an artifact: its results name it by description only.
import path from 'node:path';
import type { Fix, LintMessage, LintResult, RuleDefinition } from '../lint/rule.js';

export interface SarifOptions {
  rules: ReadonlyArray<Pick<RuleDefinition, 'id' | 'description' | 'severity' | 'fixable' | 'messages'>>;
  version: string;
  /** Folder URIs are made relative to (default: the current folder). */
  baseDir?: string;
  /** Files that could not be read or written, with the Chinese reason. */
  failures?: Array<{ file: string; message: string }>;
}

const isStdin = (file: string) => file.startsWith('<') || file === '-';

function uriOf(file: string, baseDir: string): string {
  const rel = path.relative(baseDir, path.resolve(file)).split(path.sep).join('/');
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(results: LintResult[], opts: SarifOptions): string {
  const baseDir = opts.baseDir ?? process.cwd();
  const ruleIndex = new Map(opts.rules.map((r, i) => [r.id, i]));
  const artifacts: Array<{ location: { uri: string; uriBaseId: string } }> = [];
  const locationOf = results.map((r) => {
    if (isStdin(r.filePath)) return { description: { text: '标准输入' } };
    artifacts.push({ location: { uri: uriOf(r.filePath, baseDir), uriBaseId: 'SRCROOT' } });
    return { uri: artifacts[artifacts.length - 1].location.uri, uriBaseId: 'SRCROOT', index: artifacts.length - 1 };
  });
  const fixOf = (loc: object, f: Fix, text: string) => ({
    description: { text },
    artifactChanges: [{
      artifactLocation: loc,
      replacements: [{
        deletedRegion: f.loc
          ? { startLine: f.loc.line, startColumn: f.loc.column, endLine: f.loc.endLine, endColumn: f.loc.endColumn }
          : { charOffset: f.range[0], charLength: f.range[1] - f.range[0] },
        insertedContent: { text: f.text },
      }],
    }],
  });
  const fixesOf = (loc: object, m: LintMessage) => [
    ...(m.fix ? [fixOf(loc, m.fix, '自动修复（--fix）')] : []),
    ...(m.suggestions ?? []).map((s) => fixOf(loc, s.fix, `建议：${s.desc}`)),
  ];
  const failures = opts.failures ?? [];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'jianghua',
          version: opts.version,
          rules: opts.rules.map((r) => ({
            id: r.id,
            name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, ch: string) => ch.toUpperCase()),
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
            messageStrings: Object.fromEntries(Object.entries(r.messages).map(([k, v]) => [k, { text: v }])),
            properties: { fixable: r.fixable },
          })),
        },
      },
      invocations: [{
        executionSuccessful: failures.length === 0,
        toolExecutionNotifications: failures.map((f) => ({
          level: 'error',
          message: { text: f.message },
          ...(isStdin(f.file) ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.file, baseDir), uriBaseId: 'SRCROOT' } } }] }),
        })),
      }],
      originalUriBaseIds: { SRCROOT: { uri: 'file://' + baseDir.split(path.sep).map(encodeURIComponent).join('/').replace(/^\/?/, '/') + '/' } },
      artifacts,
      columnKind: 'unicodeCodePoints',
      results: results.flatMap((r, fileIndex) => r.messages.map((m) => {
        const fixes = fixesOf(locationOf[fileIndex], m);
        return {
          ruleId: m.ruleId,
          ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
          level: m.severity === 2 ? 'error' : 'warning',
          message: { text: m.message },
          locations: [{
            physicalLocation: {
              artifactLocation: locationOf[fileIndex],
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          }],
          ...(fixes.length ? { fixes } : {}),
          ...(m.count && m.count > 1 ? { occurrenceCount: m.count } : {}),
          properties: { messageId: m.messageId, fixable: Boolean(m.fix) },
        };
      })),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
