// Runs a pack's own hit/miss sentences through the lint rules that read it: every `hit` must produce a finding
// of that entry and every `miss` none. Used by the pack test and by `jianghua rules test PACK.yaml`.
import { createDocument } from '../../text/document.js';
import { proseText } from '../text.js';
import { compilePack } from './matcher.js';
import type { Pack, PackEntry, Specimen } from './pack.js';

export interface SpecimenFailure {
  entry: PackEntry;
  specimen: Specimen;
  expected: 'hit' | 'miss';
  /** Entry ids that did fire on the sentence. */
  got: string[];
}

/** Check every specimen of the pack's entries against the pack compiled as a whole. */
export function checkSpecimens(pack: Pack, only: PackEntry[] = pack.entries): { checked: number; failures: SpecimenFailure[] } {
  const compiled = compilePack(pack);
  const failures: SpecimenFailure[] = [];
  let checked = 0;
  for (const entry of only) {
    for (const [expected, list] of [['hit', entry.hit], ['miss', entry.miss]] as const) {
      for (const specimen of list) {
        checked++;
        const doc = createDocument(specimen.text, '<specimen>');
        const { findings } = compiled.scan(proseText(doc), { date: specimen.date ?? null });
        const got = findings.map((f) => f.entry.id);
        if ((expected === 'hit') !== got.includes(entry.id)) failures.push({ entry, specimen, expected, got });
      }
    }
  }
  return { checked, failures };
}
