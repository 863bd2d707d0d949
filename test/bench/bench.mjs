#!/usr/bin/env node
// Benchmark (`npm run bench`, not a test). Runs the build in dist/, so run `npm run build` first.
//
//   node test/bench/bench.mjs [--files 10000] [--seed 1] [--shape default|prose|formal|all]
//                             [--runs 1] [--only NAME]... [--skip-large] [--timeout 1200] [--keep]
//
// Over deterministic archives of minutes files (test/bench/.archive/, git-ignored; Finnish and
// English), one a shape (--shape, comma-separated or `all`; see generate-archive.mjs):
//
//   default   working groups' minutes, 2-60 KB: header labels, numbered items, short paragraphs
//   prose     small prose-heavy files, 2-30 KB: long paragraphs, Finnish and English mixed
//   formal    long formal minutes, 15-120 KB: many numbered sections and sub-items, tables
//
// it times, for each shape in one run so that every ratio compares like with like:
//
//   remark         bare unified().use(remarkParse).parse() over every file: the baseline
//   actions        minutes actions DIR --format json
//   validate       minutes validate DIR --format json (exit 1 for errors in the archive is expected)
//   markdownlint   markdownlint-cli2 with its default rules over the same files (findings expected)
//   actions-jobs0  minutes actions DIR --format json --jobs 0: parsing on the main thread only, to
//                  compare with the row above, where workers start when there is enough to parse
//   validate-jobs0 the same for minutes validate
//   actions-warm   minutes actions --cache --cache-location TMP, run twice; the second run is timed
//   validate-warm  the same for minutes validate
//   decisions      minutes decisions DIR --format json: the decision register of the archive
//   decisions-warm the same with --cache --cache-location TMP, run twice; the second run is timed
//   export-sqlite  minutes export DIR --format sqlite -o TMP/archive.db (cold: no cache)
//   export-sqlite-warm  the same with --cache, run twice; the second run is timed
//   export-ndjson  minutes export DIR --format ndjson, streamed to /dev/null: its peak memory
//                  beside that of validate (goal: at most 1.5 times)
//   validate-warm-one  the same, after a line is appended to one file: one changed file in a
//                  cached archive (the pull-request case), beside the all-unchanged warm run
//   cat            cat of every file: what just reading the files costs
//   node-read      a Node.js script that reads every file and hashes it (read-files.mjs): what just
//                  reading the files costs a Node.js program, the floor of a warm cache run
//
// and on large single documents (test/bench/.archive/large-seed-S/):
//
//   parse-5mb, parse-10mb, parse-20mb, parse-50mb   minutes parse FILE --json > /dev/null
//   parse-1mb-line                                  the same on a document that is one 1 MB line
//   remark-5mb                                      bare remark-parse on the 5 MB document
//
// and start-up, each the median of 21 runs, beside starting Node.js alone:
//
//   startup-node        node -e ''
//   startup-version     minutes --version
//   startup-parse       minutes parse on the seed document (fixtures/oulu-2019-11-08.txt)
//   startup-parse-json  minutes parse --json on the same
//
// Each row: wall seconds, CPU seconds (user + system, where /usr/bin/time exists: the figure that
// holds on a loaded machine), files/s (archive rows), MB/s, peak memory (where /usr/bin/time exists) and
// "x time": the time per MB relative to the remark baseline of the same run (for the archive rows,
// which read the same bytes, just the time ratio). The large-file rows also give each size's time
// relative to the size before it; linear parsing keeps that ratio near the ratio of the sizes.
//
// --only NAME runs the rows named (repeatable or comma-separated; a name also matches the rows it
// begins, `parse` all parse-*; `archive`, `large` and `startup` name the groups); the baseline
// runs whenever an archive or large row does, as their ratios need it. --skip-large leaves out the large documents. --runs N keeps the best of N.
// A row still running after --timeout seconds is stopped and reported as timed out. --keep keeps
// the generated files, and a later run with the same --files and --seed reuses them (and leaves
// them there, kept as they were).
//
// The table is printed twice: aligned for reading, then as Markdown between
// <!-- bench:start --> and <!-- bench:end --> with the machine, Node version and date, ready for the
// README's Performance section.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { archiveShapes, generateArchive, generateLargeDocument, generateLongLine } from './generate-archive.mjs';

// A closed pipe (`| head`) silences the report; the run still ends and cleans up.
let closed = false;
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  closed = true;
});
const print = (text) => void (closed || process.stdout.write(text));
const log = (text) => process.stderr.write(`bench: ${text}\n`);

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const here = relative(root, dirname(fileURLToPath(import.meta.url)));
const minutes = 'bin/minutes.js';
const markdownlint = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
/** The files `minutes` reads in a folder; markdownlint-cli2 and cat are given the same ones. */
const extensions = ['md', 'markdown', 'txt'];

const usage = 'Usage: node test/bench/bench.mjs [--files 10000] [--seed 1] [--shape default|prose|formal|all] [--runs 1] [--only NAME]... [--skip-large] [--timeout 1200] [--keep]\n';
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    shape: { type: 'string', default: 'default' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string', multiple: true, default: [] },
    'skip-large': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '1200' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  print(usage);
  process.exit(0);
}
const files = positive('files');
const seed = positive('seed');
const runs = positive('runs');
const timeout = positive('timeout');

/** The large single documents: id, file name, size in bytes, and which generator writes it. */
const large = [
  { id: '5mb', name: 'large-5mb.md', bytes: 5e6 },
  { id: '10mb', name: 'large-10mb.md', bytes: 10e6 },
  { id: '20mb', name: 'large-20mb.md', bytes: 20e6 },
  { id: '50mb', name: 'large-50mb.md', bytes: 50e6 },
  { id: '1mb-line', name: 'long-line-1mb.md', bytes: 1e6, line: true },
];

/**
 * The rows, in the order printed. `args(context)` gives the command line; `okCodes` the exit codes
 * that are no failure; `warm` runs it twice with a fresh cache and times the second run; `needs`
 * says what must hold for the row to run at all.
 */
const rows = [
  { id: 'remark', group: 'archive', label: 'remark-parse (bare, baseline)', args: (c) => [process.execPath, join(here, 'remark-parse.mjs'), c.dir] },
  { id: 'actions', group: 'archive', label: 'minutes actions --format json', args: (c) => [process.execPath, minutes, 'actions', c.dir, '--format', 'json'] },
  { id: 'validate', group: 'archive', label: 'minutes validate --format json', okCodes: [0, 1], args: (c) => [process.execPath, minutes, 'validate', c.dir, '--format', 'json'] },
  {
    id: 'markdownlint',
    group: 'archive',
    label: 'markdownlint-cli2 (default rules)',
    okCodes: [0, 1],
    needs: 'markdownlint',
    cwd: (c) => resolve(root, c.dir),
    captureStdout: true,
    args: (c) => [process.execPath, markdownlint, `**/*.{${extensions.join(',')}}`, '--config', c.lintConfig],
  },
  { id: 'actions-jobs0', group: 'archive', label: 'minutes actions --format json --jobs 0', needs: 'jobs-actions', args: (c) => [process.execPath, minutes, 'actions', c.dir, '--format', 'json', '--jobs', '0'] },
  { id: 'validate-jobs0', group: 'archive', label: 'minutes validate --format json --jobs 0', okCodes: [0, 1], needs: 'jobs-validate', args: (c) => [process.execPath, minutes, 'validate', c.dir, '--format', 'json', '--jobs', '0'] },
  { id: 'actions-warm', group: 'archive', label: 'minutes actions --cache (warm)', warm: true, needs: 'cache-actions', args: (c) => [process.execPath, minutes, 'actions', c.dir, '--format', 'json', '--cache', '--cache-location', c.cacheDir] },
  { id: 'validate-warm', group: 'archive', label: 'minutes validate --cache (warm)', warm: true, okCodes: [0, 1], needs: 'cache-validate', args: (c) => [process.execPath, minutes, 'validate', c.dir, '--format', 'json', '--cache', '--cache-location', c.cacheDir] },
  { id: 'decisions', group: 'archive', label: 'minutes decisions --format json', needs: 'decisions', args: (c) => [process.execPath, minutes, 'decisions', c.dir, '--format', 'json'] },
  { id: 'decisions-warm', group: 'archive', label: 'minutes decisions --cache (warm)', warm: true, needs: 'decisions', args: (c) => [process.execPath, minutes, 'decisions', c.dir, '--format', 'json', '--cache', '--cache-location', c.cacheDir] },
  { id: 'export-sqlite', group: 'archive', label: 'minutes export --format sqlite', needs: 'export', args: (c) => [process.execPath, minutes, 'export', c.dir, '--format', 'sqlite', '-o', join(c.scratch, 'archive.db')] },
  { id: 'export-sqlite-warm', group: 'archive', label: 'minutes export --format sqlite --cache (warm)', warm: true, needs: 'export', args: (c) => [process.execPath, minutes, 'export', c.dir, '--format', 'sqlite', '-o', join(c.scratch, 'archive.db'), '--cache', '--cache-location', c.cacheDir] },
  { id: 'export-ndjson', group: 'archive', label: 'minutes export --format ndjson', needs: 'export', args: (c) => [process.execPath, minutes, 'export', c.dir, '--format', 'ndjson'] },
  { id: 'validate-warm-one', group: 'archive', label: 'minutes validate --cache (warm, 1 file changed)', warm: 'one-changed', okCodes: [0, 1], needs: 'cache-validate', args: (c) => [process.execPath, minutes, 'validate', c.dir, '--format', 'json', '--cache', '--cache-location', c.cacheDir] },
  {
    id: 'cat',
    group: 'archive',
    label: 'cat (just read the files)',
    cwd: (c) => resolve(root, c.dir),
    args: () => ['find', '.', '-type', 'f', '(', ...extensions.flatMap((ext, i) => [...(i === 0 ? [] : ['-o']), '-name', `*.${ext}`]), ')', '-exec', 'cat', '{}', '+'],
  },
  { id: 'node-read', group: 'archive', label: 'node: read and hash the files', args: (c) => [process.execPath, join(here, 'read-files.mjs'), c.dir] },
  ...large.map((doc) => ({
    id: `parse-${doc.id}`,
    group: 'large',
    doc,
    label: `minutes parse --json, ${doc.line ? '1 MB single line' : `${doc.bytes / 1e6} MB`}`,
    args: (c) => [process.execPath, minutes, 'parse', join(c.largeDir, doc.name), '--json'],
  })),
  { id: 'remark-5mb', group: 'large', doc: large[0], label: 'remark-parse (bare), 5 MB', args: (c) => [process.execPath, join(here, 'remark-parse.mjs'), join(c.largeDir, large[0].name)] },
  { id: 'startup-node', group: 'startup', label: "node -e ''", args: () => [process.execPath, '-e', ''] },
  { id: 'startup-version', group: 'startup', label: 'minutes --version', args: () => [process.execPath, minutes, '--version'] },
  { id: 'startup-parse', group: 'startup', label: 'minutes parse (seed document)', args: () => [process.execPath, minutes, 'parse', seedDocument] },
  { id: 'startup-parse-json', group: 'startup', label: 'minutes parse --json (seed document)', args: () => [process.execPath, minutes, 'parse', seedDocument, '--json'] },
];
/** The document the start-up rows parse: the one this project started from. */
const seedDocument = 'fixtures/oulu-2019-11-08.txt';
/** Start-up rows take the median of this many runs. */
const startupRuns = 21;

const selected = select();
checkBuild();
const capabilities = detectCapabilities();
const skipped = [];
const runnable = selected.filter((row) => {
  if (row.needs === undefined || capabilities[row.needs]) return true;
  skipped.push({ row, why: capabilities.why[row.needs] });
  return false;
});

const machine = describeMachine();
const shapes = chooseShapes(values.shape);
const largeDir = join(here, '.archive', `large-seed-${seed}`);
const scratch = await mkdtemp(join(tmpdir(), 'minutes-bench-'));
const context = { dir: '', largeDir, scratch, cacheDir: '', lintConfig: join(scratch, '.markdownlint-cli2.jsonc') };
// Default rules, stated outright in a file given with --config: the base configuration for the
// archive's folder. markdownlint-cli2 reads no configuration above its working folder (the
// archive's), and the archive holds none (warnOfLintConfig checks), so no rule is turned off.
await writeFile(context.lintConfig, `${JSON.stringify({ config: { default: true }, gitignore: false, noInlineConfig: false }, null, 2)}\n`);

// Stop a running row, and its children, on Ctrl-C or kill.
let running = null;
let measured = 0;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    if (running !== null) killGroup(running);
    rmSync(scratch, { recursive: true, force: true });
    process.exit(code);
  });
}

// What starting Node.js alone costs here, best of 5, for the notes on the warm runs.
let nodeStart = Infinity;
for (let i = 0; i < 5; i++) {
  const begin = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  nodeStart = Math.min(nodeStart, Number(process.hrtime.bigint() - begin) / 1e9);
}

const sizes = new Map();
let largeSet = null;
if (runnable.some((row) => row.group === 'large')) {
  const started = performance.now();
  largeSet = await prepareLarge(largeDir);
  for (const [id, size] of Object.entries(largeSet.sizes)) sizes.set(id, size);
  log(`large documents ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const archiveRun = runnable.filter((row) => row.group === 'archive');
const otherRun = runnable.filter((row) => row.group !== 'archive');
// The archives are generated (or reused) only when a row reads them or compares with a baseline.
const shapesRun = archiveRun.length > 0 ? shapes : [];
if (shapesRun.length > 0) print(`minutes bench: ${files} files a shape, shape${shapesRun.length === 1 ? '' : 's'} ${shapesRun.join(', ')}; seed ${seed}; best of ${runs} run${runs === 1 ? '' : 's'}\n`);
else print(`minutes bench: ${otherRun.some((row) => row.group === 'large') ? 'large documents and start-up' : 'start-up only'}\n`);
print(`${machine.line}\n`);
if (machine.busy) print(`warning: load average ${machine.load} on ${machine.cores} cores: other work is running, so absolute figures are low and noisy; the ratios within this run hold better\n`);
for (const { row, why } of skipped) print(`skipped ${row.id}: ${why}\n`);
print('\n');

const tables = [];
const notes = [];
/** The archives this run generated, removed at the end without --keep. */
const generated = [];
// The shape being measured: input(), perMb() and warnOfLintConfig() read these.
let dir = '';
let archive = null;
let base = null;
let results = [];
/** The first shape's archive and baseline: the large documents' rows compare with these. */
let firstShape = null;
for (const shape of shapesRun) {
  dir = archiveDir(shape);
  context.dir = dir;
  const started = performance.now();
  archive = await prepareArchive(dir, shape);
  if (!archive.reused) generated.push(dir);
  const made = archive.reused ? 'kept archive reused' : `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  print(`shape ${shape}: ${files} files, ${mb(archive.bytes)} MB (${archive.md} Markdown, ${archive.txt} plain text; ${made})\n`);
  results = await runRows(archiveRun, shape);
  base = results.find((r) => r.row.id === 'remark') ?? null;
  firstShape ??= { archive, base };
  tables.push({ title: `Archive, shape ${shape}: ${files} files, ${mb(archive.bytes)} MB`, ...archiveTable(results) });
  const before = notes.length;
  closingNotes();
  for (let i = before; i < notes.length; i++) notes[i] = `${shape}: ${notes[i]}`;
}
if (shapesRun.length > 0) print('\n');
({ archive, base } = firstShape ?? { archive: null, base: null });
results = await runRows(otherRun, null);
const largeRows = results.filter((r) => r.row.group === 'large');
const startupRows = results.filter((r) => r.row.group === 'startup');
if (largeRows.length > 0) tables.push({ title: 'Large single documents', ...largeTable(largeRows) });
if (startupRows.length > 0) tables.push({ title: `Start-up (median of ${startupRuns} runs)`, ...startupTable(startupRows) });
closingNotes();
for (const t of tables) print(`${t.title}\n${aligned(t.header, t.body)}\n\n`);
if (shapesRun.length > 0) print(`x time: time per MB relative to remark-parse (bare, baseline) over the same shape's archive in this run (for the archive rows, the ratio of wall times; the large documents compare with shape ${shapesRun[0]}). cpu s: user + system seconds, the figure that holds on a loaded machine.\n`);
if (notes.length > 0) print(`\n${notes.map((note) => `- ${note}`).join('\n')}\n`);

const endLoad = loadavg()[0];
const busy = machine.busy || endLoad > machine.cores;
if (busy) print(`\nload average ${machine.load} at the start, ${endLoad.toFixed(1)} at the end, on ${machine.cores} cores.\n`);

print('\n<!-- bench:start -->\n');
print(`Measured with \`npm run bench -- ${process.argv.slice(2).join(' ') || `--files ${files}`}\` on ${machine.markdown}; Node ${process.version}; ${machine.date}.`);
print(`${busy ? ` Load average ${machine.load} at the start and ${endLoad.toFixed(1)} at the end of the run on ${machine.cores} cores (other work on the machine): absolute figures are low, ratios hold better.` : ''}\n\n`);
for (const t of tables) print(`**${t.title}**\n\n${markdown(t.header, t.body)}\n\n`);
if (skipped.length > 0) print(`Not measured: ${skipped.map(({ row, why }) => `${row.label} (${why})`).join('; ')}.\n\n`);
if (shapesRun.length > 0) print(`*x time*: time per MB relative to bare remark-parse over the same shape's archive in the same run (for the archive rows, the ratio of wall times).${largeRows.some((r) => r.row.id.startsWith('parse-')) ? ' *vs previous*: time relative to the next smaller document, beside the ratio of their sizes (equal when linear).' : ''} *cpu s*: user + system seconds.\n`);
if (startupRows.length > 0) print(`*x node*: median wall time relative to that of \`node -e ''\` in the same run.\n`);
print('<!-- bench:end -->\n');

await rm(scratch, { recursive: true, force: true });
// Without --keep, remove what this run generated; files another run kept are left to it.
if (!values.keep) for (const folder of generated) await rm(join(root, folder), { recursive: true, force: true });
if (!values.keep && largeSet !== null && !largeSet.reused) await rm(join(root, largeDir), { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------

/** The shapes --shape names: one, several comma-separated, or `all`. */
function chooseShapes(value) {
  const names = value === 'all' ? [...archiveShapes] : value.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!archiveShapes.includes(name)) {
      process.stderr.write(`bench: --shape ${name} is no shape; shapes: ${archiveShapes.join(', ')}, all\n`);
      process.exit(2);
    }
  }
  return names.length > 0 ? names : ['default'];
}

/** The archive's folder for a shape (the default shape's keeps its old name). */
function archiveDir(shape) {
  return join(here, '.archive', `files-${files}-seed-${seed}${shape === 'default' ? '' : `-${shape}`}`);
}

/** Run rows, each --runs times, keeping each one's best; shape names the archive, for the log. */
async function runRows(list, shape) {
  const done = [];
  for (const row of list) {
    const name = shape === null ? row.id : `${shape} ${row.id}`;
    log(`${name}…`);
    if (row.id === 'markdownlint') warnOfLintConfig();
    let best = null;
    for (let run = 0; run < runs; run++) {
      let timing;
      if (row.group === 'startup') timing = timeStartup(row);
      else if (row.warm) timing = await timeWarm(row);
      else timing = await timeRow(row);
      if (timing.code !== 'timeout' && !okCode(row, timing.code)) log(`warning: ${name} exited with ${timing.code}: ${timing.stderr.trim().split('\n').slice(-3).join(' / ')}`);
      if (best === null || rank(timing) < rank(best)) best = timing;
    }
    done.push({ row, ...best });
    log(`${name}: ${best.code === 'timeout' ? `stopped after ${timeout} s` : `${best.seconds.toFixed(2)} s`}`);
  }
  return done;
}

/**
 * A warm row: run once with a fresh cache to fill it, then time the second run. With
 * `warm: 'one-changed'`, the second run is untimed (kept as `unchanged`) and a line is appended to
 * one file before the timed third run: the pull-request case, one file changed in a cached
 * archive. The file gets its bytes back afterwards.
 */
async function timeWarm(row) {
  context.cacheDir = await mkdtemp(join(scratch, 'cache-'));
  try {
    const cold = await timeRow(row);
    if (cold.code === 'timeout' || !okCode(row, cold.code)) return cold;
    const warm = await timeRow(row);
    if (row.warm !== 'one-changed' || warm.code === 'timeout' || !okCode(row, warm.code)) return { ...warm, cold };
    const file = join(root, dir, readdirSync(join(root, dir), { recursive: true }).map(String).filter((name) => name.endsWith('.md')).sort()[0]);
    const bytes = await readFile(file);
    await writeFile(file, Buffer.concat([bytes, Buffer.from('\nA line the bench appended.\n')]));
    try {
      return { ...(await timeRow(row)), cold, unchanged: warm };
    } finally {
      await writeFile(file, bytes);
    }
  } finally {
    await rm(context.cacheDir, { recursive: true, force: true });
  }
}

/** The rows that --only and --skip-large leave, always with the baseline first. */
function select() {
  const names = values.only.flatMap((value) => value.split(',')).map((name) => name.trim().toLowerCase()).filter(Boolean);
  for (const name of names) {
    if (!rows.some((row) => matches(row, name))) {
      process.stderr.write(`bench: --only ${name} names no row; rows: ${rows.map((row) => row.id).join(', ')} (groups: archive, large)\n`);
      process.exit(2);
    }
  }
  const chosen = rows.filter((row) => row.id !== 'remark' && (names.length === 0 || names.some((name) => matches(row, name))) && !(values['skip-large'] && row.group === 'large'));
  const needsBase = chosen.some((row) => row.group !== 'startup') || names.includes('remark');
  return needsBase ? [rows.find((row) => row.id === 'remark'), ...chosen] : chosen;
}

function matches(row, name) {
  return row.id === name || row.group === name || row.id.startsWith(`${name}-`);
}

/** Which optional rows can run: markdownlint-cli2 installed; --cache listed by each command's help. */
function detectCapabilities() {
  const help = (command) => spawnSync(process.execPath, [minutes, command, '--help'], { cwd: root, encoding: 'utf8' }).stdout ?? '';
  const texts = { actions: help('actions'), validate: help('validate'), decisions: help('decisions'), export: help('export') };
  const option = (command, name) => new RegExp(`(^|\\s)--${name}(?![-\\w])`, 'm').test(texts[command]);
  return {
    markdownlint: existsSync(markdownlint),
    'cache-actions': option('actions', 'cache'),
    'cache-validate': option('validate', 'cache'),
    'jobs-actions': option('actions', 'jobs'),
    'jobs-validate': option('validate', 'jobs'),
    decisions: option('decisions', 'cache'),
    export: /\bsqlite\b/.test(texts.export),
    why: {
      markdownlint: 'markdownlint-cli2 is not installed (npm install)',
      'cache-actions': '`minutes actions --help` lists no --cache option yet',
      'cache-validate': '`minutes validate --help` lists no --cache option yet',
      'jobs-actions': '`minutes actions --help` lists no --jobs option yet',
      'jobs-validate': '`minutes validate --help` lists no --jobs option yet',
      decisions: 'this build has no `minutes decisions --cache` yet',
      export: '`minutes export --help` lists no sqlite format yet',
    },
  };
}

/**
 * markdownlint-cli2 reads configuration files in the folders it lints, and one in the archive's
 * folder would override the default rules given with --config: the generator writes none, so any
 * found is a stray that would make the linter's row meaningless.
 */
function warnOfLintConfig() {
  const strays = readdirSync(join(root, dir), { recursive: true }).map(String).filter((file) => /(^|\/)\.markdownlint/.test(file));
  if (strays.length > 0) notes.push(`warning: configuration files in the archive may change markdownlint-cli2's rules: ${strays.join(', ')}.`);
}

/** Run one row once: wall seconds, exit code (or 'timeout'), stderr tail, stdout tail, peak MB. */
function timeRow(row) {
  return timeCommand(row.label, row.args(context), { cwd: row.cwd?.(context), captureStdout: row.captureStdout });
}

/**
 * Run a start-up row startupRuns times, stdout to /dev/null: the median wall seconds, and the exit
 * code and stderr of a run that failed (else of the last). No /usr/bin/time: it would add its own
 * start to a figure of some tens of milliseconds.
 */
function timeStartup(row) {
  const times = [];
  let failed = null;
  for (let i = 0; i < startupRuns; i++) {
    const begin = process.hrtime.bigint();
    const child = spawnSync(row.args(context)[0], row.args(context).slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: timeout * 1000 });
    times.push(Number(process.hrtime.bigint() - begin) / 1e9);
    if (child.status !== 0) failed = { code: child.status ?? 'timeout', stderr: child.stderr ?? '' };
  }
  times.sort((a, b) => a - b);
  return { label: row.label, seconds: times[Math.floor(times.length / 2)], code: failed?.code ?? 0, stderr: failed?.stderr ?? '', stdout: '', peak: null, cpu: null };
}

function okCode(row, code) {
  return (row.okCodes ?? [0]).includes(code);
}

/** Order of preference among runs: finished runs by time, then the failed, then the timed out. */
function rank(timing) {
  return timing.code === 'timeout' ? Infinity : timing.seconds + (Number.isInteger(timing.code) ? 0 : 1e9);
}

/**
 * Run a command with stdout to /dev/null (or captured) and stderr captured; its wall time in
 * seconds, exit code ('timeout' when stopped after --timeout seconds), the tails of stderr and
 * stdout, and peak memory in MB where /usr/bin/time can tell (else null).
 */
async function timeCommand(label, argv, options = {}) {
  const devNull = await open('/dev/null', 'w');
  const memory = existsSync('/usr/bin/time') && process.platform === 'linux' ? join(scratch, `rss-${++measured}`) : null;
  const full = memory === null ? argv : ['/usr/bin/time', '-f', '%M %U %S', '-o', memory, ...argv];
  const start = process.hrtime.bigint();
  const child = spawn(full[0], full.slice(1), { cwd: options.cwd ?? root, stdio: ['ignore', options.captureStdout ? 'pipe' : devNull.fd, 'pipe'], detached: true });
  running = child;
  let stderr = '';
  let stdout = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.stdout?.setEncoding('utf8').on('data', (chunk) => (stdout = (stdout + chunk).slice(-4000)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, (options.timeout ?? timeout) * 1000);
  const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearTimeout(timer);
  running = null;
  await devNull.close();
  let peak = null;
  let cpu = null;
  if (memory !== null) {
    const [kilobytes, user, system] = ((await readFile(memory, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    peak = Number.isFinite(kilobytes) && !timedOut ? kilobytes / 1024 : null;
    cpu = Number.isFinite(user) && Number.isFinite(system) && !timedOut ? user + system : null;
    await rm(memory, { force: true });
  }
  return { label, seconds, code: timedOut ? 'timeout' : code, stderr, stdout, peak, cpu };
}

/** Stop a child started by timeCommand and everything it started (its own process group). */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function positive(name) {
  const number = Number(values[name]);
  if (!Number.isInteger(number) || number < 1) {
    process.stderr.write(`bench: --${name} must be a positive whole number, not ${values[name]}\n`);
    process.exit(2);
  }
  return number;
}

/** Stop unless dist/ is built; warn when a source file is newer than the build. */
function checkBuild() {
  const built = join(root, 'dist', 'cli.js');
  if (!existsSync(built)) {
    process.stderr.write('bench: dist/cli.js is missing; run `npm run build` first\n');
    process.exit(2);
  }
  const buildTime = statSync(built).mtimeMs;
  const stale = readdirSync(join(root, 'src'), { recursive: true }).some((file) => String(file).endsWith('.ts') && statSync(join(root, 'src', String(file))).mtimeMs > buildTime);
  if (stale) log('warning: src/ is newer than dist/; run `npm run build` to time the current code');
}

/** The machine, for the report: CPU model, cores, memory, OS, date and the load average. */
function describeMachine() {
  const list = cpus();
  const model = (list[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  const load = loadavg()[0].toFixed(1);
  const date = new Date().toISOString().slice(0, 10);
  const markdown = `${model}, ${list.length} core${list.length === 1 ? '' : 's'}, ${memory} RAM (${platform()} ${release()})`;
  return { cores: list.length, load, date, markdown, busy: loadavg()[0] > list.length, line: `machine: ${markdown}; Node ${process.version}; ${date}; load average ${load}` };
}

/** The generator's fingerprint: kept files made by another version of it are made again. */
async function generatorHash() {
  const source = await readFile(join(root, here, 'generate-archive.mjs'));
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/**
 * Reuse a kept archive of the same size, seed, shape and generator, or generate it; its bytes, the
 * counts of its Markdown and plain-text files, and whether it was reused.
 */
async function prepareArchive(target, shape) {
  const generator = await generatorHash();
  const valid = (kept) => kept?.files === files && kept?.seed === seed && (kept?.shape ?? 'default') === shape && kept?.generator === generator && typeof kept.bytes === 'number' && typeof kept.md === 'number';
  return settle(target, valid, async (folder) => {
    log(`generating ${files} files of shape ${shape}…`);
    const bytes = await generateArchive(folder, { files, seed, shape });
    const md = readdirSync(folder, { recursive: true }).filter((file) => String(file).endsWith('.md')).length;
    return { files, seed, shape, generator, bytes, md, txt: files - md };
  });
}

/** Reuse or write the large documents; their manifest, with `sizes` from id to bytes. */
async function prepareLarge(target) {
  const generator = await generatorHash();
  const valid = (kept) => kept?.seed === seed && kept?.generator === generator && large.every((doc) => typeof kept.sizes?.[doc.id] === 'number');
  return settle(target, valid, async (folder) => {
    const sizes = {};
    for (const [i, doc] of large.entries()) {
      log(`writing ${doc.name}…`);
      const write = doc.line ? generateLongLine : generateLargeDocument;
      sizes[doc.id] = await write(join(folder, doc.name), { bytes: doc.bytes, seed: seed * 1000 + i });
    }
    return { seed, generator, sizes };
  });
}

/**
 * The manifest of `target` (under the root) when `valid` accepts it, marked reused; else build a
 * new one in a private folder beside it and move that into place whole, so that another bench run
 * at the same time never reads half-written files.
 */
async function settle(target, valid, build) {
  const manifestOf = (folder) => readFile(join(folder, 'manifest.json'), 'utf8').then(JSON.parse, () => null);
  const final = join(root, target);
  const kept = await manifestOf(final);
  if (valid(kept)) return { ...kept, reused: true };
  const part = `${final}.part-${process.pid}`;
  await rm(part, { recursive: true, force: true });
  await mkdir(part, { recursive: true });
  const made = await build(part);
  await writeFile(join(part, 'manifest.json'), `${JSON.stringify(made)}\n`);
  const meanwhile = await manifestOf(final);
  if (valid(meanwhile)) {
    await rm(part, { recursive: true, force: true });
    return { ...meanwhile, reused: true };
  }
  await rm(final, { recursive: true, force: true });
  await rename(part, final);
  return made;
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

/** A figure with two significant digits below 10, whole above. */
function figure(value) {
  if (!Number.isFinite(value)) return '-';
  return value < 10 ? value.toPrecision(2) : value.toFixed(0);
}

/** The bytes and files a row reads. */
function input(result) {
  if (result.row.group === 'archive') return { bytes: archive.bytes, files };
  return { bytes: sizes.get(result.row.doc.id), files: 1 };
}

function finished(result) {
  return result.code !== 'timeout';
}

/** Time per MB relative to the baseline's, as a string. */
function perMb(result) {
  if (!finished(result) || !finished(base)) return '-';
  const ratio = result.seconds / input(result).bytes / (base.seconds / archive.bytes);
  return ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2);
}

function wall(result) {
  return finished(result) ? result.seconds.toFixed(2) : `> ${timeout}`;
}

function peak(result) {
  return result.peak === null ? '-' : Math.round(result.peak).toString();
}

function status(result) {
  if (result.code === 'timeout') return ' (timed out)';
  return okCode(result.row, result.code) ? '' : ` (exit ${result.code})`;
}

function archiveTable(list) {
  const header = ['command', 'wall s', 'cpu s', 'files/s', 'MB/s', 'peak MB', 'x time'];
  const body = list.map((r) => [
    r.row.label + status(r),
    wall(r),
    r.cpu === null || r.cpu === undefined ? '-' : r.cpu.toFixed(2),
    finished(r) ? Math.round(files / r.seconds).toString() : '-',
    finished(r) ? figure(archive.bytes / 1e6 / r.seconds) : '-',
    peak(r),
    perMb(r),
  ]);
  return { header, body };
}

function largeTable(list) {
  const header = ['command', 'MB', 'wall s', 'MB/s', 'peak MB', 'x time', 'vs previous'];
  let previous = null;
  const body = list.map((r) => {
    const { bytes } = input(r);
    let step = '-';
    const inSeries = r.row.id.startsWith('parse-') && !r.row.doc.line;
    if (inSeries && previous !== null && finished(previous) && finished(r)) {
      step = `${(r.seconds / previous.seconds).toFixed(2)} (size ${(bytes / input(previous).bytes).toFixed(2)})`;
    }
    if (inSeries) previous = r;
    return [r.row.label + status(r), mb(bytes), wall(r), finished(r) ? figure(bytes / 1e6 / r.seconds) : '-', peak(r), perMb(r), step];
  });
  return { header, body };
}

function startupTable(list) {
  const node = list.find((r) => r.row.id === 'startup-node');
  const header = ['command', 'ms', 'x node'];
  const body = list.map((r) => [r.row.label + status(r), (r.seconds * 1000).toFixed(0), node ? (r.seconds / node.seconds).toFixed(2) : '-']);
  return { header, body };
}

function aligned(header, body) {
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

function markdown(header, body) {
  const line = (row) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...body.map(line)].join('\n');
}

/** Sentences quoting the figures the issues ask for, each beside what it is compared with. */
function closingNotes() {
  const get = (id) => results.find((r) => r.row.id === id && finished(r));
  const speed = (r) => `${figure(input(r).bytes / 1e6 / r.seconds)} MB/s${r.row.group === 'archive' ? ` (${Math.round(files / r.seconds)} files/s)` : ''}`;
  const versus = (a, b, what = 'the time') => `${(a.seconds / b.seconds).toFixed(2)} times ${what} of ${b.row.label}, ${speed(b)}`;
  const remark = get('remark');
  const actions = get('actions');
  const validate = get('validate');
  const lint = get('markdownlint');
  const cat = get('cat');
  if (remark && actions) notes.push(`${actions.row.label}: ${speed(actions)}; ${versus(actions, remark)}.`);
  if (remark && validate) notes.push(`${validate.row.label}: ${speed(validate)}; ${versus(validate, remark)}.`);
  if (lint) {
    const summary = /Summary: (\d+) error/.exec(lint.stdout)?.[1];
    const linted = /Linting: (\d+) file/.exec(lint.stdout)?.[1];
    notes.push(`${lint.row.label}: ${speed(lint)}${remark ? `; ${versus(lint, remark)}` : ''}; it linted ${linted ?? '?'} files and reported ${summary ?? '?'} findings${summary === '0' ? ' (none: check that no configuration turned its rules off)' : ''}.`);
    if (validate) notes.push(`${validate.row.label} against ${lint.row.label}: ${(validate.seconds / lint.seconds).toFixed(2)} times its time.`);
  }
  const nodeRead = get('node-read');
  for (const id of ['actions', 'validate']) {
    const auto = get(id);
    const serial = get(`${id}-jobs0`);
    if (auto && serial) notes.push(`Workers: ${auto.row.label} (workers as many as cores, ${machine.cores} here, when there is enough to parse) took ${auto.seconds.toFixed(2)} s, ${serial.row.label} (main thread only) ${serial.seconds.toFixed(2)} s: ${(serial.seconds / auto.seconds).toFixed(2)} times as fast with workers.`);
  }
  const ndjson = get('export-ndjson');
  if (ndjson && validate && ndjson.peak && validate.peak) notes.push(`Peak memory of ${ndjson.row.label}: ${ndjson.peak.toFixed(0)} MB, ${(ndjson.peak / validate.peak).toFixed(2)} times that of ${validate.row.label} (${validate.peak.toFixed(0)} MB; goal: at most 1.5).`);
  const exportCold = get('export-sqlite');
  const exportWarm = get('export-sqlite-warm');
  if (exportCold && exportWarm) notes.push(`${exportWarm.row.label}: ${exportWarm.seconds.toFixed(2)} s, ${(exportWarm.seconds / exportCold.seconds).toFixed(2)} times the ${exportCold.seconds.toFixed(2)} s of ${exportCold.row.label} without a cache (parsing taken from the cache; the database is built again).`);
  const one = get('validate-warm-one');
  if (one?.unchanged && finished(one.unchanged)) notes.push(`${one.row.label}: ${one.seconds.toFixed(2)} s${one.cpu !== null && one.unchanged.cpu !== null ? ` (cpu ${one.cpu.toFixed(2)} s)` : ''}, ${(one.seconds / one.unchanged.seconds).toFixed(2)} times the all-unchanged warm run before it (${one.unchanged.seconds.toFixed(2)} s${one.unchanged.cpu !== null ? `, cpu ${one.unchanged.cpu.toFixed(2)} s` : ''}; target: at most 2).`);
  for (const id of ['actions-warm', 'validate-warm', 'decisions-warm']) {
    const warm = get(id);
    if (!warm) continue;
    const cold = warm.cold && finished(warm.cold) ? `; the first run, filling the cache, took ${warm.cold.seconds.toFixed(2)} s` : '';
    const coldRow = get(id.replace('-warm', ''));
    const floor = nodeRead ? `, ${(warm.seconds / nodeRead.seconds).toFixed(2)} times that of ${nodeRead.row.label} (${nodeRead.seconds.toFixed(2)} s)` : '';
    notes.push(`${warm.row.label}: ${warm.seconds.toFixed(2)} s, ${speed(warm)}${coldRow ? `; ${(warm.seconds / coldRow.seconds).toFixed(2)} times the time of the run without a cache` : ''}${cat ? `; ${(warm.seconds / cat.seconds).toFixed(2)} times the time of ${cat.row.label} (target: at most 2)${floor}` : ''}${cold}.`);
  }
  if (cat && nodeRead) notes.push(`${nodeRead.row.label}: ${nodeRead.seconds.toFixed(2)} s, ${(nodeRead.seconds / cat.seconds).toFixed(2)} times ${cat.row.label}, of which starting Node.js is about ${nodeStart.toFixed(2)} s (node -e '' here).`);
  const series = results.filter((r) => r.row.id.startsWith('parse-') && !r.row.doc.line);
  const timedOut = series.filter((r) => !finished(r));
  for (const r of timedOut) notes.push(`${r.row.label}: stopped after ${timeout} s (--timeout).`);
  for (const r of series.filter((r) => finished(r) && r.seconds > 300)) notes.push(`${r.row.label} took ${(r.seconds / 60).toFixed(1)} minutes, longer than 5.`);
  const done = series.filter(finished);
  if (done.length >= 2) {
    const steps = done.slice(1).map((r, i) => {
      const before = done[i];
      const time = r.seconds / before.seconds;
      const size = input(r).bytes / input(before).bytes;
      return { from: before, to: r, time, size, excess: time / size };
    });
    const worst = steps.reduce((a, b) => (b.excess > a.excess ? b : a));
    const name = (r) => `${mb(input(r).bytes)} MB`;
    const linear = worst.excess <= 1.25;
    notes.push(
      `minutes parse by size, ${done.map(name).join(' → ')}: time ratios ${steps.map((step) => step.time.toFixed(2)).join(', ')} for size ratios ${steps.map((step) => step.size.toFixed(2)).join(', ')}; ` +
        `${linear ? 'about linear' : 'super-linear'} (the worst step, ${name(worst.from)} → ${name(worst.to)}, takes ${worst.excess.toFixed(2)} times what linear would); ${done.map((r) => `${name(r)} ${speed(r)}`).join(', ')}.`,
    );
  }
  const node = get('startup-node');
  for (const [id, target] of [['startup-version', 1.5], ['startup-parse', 2], ['startup-parse-json', 2]]) {
    const r = get(id);
    if (r && node) notes.push(`${r.row.label}: ${(r.seconds * 1000).toFixed(0)} ms, ${(r.seconds / node.seconds).toFixed(2)} times ${node.row.label} (${(node.seconds * 1000).toFixed(0)} ms; target: at most ${target}).`);
  }
  const fifty = get('parse-50mb');
  if (fifty) notes.push(`${fifty.row.label}: ${speed(fifty)}, peak ${peak(fifty)} MB (target: at least 2 MB/s, under 1 GB).`);
  const remark5 = get('remark-5mb');
  const parse5 = get('parse-5mb');
  if (remark5 && parse5) notes.push(`On the 5 MB document, minutes parse takes ${(parse5.seconds / remark5.seconds).toFixed(2)} times the time of bare remark-parse (${speed(parse5)} against ${speed(remark5)}; peak ${peak(parse5)} against ${peak(remark5)} MB).`);
}
