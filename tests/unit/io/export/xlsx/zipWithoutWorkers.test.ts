// The zip write-excel-file gets in the browser: fflate's own `zip` puts files over 160 kB in a
// blob: worker that the page's CSP refuses; this one answers on the calling thread, later, as fflate does.
import { unzipSync, strToU8, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../../../src/lib/io/export/xlsx/zipWithoutWorkers';

const zipped = (...args: Parameters<typeof zip> extends [infer D, ...unknown[]] ? [D, object?] : never) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const done = (error: unknown, data: Uint8Array) => (error ? reject(error) : resolve(data));
    if (args[1]) zip(args[0], args[1], done);
    else zip(args[0], done);
  });

describe('zip without workers', () => {
  it('makes an archive that unzips to the same files, a large one included', async () => {
    const big = 'x,'.repeat(200_000); // 400 kB: fflate would have used a worker
    const archive = await zipped({ 'xl/worksheets/sheet1.xml': strToU8(big), 'a.txt': strToU8('hello') });
    const files = unzipSync(archive);
    expect(strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array())).toBe(big);
    expect(strFromU8(files['a.txt'] ?? new Uint8Array())).toBe('hello');
    expect(archive.length).toBeLessThan(big.length / 10);
  });

  it('takes options, and answers after returning, never during the call', async () => {
    let answered = false;
    const done = new Promise<Uint8Array>((resolve) => zip({ 'a.txt': strToU8('a'.repeat(1000)) }, { level: 0 }, (_, data) => { answered = true; resolve(data); }));
    expect(answered).toBe(false);
    const archive = await done;
    expect(archive.length).toBeGreaterThan(1000); // level 0: stored, not compressed
  });

  it('hands a failure to the callback, and a cancelled zip never answers', async () => {
    // A zip entry's name has at most 65,535 bytes: fflate's zipSync throws, and the caller hears of it.
    const failure = await new Promise<unknown>((resolve) => zip({ ['x'.repeat(70_000)]: strToU8('a') }, (error) => resolve(error)));
    expect(String(failure)).toMatch(/too long/);
    let called = false;
    const cancel = zip({ 'a.txt': strToU8('a') }, () => (called = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(called).toBe(false);
  });
});
