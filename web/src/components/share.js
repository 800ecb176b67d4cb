// share.js: code in a URL fragment, compressed, so that a link carries a whole program.
//
// The fragment never reaches the server (static hosts see no code), and a link opens
// the code without running it. Deflate-raw through the browser's CompressionStream, then
// base64url: `#code=<base64url>`. No library: both directions are a few lines.

const KEY = "code=";

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The URL fragment (with its "#") that carries `code`. */
export async function encodeFragment(code) {
  const packed = await pipe(new TextEncoder().encode(code), new CompressionStream("deflate-raw"));
  return `#${KEY}${toBase64Url(packed)}`;
}

/** The code that a URL fragment carries, or null when it carries none (or is damaged). */
export async function decodeFragment(hash) {
  const fragment = hash.replace(/^#/, "");
  if (!fragment.startsWith(KEY)) return null;
  try {
    const bytes = await pipe(fromBase64Url(fragment.slice(KEY.length)), new DecompressionStream("deflate-raw"));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
