import { defineConfig } from 'vitest/config';

// Many tests run the CLI as a real process; on a loaded machine a test that spawns several runs can
// pass 5 s. This is a hang guard, not a speed bound: speed is the benchmark's job (`npm run bench`).
export default defineConfig({ test: { testTimeout: 30_000 } });
