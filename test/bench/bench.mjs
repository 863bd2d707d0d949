#!/usr/bin/env node
// Benchmark (`npm run bench`, not a test): generate a deterministic archive of minutes files and
// time `minutes actions` over it, beside bare remark-parse on the same files. Runs the build in
// dist/, so run `npm run build` first.
//
//   node test/bench/bench.mjs [--files 10000] [--seed 1] [--runs 1] [--keep]
//
// The archive goes to test/bench/.archive/ (git-ignored); --keep leaves it there, and a later run
// with the same --files and --seed reuses it. To time another command over the same archive, add
// a row to `commands` below: a label and the arguments after `node`, given the archive's folder.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArchive } from './generate-archive.mjs';

// A closed pipe (`| head`) silences the report; the run still ends and cleans up.
let closed = false;
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  closed = true;
});
const print = (text) => void (closed || process.stdout.write(text));

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const here = relative(root, dirname(fileURLToPath(import.meta.url)));

/** The commands timed, in order; the first is the baseline the others are compared to. */
const commands = [
  { label: 'remark-parse (bare)', args: (dir) => [join(here, 'remark-parse.mjs'), dir] },
  { label: 'minutes actions --format json', args: (dir) => ['bin/minutes.js', 'actions', dir, '--format', 'json'] },
  // { label: 'minutes validate', args: (dir) => ['bin/minutes.js', 'validate', dir, '--format', 'json'] },
  // { label: 'markdownlint-cli2', args: (dir) => ['node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', `${dir}/**/*.md`] },
];

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  print('Usage: node test/bench/bench.mjs [--files 10000] [--seed 1] [--runs 1] [--keep]\n');
  process.exit(0);
}
const files = positive('files');
const seed = positive('seed');
const runs = positive('runs');

checkBuild();
const dir = join(here, '.archive', `files-${files}-seed-${seed}`);
const started = performance.now();
const bytes = await prepareArchive(dir);
const generated = (performance.now() - started) / 1000;
print(`minutes bench: ${files} files, ${mb(bytes)} MB (seed ${seed}; archive ${generated.toFixed(1)} s), best of ${runs} run${runs === 1 ? '' : 's'}, Node ${process.version}\n\n`);

const rows = [];
for (const command of commands) {
  let best = null;
  for (let run = 0; run < runs; run++) {
    const timing = await timeCommand(command.label, [process.execPath, ...command.args(dir)]);
    if (timing.code !== 0) process.stderr.write(`warning: ${command.label} exited with ${timing.code}: ${timing.stderr.trim().split('\n').slice(-3).join(' / ')}\n`);
    if (best === null || timing.seconds < best.seconds) best = timing;
  }
  rows.push(best);
}
print(`${table(rows)}\n`);
print(`${closingNote(rows)}\n`);
if (!values.keep) await rm(dir, { recursive: true, force: true });

/**
 * Run a command with stdout to /dev/null and stderr captured; its wall time in seconds, exit code,
 * stderr, and peak memory in MB where /usr/bin/time can tell (else null).
 */
export async function timeCommand(label, argv, options = {}) {
  const devNull = await open('/dev/null', 'w');
  const memory = existsSync('/usr/bin/time') && process.platform === 'linux' ? join(await mkdtemp(join(tmpdir(), 'minutes-bench-')), 'rss') : null;
  const full = memory === null ? argv : ['/usr/bin/time', '-f', '%M', '-o', memory, ...argv];
  const start = process.hrtime.bigint();
  const child = spawn(full[0], full.slice(1), { cwd: options.cwd ?? root, stdio: ['ignore', devNull.fd, 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await devNull.close();
  let peak = null;
  if (memory !== null) {
    const kilobytes = Number.parseInt((await readFile(memory, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '', 10);
    peak = Number.isFinite(kilobytes) ? kilobytes / 1024 : null;
    await rm(dirname(memory), { recursive: true, force: true });
  }
  return { label, seconds, code, stderr, peak };
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
  if (stale) process.stderr.write('bench: warning: src/ is newer than dist/; run `npm run build` to time the current code\n');
}

/** Reuse a kept archive of the same size, seed and generator, or generate it; its size in bytes. */
async function prepareArchive(target) {
  const manifest = join(root, target, 'manifest.json');
  const source = await readFile(join(root, here, 'generate-archive.mjs'));
  const generator = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const kept = await readFile(manifest, 'utf8').then(JSON.parse, () => null);
  if (kept?.files === files && kept?.seed === seed && kept?.generator === generator && typeof kept.bytes === 'number') return kept.bytes;
  await rm(join(root, target), { recursive: true, force: true });
  const size = await generateArchive(join(root, target), { files, seed });
  await writeFile(manifest, `${JSON.stringify({ files, seed, generator, bytes: size })}\n`);
  return size;
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

/** Megabytes a second, with two significant digits below 10. */
function rate(seconds) {
  const value = bytes / 1e6 / seconds;
  return value < 10 ? value.toPrecision(2) : value.toFixed(0);
}

/** Rows of the results, aligned, with throughput and the time ratio to the first row. */
function table(timings) {
  const base = timings[0].seconds;
  const header = ['command', 'wall s', 'files/s', 'MB/s', 'peak MB', 'x time'];
  const body = timings.map((t) => [
    t.label + (t.code === 0 ? '' : ` (exit ${t.code})`),
    t.seconds.toFixed(2),
    Math.round(files / t.seconds).toString(),
    rate(t.seconds),
    t.peak === null ? '-' : Math.round(t.peak).toString(),
    (t.seconds / base).toFixed(2),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

/** One sentence per command after the first, quoting its throughput beside the baseline's. */
function closingNote(timings) {
  const [base, ...others] = timings;
  const speed = (t) => `${rate(t.seconds)} MB/s (${Math.round(files / t.seconds)} files/s)`;
  return others
    .map((t) => `\n${t.label}: ${speed(t)}, against ${base.label}: ${speed(base)}; ${(t.seconds / base.seconds).toFixed(2)} times the time (${(base.seconds / t.seconds * 100).toFixed(0)}% of its throughput).`)
    .join('');
}
