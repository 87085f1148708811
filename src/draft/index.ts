// `jianghua draft` as a library: facts text → validated facts → drafted paragraphs, and the example facts files.
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { JianghuaError } from '../errors.js';
import { parseFacts, SPEECH_TYPES, type DraftType, type Facts, type FactsProblem } from './facts.js';
import { draftSpeech, type DraftParagraph } from './render.js';
import { parseSpeechTypeAmong } from '../speech-types.js';

export * from './facts.js';
export { draftSpeech, classifyParagraphs, buildContext, TOP_SECTIONS, type DraftParagraph } from './render.js';
export { toText, toMarkdown } from './output.js';

export interface DraftResult {
  facts: Facts;
  paragraphs: DraftParagraph[];
  warnings: FactsProblem[];
}

/** Validate the facts (throwing a FactsError with every problem) and draft the speech. Nothing is written here. */
export async function draftFromFacts(source: string, opts: { file?: string; type?: string; templatesDir?: string; variant?: number } = {}): Promise<DraftResult> {
  const { facts, warnings } = parseFacts(source, { file: opts.file, type: opts.type });
  const paragraphs = await draftSpeech(facts, { templatesDir: opts.templatesDir, variant: opts.variant });
  return { facts, paragraphs, warnings };
}

/** examples/ of the package, two levels up from src/draft/ and dist/draft/. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The commented example facts file of a type (what `jianghua init` writes). */
export async function exampleFacts(type: string): Promise<string> {
  const id = parseSpeechTypeAmong(type, SPEECH_TYPES);
  if (id === null) throw new JianghuaError(`未知的讲话类型“${type}”，可选：${SPEECH_TYPES.join('、')}。`);
  const file = path.join(EXAMPLES_DIR, `${id satisfies DraftType}.yaml`);
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    throw new JianghuaError('找不到示例事实文件（安装不完整？）。', file);
  }
}
