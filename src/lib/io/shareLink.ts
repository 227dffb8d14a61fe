// A scenario carried in the URL: the scenario file, deflated and base64url-encoded, in the
// fragment (#share=…), which browsers never send to a server. Opening one is capped twice
// (the link's length, then what it inflates to), so a hostile link cannot fill the memory.

export const SHARE_PREFIX = '#share=';
/** Past this many characters a link is unreliable in mail and chat clients: share the file instead. */
export const MAX_SHARE_LINK_LENGTH = 8000;
/**
 * The most a link may inflate to. Links the planner makes hold at most 6,000 deflated bytes,
 * which a real scenario file (JSON, deflating 5–20×) turns into well under 200 KB.
 */
export const MAX_SHARED_FILE_BYTES = 1024 * 1024;
/** Deflated bytes handed to the decompressor at a time: one slice inflates to at most ~1 MB. */
const SLICE_BYTES = 1024;

export type ShareLinkReading =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too-long'; readonly length: number; readonly max: number }
  | { readonly ok: false; readonly reason: 'too-large'; readonly max: number }
  | { readonly ok: false; readonly reason: 'damaged' };

export interface ShareLinkLimits {
  readonly maxLength: number;
  readonly maxInflatedBytes: number;
}

const DEFAULT_LIMITS: ShareLinkLimits = { maxLength: MAX_SHARE_LINK_LENGTH, maxInflatedBytes: MAX_SHARED_FILE_BYTES };

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** The bytes in small slices, pulled one at a time, so the decompressor inflates no more than is read. */
function slices(bytes: Uint8Array): ReadableStream<BufferSource> {
  let offset = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + SLICE_BYTES));
        offset += SLICE_BYTES;
      },
    },
    { highWaterMark: 0 },
  );
}

/** The inflated bytes, or null as soon as they pass `maxBytes` (the rest is never inflated). */
async function inflateCapped(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  const reader = slices(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
};

/**
 * The URL fragment for a scenario file's text.
 * @example await encodeShareFragment('{"type":"field-network-planner/scenario",…}') // → "#share=q1YqKa…"
 */
export async function encodeShareFragment(fileText: string): Promise<string> {
  return SHARE_PREFIX + toBase64Url(await compress(new TextEncoder().encode(fileText)));
}

/**
 * The scenario file text carried by a share fragment, or why it cannot be opened: longer than
 * any link the planner makes, inflating past MAX_SHARED_FILE_BYTES, or damaged.
 * @example await readShareFragment('#share=' + 'A'.repeat(9000)) // → { ok: false, reason: 'too-long', length: 9007, max: 8000 }
 */
export async function readShareFragment(fragment: string, limits: ShareLinkLimits = DEFAULT_LIMITS): Promise<ShareLinkReading> {
  if (!fragment.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'damaged' };
  if (fragment.length > limits.maxLength) return { ok: false, reason: 'too-long', length: fragment.length, max: limits.maxLength };
  try {
    const bytes = await inflateCapped(fromBase64Url(fragment.slice(SHARE_PREFIX.length)), limits.maxInflatedBytes);
    if (!bytes) return { ok: false, reason: 'too-large', max: limits.maxInflatedBytes };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/** The scenario file text carried by a fragment, or null when it is not a share link, is damaged or is over a cap. */
export async function decodeShareFragment(fragment: string): Promise<string | null> {
  const reading = await readShareFragment(fragment);
  return reading.ok ? reading.text : null;
}
