// Rule settings from .jianghuarc.yaml: `rules: {id: off|warn|error | {severity, ...options}}`, validated against
// the rule list; every mistake is a JianghuaError in Chinese naming the config file (exit 2).
import { JianghuaError } from '../errors.js';
import type { OptionValue, RuleDefinition, RuleOptions, SeverityLevel } from './rule.js';
import { rules as allRules } from './rules/index.js';

export interface RuleSetting {
  rule: RuleDefinition;
  severity: SeverityLevel;
  options: RuleOptions;
}

const SEVERITIES: Record<string, SeverityLevel | 0> = { off: 0, warn: 1, warning: 1, error: 2, '0': 0, '1': 1, '2': 2 };

function severityOf(v: unknown, id: string, file?: string): SeverityLevel | 0 {
  const s = SEVERITIES[String(v)];
  if (s === undefined || (typeof v !== 'string' && typeof v !== 'number')) {
    throw new JianghuaError(`规则“${id}”的级别“${String(v)}”无效：应为 off、warn 或 error。`, file);
  }
  return s;
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return '字符串列表';
  return ({ number: '数字', string: '字符串', boolean: 'true/false' } as Record<string, string>)[typeof v] ?? typeof v;
}

function checkOption(id: string, key: string, value: unknown, def: OptionValue, file?: string): OptionValue {
  const ok = Array.isArray(def)
    ? Array.isArray(value) && value.every((x) => typeof x === 'string')
    : typeof value === typeof def && !(typeof value === 'number' && !Number.isFinite(value));
  if (!ok) throw new JianghuaError(`规则“${id}”的选项“${key}”应为${typeName(def)}，实际是“${JSON.stringify(value)}”。`, file);
  // Numeric options are counts and lengths (max, minLength, maxLines …): a default of 1 or more means a positive integer.
  if (typeof def === 'number' && Number.isInteger(def) && def >= 1 && !(Number.isInteger(value) && (value as number) >= 1)) {
    throw new JianghuaError(`规则“${id}”的选项“${key}”应为正整数，实际是“${JSON.stringify(value)}”。`, file);
  }
  return value as OptionValue;
}

/**
 * Merge the defaults of every rule with the config's `rules` map. Unknown rule ids, bad severities,
 * unknown options and options of the wrong type are config errors.
 */
export function resolveRuleSettings(config: Record<string, unknown> = {}, file?: string, ruleList: RuleDefinition[] = allRules as RuleDefinition[]): RuleSetting[] {
  const byId = new Map(ruleList.map((r) => [r.id, r]));
  for (const id of Object.keys(config)) {
    if (!byId.has(id)) {
      const near = [...byId.keys()].find((k) => k.includes(id) || id.includes(k));
      throw new JianghuaError(`未知的规则“${id}”${near ? `（你是不是想用“${near}”？）` : ''}。可用的规则见 jianghua lint --list-rules。`, file);
    }
  }
  const out: RuleSetting[] = [];
  for (const rule of ruleList) {
    const raw = config[rule.id];
    let severity: SeverityLevel | 0 = rule.severity === 'error' ? 2 : 1;
    const options: RuleOptions = { ...rule.defaultOptions };
    if (raw !== undefined && raw !== null) {
      if (typeof raw === 'object' && !Array.isArray(raw)) {
        const { severity: sev, ...rest } = raw as Record<string, unknown>;
        if (sev !== undefined) severity = severityOf(sev, rule.id, file);
        for (const [k, v] of Object.entries(rest)) {
          if (!(k in rule.defaultOptions)) {
            const known = Object.keys(rule.defaultOptions);
            throw new JianghuaError(`规则“${rule.id}”没有选项“${k}”${known.length ? `（可用：${known.join('、')}）` : '（此规则没有选项）'}。`, file);
          }
          options[k] = checkOption(rule.id, k, v, rule.defaultOptions[k], file);
        }
      } else {
        severity = severityOf(raw, rule.id, file);
      }
    }
    if (severity !== 0) out.push({ rule, severity, options });
  }
  return out;
}
