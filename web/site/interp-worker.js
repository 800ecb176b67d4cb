// interp-worker.js: the worker that runs Pyodide and the interp sandboxes for interp.js.
//
// A Web Worker in browsers (module worker), a node:worker_threads Worker under Node; the
// page side (interp.js) starts it and talks to it with the messages below. It loads
// Pyodide from the folder named in build-info.json (or build-info.js), restores the build's
// start-up snapshot (interp-snapshot.js; falling back to a normal boot if that fails: unpack
// the lark and interp wheels of the build into site-packages, no network, no micropip
// needed), imports interp.host.pyodide and serves:
//
//   page -> worker                           worker -> page
//   init { baseUrl, useSnapshot,             progress { phase, message } / ready { info } /
//          usePycache }                      loadError { message }
//   create { sid, capabilities, modules,     (errors surface when the sandbox runs)
//            limits, hasInput, ... }
//   run { sid, rid, code, filename }         output { sid, chunks: [[stream, text], ...] }
//                                            call { sid, cid, cap, args } / input { sid, cid,
//                                            prompt } / cancel { cid }
//                                            result { sid, rid, result } / runError { ... }
//   answer { cid, ok, value | error }
//   stop { sid }                             stopAck { sid }
//   check { qid, code, filename }            checkResult { qid, result } / checkError
//   dispose { sid }
//   ping { qid }                             pong { qid }
//   testBlock { ms }  (tests: keep the worker busy, as a program that never yields would)
//                                            fatal { sid, message } (Pyodide cannot go on)
//
// Capabilities stay on the page: in the worker each one is a forwarder function that posts
// a `call` and returns a Promise settled by the page's `answer`. Output is batched: flushed
// at most every FLUSH_MS while the program computes (the worker's event loop gets a turn at
// each 50 ms time slice), before each host call and at the end of the run.

// The two modules this one needs, requested at once and in parallel (static imports would be
// too, but a failed one would stop the worker): the snapshot's format, and the build's facts
// (build-info.json as a module, which web/build.py writes next to this file; init() uses
// them when the site's folder is this file's, else, or when it is missing, it reads
// build-info.json).
const snapshotFormat = import("./interp-snapshot.js");
const siteBuildInfo = import("./build-info.js").then(
  (module) => module.default,
  () => null,
);
snapshotFormat.catch(() => {}); // awaited below

const FLUSH_MS = 30;
const FLUSH_BYTES = 64 * 1024;
const YIELD_MS = 40;
// The downloaded snapshot is kept (keepSnapshot) once the first program has run, or this
// long after `ready` if none runs sooner: the first program's time is not disturbed, and a
// visitor who soon goes on to another page of the site finds it kept.
const KEEP_SNAPSHOT_MS = 1000;
const ASYNC = Symbol.for("interp.async");

const isNode =
  typeof process === "object" && !!process.versions?.node && typeof WorkerGlobalScope === "undefined";

// Moments of the start-up (ms since the epoch, comparable with the page's
// performance.timeOrigin + performance.now()): rt.info.timings.marks.
const marks = {};
const mark = (name) => {
  marks[name] ??= performance.timeOrigin + performance.now();
};
mark("workerStart");

let post;
const queued = [];
let handle = (msg) => queued.push(msg);
if (isNode) {
  const { parentPort } = await import("node:worker_threads");
  post = (msg) => parentPort.postMessage(msg);
  parentPort.on("message", (msg) => handle(msg));
} else {
  post = (msg) => self.postMessage(msg);
  self.onmessage = (event) => handle(event.data);
}

const { decodeSnapshot, inflate, inflateStream, moduleReferences } = await snapshotFormat;

// -- files -----------------------------------------------------------------------------------

async function readBytes(url) {
  if (isNode && url.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    const data = await readFile(url);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function readJson(url) {
  return JSON.parse(new TextDecoder().decode(await readBytes(url)));
}

/** A file's URL as Pyodide takes it: a path under Node, else the URL. */
async function fileOrUrl(url) {
  if (isNode && url.protocol === "file:") {
    const { fileURLToPath } = await import("node:url");
    return fileURLToPath(url);
  }
  return url.href;
}

async function pathOrUrl(url) {
  if (isNode && url.protocol === "file:") {
    const { fileURLToPath } = await import("node:url");
    return fileURLToPath(url).replace(/\/?$/, "/");
  }
  return url.href;
}

// -- state ---------------------------------------------------------------------------------------

let pyodide = null;
let glue = null;
let activeSid = null; // the sandbox whose code runs now (set by the glue's activity hook)
let crashed = false;
const sandboxes = new Map(); // sid -> { py, error, running, disposed, out: { chunks, size, timer } }
const pending = new Map(); // cid -> { resolve, reject, sid }
const pendingIds = new WeakMap(); // Promise -> cid
let nextCid = 1;

function describe(error) {
  if (error && typeof error === "object") {
    let message = String(error.message ?? error);
    if (error.constructor?.name === "PythonError" || error.type) {
      // A Python exception: its last line ("RuntimeError: ...") without the host traceback.
      const lines = message.trim().split("\n");
      message = lines[lines.length - 1].replace(/^[A-Za-z_.]+: /, "");
    }
    return { name: String(error.type ?? error.name ?? "Error"), message };
  }
  return { name: "Error", message: String(error) };
}

function isFatal(error) {
  return !!(error && (error.pyodide_fatal_error || pyodide?._api?.fatal_error_occurred));
}

// -- output ----------------------------------------------------------------------------------------

function write(sid, stream, text) {
  const s = sandboxes.get(sid);
  if (!s) return;
  const out = s.out;
  const last = out.chunks[out.chunks.length - 1];
  if (last && last[0] === stream) last[1] += text;
  else out.chunks.push([stream, text]);
  out.size += text.length;
  if (out.size >= FLUSH_BYTES) flush(sid);
  else if (out.timer === null) out.timer = setTimeout(() => flush(sid), FLUSH_MS);
}

function flush(sid) {
  const s = sandboxes.get(sid);
  if (!s) return;
  const out = s.out;
  if (out.timer !== null) {
    clearTimeout(out.timer);
    out.timer = null;
  }
  if (out.chunks.length) {
    post({ type: "output", sid, chunks: out.chunks });
    out.chunks = [];
    out.size = 0;
  }
}

// -- host calls ------------------------------------------------------------------------------------

function request(sid, message) {
  flush(sid);
  const cid = nextCid++;
  const promise = new Promise((resolve, reject) => pending.set(cid, { resolve, reject, sid }));
  pendingIds.set(promise, cid);
  post({ ...message, sid, cid });
  return promise;
}

function forwarder(sid, cap, isAsync) {
  const fn = (...args) => request(sid, { type: "call", cap, args });
  if (isAsync) fn[ASYNC] = true;
  return fn;
}

function cancel(promise) {
  const cid = pendingIds.get(promise);
  if (cid !== undefined && pending.delete(cid)) post({ type: "cancel", cid });
}

function dropPending(sid) {
  for (const [cid, call] of pending) {
    if (call.sid === sid) {
      pending.delete(cid);
      post({ type: "cancel", cid });
    }
  }
}

function grants(sid, specs) {
  const out = {};
  for (const [name, spec] of Object.entries(specs ?? {})) {
    out[name] = "fn" in spec ? forwarder(sid, spec.fn, spec.async) : spec.value;
  }
  return out;
}

// -- messages ---------------------------------------------------------------------------------------

async function init({ baseUrl, usePycache = true, useSnapshot = true }) {
  const t0 = performance.now();
  mark("init");
  const base = new URL(baseUrl);
  post({ type: "progress", phase: "runtime", message: "loading the Python runtime" });
  const here = new URL(".", import.meta.url).href;
  const info =
    (base.href === here && (await siteBuildInfo)) || (await readJson(new URL("build-info.json", base)));
  mark("buildInfo");
  const indexURL = new URL(info.pyodide.indexURL, base);
  // The snapshot's reads start first (its download, on a first visit, is the longest: it
  // must not wait for the worker's thread, which compiles Pyodide's scripts once they are
  // in), then Pyodide's loader.
  let snapshot = null;
  let snapshotError = null;
  if (info.snapshot && useSnapshot) {
    try {
      snapshot = await startSnapshot(info, base, indexURL);
    } catch (error) {
      snapshotError = describe(error).message;
    }
  }
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  mark("pyodideMjs");
  const options = { indexURL: await pathOrUrl(indexURL), packages: [], stdout: () => {}, stderr: () => {} };
  let boot = "normal";
  let tRuntime;
  if (snapshot) {
    try {
      tRuntime = await bootFromSnapshot(snapshot, info, base, loadPyodide, options);
      boot = "snapshot";
      if (snapshotToKeep) keepTimer = setTimeout(keepSnapshot, KEEP_SNAPSHOT_MS);
    } catch (error) {
      // Whatever went wrong (a damaged or missing file, another Pyodide build), the normal
      // boot below still works: the snapshot only saves time.
      snapshotError = describe(error).message;
      snapshotToKeep = null;
      // A kept copy that failed is not used again.
      openSnapshotCache().then((cache) => cache?.delete(new URL(info.snapshot.file, base).href));
      pyodide = null;
      glue = null;
      post({ type: "progress", phase: "runtime", message: "loading the Python runtime (without the snapshot)" });
    }
  }
  if (boot === "normal") {
    tRuntime = await bootNormally(info, base, loadPyodide, options, usePycache);
  }
  glue.set_activity_hook((sid) => {
    activeSid = sid ?? null;
  });
  // Browsers: see yield_to_host_every (Node schedules with setImmediate, which is fair).
  if (!isNode) glue.yield_to_host_every(YIELD_MS);
  mark("glue");
  glue.warm_up();
  mark("warmUp");
  const tEnd = performance.now();
  post({
    type: "ready",
    info: {
      pyodide: info.pyodide.version,
      python: info.pyodide.python,
      interp: info.wheels.interp.version,
      boot,
      snapshotError,
      timings: { runtimeMs: tRuntime - t0, interpreterMs: tEnd - tRuntime, totalMs: tEnd - t0, marks },
    },
  });
}

// The Cache Storage that keeps the inflated snapshot between visits (where the page may use
// it: secure contexts, not Node). Static hosts give no say over HTTP caching, and the HTTP
// cache would keep the gzipped file, to be inflated again at every visit.
const SNAPSHOT_CACHE = "interp-snapshot";
let snapshotToKeep = null; // { url, bytes } until it is in the cache
let keepTimer = null;

async function openSnapshotCache() {
  try {
    return typeof caches === "object" && caches ? await caches.open(SNAPSHOT_CACHE) : null;
  } catch {
    return null; // storage disabled or full: the snapshot is downloaded each time
  }
}

/** The Cache Storage (or null) and its copy of the snapshot file at `url` (or null). */
async function lookUpKeptSnapshot(url) {
  const cache = await openSnapshotCache();
  mark("cacheOpen");
  const kept = await cache?.match(url.href).catch(() => null);
  mark("cacheMatch");
  return { cache, kept: kept ?? null };
}

/** The snapshot file at `url`, inflated (while it downloads, in browsers). */
async function downloadSnapshot(url) {
  if (isNode && url.protocol === "file:") return inflate(await readBytes(url));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return inflateStream(response.body);
}

/** `decode(bytes)` of the inflated snapshot file at `url`: the `kept` copy of the Cache
 * Storage `cache` if any, else the file from `download` (downloadSnapshot; kept then, see
 * keepSnapshot). Its name holds its hash: never stale. A kept copy that `decode` refuses
 * (damaged on disk) is dropped, and the file downloaded again; one downloaded that it
 * refuses fails the boot from the snapshot. */
async function readSnapshot(url, { cache, kept, download }, decode) {
  if (kept) {
    try {
      const bytes = new Uint8Array(await kept.arrayBuffer());
      mark("snapshotRead");
      return decode(bytes);
    } catch {
      await cache.delete(url.href).catch(() => {});
      mark("cachedSnapshotRefused");
    }
  }
  const bytes = await (download ?? downloadSnapshot(url));
  marks.snapshotRead = undefined;
  mark("snapshotRead");
  const decoded = decode(bytes);
  if (cache) snapshotToKeep = { url: url.href, bytes };
  return decoded;
}

/** Put the snapshot downloaded by this boot in the Cache Storage, in place of older ones:
 * once the page is up, since it writes tens of megabytes. A damaged file is never kept
 * (decodeSnapshot refused it, and readSnapshot did not offer it). */
async function keepSnapshot() {
  const keep = snapshotToKeep;
  snapshotToKeep = null;
  clearTimeout(keepTimer);
  const cache = keep && (await openSnapshotCache());
  if (!cache) return;
  try {
    for (const request of await cache.keys()) {
      if (request.url !== keep.url) await cache.delete(request);
    }
    await cache.put(keep.url, new Response(keep.bytes, { headers: { "Content-Type": "application/octet-stream" } }));
  } catch {
    // Quota or a private mode: the next visit downloads it again.
  }
}

// The normal boot: Pyodide starts CPython, the wheels are unpacked into site-packages and
// interp is imported. Returns when the runtime is up (interp imported, not warmed up).
async function bootNormally(info, base, loadPyodide, options, usePycache) {
  const wheels = ["lark", "interp"].map((name) => {
    if (!info.wheels?.[name]) throw new Error(`build-info.json names no ${name} wheel`);
    return readBytes(new URL(info.wheels[name].file, base));
  });
  // Byte-compiled modules of the wheels for this Pyodide (see web/compile_pyc.mjs).
  const pycache = info.pycache && usePycache ? readBytes(new URL(info.pycache.file, base)) : null;
  for (const p of [...wheels, pycache]) p?.catch(() => {}); // awaited below
  pyodide = await loadPyodide(options);
  const tRuntime = performance.now();
  post({ type: "progress", phase: "packages", message: "installing the interpreter" });
  // Into site-packages (unpackArchive's default is the working directory).
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const bytes of await Promise.all(wheels)) pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
  if (pycache) pyodide.unpackArchive(await pycache, "zip", { extractDir: sitePackages });
  post({ type: "progress", phase: "interpreter", message: "starting the interpreter" });
  glue = pyodide.pyimport("interp.host.pyodide");
  return tRuntime;
}

// The boot from the build's snapshot (web/make_snapshot.mjs): Pyodide restores a heap in
// which CPython is up and interp imported, the files of site-packages are written back, and
// only interp.host.pyodide is left to import. Throws when the snapshot cannot be used;
// returns when the runtime is up, as bootNormally does.
async function startSnapshot(info, base, indexURL) {
  const url = new URL(info.snapshot.file, base);
  const { cache, kept } = await lookUpKeptSnapshot(url);
  const download = kept ? null : downloadSnapshot(url);
  download?.catch(() => {}); // awaited by readSnapshot
  const asm = import(new URL("pyodide.asm.mjs", indexURL).href);
  asm.then(() => mark("asmMjs"));
  const wasmUrl = new URL("pyodide.asm.wasm", indexURL);
  const wasm = compileWasm(wasmUrl);
  // The heap that Pyodide restores. Its size is in build-info.json, so Pyodide can make the
  // WebAssembly instance (and its memory, of that size) while the snapshot is still being
  // read: the heap is filled in before Pyodide copies it into that memory (see below).
  const { heapBytes } = info.snapshot;
  const heap = Number.isSafeInteger(heapBytes) && heapBytes > 0 ? new Uint8Array(heapBytes) : null;
  // The heap knows the table of contents of the standard library zip it was made with:
  // Pyodide must install that one (web/make_snapshot.mjs).
  const stdlib = info.snapshot.stdlib;
  // Pyodide would request that zip only once loadPyodide() runs (after pyodide.mjs is in):
  // requested now, and handed to it (see earlyFetches).
  const stdlibUrl = stdlib ? new URL(stdlib.file, base) : null;
  const stdlibResponse = stdlibUrl && !isNode ? fetch(stdlibUrl) : null;
  stdlibResponse?.catch(() => {}); // Pyodide's to await
  let written = false; // whether `heap` holds a refused snapshot's pages
  const snapshot = readSnapshot(url, { cache, kept, download }, (bytes) => {
    if (written) heap.fill(0);
    written = !!heap;
    const decoded = decodeSnapshot(bytes, heap);
    mark("snapshotDecoded");
    const { header } = decoded;
    if (header.pyodide !== info.pyodide.version) {
      throw new Error(`the snapshot is of Pyodide ${header.pyodide}, not ${info.pyodide.version}`);
    }
    if ((header.stdlib ?? null) !== (stdlib?.sha256 ?? null)) {
      throw new Error("the snapshot was made with another standard library zip");
    }
    return decoded;
  });
  // Awaited by bootFromSnapshot: when it fails, neither may surface as an unhandled
  // rejection (which Node's worker reports as fatal).
  asm.catch(() => {});
  snapshot.catch(() => {});
  wasm.catch(() => {});
  return { asm, wasm, wasmUrl, heap, snapshot, stdlib, stdlibUrl, stdlibResponse };
}

/** Pyodide's WebAssembly module, compiled from now on (Pyodide itself compiles it only once
 * it has the snapshot's heap); null where it cannot be (Pyodide then compiles it). */
function compileWasm(url) {
  let compiled;
  if (isNode && url.protocol === "file:") {
    compiled = readBytes(url).then((bytes) => WebAssembly.compile(bytes));
  } else if (typeof WebAssembly.compileStreaming === "function") {
    compiled = WebAssembly.compileStreaming(fetch(url));
  } else {
    return Promise.resolve(null);
  }
  return compiled.then((module) => {
    mark("wasmCompiled");
    return module;
  });
}

/** Until the returned function is called, Pyodide's fetch() of its WebAssembly module
 * (`wasmUrl`, which compileWasm() fetched already) gets a response whose body is downloaded
 * only if something reads it: withCompiledWasm() answers Pyodide from the compiled module
 * without reading it, and a second request is saved. Its fetch() of `stdlibUrl` gets
 * `stdlibResponse`, the request made earlier. */
function earlyFetches(wasmUrl, stdlibUrl, stdlibResponse) {
  const real = globalThis.fetch;
  let stdlibTaken = !stdlibResponse;
  globalThis.fetch = function (resource, init) {
    const href = resource instanceof Request ? resource.url : String(resource);
    if (!stdlibTaken && href === stdlibUrl?.href) {
      stdlibTaken = true;
      return stdlibResponse;
    }
    if (href !== wasmUrl.href) return real.apply(this, arguments);
    const url = wasmUrl;
    let reader = null;
    const body = new ReadableStream(
      {
        async pull(controller) {
          if (!reader) {
            const response = await real.call(globalThis, url, init);
            if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
            reader = response.body.getReader();
          }
          const chunk = await reader.read();
          if (chunk.done) controller.close();
          else controller.enqueue(chunk.value);
        },
        cancel: (reason) => reader?.cancel(reason),
      },
      { highWaterMark: 0 },
    );
    return Promise.resolve(new Response(body, { headers: { "Content-Type": "application/wasm" } }));
  };
  return () => {
    if (globalThis.fetch !== real) globalThis.fetch = real;
  };
}

/** Emscripten's `instantiateWasm` hook `instantiate` made to use `wasm` (a promise of the
 * compiled module, or of null): while it runs, Pyodide's call of
 * WebAssembly.instantiateStreaming (or .instantiate, under Node) with the very `imports`
 * Emscripten gave is answered from that module. Anything else, or a compilation that
 * failed, goes to the real functions, as before. */
function withCompiledWasm(instantiate, wasm) {
  return (imports, done) => {
    const real = { instantiateStreaming: WebAssembly.instantiateStreaming, instantiate: WebAssembly.instantiate };
    const restore = () => Object.assign(WebAssembly, real);
    const answer = (name) =>
      async function (source, importObject) {
        if (importObject !== imports) return real[name].apply(WebAssembly, arguments);
        restore();
        const module = await wasm.catch(() => null);
        if (!module) return real[name].apply(WebAssembly, arguments);
        // Pyodide's own download of the module is not needed.
        Promise.resolve(source)
          .then((response) => response?.body?.cancel?.())
          .catch(() => {});
        return { module, instance: await real.instantiate.call(WebAssembly, module, importObject) };
      };
    WebAssembly.instantiateStreaming = answer("instantiateStreaming");
    WebAssembly.instantiate = answer("instantiate");
    try {
      return instantiate(imports, (...args) => {
        restore();
        mark("wasmInstantiated");
        return done(...args);
      });
    } catch (error) {
      restore();
      throw error;
    }
  };
}

// The boot from the build's snapshot (web/make_snapshot.mjs), whose reads startSnapshot()
// began: Pyodide restores a heap in which CPython is up and interp imported, the files of
// site-packages are written back, and only interp.host.pyodide is left to import. Throws
// when the snapshot cannot be used; returns when the runtime is up, as bootNormally does.
async function bootFromSnapshot(early, info, base, loadPyodide, options) {
  const { asm, wasm, wasmUrl, heap, snapshot, stdlib, stdlibUrl, stdlibResponse } = early;
  const { default: createModule } = await asm;
  let module = null;
  const references = moduleReferences(() => module);
  const unpatchFetch = isNode ? () => {} : earlyFetches(wasmUrl, stdlibUrl, stdlibResponse);
  pyodide = await loadPyodide({
    ...options,
    ...(stdlib ? { stdLibURL: await fileOrUrl(stdlibUrl) } : {}),
    // Pyodide awaits this before it makes the WebAssembly instance (whose memory has its
    // size): with the size known, the empty heap lets it go on while the snapshot is read.
    _loadSnapshot: heap ?? snapshot.then((decoded) => decoded.heap),
    _snapshotDeserializer: references.deserializer,
    createPyodideModule: async (settings) => {
      unpatchFetch(); // Pyodide has started its downloads
      mark("createModule");
      module = settings;
      if (settings.instantiateWasm) settings.instantiateWasm = withCompiledWasm(settings.instantiateWasm, wasm);
      settings.preRun = [() => mark("preRun"), ...(settings.preRun ?? []), () => mark("preRunEnd")];
      settings.onRuntimeInitialized = () => mark("runtimeInitialized");
      const created = await createModule(settings);
      mark("moduleCreated");
      // Pyodide restores the heap once this returns: it must be filled in by then (and a
      // snapshot that failed fails the boot here).
      await snapshot;
      const api = settings.API;
      for (const name of ["restoreSnapshot", "finalizeBootstrap"]) {
        const original = api?.[name];
        if (typeof original === "function") {
          api[name] = (...args) => {
            const result = original.apply(api, args);
            mark(`${name}Done`);
            return result;
          };
        }
      }
      return created;
    },
  });
  unpatchFetch();
  mark("loadPyodide");
  const tRuntime = performance.now();
  post({ type: "progress", phase: "packages", message: "installing the interpreter" });
  const { header, files } = await snapshot;
  const FS = pyodide.FS;
  for (const [path, data] of files) {
    const file = `${header.sitePackages}/${path}`;
    FS.mkdirTree(file.slice(0, file.lastIndexOf("/")));
    FS.writeFile(file, data);
  }
  mark("filesWritten");
  post({ type: "progress", phase: "interpreter", message: "starting the interpreter" });
  glue = pyodide.pyimport("interp.host.pyodide");
  return tRuntime;
}

function create(msg) {
  const { sid } = msg;
  const s = {
    py: null,
    error: null,
    running: 0,
    disposed: false,
    out: { chunks: [], size: 0, timer: null },
  };
  sandboxes.set(sid, s);
  const modules = {};
  for (const [name, spec] of Object.entries(msg.modules ?? {})) {
    modules[name] = typeof spec.source === "string" ? spec.source : grants(sid, spec.members);
  }
  const options = {
    capabilities: grants(sid, msg.capabilities),
    modules,
    limits: msg.limits ?? undefined,
    stdout: (text) => write(sid, "stdout", text),
    stderr: (text) => write(sid, "stderr", text),
    input: msg.hasInput ? (prompt) => request(sid, { type: "input", prompt }) : undefined,
    cancel,
    deterministic: !!msg.deterministic,
    seed: msg.seed ?? undefined,
    tag: sid,
  };
  try {
    s.py = glue.create_sandbox(options);
  } catch (error) {
    s.error = describe(error);
  }
}

async function run({ sid, rid, code, filename }) {
  const s = sandboxes.get(sid);
  if (!s || s.disposed) {
    post({ type: "runError", sid, rid, error: { name: "Error", message: "this sandbox was disposed" } });
    return;
  }
  if (s.error) {
    post({ type: "runError", sid, rid, error: s.error });
    return;
  }
  s.running += 1;
  let future = null;
  try {
    future = s.py.run(code, filename ?? "<main>");
    const result = await future;
    flush(sid);
    post({ type: "result", sid, rid, result });
    if (snapshotToKeep) keepSnapshot();
  } catch (error) {
    flush(sid);
    if (isFatal(error)) {
      onFatal(error);
      return;
    }
    post({ type: "runError", sid, rid, error: describe(error) });
  } finally {
    try {
      future?.destroy?.();
    } catch (error) {
      noteFatal(error);
    }
    s.running -= 1;
    if (!s.running) {
      dropPending(sid);
      if (s.disposed) destroy(sid);
    }
  }
}

function destroy(sid) {
  const s = sandboxes.get(sid);
  if (!s) return;
  flush(sid);
  sandboxes.delete(sid);
  // If freeing its data crashes Pyodide, no run is to blame (see noteFatal).
  const active = activeSid;
  activeSid = sid;
  try {
    // Its data is freed here, not whenever the garbage collector reaches it (maybe in
    // another sandbox's run): see Sandbox.close.
    s.py?.close();
  } catch (error) {
    noteFatal(error);
  }
  try {
    s.py?.destroy();
  } catch (error) {
    noteFatal(error);
  }
  activeSid = active;
}

const handlers = {
  init: async (msg) => {
    try {
      await init(msg);
    } catch (error) {
      post({ type: "loadError", message: describe(error).message });
    }
  },
  create,
  run,
  stop: ({ sid }) => {
    const s = sandboxes.get(sid);
    try {
      s?.py?.stop();
    } catch (error) {
      noteFatal(error);
    }
    post({ type: "stopAck", sid });
  },
  answer: ({ cid, ok, value, error }) => {
    const call = pending.get(cid);
    if (!call) return; // stopped or cancelled meanwhile: the answer is discarded
    pending.delete(cid);
    if (ok) call.resolve(value);
    else call.reject(Object.assign(new Error(error?.message ?? ""), { name: error?.name ?? "Error" }));
  },
  check: ({ qid, code, filename }) => {
    try {
      post({ type: "checkResult", qid, result: glue.check(code, filename ?? "<main>") });
    } catch (error) {
      post({ type: "checkError", qid, error: describe(error) });
    }
  },
  dispose: ({ sid }) => {
    const s = sandboxes.get(sid);
    if (!s) return;
    s.disposed = true;
    if (s.running) {
      try {
        s.py?.stop();
      } catch (error) {
        noteFatal(error);
      }
    } else {
      destroy(sid);
    }
  },
  ping: ({ qid }) => post({ type: "pong", qid }),
  testBlock: ({ ms }) => {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // busy: no message gets through meanwhile
    }
  },
};

handle = (msg) => {
  const handler = handlers[msg?.type];
  if (!handler || crashed) return;
  if (msg.type !== "init" && !glue) return; // the page sends nothing else before `ready`
  try {
    const done = handler(msg);
    if (done && typeof done.catch === "function") done.catch(reportFatal);
  } catch (error) {
    reportFatal(error);
  }
};

function reportFatal(error) {
  if (isFatal(error)) onFatal(error);
  else post({ type: "fatal", sid: null, message: describe(error).message });
}

// Pyodide cannot go on after a fatal error (a JavaScript stack overflow in deep recursion
// is one): tell the page, which replaces this worker. Such errors are usually thrown from
// the event loop's callbacks, not from a call of ours, hence the global handlers.
function onFatal(error) {
  if (crashed) return;
  crashed = true;
  // What the programs printed before the crash is in our buffers, not in Pyodide: send it
  // first, since the page drops every message of this worker once it has the `fatal`.
  for (const sid of sandboxes.keys()) {
    try {
      flush(sid);
    } catch {}
  }
  post({ type: "fatal", sid: activeSid, message: describe(error).message });
}

// A failure we otherwise ignore (destroying a sandbox, stopping it) may still be Pyodide
// dying: freeing a sandbox's globals frees its data, which recurses in C as deep as the
// data is nested. That must not pass unnoticed, or every later run meets a dead runtime.
function noteFatal(error) {
  if (isFatal(error)) onFatal(error);
}

function onUncaught(error) {
  if (isFatal(error) || error instanceof RangeError) {
    onFatal(error);
    return true;
  }
  return false;
}

if (isNode) {
  process.on("uncaughtException", (error) => {
    if (!onUncaught(error)) reportFatal(error);
  });
  process.on("unhandledRejection", (error) => {
    // Before the runtime is up, init() reports its own failure (loadError); a promise left
    // behind by a failed attempt (Pyodide's downloads for a refused snapshot) is not fatal.
    if (!onUncaught(error) && glue) reportFatal(error);
  });
} else {
  self.addEventListener("error", (event) => {
    if (onUncaught(event.error)) event.preventDefault();
  });
  self.addEventListener("unhandledrejection", (event) => {
    if (onUncaught(event.reason)) event.preventDefault();
  });
}

for (const msg of queued.splice(0)) handle(msg);
