// The benchmark table inside Pyodide, under Node: every benchmark program under Pyodide's
// own CPython and under interp, in one Pyodide instance, ratios as bench/run.py prints them.
//
//   node bench/pyodide_bench.mjs [--repeat N] [--json PATH] [--interp=auto|source|wheel] [PROGRAM ...]
//
//   --repeat N        runs of each program on each side; the best time is kept (default 3)
//   --json PATH       where the results go (default bench/results/pyodide.json); the schema
//                     is bench/results/latest.json's plus "pyodide", "node" and "interp_from"
//   --interp=auto     interp from web/dist's wheel when it is newer than every file of
//                     interp/ (default), else from the source tree; =wheel or =source to choose
//   PROGRAM ...       only these programs (file name, with or without .py)
//
// The programs are ../shared/bench/*.py and bench/programs/*.py, as for bench/run.py. The
// timing itself happens in Python, in bench/pyodide_timing.py, which follows bench/run.py:
// CPython execs the compiled program in a fresh __main__ dict with stdout captured; interp
// times Session(write=..., limits=Limits.unlimited()).run(source, path), parsing and compiling included.
// A program whose output under interp differs from CPython's is reported, not timed.
// Asyncio programs run on the stock event loop that tests/pyodide/harness.py gives its oracle
// (Pyodide's WebLoop cannot block in asyncio.run without JSPI), and so does Session.run.
//
// Everything runs on Node's main thread with its default stack: the programs do not recurse
// deeply, so the 1 MiB worker stack that the conformance runner uses to mimic browsers is
// not needed here. Pyodide loads from web/dist (`make build` first), nothing from the network.
//
// Exit status: 0 when every program ran and printed what CPython printed, 1 otherwise,
// 2 on a harness error.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bootWithInterp } from "./pyodide_boot.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");
const SHARED = resolve(ROOT, "..", "shared", "bench");
const LOCAL = join(ROOT, "bench", "programs");
const SRC_DIR = "/home/pyodide/bench-src"; // in Pyodide's file system

// Nothing may come from the network (Pyodide under Node reads its files from disk).
globalThis.fetch = async (url) => {
  throw new Error(`pyodide bench: network access attempted: ${url}`);
};

process.exitCode = await main().catch((error) => {
  console.error(`pyodide bench: ${error?.usage ? error.message : `harness error: ${error?.stack ?? error}`}`);
  return 2;
});

/** A mistake on the command line: reported without a stack trace. */
function usageError(message) {
  return Object.assign(new Error(message), { usage: true });
}

function parseArgs(argv) {
  const options = { repeat: 3, json: join(ROOT, "bench", "results", "pyodide.json"), interp: "auto", programs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) {
      options.programs.push(arg);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw usageError(`${arg} needs a value`);
    if (m[1] === "repeat") options.repeat = Math.max(1, parseInt(value, 10) || 1);
    else if (m[1] === "json") options.json = resolve(value);
    else if (m[1] === "interp" && ["auto", "source", "wheel"].includes(value)) options.interp = value;
    else throw usageError(`unknown option ${arg}`);
  }
  return options;
}

function programs(selected) {
  const inDir = (dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith(".py"))
          .sort()
          .map((name) => join(dir, name))
      : [];
  const found = [...inDir(SHARED), ...inDir(LOCAL)];
  if (!selected.length) return found;
  const chosen = found.filter((path) => selected.includes(basename(path)) || selected.includes(basename(path, ".py")));
  const missing = selected.filter((name) => !chosen.some((path) => [basename(path), basename(path, ".py")].includes(name)));
  if (missing.length) throw usageError(`no such benchmark program: ${missing.join(", ")}`);
  return chosen;
}

function buildInfo() {
  const file = join(ROOT, "web", "dist", "build-info.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

/** Pyodide's indexURL: web/dist's copy when built, else the npm package. */
function pyodideDir() {
  const info = buildInfo();
  if (info?.pyodide?.indexURL) {
    const dir = resolve(ROOT, "web", "dist", info.pyodide.indexURL);
    if (existsSync(join(dir, "pyodide.mjs"))) return dir;
  }
  const npm = join(ROOT, "node_modules", "pyodide");
  if (existsSync(join(npm, "pyodide.mjs"))) return npm;
  throw new Error("no Pyodide: run `make build` (or `make install`) first");
}

/** The wheel to load interp from, or null for the source tree, and why not the wheel. */
function chooseInterp(mode) {
  const info = buildInfo();
  const wheel = info?.wheels?.interp?.file ? resolve(ROOT, "web", "dist", info.wheels.interp.file) : null;
  const haveWheel = wheel !== null && existsSync(wheel);
  if (mode === "source") return { wheel: null, note: null };
  if (mode === "wheel") {
    if (!haveWheel) throw new Error("--interp=wheel: web/dist has no interp wheel (make build)");
    return { wheel, note: null };
  }
  if (!haveWheel) return { wheel: null, note: "no wheel in web/dist" };
  const newest = newestFile(join(ROOT, "interp"));
  if (newest.mtime > statSync(wheel).mtimeMs) {
    return { wheel: null, note: `the wheel is older than ${relative(ROOT, newest.path)}` };
  }
  return { wheel, note: null };
}

function newestFile(dir) {
  let newest = { path: dir, mtime: 0 };
  for (const name of readdirSync(dir)) {
    if (name === "__pycache__") continue;
    const path = join(dir, name);
    const found = statSync(path).isDirectory() ? newestFile(path) : { path, mtime: statSync(path).mtimeMs };
    if (found.mtime > newest.mtime) newest = found;
  }
  return newest;
}

function commit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

/** Pyodide with interp and the timing module importable; returns [pyodide, timing module, info]. */
async function boot(indexURL, wheel) {
  // The programs' output is captured in Python; anything else is a diagnostic.
  const pyodide = await bootWithInterp(indexURL, wheel, SRC_DIR);
  pyodide.FS.writeFile(`${SRC_DIR}/pyodide_timing.py`, readFileSync(join(HERE, "pyodide_timing.py")));
  const timing = pyodide.pyimport("pyodide_timing");
  const info = JSON.parse(timing.setup());
  return [pyodide, timing, info];
}

/** One side's {seconds, output, error}; a JavaScript error (a stack overflow, say) is an error too. */
function measure(fn, source, path, repeat) {
  try {
    return JSON.parse(fn(source, path, repeat));
  } catch (error) {
    const text = String(error?.message ?? error).trim().split("\n");
    return { seconds: null, output: "", error: `${error?.name ?? "Error"}: ${text[text.length - 1]}` };
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const list = programs(options.programs);
  if (!list.length) throw new Error(`no benchmark programs in ${SHARED} or ${LOCAL}`);
  const indexURL = pyodideDir();
  const { wheel, note } = chooseInterp(options.interp);
  const interpFrom = wheel ? relative(ROOT, wheel) : "source";
  const started = performance.now();
  const [pyodide, timing, info] = await boot(indexURL, wheel);
  const bootSeconds = (performance.now() - started) / 1000;
  const sha = commit();

  console.log(
    `interp benchmarks in Pyodide ${pyodide.version} (CPython ${info.python}) under Node ${process.version}, ` +
      `commit ${sha}, best of ${options.repeat}`,
  );
  console.log(
    `interp from ${wheel ? interpFrom : "the source tree"}${note ? ` (${note})` : ""}; ` +
      `Pyodide started in ${bootSeconds.toFixed(1)} s`,
  );
  console.log(`${"program".padEnd(20)} ${"CPython s".padStart(10)} ${"interp s".padStart(10)} ${"ratio".padStart(8)}  status`);
  const rows = [];
  const ratios = [];
  for (const path of list) {
    const name = basename(path, ".py");
    const source = readFileSync(path, "utf8");
    const base = measure(timing.time_cpython_json, source, path, options.repeat);
    // A program that Pyodide's CPython cannot run has nothing to compare interp with.
    const took = base.error ? null : measure(timing.time_interp_json, source, path, options.repeat);
    let status;
    let ratio = null;
    if (base.error) status = `CPython error: ${base.error}`;
    else if (took.error) status = `error: ${took.error}`;
    else if (took.output !== base.output) status = "WRONG OUTPUT";
    else {
      status = "ok";
      ratio = took.seconds / base.seconds;
      ratios.push(ratio);
    }
    const interpSeconds = took && !took.error ? took.seconds : null;
    const cell = (x) => (x === null ? "-".padStart(10) : x.toFixed(3).padStart(10));
    const shown = ratio === null ? "-".padStart(9) : `${ratio.toFixed(1).padStart(8)}x`;
    console.log(`${name.padEnd(20)} ${cell(base.seconds)} ${cell(interpSeconds)} ${shown}  ${status}`);
    rows.push({ program: name, cpython: base.seconds, interp: interpSeconds, ratio, status });
  }
  const geomean = ratios.length ? Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length) : null;
  if (geomean !== null) {
    console.log(
      `${"geometric mean".padEnd(20)} ${"".padStart(10)} ${"".padStart(10)} ${geomean.toFixed(1).padStart(8)}x  (${ratios.length} programs)`,
    );
  }
  const result = {
    commit: sha,
    python: info.python,
    pyodide: pyodide.version,
    node: process.version,
    interp_from: interpFrom,
    repeat: options.repeat,
    rows,
    geomean,
  };
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, JSON.stringify(result, null, 2) + "\n");
  const failed = rows.filter((row) => row.status !== "ok");
  if (failed.length) console.log(`FAILED: ${failed.map((row) => row.program).join(", ")}`);
  return failed.length ? 1 : 0;
}
