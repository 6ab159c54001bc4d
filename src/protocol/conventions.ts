/**
 * The emulator's conventions where IVS itself says nothing: written once here, and used by the
 * mock, the fuzzers and the conformance suite alike (model/README.md explains each choice).
 */

/** The path prefix of the emulator's control routes (reset, snapshot, restore, streams); no IVS operation lives under it. */
export const controlPrefix = '/_ivs-contract';

/** The account id of callers, fixtures and examples when none is given. */
export const defaultAccountId = '123456789012';

/** The region of callers, fixtures and examples when none is given (and of requests with no SigV4 credential scope). */
export const defaultRegion = 'us-west-2';

/** The page size of each list (by its member name in the output) when a request gives no `maxResults`. */
export const defaultPageSizes = { channels: 50, streamKeys: 1, streams: 50 } as const;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length % 4 === 1) return undefined;
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The token of the page after the one that ended with `lastKey`: base64url (no padding) of `{listName}:{lastKey}`. */
export function encodePageToken(listName: string, lastKey: string): string {
  return toBase64Url(`${listName}:${lastKey}`);
}

/** Reads a page token back into the list it names and its last key; `undefined` when it does not decode. */
export function decodePageToken(token: string): { readonly listName: string; readonly lastKey: string } | undefined {
  const text = fromBase64Url(token);
  if (text === undefined) return undefined;
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  return { listName: text.slice(0, colon), lastKey: text.slice(colon + 1) };
}
