#!/usr/bin/env node
// The same minutes in other layouts (an evaluation script, not a test: it reads ../shared).
//
//   node test/bench/layout-variants.mjs [DIR] [--only NAME,...] [--keep OUT]
//
// Minutes are typed by hand, exported from word processors and PDFs, pasted from web pages: the
// same text reaches `minutes` in many layouts. This script rewrites every labelled file of DIR
// (default ../shared/corpus/dev) into each layout below, keeps its label, scores each layout with
// ../shared/eval/score.mjs over the build in dist/, and prints one row a layout. A rule that reads
// the layout rather than the text shows as a gap between `same` and the other rows.
//
//   same      the files as they are
//   plain     Markdown heading marks (`## `) and bold marks (`**`) removed, as a plain-text export
//   wrap72    lines hard-wrapped at 72 characters, as text taken out of a PDF
//   noblank   blank lines removed
//   dblspace  a blank line after every line, as a word processor's paragraphs
//   bullets   `-` and `*` bullets written `•`
//   tabs      indentation by two blanks written as tabs
//   pages     a page footer (`Page 2 of 9`) and a form feed every 35 lines
//
// Fenced code and table rows are left as they are in every layout.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' }, keep: { type: 'string' } } });
const source = resolve(positionals[0] ?? join(root, '..', 'shared', 'corpus', 'dev'));
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');

/** A line cut into lines of at most `width` characters at blanks, its list mark kept on the first. */
function wrap(line, width) {
  if (line.length <= width) return [line];
  const lead = /^\s*(?:[-*+•]\s|\d+[.)]\s)?/u.exec(line)[0];
  const out = [];
  let current = lead;
  for (const word of line.slice(lead.length).split(' ')) {
    if (current.length + word.length + 1 > width && current.trim().length > lead.trim().length) {
      out.push(current.trimEnd());
      current = '';
    }
    current += (current === '' || current.endsWith(' ') ? '' : ' ') + word;
  }
  out.push(current.trimEnd());
  return out;
}

/** Each line outside fenced code and tables rewritten by `f` into one line or more. */
function byLine(text, f) {
  let fenced = false;
  return text.split('\n').flatMap((line) => {
    if (/^\s*(?:```|~~~)/u.test(line)) {
      fenced = !fenced;
      return [line];
    }
    return fenced || /^\s*\|/u.test(line) ? [line] : f(line);
  }).join('\n');
}

const layouts = {
  same: (text) => text,
  plain: (text) => byLine(text, (line) => [line.replace(/^#{1,6}\s+/u, '').replace(/\*\*|__/gu, '')]),
  wrap72: (text) => byLine(text, (line) => wrap(line, 72)),
  noblank: (text) => text.split('\n').filter((line) => line.trim() !== '').join('\n'),
  dblspace: (text) => byLine(text, (line) => [line, '']),
  bullets: (text) => byLine(text, (line) => [line.replace(/^(\s*)[-*+]\s/u, '$1• ')]),
  tabs: (text) => text.replace(/^(?: {2})+/gmu, (blanks) => '\t'.repeat(blanks.length / 2)),
  pages: (text) => text.split('\n').flatMap((line, i) => (i % 35 === 34 ? [line, '', `Page ${(i + 1) / 35} of 9`, '\f', ''] : [line])).join('\n'),
};

const names = values.only ? values.only.split(',') : Object.keys(layouts);
const unknown = names.filter((name) => !(name in layouts));
if (unknown.length > 0) {
  process.stderr.write(`layout-variants: no layout named ${unknown.join(', ')} (layouts: ${Object.keys(layouts).join(', ')})\n`);
  process.exit(2);
}
const out = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'minutes-layouts-'));
const fields = ['header', 'attendees', 'agenda', 'decisions', 'actionsWithOwner', 'score'];
console.log(`| layout | ${fields.join(' | ')} |`);
console.log(`|---|${fields.map(() => '---:').join('|')}|`);
for (const name of names) {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(source)) {
    if (file.endsWith('.expected.json')) copyFileSync(join(source, file), join(dir, file));
    else if (/\.(?:md|markdown|txt)$/u.test(file)) writeFileSync(join(dir, file), layouts[name](readFileSync(join(source, file), 'utf8')));
  }
  const run = spawnSync(process.execPath, [scorer, '--json', dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.stdout === '') {
    process.stderr.write(`layout-variants: the scorer failed on ${name}: ${run.stderr.split('\n')[0]}\n`);
    process.exit(1);
  }
  const { totals } = JSON.parse(run.stdout);
  console.log(`| ${name} | ${fields.map((field) => totals[field].toFixed(3)).join(' | ')} |`);
}
if (!values.keep) rmSync(out, { recursive: true, force: true });
