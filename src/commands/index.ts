// Every command of the CLI, in the order `jianghua --help` lists them. Each is loaded only when needed: a run of
// one command imports that command alone (handlebars, the extractors, the worker pool … are not free to load).
import type { CommandModule } from '../cli.js';

export const commandLoaders: Array<{ name: string; load: () => Promise<{ default: CommandModule }> }> = [
  { name: 'analyze', load: () => import('./analyze.js') },
  { name: 'summarize', load: () => import('./summarize.js') },
  { name: 'draft', load: () => import('./draft.js') },
  { name: 'lint', load: () => import('./lint.js') },
  { name: 'init', load: () => import('./init.js') },
  { name: 'segment', load: () => import('./segment.js') },
  { name: 'rules', load: () => import('./rules.js') },
  { name: 'compare', load: () => import('./compare.js') },
  { name: 'kwic', load: () => import('./kwic.js') },
];

/** The commands to register for these arguments: the one named, or all of them (help, unknown command). */
export async function loadCommands(argv: string[]): Promise<CommandModule[]> {
  const first = argv.slice(2).find((a) => !a.startsWith('-'));
  const named = commandLoaders.find((c) => c.name === first);
  const wanted = named ? [named] : commandLoaders;
  return (await Promise.all(wanted.map((c) => c.load()))).map((m) => m.default);
}
