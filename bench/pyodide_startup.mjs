// Start-up of plain Pyodide under Node, the baseline for web/startup.mjs: time from
// starting a worker to the first print of Pyodide's own CPython (`runPython("print(1)")`).
//
//   node bench/pyodide_startup.mjs [--runs N] [--interp] [--json PATH] [INDEXURL]
//
// web/startup.mjs times interp.load() (which starts a worker that loads Pyodide, then the
// wheels and interp) to the first print of a sandboxed program; this script does the same
// with nothing but Pyodide, so the difference is interp's own share. To compare like with
// like, each run starts a fresh worker thread in this process, as interp.load() does, and
// calls loadPyodide with the options interp's worker uses (no packages). INDEXURL defaults
// to web/dist's Pyodide (`make build` first). bench/startup.py runs this script.
//
// With --interp, each round also times interp.load() of web/dist to the first print of a
// sandbox, booted from the build's start-up snapshot and without it (`useSnapshot: false`),
// the three taking turns in a different order each round, and reports them against plain
// Pyodide (the JSON gets an `interp` entry). Under Node there is no HTTP cache: every run
// reads the files from disk, compiles the WebAssembly module and boots.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");

if (isMainThread) {
  process.exitCode = await main().catch((error) => {
    console.error(`pyodide start-up: ${error?.stack ?? error}`);
    return 2;
  });
} else {
  await workerMain(workerData);
}

function parseArgs(argv) {
  const options = { runs: 3, json: null, indexURL: null, interp: false };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      options.indexURL = resolve(argv[i]);
      continue;
    }
    if (m[1] === "interp") {
      options.interp = true;
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`${argv[i - 1]} needs a value`);
    if (m[1] === "runs") options.runs = Math.max(1, parseInt(value, 10) || 1);
    else if (m[1] === "json") options.json = resolve(value);
    else throw new Error(`unknown option --${m[1]}`);
  }
  return options;
}

function defaultIndexURL() {
  const dist = join(ROOT, "web", "dist");
  const infoFile = join(dist, "build-info.json");
  if (!existsSync(infoFile)) throw new Error("web/dist is not built: run `make build` first");
  return resolve(dist, JSON.parse(readFileSync(infoFile, "utf8")).pyodide.indexURL);
}

/** One run in a fresh worker: {first, ready} in ms since the worker was created, and the worker's own marks. */
function oneRun(indexURL) {
  return new Promise((resolveRun, rejectRun) => {
    const t0 = performance.now();
    const run = { ready: null, first: null };
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { indexURL } });
    worker.on("message", (message) => {
      if (message.type === "ready") run.ready = performance.now() - t0;
      else if (message.type === "stdout") {
        run.first ??= performance.now() - t0;
        if (message.line !== "1") rejectRun(new Error(`unexpected output: ${JSON.stringify(message.line)}`));
      } else if (message.type === "done") {
        run.marks = message.marks;
        run.version = message.version;
        worker.terminate().then(() => resolveRun(run));
      }
    });
    worker.on("error", rejectRun);
    worker.on("exit", (code) => {
      if (run.marks === undefined) rejectRun(new Error(`the worker exited (code ${code}) before printing`));
    });
  });
}

async function workerMain({ indexURL }) {
  // Worker clocks have their own origin: only durations go back to the main thread.
  const t0 = performance.now();
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const tImported = performance.now();
  let tPrinted = null;
  const pyodide = await loadPyodide({
    indexURL: indexURL + "/",
    packages: [],
    stdout: (line) => {
      tPrinted ??= performance.now();
      parentPort.postMessage({ type: "stdout", line });
    },
    stderr: () => {},
  });
  const tLoaded = performance.now();
  parentPort.postMessage({ type: "ready" });
  pyodide.runPython("print(1)");
  parentPort.postMessage({
    type: "done",
    version: pyodide.version,
    marks: {
      import: tImported - t0, // import of pyodide.mjs
      loadPyodide: tLoaded - tImported,
      loadToFirst: tPrinted - tImported, // loadPyodide() called -> print(1) reaches stdout
    },
  });
}

/** interp.load() (a fresh runtime: a fresh worker) -> the first print of a sandbox. */
async function interpRun(interp, useSnapshot) {
  const t0 = performance.now();
  const rt = await interp.load({ baseUrl: pathToFileURL(join(ROOT, "web", "dist") + "/").href, useSnapshot });
  const ready = performance.now() - t0;
  let first = null;
  const sb = rt.sandbox({ onStdout: () => (first ??= performance.now() - t0) });
  const r = await sb.run("print('hello from the sandbox')");
  rt.close();
  if (r.stdout !== "hello from the sandbox\n") throw new Error(`unexpected result: ${JSON.stringify(r)}`);
  return { ready, first, boot: rt.info.boot, worker: rt.info.timings };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const indexURL = options.indexURL ?? defaultIndexURL();
  const interp = options.interp ? await import(pathToFileURL(join(ROOT, "web", "dist", "interp.js")).href) : null;
  const interpRuns = { snapshot: [], normal: [] };
  const runs = [];
  for (let i = 0; i < options.runs; i++) {
    const order = ["bare", "snapshot", "normal"].slice(0, interp ? 3 : 1);
    const turn = order.slice(i % order.length).concat(order.slice(0, i % order.length));
    let run;
    for (const what of turn) {
      if (what === "bare") run = await oneRun(indexURL);
      else {
        const m = await interpRun(interp, what === "snapshot");
        if (m.boot !== what) throw new Error(`interp booted ${m.boot}, expected ${what}`);
        interpRuns[what].push(m);
      }
    }
    runs.push(run);
    if (interp) {
      const [s, n] = [interpRuns.snapshot.at(-1), interpRuns.normal.at(-1)];
      console.log(
        `run ${i + 1}: interp first print ${s.first.toFixed(0)} ms from the snapshot ` +
          `(restore ${s.worker.runtimeMs.toFixed(0)} ms), ${n.first.toFixed(0)} ms without it`,
      );
    }
    console.log(
      `run ${i + 1}: ready ${run.ready.toFixed(0)} ms (loadPyodide ${run.marks.loadPyodide.toFixed(0)} ms), ` +
        `first print ${run.first.toFixed(0)} ms (${run.marks.loadToFirst.toFixed(0)} ms after loadPyodide() was called)`,
    );
  }
  const version = runs[0].version;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const summary = {
    pyodide: version,
    node: process.version,
    runs: runs.map(({ version: _, ...run }) => run),
    median: {
      ready: median(runs.map((r) => r.ready)),
      first: median(runs.map((r) => r.first)),
      loadPyodide: median(runs.map((r) => r.marks.loadPyodide)),
      loadToFirst: median(runs.map((r) => r.marks.loadToFirst)),
    },
  };
  console.log(
    `median of ${options.runs} (Pyodide ${version}): ready ${summary.median.ready.toFixed(0)} ms, ` +
      `first print ${summary.median.first.toFixed(0)} ms after the worker started`,
  );
  if (interp) {
    summary.interp = {};
    for (const [what, list] of Object.entries(interpRuns)) {
      summary.interp[what] = {
        runs: list,
        ready: median(list.map((r) => r.ready)),
        first: median(list.map((r) => r.first)),
        ratio: median(list.map((r) => r.first)) / summary.median.first,
      };
      console.log(
        `  interp ${what === "snapshot" ? "from the snapshot" : "without the snapshot"}: first print ` +
          `${summary.interp[what].first.toFixed(0)} ms (${summary.interp[what].ratio.toFixed(2)}x plain Pyodide)`,
      );
    }
  }
  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, JSON.stringify(summary, null, 2) + "\n");
  }
  return 0;
}
