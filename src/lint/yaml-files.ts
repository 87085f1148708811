// The YAML files named by a --rules-dir/--dict-style argument: a file as it is, a folder as its *.yaml/*.yml files
// (hidden ones left out) in name order. Shared by the phrase lists and the 提法 rule packs.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { JianghuaError } from '../errors.js';

/** `missing` is the message when `p` does not exist (it names what was looked for). */
export function yamlFilesAt(p: string, missing: string): string[] {
  let st;
  try {
    st = statSync(p);
  } catch {
    throw new JianghuaError(missing, p);
  }
  if (!st.isDirectory()) return [p];
  return readdirSync(p).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort().map((n) => path.join(p, n));
}
