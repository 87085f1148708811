// Every command of the CLI, in the order `jianghua --help` lists them.
import type { CommandModule } from '../cli.js';
import segment from './segment.js';

export const commands: CommandModule[] = [segment];
