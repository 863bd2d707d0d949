/**
 * Minutes saved as a web page (`<!DOCTYPE html>` … `<h2>1. Call to Order</h2>` … `<p>…</p>`), as
 * word processors and committee tools export them, read as the Markdown a reader sees in the
 * browser: headings stay headings, paragraphs, list items, preformatted lines and cells become
 * lines, and the page's head, styles, scripts and comments are dropped. `origin` gives, for each
 * line of the text made (0-based), the file's line it came from (1-based), so that places found in
 * it can be put back where the page has them.
 */
export interface HtmlPage {
  text: string;
  origin: number[];
}

/** A file that is a web page: its first markup is a doctype or an `<html>` element. */
const PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])/iu;

/** Elements whose content is never shown. */
const HIDDEN: ReadonlySet<string> = new Set(['head', 'style', 'script', 'template', 'noscript']);

/** Elements that open and close a block of their own (a paragraph between blank lines). */
const BLOCKS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'body', 'center', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'pre', 'dl', 'dt', 'dd', 'address', 'figure', 'hr', 'form',
]);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** A character reference (`&amp;`, `&#8211;`, `&#x2013;`). */
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/giu;

/** The name of a tag at the start of a string (`<h2 id="x">`, `</p>`, `<br/>`). */
const TAG_NAME = /^<\/?([a-z][a-z\d]*)/iu;

/**
 * The page as Markdown lines with the file line of each, or null when `text` is not a web page.
 * One pass over the text with `indexOf` (linear, whatever the markup).
 */
export function htmlPage(text: string): HtmlPage | null {
  if (!PAGE_START.test(text.slice(0, 512))) return null;
  return htmlText(text);
}

/**
 * Any stretch of HTML (a page, or a block of HTML inside Markdown) as Markdown lines, with the
 * line of `text` each came from (see `htmlPage`).
 */
export function htmlText(text: string): HtmlPage {
  const lines: string[] = [];
  const origin: number[] = [];
  let current = '';
  let currentLine = 1;
  let line = 1;
  let listDepth = 0;
  let inPre = false;
  let lower: string | undefined;
  // Whether the line being made holds any text yet: kept as a flag, as trimming a long line at every piece would cost its length each time.
  let hasText = false;
  const push = (): void => {
    if (hasText) {
      lines.push(current.trimEnd());
      origin.push(currentLine);
    }
    current = '';
    hasText = false;
    currentLine = line;
  };
  const blank = (): void => {
    push();
    if (lines.length > 0 && lines[lines.length - 1] !== '') {
      lines.push('');
      origin.push(line);
    }
  };
  const addText = (raw: string): void => {
    const rows = raw.split('\n');
    rows.forEach((row, k) => {
      if (k > 0) {
        line++;
        push();
      }
      const piece = decodeEntities(inPre ? row : row.replace(/\s+/gu, ' '));
      if (!hasText && piece.trim() === '') return;
      if (!hasText) {
        if (current === '') currentLine = line;
        current += piece.trimStart();
        hasText = true;
      } else current += piece;
    });
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('<', i);
    if (open < 0) {
      addText(text.slice(i));
      break;
    }
    addText(text.slice(i, open));
    if (text.startsWith('<!--', open)) {
      i = skipTo(text, open, '-->');
      line += countLines(text, open, i);
      continue;
    }
    const close = text.indexOf('>', open);
    if (close < 0) {
      addText(text.slice(open));
      break;
    }
    const tag = text.slice(open, close + 1);
    line += countLines(text, open, close + 1);
    i = close + 1;
    const name = TAG_NAME.exec(tag)?.[1]?.toLowerCase();
    if (name === undefined) {
      if (!tag.startsWith('<!') && !tag.startsWith('<?')) addText(tag);
      continue;
    }
    const closing = tag.startsWith('</');
    if (HIDDEN.has(name) && !closing && !tag.endsWith('/>')) {
      lower ??= text.toLowerCase();
      const end = findClose(text, lower, i, name);
      line += countLines(text, i, end);
      i = end;
      continue;
    }
    if (/^h[1-6]$/u.test(name)) {
      blank();
      if (!closing) [current, currentLine] = [`${'#'.repeat(Number(name.slice(1)))} `, line];
    } else if (name === 'ul' || name === 'ol') {
      listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
      blank();
    } else if (name === 'li') {
      push();
      if (!closing) [current, currentLine] = [`${'  '.repeat(Math.max(0, listDepth - 1))}- `, line];
    } else if (name === 'br') {
      push();
    } else if (name === 'td' || name === 'th') {
      if (!closing && hasText) current += ' | ';
    } else if (BLOCKS.has(name)) {
      if (name === 'pre') inPre = !closing;
      blank();
    }
  }
  push();
  return { text: lines.join('\n'), origin };
}

/** The index just past `end` after `from`, or the text's end. */
function skipTo(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}

/** The index just past the closing tag of `name` (`</style>`), in any case (`lower` is the text in lower case), or the text's end. */
function findClose(text: string, lower: string, from: number, name: string): number {
  const at = lower.indexOf(`</${name}`, from);
  if (at < 0) return text.length;
  const close = text.indexOf('>', at);
  return close < 0 ? text.length : close + 1;
}

/** The line ends between `from` and `to`: a walk over just that stretch, so the whole page is walked once. */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) n++;
  return n;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[(named as string).toLowerCase()] ?? whole;
  });
}
