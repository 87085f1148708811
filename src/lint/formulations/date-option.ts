// The user's --date for date-dependent 提法 (新冠肺炎 was the standard name until 2022-12-26); the text's own date
// comes from src/extract/metadata.ts.

/** Parse a user's --date: YYYY-MM-DD, YYYY-MM or YYYY (the earliest day of that period); null when invalid. */
export function parseDateOption(s: string): string | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2] ?? 1), d = Number(m[3] ?? 1);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
