/**
 * A couple named with one surname (`Marv and Sue Forbragd`, `Susan & Joel Mott`) written as two full
 * names (`Marv Forbragd, Sue Forbragd`), where it opens the text or a comma part: English lists of
 * people write the surname once for a family. A single given name before `and` that follows another
 * name (`Ann Lee and Bo Chan`) is left alone, as is anything else.
 */
export function withSharedSurnames(text: string): string {
  return text.replace(/(^|,\s*)(\p{Lu}\p{Ll}+) (?:and|&) (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+)(?=[,.;]|$| and )/gu, '$1$2 $4, $3 $4');
}
