// A small unified line diff for `lint --fix-dry-run` (LCS on lines after trimming the common head and tail).
export function unifiedDiff(oldText: string, newText: string, file: string, context = 3): string {
  if (oldText === newText) return '';
  // A final line end is not a line of its own.
  const lines = (t: string) => (t.endsWith('\n') ? t.slice(0, -1) : t).split('\n');
  const a = lines(oldText);
  const b = lines(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  // LCS table over the differing middle only; fixes change few lines, so this stays small.
  const n = am.length;
  const m = bm.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = am[i] === bm[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  type Op = { t: ' ' | '-' | '+'; s: string; ai: number; bi: number };
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ t: ' ', s: a[k], ai: k, bi: k });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && am[i] === bm[j]) { ops.push({ t: ' ', s: am[i], ai: head + i, bi: head + j }); i++; j++; }
    else if (i < n && (j >= m || dp[i + 1][j] >= dp[i][j + 1])) { ops.push({ t: '-', s: am[i], ai: head + i, bi: head + j }); i++; }
    else { ops.push({ t: '+', s: bm[j], ai: head + i, bi: head + j }); j++; }
  }
  for (let k = 0; k < tail; k++) ops.push({ t: ' ', s: a[a.length - tail + k], ai: a.length - tail + k, bi: b.length - tail + k });

  let out = `--- ${file}\n+++ ${file}（修复后）\n`;
  const changed = ops.map((o, k) => (o.t !== ' ' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k] - context);
    let to = changed[k];
    while (k < changed.length && changed[k] <= to + 2 * context) { to = changed[k]; k++; }
    const end = Math.min(ops.length - 1, to + context);
    const hunk = ops.slice(from, end + 1);
    const aStart = hunk[0].ai + 1;
    const bStart = hunk[0].bi + 1;
    const aLen = hunk.filter((o) => o.t !== '+').length;
    const bLen = hunk.filter((o) => o.t !== '-').length;
    out += `@@ -${aLen ? aStart : aStart - 1},${aLen} +${bLen ? bStart : bStart - 1},${bLen} @@\n`;
    for (const o of hunk) out += `${o.t}${o.s}\n`;
  }
  return out;
}
