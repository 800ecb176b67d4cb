// The traceback corpus inside real Pyodide, under Node.
//
// Every program in tests/tracebacks ends in an uncaught exception (or a syntax error). Each
// runs twice in Pyodide: under Pyodide's own CPython (the oracle, each CPython for its own
// version: 3.14 here) and under interp; the whole stderr and the exit status must be
// identical, as tests/test_tracebacks.py requires on the host. tests/pyodide/
// traceback_harness.py does the runs (it shares the conformance harness's oracle set-up).
// Nothing is fetched from the network.
//
// Programs whose stderr differs are a failure of the run unless tests/tracebacks/
// KNOWN_DIFFERENCES_PYODIDE.txt lists them with a reason; a listed program that matches
// fails the run too (the list only shrinks). The host's list (KNOWN_DIFFERENCES.txt) is
// separate: 3.14 prints tracebacks differently from 3.11 (more carets, inlined
// comprehensions, other messages), so the two lists differ.
//
//   node tests/pyodide/run_tracebacks.mjs [options] [SUBSTRING...]
//
//   --jobs=N        Pyodide instances in worker threads (default: 2, at most the CPUs)
//   --interp=MODE   auto (default), wheel or source, as in run_conformance.mjs
//   --pyodide=DIR   Pyodide's indexURL (default: web/dist/pyodide if built, else node_modules/pyodide)
//   --timeout=S     wall seconds for one program, oracle and interp together (default 120)
//   --diffs         print the whole stderr of both sides for every program that differs
//   --report=FILE   text report (default test-reports/pyodide-tracebacks.txt)
//   SUBSTRING...    run only the programs whose path contains one of them
//
// Exit status: 0 when every result is as expected, 1 otherwise, 2 on a harness error.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { copyTree } from "./copy_tree.mjs";
import { chooseInterp, hostcodeEnv, parseRunnerArgs, pyodideDir } from "./locate.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..");
const CORPUS = join(ROOT, "tests", "tracebacks");
const KNOWN_FILE = join(CORPUS, "KNOWN_DIFFERENCES_PYODIDE.txt");
const SRC_DIR = "/home/pyodide/interp-src";

globalThis.fetch = async (url) => {
  throw new Error(`pyodide tracebacks: network access attempted: ${url}`);
};

if (isMainThread) {
  process.exitCode = await main().catch((error) => {
    console.error(`pyodide tracebacks: harness error: ${error?.stack ?? error}`);
    return 2;
  });
} else {
  await workerMain(workerData);
}

function parseArgs(argv) {
  const defaults = { diffs: false, report: join(ROOT, "test-reports", "pyodide-tracebacks.txt") };
  return parseRunnerArgs(argv, defaults, (name, value, arg, options) => {
    if (arg !== "--diffs") return false;
    options.diffs = true;
    return true;
  });
}

function programs(filters) {
  const found = [];
  for (const topic of readdirSync(CORPUS).sort()) {
    const dir = join(CORPUS, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".py")) continue;
      const rel = `${topic}/${name}`;
      if (filters.length && !filters.some((f) => rel.includes(f))) continue;
      found.push({ rel, topic, path: join(dir, name) });
    }
  }
  return found;
}

/** `path  reason` lines, as in KNOWN_DIFFERENCES.txt. */
function knownDifferences() {
  const known = new Map();
  if (!existsSync(KNOWN_FILE)) return known;
  for (const line of readFileSync(KNOWN_FILE, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const at = line.indexOf("  ");
    known.set((at < 0 ? line : line.slice(0, at)).trim(), at < 0 ? "" : line.slice(at).trim());
  }
  return known;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const indexURL = pyodideDir(options.pyodide) + "/";
  const { wheel } = chooseInterp(options.interp);
  const list = programs(options.filters);
  if (!list.length) throw new Error("no traceback program matches");
  const known = knownDifferences();
  for (const name of known.keys()) {
    if (!existsSync(join(CORPUS, name))) throw new Error(`${relative(ROOT, KNOWN_FILE)} lists a missing program: ${name}`);
  }
  const jobs = Math.min(options.jobs, list.length);
  console.log(
    `pyodide tracebacks: ${list.length} programs, ${jobs} Pyodide instance(s), interp from ` +
      `${wheel ? relative(ROOT, wheel) : "the source tree"}`,
  );
  const { results, info } = await runAll(list, { jobs, indexURL, wheel, timeout: options.timeout });
  const records = list.map((program) => judge(program, results.get(program.rel), known));
  const elapsed = (performance.now() - started) / 1000;
  const text = summarize(records, info, elapsed, options);
  mkdirSync(dirname(options.report), { recursive: true });
  writeFileSync(options.report, text);
  console.log(text.trimEnd());
  console.log(`(report: ${relative(ROOT, options.report)})`);
  return records.every((r) => r.expected) ? 0 : 1;
}

function runAll(list, { jobs, indexURL, wheel, timeout }) {
  return new Promise((resolveAll, rejectAll) => {
    const results = new Map();
    let info = null;
    let next = 0;
    let running = 0;
    const slots = [];
    const finish = () => {
      clearInterval(watchdog);
      resolveAll({ results, info });
    };
    const dispatch = (slot) => {
      if (next >= list.length) {
        slot.worker.terminate();
        slot.worker = null;
        if (--running === 0) finish();
        return;
      }
      const program = list[next++];
      slot.current = { program, since: performance.now() };
      slot.worker.postMessage({ rel: program.rel, path: program.path, source: readFileSync(program.path, "utf8") });
    };
    const start = (slot) => {
      slot.current = null;
      slot.ready = false;
      slot.output = [];
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { indexURL, wheel, root: ROOT },
        stdout: true,
        stderr: true,
        resourceLimits: { stackSizeMb: 1 },
      });
      slot.worker = worker;
      worker.stdout.on("data", (chunk) => slot.output.push(String(chunk)));
      worker.stderr.on("data", (chunk) => slot.output.push(String(chunk)));
      worker.on("message", (message) => {
        if (message.type === "ready") {
          slot.ready = true;
          info ??= message.info;
          dispatch(slot);
        } else if (message.type === "result") {
          results.set(slot.current.program.rel, message.result);
          slot.current = null;
          dispatch(slot);
        }
      });
      worker.on("exit", (code) => {
        if (slot.worker !== worker) return; // terminated on purpose
        slot.worker = null;
        const log = slot.output.join("").slice(-3000);
        if (!slot.ready) {
          for (const other of slots) other.worker?.terminate();
          clearInterval(watchdog);
          rejectAll(new Error(`a Pyodide worker exited while starting (code ${code}):\n${log}`));
          return;
        }
        if (slot.current) results.set(slot.current.program.rel, { crashed: `the Pyodide worker exited (code ${code})`, log });
        start(slot);
      });
    };
    // A program that runs too long: its worker is replaced (no interrupt: these are short).
    const watchdog = setInterval(() => {
      for (const slot of slots) {
        const current = slot.current;
        if (!current || !slot.worker || (performance.now() - current.since) / 1000 <= timeout) continue;
        const worker = slot.worker;
        slot.worker = null;
        worker.terminate().then(() => {
          results.set(current.program.rel, { crashed: `timed out after ${timeout} s` });
          start(slot);
        });
      }
    }, 1000);
    for (let i = 0; i < jobs; i++) {
      const slot = {};
      slots.push(slot);
      running++;
      start(slot);
    }
  });
}

function judge(program, result, known) {
  const record = { program: program.rel, topic: program.topic };
  if (!result || result.crashed) {
    record.status = "fail";
    record.why = result?.crashed ?? "no result";
    if (result?.log) record.why += "\n" + result.log;
  } else if (result.oracle.error || result.oracle.unavailable) {
    record.status = "oracle-unavailable";
    record.why = result.oracle.error ?? result.oracle.unavailable;
  } else if (result.interp.error) {
    record.status = "fail";
    record.why = `harness error in interp run: ${result.interp.error}`;
  } else {
    const { oracle, interp } = result;
    const same = oracle.stderr === interp.stderr && oracle.returncode === interp.returncode;
    record.status = same ? "pass" : "fail";
    if (!same) {
      record.why =
        `exit status: Pyodide's CPython ${oracle.returncode}, interp ${interp.returncode}\n` +
        unifiedDiff(oracle.stderr, interp.stderr);
      record.oracle = oracle.stderr;
      record.interp = interp.stderr;
    }
  }
  const reason = known.get(program.rel);
  if (reason !== undefined) {
    record.known = reason;
    record.expected = record.status !== "pass";
    if (!record.expected) record.why = `matches, but ${relative(ROOT, KNOWN_FILE)} lists it (remove the line)`;
  } else {
    record.expected = record.status === "pass";
  }
  return record;
}

/** A small line diff: the differing middle of the two texts. */
function unifiedDiff(expected, actual) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ea = a.length - 1;
  let eb = b.length - 1;
  while (ea >= i && eb >= i && a[ea] === b[eb]) {
    ea--;
    eb--;
  }
  const lines = [`first difference at line ${i + 1} (- Pyodide's CPython, + interp):`];
  for (let k = Math.max(0, i - 2); k < i; k++) lines.push(`    ${a[k]}`);
  for (let k = i; k <= Math.min(ea, i + 11); k++) lines.push(`  - ${a[k]}`);
  if (ea - i + 1 > 12) lines.push(`  - ... (${ea - i - 11} more lines)`);
  for (let k = i; k <= Math.min(eb, i + 11); k++) lines.push(`  + ${b[k]}`);
  if (eb - i + 1 > 12) lines.push(`  + ... (${eb - i - 11} more lines)`);
  return lines.join("\n");
}

function summarize(records, info, elapsed, options) {
  const passed = records.filter((r) => r.status === "pass").length;
  const failed = records.filter((r) => r.status === "fail").length;
  const unavailable = records.filter((r) => r.status === "oracle-unavailable").length;
  const unexpected = records.filter((r) => !r.expected);
  const lines = [
    "interp tracebacks inside Pyodide (oracle: Pyodide's own CPython; whole stderr, byte for byte)",
    info ? `Python ${info.python} (Pyodide ${info.pyodide}), interp ${info.interp}` : "",
    `total: ${passed}/${records.length} match, ${failed} differ, ${unavailable} oracle-unavailable`,
    `result: ${unexpected.length ? `FAILED (${unexpected.length} unexpected)` : "OK"}; time ${elapsed.toFixed(1)} s`,
    "",
  ];
  const topics = [...new Set(records.map((r) => r.topic))].sort();
  for (const topic of topics) {
    const rs = records.filter((r) => r.topic === topic);
    lines.push(`${topic.padEnd(14)} ${String(rs.filter((r) => r.status === "pass").length).padStart(4)}/${rs.length}`);
  }
  const section = (title, rs) => {
    if (!rs.length) return;
    lines.push("", `${title} (${rs.length}):`);
    for (const r of rs) {
      lines.push(`  ${r.program}${r.known ? `  [known: ${r.known}]` : ""}`);
      if (r.why && (!r.known || options.diffs || !r.expected)) lines.push(...r.why.split("\n").map((l) => `    ${l}`));
      if (options.diffs && r.oracle !== undefined) {
        lines.push("    --- Pyodide's CPython:", ...r.oracle.split("\n").map((l) => `    | ${l}`));
        lines.push("    --- interp:", ...r.interp.split("\n").map((l) => `    | ${l}`));
      }
    }
  };
  section("UNEXPECTED (these fail the run)", unexpected);
  section("known differences", records.filter((r) => r.expected && r.status !== "pass"));
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------
// worker thread: one Pyodide instance

async function workerMain({ indexURL, wheel, root }) {
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({
    indexURL,
    env: { PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", ...hostcodeEnv() },
    stdout: (line) => process.stdout.write(line + "\n"),
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  pyodide.FS.mkdirTree(SRC_DIR);
  if (wheel) {
    const bytes = readFileSync(wheel);
    pyodide.unpackArchive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), "wheel");
  } else {
    copyTree(pyodide, join(root, "interp"), `${SRC_DIR}/interp`);
  }
  pyodide.FS.writeFile(`${SRC_DIR}/conformance_harness.py`, readFileSync(join(HERE, "harness.py")));
  pyodide.FS.writeFile(`${SRC_DIR}/traceback_harness.py`, readFileSync(join(HERE, "traceback_harness.py")));
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(SRC_DIR)})`);
  const base = pyodide.pyimport("conformance_harness");
  const info = JSON.parse(base.prepare());
  info.pyodide = pyodide.version;
  const harness = pyodide.pyimport("traceback_harness");
  parentPort.postMessage({ type: "ready", info });

  parentPort.on("message", async (message) => {
    const result = {};
    try {
      result.oracle = JSON.parse(harness.run_oracle_json(message.source, message.path));
    } catch (error) {
      result.oracle = { error: `the oracle harness failed: ${String(error?.message ?? error).slice(-3000)}` };
    }
    try {
      result.interp = JSON.parse(await harness.run_interp_json(message.source, message.path));
    } catch (error) {
      result.interp = { error: String(error?.message ?? error).slice(-3000) };
    }
    parentPort.postMessage({ type: "result", result });
  });
}
