/** Values as a pretty-printed JSON array (two spaces), ending in a newline. */
export function jsonArray(values: readonly unknown[]): string {
  return `${JSON.stringify(values, null, 2)}\n`;
}

/** Values as newline-delimited JSON: one compact value a line. */
export function jsonLines(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
