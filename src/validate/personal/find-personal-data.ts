/** What kind of personal data a finding is. */
export type PersonalKind = 'fi-identity-code' | 'se-personal-number' | 'iban' | 'phone' | 'email';

/** Personal data found on one line: its kind, where it is (0-based offsets, `to` exclusive) and the text masked. */
export interface PersonalFinding {
  kind: PersonalKind;
  from: number;
  to: number;
  masked: string;
}

/**
 * Personal data on one line of minutes: Finnish personal identity codes (henkilötunnus, the check
 * character verified), Swedish personal numbers (personnummer and samordningsnummer, Luhn
 * verified), IBANs (mod 97 verified), phone numbers and e-mail addresses. Each check is a scan
 * over the line or a regular expression without overlapping quantifiers: linear in the line.
 */
export function findPersonalData(line: string): PersonalFinding[] {
  if (line.length < 5) return [];
  const numbers = SIX_DIGITS.test(line);
  const found: PersonalFinding[] = [...(numbers ? identityCodes(line) : []), ...(numbers ? personalNumbers(line) : []), ...ibans(line)];
  const taken = (from: number, to: number) => found.some((f) => from < f.to && to > f.from);
  for (const phone of phones(line)) if (!taken(phone.from, phone.to)) found.push(phone);
  found.push(...emails(line));
  return found.sort((a, b) => a.from - b.from);
}

/** Six digits in a row: every identity code and personal number has them. */
const SIX_DIGITS = /\d{6}/;

const FI_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FI_CENTURY: Record<string, number> = { '+': 1800, '-': 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };
/** `DDMMYY`, a century sign, an individual number and a check character, not inside a longer word. */
const FI_CODE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])(?![\p{L}\p{N}])/gu;

function identityCodes(line: string): PersonalFinding[] {
  if (!/\d{6}[-+A-FU-Y]\d{3}/u.test(line)) return [];
  const out: PersonalFinding[] = [];
  for (const m of line.matchAll(FI_CODE)) {
    const [whole, dd, mm, yy, sign, individual, check] = m as unknown as string[];
    const century = FI_CENTURY[sign as string] ?? 0;
    if (!isDate(century + Number(yy), Number(mm), Number(dd))) continue;
    if (FI_CHECK[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) continue;
    out.push({ kind: 'fi-identity-code', from: m.index, to: m.index + (whole as string).length, masked: `${dd}${mm}${yy}${sign}****` });
  }
  return out;
}

/** `YYMMDD-NNNN`, `YYMMDD+NNNN` or `YYYYMMDD(-)NNNN`: the short form needs its sign, so a bare run of ten digits is no match. */
const SE_NUMBER = /(?<![\p{L}\p{N}-])((?:19|20)\d{2}|\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\p{L}\p{N}])/gu;

function personalNumbers(line: string): PersonalFinding[] {
  const out: PersonalFinding[] = [];
  for (const m of line.matchAll(SE_NUMBER)) {
    const [whole, year, mm, dd, sign, last] = m as unknown as string[];
    if ((year as string).length === 2 && sign === '') continue;
    const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd); // a samordningsnummer adds 60 to the day
    const fullYear = (year as string).length === 4 ? Number(year) : 1900 + Number(year);
    if (!isDate(fullYear, Number(mm), day) || !luhn(`${(year as string).slice(-2)}${mm}${dd}${last}`)) continue;
    out.push({ kind: 'se-personal-number', from: m.index, to: m.index + (whole as string).length, masked: `${year}${mm}${dd}${sign === '' ? '-' : sign}****` });
  }
  return out;
}

/** A country code, two check digits and 11-30 letters or digits, in groups of four or not. */
const IBAN = /(?<![\p{L}\p{N}])([A-Z]{2}\d{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![\p{L}\p{N}])/gu;

function ibans(line: string): PersonalFinding[] {
  if (!/[A-Z]{2}\d{2}/.test(line)) return [];
  const out: PersonalFinding[] = [];
  for (const m of line.matchAll(IBAN)) {
    const whole = m[0];
    const compact = whole.replace(/ /g, '');
    if (compact.length < 15 || compact.length > 34 || !mod97(compact)) continue;
    out.push({ kind: 'iban', from: m.index, to: m.index + whole.length, masked: `${m[1]} ${'*'.repeat(compact.length - 4)}` });
  }
  return out;
}

/** `+358 40 123 4567`, `040-123 4567`, `(09) 123 4567`: an international prefix or a leading zero, then digit groups. */
const PHONE = /(?<![\p{L}\p{N}+.,:/-])(?:\+\d{1,3}|\(0\d{1,4}\)|0\d{1,4})(?:[ -]\d{2,4}){1,4}(?![\p{L}\p{N}]|[.,:/-]\d)/gu;

function phones(line: string): PersonalFinding[] {
  if (!/[+(0]\d/.test(line)) return [];
  const out: PersonalFinding[] = [];
  for (const m of line.matchAll(PHONE)) {
    const whole = m[0];
    const digits = whole.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) continue;
    let shown = 0;
    const masked = whole.replace(/\d/g, (d) => (shown++ < 3 ? d : '*'));
    out.push({ kind: 'phone', from: m.index, to: m.index + whole.length, masked });
  }
  return out;
}

/** Mailboxes of an organisation or a role, not of a person. */
const ROLE_MAILBOXES = new Set(['info', 'office', 'contact', 'hello', 'admin', 'board', 'hallitus', 'toimisto', 'styrelsen', 'kansli', 'vorstand', 'bestuur', 'secretary', 'sihteeri', 'noreply', 'no-reply', 'webmaster', 'support', 'team', 'press', 'media', 'jobs', 'list', 'lists']);

/** E-mail addresses, found from each `@` outwards (a scan, where a regular expression would backtrack over the local part). */
function emails(line: string): PersonalFinding[] {
  const out: PersonalFinding[] = [];
  let at = line.indexOf('@');
  let after = 0;
  while (at >= 0) {
    let from = at;
    while (from > after && isLocalChar(line.charCodeAt(from - 1))) from--;
    let to = at + 1;
    while (to < line.length && isDomainChar(line.charCodeAt(to))) to++;
    while (to > at + 1 && (line[to - 1] === '.' || line[to - 1] === '-')) to--;
    const local = line.slice(from, at);
    const domain = line.slice(at + 1, to);
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (local !== '' && domain.includes('.') && /^[a-z]{2,}$/i.test(tld) && !ROLE_MAILBOXES.has(local.toLowerCase())) {
      out.push({ kind: 'email', from, to, masked: `${local[0]}***@${domain}` });
      after = to;
    }
    at = line.indexOf('@', Math.max(at + 1, after));
  }
  return out;
}

function isLocalChar(code: number): boolean {
  return isAlnum(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
}

function isDomainChar(code: number): boolean {
  return isAlnum(code) || code === 0x2e || code === 0x2d;
}

function isAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The Luhn checksum of a string of digits holds. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** An IBAN's check digits hold: moved to the end, letters as numbers (A = 10), the number mod 97 is 1. */
function mod97(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const char of moved) {
    const value = char >= 'A' && char <= 'Z' ? char.charCodeAt(0) - 55 : Number(char);
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}
