import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordKind } from '../../../src/store/backends/store.js';
import { captureLog } from '../../support/capture-log.js';
import { BACKENDS, TestStores } from '../test-stores.js';

interface Note {
  text: string;
}
const isNote = (data: unknown): data is Note =>
  typeof data === 'object' && data !== null && typeof (data as { text?: unknown }).text === 'string';
const NOTE_V1: RecordKind<Note> = { namespace: 'note', version: 1, accepts: isNote };
const NOTE_V2: RecordKind<Note> = { ...NOTE_V1, version: 2 };

let stores: TestStores;
beforeAll(async () => {
  stores = await TestStores.start();
});
afterAll(async () => {
  await stores?.dispose();
});

describe.each(BACKENDS)('records on %s', (backend) => {
  it('reads back what it wrote, and a miss for an unknown key', async () => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    const notes = store.records(NOTE_V1);
    expect(await notes.set('written', { text: 'hello' })).toBe(true);
    expect(await notes.read('written')).toEqual({ status: 'hit', data: { text: 'hello' } });
    expect(await notes.read('never-written')).toEqual({ status: 'miss' });
    expect(await notes.delete('written')).toBe(true);
    expect(await notes.get('written')).toBeUndefined();
    expect(warnings()).toEqual([]);
    await store.close();
  });

  it('treats a record of another format version as a miss, with a warning', async () => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    await store.records(NOTE_V1).set('versioned', { text: 'old format' });
    expect(await store.records(NOTE_V2).get('versioned')).toBeUndefined();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ namespace: 'note', key: 'versioned', reason: 'format version 1, current is 2' });
    await store.close();
  });

  it('treats data the kind does not accept as a miss, with a warning', async () => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    const loose: RecordKind<unknown> = { namespace: 'note', version: 1, accepts: (_d): _d is unknown => true };
    await store.records(loose).set('wrong-shape', { text: 42 });
    expect(await store.records(NOTE_V1).get('wrong-shape')).toBeUndefined();
    expect(warnings()[0]).toMatchObject({ reason: 'data does not match the record format' });
    await store.close();
  });

  it('keeps a tail field after the JSON and gives it back as written, listed too; with an expiry, all in the JSON', async () => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    const kind: RecordKind<Note> = { namespace: `tail-${backend}`, version: 1, accepts: isNote, tail: 'text' };
    // Newlines and quotes in the tail are kept as they are: only the JSON before the first newline is parsed.
    const text = 'line one\nline "two"\n\n{"value":1}\n';
    expect(await store.records(kind).set('tailed', { text })).toBe(true);
    expect(await store.records(kind).get('tailed')).toEqual({ text });
    const stored = '{"value":{"v":1,"tail":"text","data":{}}}\nline one';
    if (backend === 'sqlite') expect(await stores.sqliteText()).toContain(stored);
    if (backend === 'redis') expect(await stores.redisDump()).toContain(`${stored}\nline "two"\n\n{"value":1}\n`);
    expect(await store.records(kind).set('expiring', { text }, 60_000)).toBe(true);
    expect(await store.records(kind).get('expiring')).toEqual({ text });
    expect(await store.records(kind).list()).toHaveLength(2);
    // Written by a kind without a tail (as before tails), read by one with it: the whole JSON still reads.
    await store.records({ ...kind, tail: undefined }).set('whole', { text });
    expect(await store.records(kind).get('whole')).toEqual({ text });
    expect(warnings()).toEqual([]);
    await store.close();
  });

  it('lists the valid records of a kind and skips others', async () => {
    const { log } = captureLog();
    const store = await stores.open(backend, log);
    const kind: RecordKind<Note> = { namespace: `list-${backend}`, version: 3, accepts: isNote };
    await store.records(kind).set('a', { text: 'A' });
    await store.records(kind).set('b', { text: 'B' });
    await store.records({ ...kind, version: 2 }).set('old', { text: 'old' });
    await store.records(NOTE_V1).set('other-namespace', { text: 'other' });
    const listed = await store.records(kind).list();
    expect(listed.sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: 'a', data: { text: 'A' } },
      { key: 'b', data: { text: 'B' } },
    ]);
    await store.close();
  });
});

describe.each(['sqlite', 'redis'] as const)('values written behind the store on %s', (backend) => {
  it.each([
    ['text that is not JSON', '{"value": {"v": 1, "data": {"text": "cut off'],
    ['JSON that is not keyv data', '{"someone":"else"}'],
    ['a keyv value without the envelope', '{"value":{"text":"no version"}}'],
    ['a tail after JSON that names none', '{"value":{"v":1,"data":{}}}\nthe tail'],
    ['a tail after data that is not an object', '{"value":{"v":1,"tail":"text","data":"none"}}\nthe tail'],
    ['a tail after JSON cut short', '{"value":{"v":1,"tail":"text","data":{}\nthe tail'],
  ])('ignores %s with a warning', async (_, raw) => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    await stores.writeRaw(backend, 'note', 'corrupt', raw);
    expect(await store.records(NOTE_V1).read('corrupt')).toEqual({ status: 'miss' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ namespace: 'note', key: 'corrupt', reason: 'not a coverage-bot record' });
    expect(store.healthy).toBe(true);
    // ...and the caller rebuilds it: a new write replaces the bad value.
    expect(await store.records(NOTE_V1).set('corrupt', { text: 'rebuilt' })).toBe(true);
    expect(await store.records(NOTE_V1).get('corrupt')).toEqual({ text: 'rebuilt' });
    await store.close();
  });
});
