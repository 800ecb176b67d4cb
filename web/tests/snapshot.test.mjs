// The start-up snapshot (web/make_snapshot.mjs, web/site/interp-snapshot.js) under Node: the
// worker boots from it, and boots normally when it is damaged or of another Pyodide build.
//
//   node --test web/tests/        (`make jstest` builds first; INTERP_DIST: another build)

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = process.env.INTERP_DIST
  ? pathToFileURL(process.env.INTERP_DIST.replace(/\/?$/, "/"))
  : new URL("../dist/", import.meta.url);
const distDir = fileURLToPath(dist);
const interp = await import(new URL("interp.js", dist).href);
const { checksum, decodeSnapshot, encodeSnapshot, inflate, inflateStream } = await import(
  new URL("interp-snapshot.js", dist).href
);
const info = JSON.parse(readFileSync(join(distDir, "build-info.json"), "utf8"));
const snapshotFile = join(distDir, info.snapshot.file);

globalThis.fetch = async (url) => {
  throw new Error(`network access attempted: ${url}`);
};

const temporary = [];
after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the build (links to its files) whose snapshot file holds `bytes`, and whose
 * build-info.json has the snapshot facts of `snapshotInfo` in place of its own. */
function siteWithSnapshot(bytes, snapshotInfo = {}) {
  const dir = mkdtempSync(join(tmpdir(), "interp-snapshot-test-"));
  temporary.push(dir);
  for (const name of readdirSync(distDir)) {
    if (name !== "snapshot" && name !== "build-info.json") symlinkSync(join(distDir, name), join(dir, name));
  }
  const changed = { ...info, snapshot: { ...info.snapshot, ...snapshotInfo } };
  writeFileSync(join(dir, "build-info.json"), JSON.stringify(changed));
  mkdirSync(join(dir, "snapshot"));
  writeFileSync(join(dir, info.snapshot.file), bytes);
  symlinkSync(join(distDir, info.snapshot.stdlib.file), join(dir, info.snapshot.stdlib.file));
  return pathToFileURL(dir + "/").href;
}

async function helloFrom(baseUrl) {
  const rt = await interp.load({ baseUrl });
  try {
    const sb = rt.sandbox({});
    const r = await sb.run("import json\nprint(json.dumps({'sum': sum(range(5))}))");
    return { info: rt.info, stdout: r.stdout, error: r.error };
  } finally {
    rt.close();
  }
}

const shipped = new Uint8Array(readFileSync(snapshotFile)); // gzipped
const inflated = await inflate(shipped);

describe("the snapshot file", () => {
  const bytes = inflated;

  test("is shipped gzipped", () => {
    assert.deepEqual([...shipped.subarray(0, 2)], [0x1f, 0x8b]);
    assert.ok(shipped.length < bytes.length / 2);
  });

  test("decodes to Pyodide's snapshot and the site-packages files", () => {
    const { header, heap, files } = decodeSnapshot(bytes);
    assert.equal(header.pyodide, info.pyodide.version);
    assert.equal(heap.length, header.heapBytes);
    assert.ok(files.some(([path]) => path.startsWith("interp/stdlib/lib/")), "the sandbox-side sources");
    assert.equal(checksum(bytes), checksum(bytes.slice()));
  });

  test("encoding is the inverse of decoding", () => {
    const heap = new Uint8Array(3 * 4096 + 100);
    heap[5] = 1;
    heap[2 * 4096 + 7] = 2;
    heap[3 * 4096 + 99] = 3;
    const files = [["a/b.py", new TextEncoder().encode("x = 1\n")]];
    const decoded = decodeSnapshot(encodeSnapshot(heap, files, { pyodide: "test" }));
    assert.deepEqual(decoded.heap, heap);
    assert.deepEqual(decoded.files, files);
    assert.equal(decoded.header.pyodide, "test");
  });

  test("build-info.json gives the size of its heap", () => {
    assert.equal(info.snapshot.heapBytes, decodeSnapshot(bytes).header.heapBytes);
  });

  test("decodes into a heap given beforehand, of the announced size only", () => {
    const { heap } = decodeSnapshot(bytes);
    const into = new Uint8Array(heap.length);
    assert.equal(decodeSnapshot(bytes, into).heap, into);
    assert.deepEqual(into, heap);
    assert.throws(() => decodeSnapshot(bytes, new Uint8Array(heap.length - 4096)), /announced/);
  });

  test("damage is refused before Pyodide sees it", () => {
    const flipped = bytes.slice();
    flipped[flipped.length >> 1] ^= 0x40;
    assert.throws(() => decodeSnapshot(flipped), /checksum/);
    assert.throws(() => decodeSnapshot(bytes.subarray(0, bytes.length - 1)), /payload has/);
    assert.throws(() => decodeSnapshot(new TextEncoder().encode("<!doctype html>")), /not an interp snapshot/);
  });
});

describe("inflating while downloading", () => {
  /** A stream of `bytes` in chunks of the sizes `sizes` (the last one repeated). */
  function chunked(bytes, sizes) {
    let at = 0;
    let i = 0;
    return new ReadableStream({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        const size = sizes[Math.min(i++, sizes.length - 1)];
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    });
  }

  test("a gzipped stream is inflated, whatever its chunks", async () => {
    const small = shipped.subarray(0, 1 << 20);
    const expected = await inflate(shipped);
    assert.deepEqual(await inflateStream(chunked(shipped, [1, 1, 65536])), expected);
    assert.deepEqual(await inflateStream(chunked(shipped, [1 << 22])), expected);
    // A truncated download is an error, not a shorter file.
    await assert.rejects(inflateStream(chunked(small, [65536])));
  });

  test("a stream that is not gzipped (a host inflated it) is kept as it is", async () => {
    const head = inflated.subarray(0, 100_000);
    assert.deepEqual(await inflateStream(chunked(head, [1, 7, 4096])), head);
    assert.deepEqual(await inflateStream(chunked(new Uint8Array([0x1f]), [1])), new Uint8Array([0x1f]));
    assert.deepEqual(await inflateStream(chunked(new Uint8Array(0), [1])), new Uint8Array(0));
  });

  test("damage in a gzipped stream is an error", async () => {
    const damaged = shipped.slice();
    damaged[damaged.length >> 1] ^= 0x40;
    await assert.rejects(inflateStream(chunked(damaged, [65536])));
  });
});

describe("booting", () => {
  test("from the snapshot", async () => {
    const r = await helloFrom(dist.href);
    assert.equal(r.info.boot, "snapshot");
    assert.equal(r.stdout, '{"sum": 10}\n');
  });

  test("without the snapshot when its file is damaged", async () => {
    const damaged = shipped.slice();
    damaged[damaged.length >> 1] ^= 0x40;
    const r = await helloFrom(siteWithSnapshot(damaged));
    assert.equal(r.info.boot, "normal");
    assert.ok(r.info.snapshotError, "the reason is reported");
    assert.equal(r.stdout, '{"sum": 10}\n');
  });

  test("without the snapshot when build-info.json announces another heap size", async () => {
    const r = await helloFrom(siteWithSnapshot(shipped, { heapBytes: info.snapshot.heapBytes + 65536 }));
    assert.equal(r.info.boot, "normal");
    assert.match(r.info.snapshotError, /announced/);
    assert.equal(r.stdout, '{"sum": 10}\n');
  });

  test("from the snapshot when build-info.json does not give the heap size (older builds)", async () => {
    const r = await helloFrom(siteWithSnapshot(shipped, { heapBytes: undefined }));
    assert.equal(r.info.boot, "snapshot", r.info.snapshotError);
    assert.equal(r.stdout, '{"sum": 10}\n');
  });

  test("from a snapshot that a host sent inflated (Content-Encoding: gzip)", async () => {
    const r = await helloFrom(siteWithSnapshot(inflated));
    assert.equal(r.info.boot, "snapshot");
    assert.equal(r.stdout, '{"sum": 10}\n');
  });

  test("without the snapshot when Pyodide refuses it (another build of Pyodide)", async () => {
    const { header, heap, files } = decodeSnapshot(inflated);
    // Pyodide's header: magic, sizes, then the build id of the Pyodide that made it.
    heap.fill(0x41, 16, 48);
    const { heapBytes, runs, files: _, payloadBytes, checksum: __, ...meta } = header;
    const r = await helloFrom(siteWithSnapshot(encodeSnapshot(heap, files, meta)));
    assert.equal(r.info.boot, "normal");
    assert.match(r.info.snapshotError, /build id/i);
    assert.equal(r.stdout, '{"sum": 10}\n');
  });
});
