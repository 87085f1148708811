// Part of `npm run build`: parse the shipped YAML data files (data/, templates/, corpus/lexicon/) once and write
// dist/yaml-cache.json (SHA-1 of the text → the parsed value as JSON), read by src/yaml-lazy.ts so a cold lint
// neither loads the yaml module nor parses YAML. A value JSON cannot carry exactly is left out (parsed at run time).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { yamlKey, YAML_CACHE_FILE } = await import(path.join(root, 'dist/yaml-lazy.js'));

function* yamlFiles(dir) {
  let names;
  try { names = readdirSync(dir); } catch { return; }
  for (const n of names) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) yield* yamlFiles(p);
    else if (/\.ya?ml$/.test(n)) yield p;
  }
}

const out = {};
let n = 0;
for (const dir of ['data', 'templates', 'corpus/lexicon']) {
  for (const file of yamlFiles(path.join(root, dir))) {
    const text = readFileSync(file, 'utf8');
    let value;
    try { value = YAML.parse(text); } catch { continue; }
    const json = JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) continue;
    out[yamlKey(text)] = json;
    n++;
  }
}
writeFileSync(YAML_CACHE_FILE, JSON.stringify(out));
console.log(`YAML cache: ${n} files → ${path.relative(root, YAML_CACHE_FILE)}`);
