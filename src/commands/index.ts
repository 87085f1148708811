// Every command of the CLI, in the order `jianghua --help` lists them.
import type { CommandModule } from '../cli.js';
import segment from './segment.js';
import draft from './draft.js';
import init from './init.js';
import analyze from './analyze.js';
import summarize from './summarize.js';
import lint from './lint.js';

export const commands: CommandModule[] = [analyze, summarize, draft, lint, init, segment];
