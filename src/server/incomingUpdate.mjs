// The Yjs update a member's message carries, read before Hocuspocus applies it, so it can be
// stored first (see fileStore.mjs). A Hocuspocus message is: document name (var string),
// message type (var uint: 0 sync, 4 sync reply), sync type (var uint: 1 step 2, 2 update),
// then the update (var uint8 array). Anything else carries no document content.
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const UPDATE = 2;

/** Reads a lib0 var uint at `at`; returns [value, next position]. */
function readVarUint(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new RangeError('message ends inside a number');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
    if (shift > 49) throw new RangeError('number too long');
  }
}

/**
 * The update in a member's sync message, or null for any other message (awareness, auth, step 1).
 * @example incomingUpdate(messageFromProvider) // → Uint8Array [ …the Yjs update… ]
 */
export function incomingUpdate(message) {
  try {
    let [length, at] = readVarUint(message, 0);
    at += length; // document name
    let type;
    [type, at] = readVarUint(message, at);
    if (type !== SYNC && type !== SYNC_REPLY) return null;
    let syncType;
    [syncType, at] = readVarUint(message, at);
    if (syncType !== SYNC_STEP_2 && syncType !== UPDATE) return null;
    [length, at] = readVarUint(message, at);
    if (at + length > message.length) return null;
    return message.subarray(at, at + length);
  } catch {
    return null; // Hocuspocus refuses a malformed message itself
  }
}
