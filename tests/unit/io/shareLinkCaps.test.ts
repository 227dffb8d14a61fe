// Share links are capped: a link longer than any the planner makes is refused before it is
// decoded, and one that inflates past MAX_SHARED_FILE_BYTES is refused while inflating.
import { describe, expect, it } from 'vitest';
import { MAX_SHARE_LINK_LENGTH, MAX_SHARED_FILE_BYTES, SHARE_PREFIX, encodeShareFragment, readShareFragment } from '../../../src/lib/io/shareLink';

/** A real "zip bomb" link: `bytes` spaces deflate to about a thousandth of their size. */
const bombLink = (bytes: number) => encodeShareFragment(' '.repeat(bytes));

describe('share link caps', () => {
  it('refuses a link longer than the planner ever makes, with its length, before decoding', async () => {
    const fragment = await bombLink(50 * 1024 * 1024);
    // 50 MB of spaces deflate to ~50 KB, ~68,000 base64 characters: far past the 8,000 allowed.
    expect(fragment.length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
    expect(await readShareFragment(fragment)).toEqual({ ok: false, reason: 'too-long', length: fragment.length, max: 8000 });
  });

  it('stops inflating a 50 MB payload once past the cap, even when the length is allowed', async () => {
    const fragment = await bombLink(50 * 1024 * 1024);
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const reading = await readShareFragment(fragment, { maxLength: Infinity, maxInflatedBytes: MAX_SHARED_FILE_BYTES });
    const grown = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore;
    expect(reading).toEqual({ ok: false, reason: 'too-large', max: 1024 * 1024 });
    // Inflating all of it would hold 50 MB; the cap stops after ~1 MB (plus a slice's worth).
    expect(grown).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a short link that inflates past 1 MB with the default limits', async () => {
    const fragment = await bombLink(3 * 1024 * 1024);
    expect(fragment.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    expect(await readShareFragment(fragment)).toEqual({ ok: false, reason: 'too-large', max: MAX_SHARED_FILE_BYTES });
  });

  it('opens a link that inflates to exactly the cap, and refuses one byte more', async () => {
    const limits = { maxLength: Infinity, maxInflatedBytes: 1000 };
    expect(await readShareFragment(await encodeShareFragment('x'.repeat(1000)), limits)).toEqual({ ok: true, text: 'x'.repeat(1000) });
    expect(await readShareFragment(await encodeShareFragment('x'.repeat(1001)), limits)).toEqual({ ok: false, reason: 'too-large', max: 1000 });
  });

  it.each([
    ['not base64', `${SHARE_PREFIX}not*base64`],
    ['not deflate', `${SHARE_PREFIX}AAAA`],
    ['another fragment', '#other=1'],
  ])('calls a damaged link damaged (%s)', async (_, fragment) => {
    expect(await readShareFragment(fragment)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('calls invalid UTF-8 inside the link damaged', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const deflated = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const fragment = SHARE_PREFIX + btoa(String.fromCharCode(...deflated)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(await readShareFragment(fragment)).toEqual({ ok: false, reason: 'damaged' });
  });
});
