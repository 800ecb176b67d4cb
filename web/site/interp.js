// interp.js: the JavaScript API of interp, a sandboxed Python interpreter.
//
//   import * as interp from "./interp.js";
//   const rt = await interp.load({ baseUrl, onProgress });    // one Pyodide, in a worker
//   const sb = rt.sandbox({ capabilities: { getUser: async (id) => ({ id }) },
//                           limits: { timeoutMs: 5000 }, onStdout, onStderr, onInput });
//   const result = await sb.run("print(await getUser(1))");
//   sb.stop(); await sb.check(code); sb.dispose();
//
// See docs/js-api.md. Pyodide and the sandboxes live in a worker (a Web Worker in browsers,
// a node:worker_threads Worker under Node), so a long computation never blocks the page;
// the capabilities stay here, on the page: the worker forwards each call by message.

const ASYNC = Symbol.for("interp.async");
const STOP_ACK_MS = 2000;
const MAX_NESTING = 200;

const isNode = typeof process === "object" && !!process.versions?.node && typeof window === "undefined";

/** Mark `fn` (which returns a Promise) as an async capability: an awaitable in Python. */
export function asyncCapability(fn) {
  if (typeof fn !== "function") throw new TypeError("asyncCapability() takes a function");
  fn[ASYNC] = true;
  return fn;
}

function isAsyncFunction(fn) {
  return fn[ASYNC] === true || fn.constructor?.name === "AsyncFunction";
}

// -- values ------------------------------------------------------------------------------------

const tagOf = (v) => Object.prototype.toString.call(v).slice(8, -1);

function isPlainObject(v) {
  const proto = Object.getPrototypeOf(v);
  if (proto === null || proto === Object.prototype) return true;
  return (
    Object.getPrototypeOf(proto) === null &&
    tagOf(v) === "Object" &&
    typeof proto.constructor === "function" &&
    proto.constructor.name === "Object"
  );
}

function typeName(v) {
  if (v === null) return "null";
  if (typeof v !== "object") return typeof v;
  const c = Object.getPrototypeOf(v)?.constructor;
  return typeof c === "function" && c.name ? c.name : tagOf(v);
}

/**
 * Copy a JavaScript value for the sandbox, by value: null/undefined, booleans, numbers,
 * BigInts, strings, Uint8Array (or ArrayBuffer), arrays, plain objects, Maps and Sets.
 * Anything else (a function, a class instance, a Date, a recursive structure) is refused
 * with a TypeError, as the Python side does.
 */
function toWire(value, what, active = new Set(), depth = 0) {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === "boolean" || t === "number" || t === "string" || t === "bigint") return value;
  if (t !== "object") throw new TypeError(`cannot pass ${what} of type '${t}' into the sandbox`);
  if (active.has(value)) throw new TypeError(`cannot pass ${what}: a recursive ${typeName(value)}`);
  if (depth > MAX_NESTING) throw new TypeError(`cannot pass ${what} nested more than ${MAX_NESTING} levels`);
  active.add(value);
  try {
    const next = (v) => toWire(v, what, active, depth + 1);
    if (Array.isArray(value)) return Array.from(value, next);
    const tag = tagOf(value);
    if (tag === "Uint8Array") return new Uint8Array(value); // a copy (a Node Buffer too)
    if (tag === "ArrayBuffer") return new Uint8Array(value.slice(0));
    if (tag === "Map") return new Map(Array.from(value, ([k, v]) => [next(k), next(v)]));
    if (tag === "Set") return new Set(Array.from(value, next));
    if (isPlainObject(value)) return Object.fromEntries(Object.keys(value).map((k) => [k, next(value[k])]));
    throw new TypeError(`cannot pass ${what} of type '${typeName(value)}' into the sandbox`);
  } finally {
    active.delete(value);
  }
}

function describeError(error) {
  try {
    if (error !== null && typeof error === "object" && typeof error.message === "string") {
      return { name: typeof error.name === "string" ? error.name : "Error", message: error.message };
    }
    return { name: "Error", message: String(error) };
  } catch {
    return { name: "Error", message: "a JavaScript error" };
  }
}

function abortError(message) {
  const error = new Error(message);
  error.name = "AbortError";
  return error;
}

function callback(fn, ...args) {
  if (typeof fn !== "function") return;
  try {
    fn(...args);
  } catch (error) {
    (globalThis.reportError ?? console.error)(error);
  }
}

// The JavaScript keys of interp.Limits (interp/runtime/limits.py); tests/test_limit_surfaces.py pins them.
const LIMITS = ["timeoutMs", "maxWallMs", "maxSteps", "maxMemory", "maxDepth", "maxOutput", "maxHostCalls"];
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

function stoppedResult(message, stdout = "", stderr = "") {
  return {
    ok: false,
    stdout,
    stderr: stderr + `interp: ${message} (limit: stopped)\n`,
    result: null,
    resultRepr: null,
    error: { type: "LimitExceeded", message, line: null, traceback: "", limit: "stopped" },
    stats: { steps: 0, wallTimeMs: 0, computeTimeMs: 0, hostCalls: 0, peakMemory: 0 },
  };
}

// -- the worker --------------------------------------------------------------------------------

async function spawnWorker(url) {
  if (!isNode && typeof Worker === "function") {
    let worker;
    if (typeof location === "object" && new URL(url).origin !== location.origin) {
      // A worker script must be same-origin: start a same-origin module that imports it
      // (the import may cross origins with CORS, as static hosts allow).
      const source = `import ${JSON.stringify(url)};`;
      const blob = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
      worker = new Worker(blob, { type: "module", name: "interp" });
    } else {
      worker = new Worker(url, { type: "module", name: "interp" });
    }
    return {
      post: (msg) => worker.postMessage(msg),
      listen(onMessage, onFailure) {
        worker.onmessage = (event) => onMessage(event.data);
        worker.onerror = (event) => {
          event.preventDefault?.();
          onFailure(new Error(event.message || "the interp worker failed"));
        };
      },
      terminate: () => worker.terminate(),
      ref() {},
      unref() {},
    };
  }
  if (!isNode) throw new Error("interp needs Web Workers (or Node's worker_threads)");
  const { Worker: NodeWorker } = await import("node:worker_threads");
  const worker = new NodeWorker(new URL(url));
  let terminated = false;
  return {
    post: (msg) => worker.postMessage(msg),
    listen(onMessage, onFailure) {
      worker.on("message", onMessage);
      worker.on("error", (error) => onFailure(error));
      worker.on("exit", (code) => {
        if (!terminated) onFailure(new Error(`the interp worker exited (code ${code})`));
      });
    },
    terminate() {
      terminated = true;
      return worker.terminate();
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}

// -- runtime -----------------------------------------------------------------------------------

const runtimes = new Map();

/**
 * Load the runtime (Pyodide and interp in a worker) once per `baseUrl`: later calls return
 * the same runtime. `baseUrl` is the folder of the built site (default: this module's folder).
 */
export function load(options = {}) {
  const base = new URL(options.baseUrl ?? ".", import.meta.url);
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  const key = base.href;
  let promise = runtimes.get(key);
  if (!promise) {
    const runtime = new Runtime(key, options);
    promise = runtime._boot().then(() => runtime);
    runtimes.set(key, promise);
    promise.catch(() => runtimes.delete(key));
  }
  return promise;
}

class Runtime {
  constructor(baseUrl, options) {
    this.baseUrl = baseUrl;
    this.workerUrl = options.workerUrl ?? new URL("interp-worker.js", baseUrl).href;
    this.onProgress = options.onProgress;
    // Measurements only: `false` makes the worker compile the sources (web/startup.mjs).
    this._usePycache = options.usePycache ?? true;
    // Measurements and tests only: `false` boots without the build's start-up snapshot.
    this._useSnapshot = options.useSnapshot ?? true;
    /** Called with the reason when the worker was replaced by a fresh one. */
    this.onRestart = options.onRestart;
    this.info = null;
    this.restarts = 0;
    this._closed = false;
    this._generation = 0;
    this._worker = null;
    this._ready = false;
    this._queue = [];
    this._sandboxes = new Map();
    this._runs = new Map(); // rid -> { sandbox, resolve, reject, stdout, stderr }
    this._calls = new Map(); // cid -> { controller, sandbox }
    this._checks = new Map(); // qid -> { resolve, reject }
    this._stopTimers = new Map(); // sid -> timer
    this._nextId = 1;
    this._booting = null;
  }

  // -- public ------------------------------------------------------------------------------------

  /** A new sandbox on this runtime (see docs/js-api.md for the options). */
  sandbox(options = {}) {
    if (this._closed) throw new Error("this interp runtime was closed");
    return new Sandbox(this, options);
  }

  /** Parse and compile `code` without running it. */
  check(code, options = {}) {
    return this._check(code, options.filename);
  }

  /** Terminate the worker; pending runs end as stopped, and the runtime cannot be used again. */
  close() {
    if (this._closed) return;
    this._closed = true;
    runtimes.delete(this.baseUrl);
    this._failPending("the interp runtime was closed");
    this._worker?.terminate();
    this._worker = null;
  }

  // -- worker life -------------------------------------------------------------------------------

  _boot() {
    const generation = ++this._generation;
    this._ready = false;
    const marks = { load: performance.timeOrigin + performance.now() };
    this._booting = (async () => {
      this._progress({ phase: "worker", message: "starting the worker" });
      const worker = await spawnWorker(this.workerUrl);
      marks.workerSpawned = performance.timeOrigin + performance.now();
      if (generation !== this._generation || this._closed) {
        worker.terminate();
        return;
      }
      this._worker = worker;
      await new Promise((resolve, reject) => {
        worker.listen(
          (msg) => {
            if (generation !== this._generation) return;
            if (msg.type === "ready") {
              marks.ready = performance.timeOrigin + performance.now();
              if (msg.info?.timings?.marks) msg.info.timings.marks = { ...marks, ...msg.info.timings.marks };
              this.info = msg.info;
              this._ready = true;
              for (const queued of this._queue.splice(0)) worker.post(queued);
              this._progress({ phase: "ready", message: "ready" });
              resolve();
            } else if (msg.type === "loadError" || (msg.type === "fatal" && !this._ready)) {
              // A fatal error before `ready` is a failed load, not a crash to restart from
              // (a restart would leave this boot's promise pending for good).
              worker.terminate();
              if (this._worker === worker) this._worker = null;
              reject(new Error(`interp failed to load: ${msg.message}`));
            } else {
              this._onMessage(msg);
            }
          },
          (error) => {
            if (generation !== this._generation) return;
            if (this._ready) {
              this._restart(`the worker failed (${error.message})`);
              return;
            }
            worker.terminate();
            if (this._worker === worker) this._worker = null;
            reject(error);
          },
        );
        worker.post({
          type: "init",
          baseUrl: this.baseUrl,
          usePycache: this._usePycache,
          useSnapshot: this._useSnapshot,
        });
      });
    })();
    this._booting.then(
      () => this._updateRef(),
      (error) => {
        this._bootError = error;
        this._failPending(error.message);
      },
    );
    this._updateRef();
    return this._booting;
  }

  _restart(reason) {
    if (this._closed) return;
    this.restarts += 1;
    this._worker?.terminate();
    this._worker = null;
    this._failPending(`the runtime was restarted: ${reason}`);
    this._queue = [];
    this._boot().catch(() => {});
    for (const sandbox of this._sandboxes.values()) this._post(sandbox._createMessage());
    callback(this.onRestart, reason);
  }

  _failPending(message) {
    for (const timer of this._stopTimers.values()) clearTimeout(timer);
    this._stopTimers.clear();
    for (const [cid, call] of this._calls) {
      call.controller.abort(abortError(message));
      this._calls.delete(cid);
    }
    for (const [rid, run] of this._runs) {
      this._runs.delete(rid);
      run.sandbox._running = false;
      run.sandbox._current = null;
      run.resolve(stoppedResult(message, run.stdout, run.stderr));
    }
    for (const [qid, check] of this._checks) {
      this._checks.delete(qid);
      check.reject(new Error(message));
    }
    this._updateRef();
  }

  _post(msg) {
    if (this._closed) throw new Error("this interp runtime was closed");
    if (this._bootError) throw this._bootError;
    if (this._ready && this._worker) this._worker.post(msg);
    else this._queue.push(msg);
  }

  _updateRef() {
    // Under Node, keep the process alive only while something waits for the worker.
    const busy = !this._ready || this._runs.size > 0 || this._checks.size > 0;
    if (busy) this._worker?.ref();
    else this._worker?.unref();
  }

  _progress(event) {
    callback(this.onProgress, event);
  }

  _id() {
    return this._nextId++;
  }

  // -- messages from the worker --------------------------------------------------------------------

  _onMessage(msg) {
    switch (msg.type) {
      case "progress":
        this._progress({ phase: msg.phase, message: msg.message });
        break;
      case "output": {
        const sandbox = this._sandboxes.get(msg.sid);
        if (!sandbox) break;
        const run = sandbox._current;
        for (const [stream, text] of msg.chunks) {
          if (run) run[stream] += text;
          callback(stream === "stdout" ? sandbox.onStdout : sandbox.onStderr, text);
        }
        break;
      }
      case "call":
        this._onCall(msg);
        break;
      case "input":
        this._onInput(msg);
        break;
      case "cancel": {
        const call = this._calls.get(msg.cid);
        if (call) {
          this._calls.delete(msg.cid);
          call.controller.abort(abortError("the call was cancelled"));
        }
        break;
      }
      case "result":
      case "runError": {
        const run = this._runs.get(msg.rid);
        if (!run) break;
        this._runs.delete(msg.rid);
        const sandbox = run.sandbox;
        if (sandbox._current === run) sandbox._current = null;
        sandbox._running = false;
        this._abortCalls(sandbox, "the run ended");
        if (msg.type === "result") run.resolve(msg.result);
        else run.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name }));
        this._updateRef();
        break;
      }
      case "stopAck": {
        clearTimeout(this._stopTimers.get(msg.sid));
        this._stopTimers.delete(msg.sid);
        break;
      }
      case "pong":
      case "checkResult":
      case "checkError": {
        const check = this._checks.get(msg.qid);
        if (!check) break;
        this._checks.delete(msg.qid);
        if (msg.type !== "checkError") check.resolve(msg.result);
        else check.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name }));
        this._updateRef();
        break;
      }
      case "fatal": {
        const [rid, run] = [...this._runs].find(([, r]) => r.sandbox._sid === msg.sid) ?? [];
        const crash = `the Python runtime crashed (${msg.message})`;
        if (run) {
          // A JavaScript stack overflow (V8 and WebKit: "Maximum call stack size exceeded",
          // Firefox: "too much recursion"): C recursion in Pyodide over deeply nested data
          // (freeing, comparing, repr or hash of lists, tuples, dicts or objects nested a
          // few thousand deep), which CPython's own checks do not see coming in WebAssembly.
          const overflow = /call stack|too much recursion/i.test(msg.message);
          const type = overflow ? "RecursionError" : "InternalError";
          const message = overflow
            ? `maximum recursion depth exceeded: the program nested calls or data too deeply ` +
              `for the browser's stack, and ${crash}`
            : crash;
          this._runs.delete(rid);
          run.sandbox._running = false;
          run.sandbox._current = null;
          run.resolve({
            ok: false,
            stdout: run.stdout,
            stderr: run.stderr + `${type}: ${message}\n`,
            result: null,
            resultRepr: null,
            error: {
              type,
              message: message + "; the runtime was restarted (every sandbox on it starts again with empty globals)",
              line: null,
              traceback: "",
              limit: null,
            },
            stats: { steps: 0, wallTimeMs: 0, computeTimeMs: 0, hostCalls: 0, peakMemory: 0 },
          });
        }
        this._restart(crash);
        break;
      }
    }
  }

  async _answer(msg, sandbox, work) {
    const controller = new AbortController();
    this._calls.set(msg.cid, { controller, sandbox });
    let reply;
    try {
      reply = { ok: true, value: await work(controller.signal) };
    } catch (error) {
      reply = { ok: false, error: describeError(error) };
    }
    const call = this._calls.get(msg.cid);
    if (!call || call.controller !== controller || controller.signal.aborted) return; // stopped
    this._calls.delete(msg.cid);
    try {
      this._post({ type: "answer", cid: msg.cid, ...reply });
    } catch {}
  }

  _onCall(msg) {
    const sandbox = this._sandboxes.get(msg.sid);
    const entry = sandbox?._functions.get(msg.cap);
    if (!entry) {
      this._post({ type: "answer", cid: msg.cid, ok: false, error: { name: "RuntimeError", message: "no such capability" } });
      return;
    }
    this._answer(msg, sandbox, async (signal) => {
      const context = { signal, name: entry.name, sandbox };
      const value = await entry.fn.apply(context, msg.args);
      return toWire(value, `a result of '${entry.name}'`);
    });
  }

  _onInput(msg) {
    const sandbox = this._sandboxes.get(msg.sid);
    if (!sandbox) return;
    this._answer(msg, sandbox, async (signal) => {
      const answer = await sandbox.onInput.call({ signal, sandbox }, msg.prompt);
      if (answer === null || answer === undefined) return null;
      if (typeof answer !== "string") {
        throw new TypeError(`input() answer must be a string, not '${typeName(answer)}'`);
      }
      return answer;
    });
  }

  _abortCalls(sandbox, message) {
    for (const [cid, call] of this._calls) {
      if (call.sandbox === sandbox) {
        this._calls.delete(cid);
        call.controller.abort(abortError(message));
      }
    }
  }

  // -- requests --------------------------------------------------------------------------------------

  _run(sandbox, code, filename) {
    return new Promise((resolve, reject) => {
      const rid = this._id();
      const run = { sandbox, resolve, reject, stdout: "", stderr: "" };
      this._runs.set(rid, run);
      sandbox._current = run;
      this._updateRef();
      try {
        this._post({ type: "run", sid: sandbox._sid, rid, code, filename });
      } catch (error) {
        this._runs.delete(rid);
        sandbox._current = null;
        sandbox._running = false;
        reject(error);
      }
    });
  }

  _stop(sandbox) {
    const sid = sandbox._sid;
    this._abortCalls(sandbox, "the run was stopped");
    try {
      this._post({ type: "stop", sid });
    } catch {
      return;
    }
    if (!this._ready || this._stopTimers.has(sid)) return;
    this._stopTimers.set(
      sid,
      setTimeout(() => {
        this._stopTimers.delete(sid);
        this._restart(`the worker did not acknowledge Stop within ${STOP_ACK_MS / 1000} s`);
      }, STOP_ACK_MS),
    );
  }

  _check(code, filename) {
    if (typeof code !== "string") return Promise.reject(new TypeError("check() takes the source code as a string"));
    return new Promise((resolve, reject) => {
      const qid = this._id();
      this._checks.set(qid, { resolve, reject });
      this._updateRef();
      try {
        this._post({ type: "check", qid, code, filename: filename ?? "<main>" });
      } catch (error) {
        this._checks.delete(qid);
        reject(error);
      }
    });
  }

  /** Round trip to the worker in milliseconds (it answers between time slices). */
  ping() {
    return new Promise((resolve, reject) => {
      const qid = this._id();
      const t0 = performance.now();
      this._checks.set(qid, { resolve: () => resolve(performance.now() - t0), reject });
      this._updateRef();
      try {
        this._post({ type: "ping", qid });
      } catch (error) {
        this._checks.delete(qid);
        reject(error);
      }
    });
  }

  /** Tests only: keep the worker busy for `ms` milliseconds, as a program that never yields. */
  _testBlockWorker(ms) {
    this._post({ type: "testBlock", ms });
  }
}

// -- sandbox -----------------------------------------------------------------------------------

class Sandbox {
  constructor(runtime, options) {
    if (options === null || typeof options !== "object") throw new TypeError("sandbox() takes an options object");
    this.runtime = runtime;
    this.onStdout = options.onStdout;
    this.onStderr = options.onStderr;
    this.onInput = options.onInput;
    this._sid = runtime._id();
    this._functions = new Map(); // cap id -> { fn, name }
    this._running = false;
    this._current = null; // the run in progress: { resolve, reject, stdout, stderr }
    this._disposed = false;
    const limits = options.limits ?? {};
    for (const key of Object.keys(limits)) {
      if (!LIMITS.includes(key)) throw new TypeError(`unknown limit '${key}' (known: ${LIMITS.join(", ")})`);
    }
    this._spec = {
      capabilities: this._grants(options.capabilities, "capability"),
      modules: this._modules(options.modules),
      limits: Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)),
      hasInput: typeof options.onInput === "function",
      deterministic: !!options.deterministic,
      seed: options.seed === undefined ? undefined : toWire(options.seed, "the seed"),
    };
    runtime._sandboxes.set(this._sid, this);
    runtime._post(this._createMessage());
  }

  _grants(entries, what) {
    const out = {};
    if (entries === undefined || entries === null) return out;
    if (typeof entries !== "object") throw new TypeError(`${what} entries must be an object`);
    for (const [name, value] of Object.entries(entries)) {
      if (!IDENTIFIER.test(name)) throw new TypeError(`${what} name must be an identifier, not '${name}'`);
      if (typeof value === "function") {
        const id = this.runtime._id();
        this._functions.set(id, { fn: value, name });
        out[name] = { fn: id, async: isAsyncFunction(value) };
      } else {
        out[name] = { value: toWire(value, `the value of ${what} '${name}'`) };
      }
    }
    return out;
  }

  _modules(modules) {
    const out = {};
    if (modules === undefined || modules === null) return out;
    for (const [name, spec] of Object.entries(modules)) {
      if (!name.split(".").every((part) => IDENTIFIER.test(part))) {
        throw new TypeError(`module name must be an identifier, not '${name}'`);
      }
      if (typeof spec === "string") out[name] = { source: spec };
      else if (spec !== null && typeof spec === "object") out[name] = { members: this._grants(spec, `${name} member`) };
      else throw new TypeError(`module '${name}' must be an object of capabilities or Python source text`);
    }
    return out;
  }

  _createMessage() {
    return { type: "create", sid: this._sid, ...this._spec };
  }

  /** Run `code` to its end: a Promise of the result (it rejects only for misuse). */
  run(code, options = {}) {
    if (this._disposed) return Promise.reject(new Error("this sandbox was disposed"));
    if (typeof code !== "string") return Promise.reject(new TypeError("run() takes the source code as a string"));
    if (this._running) {
      return Promise.reject(new Error("this sandbox is already running a program; one run at a time"));
    }
    this._running = true;
    return this.runtime._run(this, code, options.filename ?? "<main>");
  }

  /** End the current run at once: it resolves with `error.limit === "stopped"`. */
  stop() {
    if (this._running) this.runtime._stop(this);
  }

  /** Parse and compile `code` without running it. */
  check(code, options = {}) {
    return this.runtime._check(code, options.filename);
  }

  /** Stop the current run and free the sandbox. */
  dispose() {
    if (this._disposed) return;
    this.stop();
    this._disposed = true;
    this.runtime._sandboxes.delete(this._sid);
    try {
      this.runtime._post({ type: "dispose", sid: this._sid });
    } catch {}
  }

  get running() {
    return this._running;
  }
}

export { Runtime, Sandbox };
