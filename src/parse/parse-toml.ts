/**
 * The top-level keys of TOML front matter, as static site generators (Hugo, Zola) write it between
 * `+++` fences: `title = 'Overleg 16 januari'`, `date = 2024-01-18T13:07:34+02:00`, `draft = false`.
 * Only what a header can use is read: quoted and bare strings, numbers, booleans and date literals
 * (as their text) up to the first `[table]`; arrays, inline tables and anything else are left out.
 */
export function parseToml(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) break;
    const pair = /^([A-Za-z0-9_-]+)\s*=\s*(\S.*)$/.exec(line);
    if (!pair) continue;
    const value = scalar(pair[2] as string);
    if (value !== undefined) out[pair[1] as string] = value;
  }
  return out;
}

/** A TOML value written on one line, or undefined for an array, an inline table or a broken string. */
function scalar(written: string): string | number | boolean | undefined {
  const quote = written.charAt(0);
  if (quote === "'" || quote === '"') {
    const end = written.indexOf(quote, 1);
    return end > 0 ? written.slice(1, end) : undefined;
  }
  // A bare value may carry a comment after it (`draft = false # not yet`).
  const value = (written.split('#')[0] as string).trim();
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^[+-]?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  // A date or date-time literal (`2024-01-18`, `2024-01-18T13:07:34+02:00`) stays text, as YAML front matter gives it.
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value : undefined;
}
