// Searches in ascending arrays of offsets (paragraph, sentence, series and heading starts; spans of quotes).

/** Index of the last value at or before x in an ascending array, or -1 (a binary search). */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
