// Part of `npm run build`: validate the shipped 提法 pack (data/formulations/*.yaml) and write it as JSON to
// dist/formulations.json without the hit/miss sentences, so a lint process reads JSON instead of parsing YAML.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadPack, BUILTIN_PACK_DIR, COMPILED_PACK, builtinFingerprint } = await import(path.join(root, 'dist/lint/formulations/pack.js'));
const pack = loadPack([BUILTIN_PACK_DIR], { specimens: true });
const entries = pack.entries.map((e) => ({ ...e, file: path.basename(e.file), hit: [], miss: [] }));
writeFileSync(COMPILED_PACK, JSON.stringify({ files: builtinFingerprint(), entries }));
console.log(`提法 pack: ${entries.length} entries → ${path.relative(root, COMPILED_PACK)}`);
