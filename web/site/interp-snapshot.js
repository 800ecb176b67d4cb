// interp-snapshot.js: the file format of the start-up snapshot (web/make_snapshot.mjs
// writes it at build time, interp-worker.js reads it).
//
// A snapshot is Pyodide's own memory snapshot (`makeMemorySnapshot()`: its header, then
// the whole WebAssembly heap of a runtime that has imported interp) plus the files of
// site-packages at that moment: the heap holds the imported modules, but Emscripten's file
// system lives in JavaScript and is not in it, and interp still reads some files at run
// time (the sandbox-side sources of interp/stdlib/lib/, modules imported on demand).
//
// Only the runs of non-zero pages of the heap are stored (a third of it is zero pages), and
// the site ships the file gzipped (`inflate` undoes that; the worker keeps the inflated file
// in the Cache Storage for the next visits).
//
//   "INTERPSNAP1\n"  12 bytes
//   u32 LE           length of the JSON header
//   JSON header      { heapBytes, runs: [[offset, length], ...], files: [[path, length], ...],
//                      checksum, payloadBytes, ...build facts }
//   payload          the bytes of each run, then of each file, in order
//
// `checksum` covers the payload: a damaged or truncated file is refused before Pyodide sees
// it (the worker then boots without the snapshot).

const MAGIC = "INTERPSNAP1\n";
const PAGE = 4096;

/** A 32-bit FNV-1a over the little-endian words of `bytes` (then its tail and length):
 * cheap enough for every page load (~10 ms for 12 MB), and any damage changes it. */
export function checksum(bytes) {
  let h = 0x811c9dc5;
  const words = Math.floor(bytes.byteLength / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < words; i++) h = Math.imul(h ^ view.getUint32(i * 4, true), 0x01000193);
  for (let i = words * 4; i < bytes.byteLength; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (Math.imul(h ^ bytes.byteLength, 0x01000193) >>> 0).toString(16).padStart(8, "0");
}

/** `bytes` inflated if they are gzipped (as the build ships the snapshot), else as they are
 * (a host may have sent them with `Content-Encoding: gzip`, which the browser undid). */
export async function inflate(bytes) {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The bytes of `stream` (a ReadableStream of Uint8Arrays, a download's body), inflated as
 * they arrive if they are gzipped, else as they are: a download and its inflation overlap. */
export async function inflateStream(stream) {
  const reader = stream.getReader();
  const head = [];
  let length = 0;
  let done = false;
  while (length < 2 && !done) {
    const chunk = await reader.read();
    done = chunk.done;
    if (!done && chunk.value.length) {
      head.push(chunk.value);
      length += chunk.value.length;
    }
  }
  const first = head.length === 1 ? head[0] : new Uint8Array(await new Blob(head).arrayBuffer());
  const gzipped = first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;
  const rest = new ReadableStream({
    start(controller) {
      if (first.length) controller.enqueue(first);
      if (done) controller.close();
    },
    async pull(controller) {
      const chunk = await reader.read();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  const out = gzipped ? rest.pipeThrough(new DecompressionStream("gzip")) : rest;
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function isZeroPage(bytes, start, end) {
  for (let i = start; i < end; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Encode `heap` (Pyodide's snapshot bytes) and `files` ([path, Uint8Array] pairs, paths
 * relative to site-packages) with the build facts in `meta`. */
export function encodeSnapshot(heap, files, meta = {}) {
  const runs = [];
  for (let start = 0; start < heap.length; start += PAGE) {
    const end = Math.min(start + PAGE, heap.length);
    if (isZeroPage(heap, start, end)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === start) last[1] += end - start;
    else runs.push([start, end - start]);
  }
  const payloadBytes =
    runs.reduce((n, [, length]) => n + length, 0) + files.reduce((n, [, data]) => n + data.length, 0);
  const payload = new Uint8Array(payloadBytes);
  let at = 0;
  for (const [offset, length] of runs) {
    payload.set(heap.subarray(offset, offset + length), at);
    at += length;
  }
  for (const [, data] of files) {
    payload.set(data, at);
    at += data.length;
  }
  const header = new TextEncoder().encode(
    JSON.stringify({
      ...meta,
      heapBytes: heap.length,
      runs,
      files: files.map(([path, data]) => [path, data.length]),
      payloadBytes,
      checksum: checksum(payload),
    }),
  );
  const magic = new TextEncoder().encode(MAGIC);
  const out = new Uint8Array(magic.length + 4 + header.length + payload.length);
  out.set(magic, 0);
  new DataView(out.buffer).setUint32(magic.length, header.length, true);
  out.set(header, magic.length + 4);
  out.set(payload, magic.length + 4 + header.length);
  return out;
}

/** Check and unpack a snapshot file: { header, heap (Pyodide's snapshot bytes), files:
 * [[path, Uint8Array], ...] }. Throws on anything but an intact file of this format.
 * `heap`, if given, is a zero-filled Uint8Array of the heap's size to unpack the heap into. */
export function decodeSnapshot(bytes, heap = null) {
  const magic = new TextEncoder().encode(MAGIC);
  if (bytes.length < magic.length + 4 || !magic.every((b, i) => bytes[i] === b)) {
    throw new Error("not an interp snapshot");
  }
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset).getUint32(magic.length, true);
  const start = magic.length + 4 + headerBytes;
  if (start > bytes.length) throw new Error("snapshot header is truncated");
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(magic.length + 4, start)));
  const payload = bytes.subarray(start);
  if (payload.length !== header.payloadBytes) {
    throw new Error(`snapshot payload has ${payload.length} bytes, expected ${header.payloadBytes}`);
  }
  if (checksum(payload) !== header.checksum) throw new Error("snapshot checksum mismatch");
  if (heap && heap.length !== header.heapBytes) {
    throw new Error(`the snapshot's heap has ${header.heapBytes} bytes, not ${heap.length} as announced`);
  }
  heap ??= new Uint8Array(header.heapBytes);
  let at = 0;
  for (const [offset, length] of header.runs) {
    heap.set(payload.subarray(at, at + length), offset);
    at += length;
  }
  const files = [];
  for (const [path, length] of header.files) {
    files.push([path, payload.subarray(at, at + length)]);
    at += length;
  }
  return { header, heap, files };
}

/** The serializer and deserializer of the JavaScript objects that Python holds when the
 * snapshot is taken: Pyodide handles the globals and its own API, and interp's meter holds
 * the Emscripten module (`pyodide_js._module._sbrk`, its view of the heap's size). They are
 * stored by name and looked up again in the new module; anything else fails the build.
 * `getModule` returns the Emscripten module of the runtime being made or restored. */
export function moduleReferences(getModule) {
  return {
    serializer(value) {
      const module = getModule();
      if (value === module) return { module: "" };
      for (const key of Object.keys(module)) {
        if (module[key] === value) return { module: key };
      }
      throw new Error(`the snapshot cannot hold this JavaScript object: ${String(value).slice(0, 80)}`);
    },
    deserializer(stored) {
      const module = getModule();
      if (stored?.module === "") return module;
      if (typeof stored?.module === "string" && stored.module in module) return module[stored.module];
      throw new Error(`unknown object in the snapshot: ${JSON.stringify(stored)}`);
    },
  };
}
