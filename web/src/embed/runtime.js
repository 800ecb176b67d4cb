// The one interp runtime of the page, shared by every snippet, and the sandboxes on it.
//
// Booting Pyodide costs seconds and megabytes, so the page pays it once, and only when a
// snippet needs it (its first Run, or when a `data-preload` snippet scrolls into view).
// interp.js is imported at run time from the folder this bundle was loaded from, rather than
// bundled in, so that a page that also imports interp.js itself gets the same module, hence
// the same runtime, and so that the bytes of the widget stay small until Python is wanted.

const INTERP_URL = new URL("interp.js", import.meta.url).href;

let runtimePromise = null;
const progressListeners = new Set();

/** Listen to the runtime's loading phases ({ phase, message }); returns an unsubscribe. */
export function onProgress(listener) {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

/** The page's runtime, booted on the first call. */
export function runtime() {
  if (!runtimePromise) {
    runtimePromise = import(INTERP_URL).then((interp) =>
      interp.load({
        onProgress: (event) => {
          for (const listener of progressListeners) listener(event);
        },
      }),
    );
    // A failed boot (offline, a server error) may be retried by the next Run.
    runtimePromise.catch(() => {
      runtimePromise = null;
    });
  }
  return runtimePromise;
}

/** Whether the runtime was asked for already (booted or booting). */
export function runtimeRequested() {
  return runtimePromise !== null;
}

// -- page capabilities -----------------------------------------------------------------------

const pageCapabilities = new Map();

/**
 * Register page capabilities by name: functions (a Promise-returning `async function` is
 * awaitable in Python) or plain values. A snippet gets only those it names in its
 * `data-capabilities`. Registering a name again replaces it for sandboxes created later.
 */
export function registerCapabilities(entries) {
  if (entries === null || typeof entries !== "object") {
    throw new TypeError("interpEmbed.capabilities() takes an object of { name: function }");
  }
  for (const [name, value] of Object.entries(entries)) pageCapabilities.set(name, value);
}

function grantsFor(names) {
  const grants = {};
  for (const name of names) {
    if (pageCapabilities.has(name)) grants[name] = pageCapabilities.get(name);
  }
  return grants;
}

/** The names a snippet asked for that the page has not registered (shown to the reader). */
export function missingCapabilities(names) {
  return names.filter((name) => !pageCapabilities.has(name));
}

// -- sandboxes -------------------------------------------------------------------------------

/**
 * A sandbox for one snippet, or for all the snippets of one `data-session`. Output and
 * input go to whichever snippet is running in it now (`owner`), so that the cells of a
 * session each show their own output although they share one sandbox. A sandbox runs one
 * program at a time, so the runs of a session's cells wait for one another, in order.
 */
export class Host {
  constructor({ capabilities, limits }) {
    this.capabilityNames = capabilities;
    this.limits = limits;
    this.owner = null;
    this.sandbox = null;
    this.queue = Promise.resolve();
  }

  /** The sandbox, created on the runtime at the first call. */
  async ready() {
    const rt = await runtime();
    // After a worker restart interp.js recreates the sandboxes itself.
    if (!this.sandbox) {
      const host = this;
      this.sandbox = rt.sandbox({
        capabilities: grantsFor(this.capabilityNames),
        limits: this.limits,
        onStdout: (text) => this.owner?.onStdout(text),
        onStderr: (text) => this.owner?.onStderr(text),
        // interp.js calls it with `this.signal`, aborted by Stop: the input field then goes.
        onInput(prompt) {
          return host.owner ? host.owner.onInput(prompt, this.signal) : null;
        },
      });
    }
    return this.sandbox;
  }

  /**
   * Run `code` for `owner` (which receives the output and answers input()) once the runs
   * queued before it have ended; `owner.cancelled` set meanwhile skips it (null result).
   */
  run(owner, code, filename) {
    const turn = this.queue.then(async () => {
      if (owner.cancelled) return null;
      const sandbox = await this.ready();
      this.owner = owner;
      try {
        return await sandbox.run(code, { filename });
      } finally {
        this.owner = null;
      }
    });
    this.queue = turn.catch(() => {});
    return turn;
  }

  /** Stop the run of `owner`, if it is the one running. */
  stop(owner) {
    if (this.owner === owner) this.sandbox?.stop();
  }

  /** Free the sandbox in the worker (its snippet left the page). */
  dispose() {
    this.sandbox?.dispose();
    this.sandbox = null;
  }
}

const sessions = new Map();

/**
 * The shared host of session `name`. Its capabilities are those the cells of the session
 * name together; its limits are those of its first cell in page order that sets some
 * (a sandbox's limits are fixed when it is created).
 */
export function sessionHost(name, cells) {
  let host = sessions.get(name);
  if (!host) {
    const capabilities = [...new Set(cells.flatMap((cell) => cell.options.capabilities))];
    const limits = cells.find((cell) => Object.keys(cell.options.limits).length)?.options.limits ?? {};
    host = new Host({ capabilities, limits });
    sessions.set(name, host);
  }
  return host;
}
