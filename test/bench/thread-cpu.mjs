#!/usr/bin/env node
// CPU time of each thread of a run (Linux only): which part of a run's CPU the main thread, each
// parse worker and V8's own helper threads (garbage collection, TurboFan's compiles) take. Runs
// the command, reads /proc/PID/task/*/stat every 10 ms, and prints each thread's user + system
// milliseconds (as last seen: a thread that ends between two reads loses up to 10 ms) and when it
// was first seen. Node.js names every thread `node`: the main thread is the first seen, a parse
// worker one seen later that took seconds, V8's helpers the four (on most machines) seen together
// soon after the start.
//
//   node test/bench/thread-cpu.mjs -- node bin/minutes.js validate --format json DIR
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const dash = process.argv.indexOf('--');
const command = dash < 0 ? [] : process.argv.slice(dash + 1);
if (command.length === 0) {
  process.stderr.write('Usage: node test/bench/thread-cpu.mjs -- COMMAND [ARGS...]\n');
  process.exit(2);
}
/** Clock ticks a second, as /proc counts CPU time (USER_HZ: 100 on Linux). */
const ticks = 100;
const started = performance.now();
const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
/** Each thread seen: its CPU milliseconds and when it was first seen. */
const threads = new Map();
const sample = () => {
  let tids;
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
      const seen = threads.get(tid);
      threads.set(tid, { cpu: Math.max(cpu, seen?.cpu ?? 0), first: seen?.first ?? performance.now() - started });
    } catch {
      // The thread ended.
    }
  }
};
const timer = setInterval(sample, 10);
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = performance.now() - started;
  const rows = [...threads.entries()].filter(([, thread]) => thread.cpu > 0).sort((a, b) => a[1].first - b[1].first || b[1].cpu - a[1].cpu);
  const total = rows.reduce((sum, [, thread]) => sum + thread.cpu, 0);
  process.stdout.write(`exit ${code}; wall ${wall.toFixed(0)} ms; CPU of the threads seen ${total.toFixed(0)} ms\n`);
  for (const [tid, thread] of rows) process.stdout.write(`  thread ${tid}: ${thread.cpu.toFixed(0).padStart(6)} ms CPU, first seen at ${thread.first.toFixed(0)} ms\n`);
});
