import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/cache/code-fingerprint.js';
import { actionsOf } from '../../src/cache/entry-kinds.js';
import { CACHE_FORMAT, createParseCache, serializeEntry, type ParseCacheOptions } from '../../src/cache/parse-cache.js';
import type { Meeting } from '../../src/model/meeting.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const encode = (text: string) => new TextEncoder().encode(text);
const minutes = encode('# Hallitus 3/2024\n\nAika: 12.3.2024 klo 17.00\n\n## 1. Kokouksen avaus\n\n- Minna: selvittää tarjoukset 20.3. mennessä\n');
let location: string;

function open(options: Partial<ParseCacheOptions> = {}) {
  return createParseCache({ location, code: 'test', ...options });
}

/** The file an entry of key is stored in. */
const entryFile = (key: string, kind = '') => join(location, key.slice(0, 2), `${key.slice(2)}${kind === '' ? '' : `.${kind}`}.json`);

/** The meeting of key as a run would read it for path: stored without a path, given one on reading. */
function readMeeting(key: string, path: string | null): Meeting | null {
  const meeting = open().read('meeting', key);
  if (meeting !== null) meeting.source.path = path;
  return meeting;
}

/** Every file under the cache folder, relative to it. */
async function files(): Promise<string[]> {
  return (await readdir(location, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** Store the meeting of `bytes` and return its key. */
async function store(bytes: Uint8Array, path = 'a.md'): Promise<string> {
  const cache = open();
  const key = cache.keyOf(bytes);
  await cache.write('meeting', key, parseMinutes(bytes, { path }));
  await cache.flush();
  return key;
}

beforeEach(async () => {
  location = await mkdtemp(join(tmpdir(), 'minutes-cache-'));
});

afterEach(async () => {
  await rm(location, { recursive: true, force: true });
});

describe('createParseCache', () => {
  it('gives back what was stored, under the path it is read for, at ab/cdef….json', async () => {
    const key = await store(minutes, 'first.md');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await files()).toEqual([`${key.slice(2)}.json`]);
    expect(readMeeting(key, 'second.md')).toStrictEqual(parseMinutes(minutes, { path: 'second.md' }));
    expect(open().read('meeting', key)?.source.path).toBeNull();
  });

  it('keys the bytes, the language given, the code and nothing else', () => {
    const key = open().keyOf(minutes);
    expect(open().keyOf(Uint8Array.from(minutes))).toBe(key);
    expect(open().keyOf(encode('# Hallitus 4/2024\n'))).not.toBe(key);
    expect(open({ language: 'en' }).keyOf(minutes)).not.toBe(key);
    expect(open({ language: 'fi' }).keyOf(minutes)).not.toBe(open({ language: 'en' }).keyOf(minutes));
    expect(open({ code: 'other' }).keyOf(minutes)).not.toBe(key);
  });

  it('reads a missing entry as a miss', async () => {
    expect(open().read('meeting', open().keyOf(minutes))).toBeNull();
    expect(open().read('actions', open().keyOf(minutes))).toBeNull();
  });

  it('stores every fixture exactly: a read equals a fresh parse, characters outside ASCII included', { timeout: 60_000 }, async () => {
    const names = [...(await readdir(fixtures)).filter((name) => /\.(?:md|txt)$/.test(name)), ...(await readdir(join(fixtures, 'actions'))).map((name) => join('actions', name))];
    const texts = [...(await Promise.all(names.map((name) => readFile(join(fixtures, name))))), encode('# Kokous 🎉 \u2028 \ud800 ÅÄÖ åäö ß €\n\n1. Avaus – “ok”\n')];
    expect(texts.length).toBeGreaterThan(10);
    for (const bytes of texts) {
      const key = await store(bytes);
      expect(readMeeting(key, 'b.md')).toStrictEqual(parseMinutes(bytes, { path: 'b.md' }));
    }
    const entry = await readFile(entryFile(open().keyOf(texts.at(-1) as Uint8Array)));
    expect(entry.every((byte) => byte < 0x80)).toBe(true);
  });
});

describe('createParseCache: corrupt and stale entries are misses', () => {
  /** An entry whose text has been changed by `change`, read back. */
  async function readChanged(change: (text: string) => string): Promise<Meeting | null> {
    const key = await store(minutes);
    await writeFile(entryFile(key), change(await readFile(entryFile(key), 'latin1')), 'latin1');
    return readMeeting(key, 'a.md');
  }
  /** A header line changed by `change`, with the body as written. */
  const header = (change: (fields: Record<string, unknown>) => void) => (text: string) => {
    const newline = text.indexOf('\n');
    const fields = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    change(fields);
    return `${JSON.stringify(fields)}${text.slice(newline)}`;
  };

  it('truncated', async () => {
    expect(await readChanged((text) => text.slice(0, Math.floor(text.length / 2)))).toBeNull();
    expect(await readChanged((text) => text.slice(0, text.indexOf('\n')))).toBeNull();
    expect(await readChanged(() => '')).toBeNull();
  });

  it('not JSON, or another shape', async () => {
    expect(await readChanged(() => 'garbage\n{')).toBeNull();
    expect(await readChanged((text) => `[]${text.slice(text.indexOf('\n'))}`)).toBeNull();
  });

  it('of another format or version', async () => {
    expect(await readChanged(header((fields) => void (fields.format = CACHE_FORMAT + 1)))).toBeNull();
    expect(await readChanged(header((fields) => void (fields.version = '0.0.0-old')))).toBeNull();
  });

  it('holding another key than its name says', async () => {
    expect(await readChanged(header((fields) => void (fields.key = '0'.repeat(64))))).toBeNull();
    const other = await store(encode('# Toinen kokous\n'));
    const key = await store(minutes);
    await writeFile(entryFile(key), await readFile(entryFile(other)));
    expect(readMeeting(key, 'a.md')).toBeNull();
  });

  it('changed after it was written, even when still valid JSON', async () => {
    expect(await readChanged((text) => text.replace('Hallitus 3/2024', 'Hallitus 9/2024'))).toBeNull();
  });

  it('with a matching digest but not a meeting inside', async () => {
    const { createHash } = await import('node:crypto');
    const key = await store(minutes);
    const body = JSON.stringify({ schemaVersion: 1, source: { path: null, language: 'fi' } });
    const fields = { format: CACHE_FORMAT, version: (await import('../../src/version.js')).VERSION, kind: 'meeting', key, sha256: createHash('sha256').update(body).digest('hex') };
    await writeFile(entryFile(key), `${JSON.stringify(fields)}\n${body}`);
    expect(readMeeting(key, 'a.md')).toBeNull();
    await writeFile(entryFile(key, 'actions'), `${JSON.stringify({ ...fields, kind: 'actions' })}\n${body}`);
    expect(open().read('actions', key)).toBeNull();
  });

  it('a folder where the entry should be', async () => {
    const key = open().keyOf(minutes);
    await (await import('node:fs/promises')).mkdir(entryFile(key), { recursive: true });
    expect(readMeeting(key, 'a.md')).toBeNull();
  });

  it('and a corrupt entry is replaced by the next write', async () => {
    expect(await readChanged((text) => text.slice(0, 20))).toBeNull();
    await store(minutes);
    expect(readMeeting(open().keyOf(minutes), 'a.md')).toStrictEqual(parseMinutes(minutes, { path: 'a.md' }));
  });
});

describe('createParseCache: kinds and runs', () => {
  it('stores what actions need beside the whole meeting, at ab/cdef….actions.json, and each kind reads only its own', async () => {
    const cache = open();
    const key = cache.keyOf(minutes);
    const meeting = parseMinutes(minutes, { path: 'a.md' });
    await cache.write('actions', key, actionsOf(meeting));
    await cache.flush();
    expect(await files()).toEqual([`${key.slice(2)}.actions.json`]);
    expect(open().read('actions', key)).toStrictEqual(actionsOf(meeting));
    expect(open().read('meeting', key)).toBeNull();
    await writeFile(entryFile(key), await readFile(entryFile(key, 'actions')));
    expect(open().read('meeting', key)).toBeNull();
  });

  it('stores an entry serialized elsewhere (in a worker) as its own write would', async () => {
    const cache = open();
    const key = cache.keyOf(minutes);
    const meeting = parseMinutes(minutes, { path: 'a.md' });
    await cache.store('meeting', key, serializeEntry('meeting', key, meeting));
    await cache.flush();
    expect(readMeeting(key, 'b.md')).toStrictEqual(parseMinutes(minutes, { path: 'b.md' }));
    const direct = join(location, 'direct');
    const other = createParseCache({ location: direct, code: 'test' });
    await other.write('meeting', key, meeting);
    await other.flush();
    expect(await readFile(join(direct, key.slice(0, 2), `${key.slice(2)}.json`), 'latin1')).toBe(await readFile(entryFile(key), 'latin1'));
  });

  it('gives a run value back only for the same name and the same inputs, and replaces it on the next write', async () => {
    const cache = open();
    await cache.writeRun('actions in /a', 'x.md\0k1\n', { tasks: ['Å', 1] });
    await cache.flush();
    expect(open().readRun('actions in /a', 'x.md\0k1\n')).toStrictEqual({ tasks: ['Å', 1] });
    expect(open().readRun('actions in /a', 'x.md\0k2\n')).toBeNull();
    expect(open().readRun('actions in /b', 'x.md\0k1\n')).toBeNull();
    expect(open({ code: 'other' }).readRun('actions in /a', 'x.md\0k1\n')).toBeNull();
    await cache.writeRun('actions in /a', 'x.md\0k2\n', 'second');
    await cache.flush();
    expect(open().readRun('actions in /a', 'x.md\0k1\n')).toBeNull();
    expect(open().readRun('actions in /a', 'x.md\0k2\n')).toBe('second');
    expect((await files()).filter((name) => name.endsWith('.json'))).toHaveLength(1);
  });
});

describe('createParseCache: concurrency and failures', () => {
  it('leaves one whole entry after many parallel writes of the same key, and readers never see a broken one', async () => {
    const meeting = parseMinutes(minutes, { path: 'a.md' });
    const caches = Array.from({ length: 8 }, () => open({ concurrency: 4 }));
    const key = open().keyOf(minutes);
    const seen: Array<Meeting | null> = [];
    const writes = caches.flatMap((cache) => Array.from({ length: 25 }, () => cache.write('meeting', key, meeting)));
    const reads = Array.from({ length: 100 }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(readMeeting(key, 'a.md'));
    });
    await Promise.all([...writes, ...reads, ...caches.map((cache) => cache.flush())]);
    await Promise.all(caches.map((cache) => cache.flush()));
    for (const read of seen) if (read !== null) expect(read).toStrictEqual(meeting);
    expect(readMeeting(key, 'a.md')).toStrictEqual(meeting);
    expect(await files()).toEqual([`${key.slice(2)}.json`]);
  });

  it('ignores a cache folder it cannot write to (here a file), and then stops trying', async () => {
    const blocked = join(location, 'a-file');
    await writeFile(blocked, 'not a folder');
    const cache = createParseCache({ location: blocked, code: 'test' });
    const key = cache.keyOf(minutes);
    await expect(cache.write('meeting', key, parseMinutes(minutes))).resolves.toBeUndefined();
    await expect(cache.flush()).resolves.toBeUndefined();
    await expect(cache.write('meeting', key, parseMinutes(minutes))).resolves.toBeUndefined();
    await expect(cache.writeRun('run', 'a\0b\n', [1])).resolves.toBeUndefined();
    expect(cache.read('meeting', key)).toBeNull();
    expect(cache.readRun('run', 'a\0b\n')).toBeNull();
    expect(await files()).toEqual(['a-file']);
  });
});

describe('codeFingerprint', () => {
  it('hashes the parser code, the same on every call', async () => {
    const first = await codeFingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await codeFingerprint()).toBe(first);
  });

  it('is null when the code cannot be read', async () => {
    expect(await codeFingerprint('file:///nonexistent/minutes/dist/cli.js')).toBeNull();
  });
});
