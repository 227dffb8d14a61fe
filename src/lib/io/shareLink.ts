// A scenario carried in the URL: the scenario file, deflated and base64url-encoded, in the
// fragment (#share=…), which browsers never send to a server.

export const SHARE_PREFIX = '#share=';
/** Past this many characters a link is unreliable in mail and chat clients: share the file instead. */
export const MAX_SHARE_LINK_LENGTH = 8000;

async function pipeThrough(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
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
  const compressed = await pipeThrough(new TextEncoder().encode(fileText), new CompressionStream('deflate-raw'));
  return SHARE_PREFIX + toBase64Url(compressed);
}

/** The scenario file text carried by a fragment, or null when the fragment is not a share link or is damaged. */
export async function decodeShareFragment(fragment: string): Promise<string | null> {
  if (!fragment.startsWith(SHARE_PREFIX)) return null;
  try {
    const bytes = await pipeThrough(fromBase64Url(fragment.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
