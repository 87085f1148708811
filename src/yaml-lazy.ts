// YAML.parse for data files on the lint/analyze path, without its cost in a cold process: the yaml module (about
// 100 ms to load) is required only when a text must really be parsed, and the shipped data files (data/, templates/,
// corpus/lexicon/) are parsed once at build (scripts/build-yaml-cache.mjs) into dist/yaml-cache.json, keyed by the
// SHA-1 of their text, so an unchanged file is read back as JSON. Any other text (a user's config, an edited data
// file) goes to the real parser, with its errors.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const YAML_CACHE_FILE = fileURLToPath(new URL('../dist/yaml-cache.json', import.meta.url));

const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
let cache: Record<string, string> | null | undefined;

function realYaml(): typeof import('yaml') {
  yamlModule ??= require('yaml') as typeof import('yaml');
  return yamlModule;
}

/** SHA-1 of a text, the cache key. */
export function yamlKey(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function cached(text: string): string | undefined {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(YAML_CACHE_FILE, 'utf8')) as Record<string, string>;
    } catch {
      cache = null;
    }
  }
  return cache ? cache[yamlKey(text)] : undefined;
}

export const YAML = {
  /** Same result as yaml's `parse(text)` (a fresh value each call); errors are the yaml module's own. */
  parse(text: string): any {
    const hit = cached(text);
    if (hit !== undefined) return JSON.parse(hit);
    return realYaml().parse(text);
  },
};

export default YAML;
