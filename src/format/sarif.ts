// `lint --format sarif`: SARIF 2.1.0 for code-scanning tools, one run with the rule metadata (Chinese descriptions,
// default level, fixable) and one result per finding. Columns are Unicode code points, as everywhere in jianghua.
import path from 'node:path';
import type { LintResult, RuleDefinition } from '../lint/rule.js';

export interface SarifOptions {
  rules: ReadonlyArray<Pick<RuleDefinition, 'id' | 'description' | 'severity' | 'fixable' | 'messages'>>;
  version: string;
  /** Folder URIs are made relative to (default: the current folder). */
  baseDir?: string;
}

function uriOf(file: string, baseDir: string): string {
  if (file.startsWith('<')) return 'stdin';
  const rel = path.relative(baseDir, path.resolve(file)).split(path.sep).join('/');
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(results: LintResult[], opts: SarifOptions): string {
  const baseDir = opts.baseDir ?? process.cwd();
  const ruleIndex = new Map(opts.rules.map((r, i) => [r.id, i]));
  const artifacts = results.map((r) => ({ location: { uri: uriOf(r.filePath, baseDir), uriBaseId: 'SRCROOT' } }));
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
      originalUriBaseIds: { SRCROOT: { uri: 'file://' + baseDir.split(path.sep).map(encodeURIComponent).join('/').replace(/^\/?/, '/') + '/' } },
      artifacts,
      columnKind: 'unicodeCodePoints',
      results: results.flatMap((r, fileIndex) => r.messages.map((m) => ({
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: artifacts[fileIndex].location.uri, uriBaseId: 'SRCROOT', index: fileIndex },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        }],
        properties: { messageId: m.messageId, fixable: Boolean(m.fix) },
      }))),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
