// The conformance corpus inside real Pyodide, under Node.
//
// Every program in tests/conformance runs twice in Pyodide: under Pyodide's own CPython
// (the oracle: each CPython is the oracle for its own runs, see DESIGN.md "Python
// versions") and under interp (`await interp.Sandbox(limits=...).run_async(source)`).
// stdout and the type of the uncaught exception must be identical, as in
// tests/test_conformance.py, whose rules tests/pyodide/harness.py follows (it runs inside
// Pyodide). Nothing is fetched from the network: Pyodide loads from local files and interp
// is unpacked from the wheel that web/build.py builds, or copied from the source tree into
// Pyodide's file system when there is no up-to-date wheel.
//
// Programs that fail here are a failure of the run unless tests/conformance/
// KNOWN_FAILURES_PYODIDE.txt lists them with a reason; a listed program that passes fails
// the run too (strict, like KNOWN_FAILURES.txt for CPython). Programs listed in
// KNOWN_FAILURES.txt (failing on CPython) are expected to fail here as well.
//
//   node tests/pyodide/run_conformance.mjs [options] [SUBSTRING...]
//
//   --jobs=N          Pyodide instances in worker threads (default: 2, at most the CPUs)
//   --interp=auto     interp from web/dist's wheel when web/build.py built one that is newer
//                     than every file of interp/ (default), else from the source tree;
//                     =wheel or =source to choose
//   --pyodide=DIR     Pyodide's indexURL (default: web/dist/pyodide if built, else
//                     node_modules/pyodide)
//   --timeout=S       wall seconds for one program, oracle and interp together (default 120)
//   --stack-mb=N      JavaScript stack of each worker in MiB (default 1: about what a browser
//                     gives, V8's default; Node gives worker threads 4)
//   --report=FILE     text report (default test-reports/pyodide-conformance.txt)
//   --json=FILE       JSON report (default test-reports/pyodide-conformance.json)
//   SUBSTRING...      run only the programs whose path contains one of them
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
const CORPUS = join(ROOT, "tests", "conformance");
const CHECKS = join(HERE, "checks");
// What every program in tests/pyodide/checks prints (CPython 3.11 prints the same).
const CHECK_STDOUT = "RecursionError\nok\n";
const SRC_DIR = "/home/pyodide/interp-src"; // in Pyodide's file system
const SIGINT = 2;

// Nothing may come from the network (Pyodide under Node reads its files from disk).
globalThis.fetch = async (url) => {
  throw new Error(`pyodide conformance: network access attempted: ${url}`);
};

if (isMainThread) {
  process.exitCode = await main().catch((error) => {
    console.error(`pyodide conformance: harness error: ${error?.stack ?? error}`);
    return 2;
  });
} else {
  await workerMain(workerData);
}

// ---------------------------------------------------------------------------------------------
// main thread: options, scheduling, comparison, reports

function parseArgs(argv) {
  const defaults = {
    stackMb: 1,
    report: join(ROOT, "test-reports", "pyodide-conformance.txt"),
    json: join(ROOT, "test-reports", "pyodide-conformance.json"),
  };
  return parseRunnerArgs(argv, defaults, (name, value, arg, options) => {
    if (name === "stack-mb") options.stackMb = Number(value);
    else if (name === "json") options.json = resolve(value);
    else return false;
    return true;
  });
}

/** tests/pyodide/checks: run under interp only (native Pyodide dies on them). */
function pyodideChecks(filters) {
  if (!existsSync(CHECKS)) return [];
  return readdirSync(CHECKS)
    .filter((name) => name.endsWith(".py"))
    .sort()
    .map((name) => ({ rel: `pyodide-checks/${name}`, topic: "pyodide-checks", path: join(CHECKS, name), interpOnly: true }))
    .filter((check) => !filters.length || filters.some((f) => check.rel.includes(f)));
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

/** `path  reason` lines (two spaces or more between them), as in KNOWN_FAILURES.txt. */
function knownFailures(file) {
  const known = new Map();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const at = line.indexOf("  ");
    const name = (at < 0 ? line : line.slice(0, at)).trim();
    const reason = at < 0 ? "" : line.slice(at).trim();
    known.set(name, reason);
  }
  return known;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const indexURL = pyodideDir(options.pyodide) + "/";
  const { wheel, note } = chooseInterp(options.interp);
  options.interpNote = note;
  const corpus = programs(options.filters);
  const checks = pyodideChecks(options.filters);
  const list = [...corpus, ...checks];
  if (!list.length) throw new Error("no conformance program matches");
  const knownPyodide = knownFailures(join(CORPUS, "KNOWN_FAILURES_PYODIDE.txt"));
  const knownCPython = knownFailures(join(CORPUS, "KNOWN_FAILURES.txt"));
  for (const name of knownPyodide.keys()) {
    if (!existsSync(join(CORPUS, name))) throw new Error(`KNOWN_FAILURES_PYODIDE.txt lists a missing program: ${name}`);
  }

  const jobs = Math.min(options.jobs, list.length);
  options.workers = jobs;
  console.log(
    `pyodide conformance: ${corpus.length} programs and ${checks.length} Pyodide checks, ${jobs} Pyodide instance(s) from ` +
      `${relative(ROOT, indexURL) || indexURL}, interp from ${wheel ? relative(ROOT, wheel) : "the source tree"}` +
      (note ? ` (${note})` : ""),
  );
  const results = await runAll(list, { jobs, indexURL, wheel, timeout: options.timeout, stackMb: options.stackMb });
  const records = corpus.map((program) => judge(program, results.get(program.rel), knownPyodide, knownCPython));
  const checkRecords = checks.map((check) => judgeCheck(check, results.get(check.rel)));
  const elapsed = (performance.now() - started) / 1000;
  const summary = summarize(records, checkRecords, results.info, elapsed, options, indexURL, wheel);
  mkdirSync(dirname(options.report), { recursive: true });
  writeFileSync(options.report, summary.text);
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, JSON.stringify(summary.json, null, 1) + "\n");
  console.log(summary.text.trimEnd());
  console.log(`(reports: ${relative(ROOT, options.report)}, ${relative(ROOT, options.json)})`);
  return summary.ok ? 0 : 1;
}

/** Runs every program on a pool of Pyodide workers; returns Map rel -> {oracle, interp, ...}. */
function runAll(list, { jobs, indexURL, wheel, timeout, stackMb }) {
  return new Promise((resolveAll, rejectAll) => {
    const results = new Map();
    let next = 0;
    let running = 0;
    const slots = [];

    const finish = () => {
      for (const slot of slots) slot.worker?.terminate();
      clearInterval(watchdog);
      resolveAll(results);
    };

    const dispatch = (slot) => {
      if (next >= list.length) {
        slot.worker.terminate();
        slot.worker = null;
        if (--running === 0) finish();
        return;
      }
      const program = list[next++];
      slot.current = { program, since: performance.now(), interrupted: false };
      Atomics.store(slot.interrupt, 0, 0);
      slot.worker.postMessage({
        type: "run",
        rel: program.rel,
        path: program.path,
        source: readFileSync(program.path, "utf8"),
        interpOnly: program.interpOnly === true,
      });
    };

    const start = (slot) => {
      slot.interrupt = new Int32Array(new SharedArrayBuffer(4));
      slot.current = null;
      slot.ready = false;
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { indexURL, wheel, root: ROOT, interrupt: slot.interrupt },
        stdout: true,
        stderr: true,
        resourceLimits: { stackSizeMb: stackMb },
      });
      slot.worker = worker;
      slot.output = [];
      worker.stdout.on("data", (chunk) => slot.output.push(String(chunk)));
      worker.stderr.on("data", (chunk) => slot.output.push(String(chunk)));
      worker.on("message", (message) => {
        if (message.type === "ready") {
          slot.ready = true;
          results.info ??= message.info;
          dispatch(slot);
        } else if (message.type === "result") {
          const { program, interrupted, since } = slot.current;
          results.set(program.rel, { ...message.result, interrupted, wall: (performance.now() - since) / 1000 });
          slot.current = null;
          dispatch(slot);
        }
      });
      worker.on("error", (error) => slot.output.push(`worker error: ${error?.stack ?? error}\n`));
      worker.on("exit", (code) => {
        if (slot.worker !== worker) return; // terminated on purpose
        slot.worker = null;
        const log = slot.output.join("").slice(-4000);
        if (!slot.ready) {
          // Pyodide or interp could not start: nothing can run; that is a harness error.
          for (const other of slots) other.worker?.terminate();
          clearInterval(watchdog);
          rejectAll(new Error(`a Pyodide worker exited while starting (code ${code}):\n${log}`));
          return;
        }
        if (slot.current) {
          // The program crashed Pyodide (a fatal error ends the worker): record it, start a new one.
          const { program, interrupted, since } = slot.current;
          const why = interrupted ? `timed out after ${timeout} s` : `the Pyodide worker exited (code ${code})`;
          results.set(program.rel, { crashed: why, log, interrupted, wall: (performance.now() - since) / 1000 });
        }
        start(slot);
      });
    };

    // A program that runs too long gets a KeyboardInterrupt (Pyodide's interrupt buffer);
    // if Python does not get to check it, the worker is replaced.
    const watchdog = setInterval(() => {
      for (const slot of slots) {
        const current = slot.current;
        if (!current || !slot.worker) continue;
        const seconds = (performance.now() - current.since) / 1000;
        if (seconds > timeout && !current.interrupted) {
          current.interrupted = true;
          Atomics.store(slot.interrupt, 0, SIGINT);
        } else if (seconds > timeout + 15) {
          const worker = slot.worker;
          slot.worker = null;
          worker.terminate().then(() => {
            const { program, since } = current;
            results.set(program.rel, {
              crashed: `timed out after ${timeout} s (the worker did not answer the interrupt)`,
              interrupted: true,
              wall: (performance.now() - since) / 1000,
            });
            slot.current = null;
            start(slot);
          });
        }
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

function judge(program, result, knownPyodide, knownCPython) {
  const record = { program: program.rel, topic: program.topic };
  if (!result) {
    record.status = "fail";
    record.why = "no result (the runner lost it)";
  } else if (result.crashed || result.interrupted) {
    record.status = "fail";
    record.why = result.crashed ?? "timed out (interrupted)";
    if (result.log) record.log = result.log;
  } else if (result.oracle.unavailable || result.oracle.error) {
    record.status = "oracle-unavailable";
    record.why = result.oracle.unavailable ?? result.oracle.error;
  } else if (result.interp.error) {
    record.status = "fail";
    record.why = `harness error in interp run: ${result.interp.error}`;
  } else {
    const { oracle, interp } = result;
    record.why = compare(oracle, interp);
    record.status = record.why ? "fail" : "pass";
    if (record.why) {
      record.oracle = { stdout: oracle.stdout, exc_type: oracle.exc_type, returncode: oracle.returncode, stderr: oracle.stderr.slice(-2000) };
      record.interp = { stdout: interp.stdout, exc_type: interp.exc_type, returncode: interp.returncode, stderr: interp.stderr.slice(-2000) };
    }
  }
  if (result?.oracle && !result.crashed) {
    record.oracle_seconds = round(result.oracle.time);
    record.interp_seconds = round(result.interp?.time);
  }
  record.wall_seconds = round(result?.wall);
  const reasonPyodide = knownPyodide.get(program.rel);
  const reasonCPython = knownCPython.get(program.rel);
  if (reasonPyodide !== undefined) {
    record.known = `KNOWN_FAILURES_PYODIDE.txt: ${reasonPyodide}`;
    record.expected = record.status !== "pass";
    if (!record.expected) record.why = "passes, but KNOWN_FAILURES_PYODIDE.txt lists it (remove the line)";
  } else if (reasonCPython !== undefined) {
    record.known = `KNOWN_FAILURES.txt: ${reasonCPython}`;
    record.expected = true; // the CPython run is strict about this list
  } else {
    record.expected = record.status === "pass";
  }
  return record;
}

function judgeCheck(check, result) {
  const record = { program: check.rel, topic: check.topic };
  if (!result || result.crashed || result.interrupted || result.interp?.error) {
    record.status = "fail";
    record.why = result?.crashed ?? result?.interp?.error ?? "timed out (interrupted)";
    if (result?.log) record.log = result.log;
  } else {
    const { interp } = result;
    // A check with a NAME.expected file prints that (what CPython prints: tests/test_trashcan.py).
    const own = check.path.replace(/\.py$/, ".expected");
    const stdout = existsSync(own) ? readFileSync(own, "utf8") : CHECK_STDOUT;
    const expected = { stdout, exc_type: null, returncode: 0, stderr: "" };
    record.why = compare(expected, interp);
    record.status = record.why ? "fail" : "pass";
    record.interp_seconds = round(interp.time);
  }
  record.expected = record.status === "pass";
  return record;
}

/** Why interp's outcome differs from the oracle's (null when they agree), as the CPython harness checks. */
function compare(oracle, interp) {
  if (interp.limit === "timeout") return `interp hit its time limit (${interp.stderr.trim()})`;
  if (interp.stdout !== oracle.stdout) return "stdout differs\n" + shortDiff(oracle.stdout, interp.stdout) + stderrTail(interp);
  if (interp.exc_type !== oracle.exc_type) {
    return `exception type differs: interp ${JSON.stringify(interp.exc_type)}, CPython ${JSON.stringify(oracle.exc_type)}` + stderrTail(interp);
  }
  if ([0, 1].includes(oracle.returncode) && interp.returncode !== oracle.returncode) {
    return `exit status differs: interp ${interp.returncode}, CPython ${oracle.returncode}` + stderrTail(interp);
  }
  return null;
}

function stderrTail(outcome) {
  const tail = outcome.stderr.trimEnd().split("\n").slice(-6).join("\n    ");
  return tail ? `\n  interp stderr (end):\n    ${tail}` : "";
}

function shortDiff(expected, actual, context = 2, shown = 6) {
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
  const lines = [`  first difference at line ${i + 1}:`];
  for (let k = Math.max(0, i - context); k < i; k++) lines.push(`      ${a[k]}`);
  const cut = (s) => (s.length > 160 ? s.slice(0, 160) + "..." : s);
  for (let k = i; k <= Math.min(ea, i + shown - 1); k++) lines.push(`    - ${cut(a[k])}`);
  if (ea - i + 1 > shown) lines.push(`    - ... (${ea - i + 1 - shown} more lines)`);
  for (let k = i; k <= Math.min(eb, i + shown - 1); k++) lines.push(`    + ${cut(b[k])}`);
  if (eb - i + 1 > shown) lines.push(`    + ... (${eb - i + 1 - shown} more lines)`);
  lines.push("    (- Pyodide's CPython, + interp)");
  return lines.join("\n");
}

function round(x) {
  return typeof x === "number" ? Math.round(x * 1000) / 1000 : null;
}

function summarize(records, checkRecords, info, elapsed, options, indexURL, wheel) {
  const count = (pred) => records.filter(pred).length;
  const passed = count((r) => r.status === "pass");
  const failed = count((r) => r.status === "fail");
  const unavailable = count((r) => r.status === "oracle-unavailable");
  const unexpected = [...records, ...checkRecords].filter((r) => !r.expected);
  const checksPassed = checkRecords.filter((r) => r.status === "pass").length;
  const ok = unexpected.length === 0;
  const lines = [];
  lines.push("interp conformance inside Pyodide (oracle: Pyodide's own CPython)");
  if (info) {
    lines.push(
      `Python ${info.python} (Pyodide ${info.pyodide}), interp ${info.interp} from ` +
        `${wheel ? relative(ROOT, wheel) : "the source tree"}${options.interpNote ? ` (${options.interpNote})` : ""}; ` +
        `${options.workers} worker(s) ` +
        `with ${options.stackMb} MiB of JavaScript stack`,
    );
  }
  lines.push(
    `total: ${passed}/${records.length} passed, ${failed} failed, ${unavailable} oracle-unavailable` +
      ` (the oracle cannot run them under Pyodide)`,
  );
  if (checkRecords.length) {
    lines.push(
      `Pyodide checks (tests/pyodide/checks, interp only; native Pyodide dies on them): ` +
        `${checksPassed}/${checkRecords.length} passed`,
    );
  }
  const cpython = cpythonSummary();
  if (cpython) lines.push(`CPython harness (test-reports/conformance.txt): ${cpython}`);
  lines.push(`result: ${ok ? "OK" : `FAILED (${unexpected.length} unexpected)`}; time ${elapsed.toFixed(1)} s`);
  lines.push("");
  lines.push(`${"topic".padEnd(20)} ${"passed".padStart(7)} ${"failed".padStart(7)} ${"no-orac".padStart(7)} ${"total".padStart(7)}`);
  const topics = [...new Set(records.map((r) => r.topic))].sort();
  for (const topic of topics) {
    const rs = records.filter((r) => r.topic === topic);
    const n = (s) => String(rs.filter((r) => r.status === s).length).padStart(7);
    lines.push(`${topic.padEnd(20)} ${n("pass")} ${n("fail")} ${n("oracle-unavailable")} ${String(rs.length).padStart(7)}`);
  }
  const section = (title, rs, withWhy = true) => {
    if (!rs.length) return;
    lines.push("", `${title} (${rs.length}):`);
    for (const r of rs) {
      lines.push(`  ${r.program}${r.known ? `  [${r.known}]` : ""}`);
      if (withWhy && r.why) lines.push(...r.why.split("\n").map((l) => `    ${l}`));
    }
  };
  section("UNEXPECTED (these fail the run)", unexpected);
  section("expected failures", records.filter((r) => r.expected && r.status === "fail"));
  section("oracle cannot run (expected)", records.filter((r) => r.expected && r.status === "oracle-unavailable"));
  const slow = records
    .filter((r) => r.oracle_seconds !== undefined && r.oracle_seconds !== null)
    .sort((x, y) => y.interp_seconds - x.interp_seconds)
    .slice(0, 8);
  if (slow.length) {
    lines.push("", "slowest under interp (seconds: interp, oracle):");
    for (const r of slow) lines.push(`  ${r.interp_seconds.toFixed(2).padStart(7)} ${r.oracle_seconds.toFixed(2).padStart(7)}  ${r.program}`);
  }
  const sum = (key) => records.reduce((t, r) => t + (r[key] ?? 0), 0);
  lines.push(
    "",
    `time: ${elapsed.toFixed(1)} s wall (start-up ${info ? (info.boot_seconds ?? 0).toFixed(1) : "?"} s per worker); ` +
      `programs: oracle ${sum("oracle_seconds").toFixed(1)} s, interp ${sum("interp_seconds").toFixed(1)} s in total`,
  );
  const json = {
    ok,
    python: info?.python ?? null,
    pyodide: info?.pyodide ?? null,
    interp_from: wheel ? relative(ROOT, wheel) : "source",
    pyodide_index: relative(ROOT, indexURL),
    workers: options.workers,
    stack_mb: options.stackMb,
    total: records.length,
    passed,
    failed,
    oracle_unavailable: unavailable,
    unexpected: unexpected.map((r) => r.program),
    checks_total: checkRecords.length,
    checks_passed: checksPassed,
    seconds: round(elapsed),
    programs: records,
    checks: checkRecords,
  };
  return { ok, text: lines.join("\n") + "\n", json };
}

function cpythonSummary() {
  const file = join(ROOT, "test-reports", "conformance.txt");
  if (!existsSync(file)) return null;
  const line = readFileSync(file, "utf8").split("\n").find((l) => l.startsWith("total:"));
  return line ? line.slice("total:".length).trim() + ` (written ${statSync(file).mtime.toISOString().slice(0, 16)}Z)` : null;
}

// ---------------------------------------------------------------------------------------------
// worker thread: one Pyodide instance

async function workerMain({ indexURL, wheel, root, interrupt }) {
  const t0 = performance.now();
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({
    indexURL,
    env: { PYTHONHASHSEED: "0", ...hostcodeEnv() },
    stdout: (line) => process.stdout.write(line + "\n"),
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  pyodide.setInterruptBuffer(interrupt);
  pyodide.FS.mkdirTree(SRC_DIR);
  if (wheel) {
    const bytes = readFileSync(wheel);
    pyodide.unpackArchive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), "wheel");
  } else {
    copyTree(pyodide, join(root, "interp"), `${SRC_DIR}/interp`);
  }
  pyodide.FS.writeFile(`${SRC_DIR}/conformance_harness.py`, readFileSync(join(HERE, "harness.py")));
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(SRC_DIR)})`);
  const harness = pyodide.pyimport("conformance_harness");
  const info = JSON.parse(harness.prepare());
  info.pyodide = pyodide.version;
  info.boot_seconds = (performance.now() - t0) / 1000;
  parentPort.postMessage({ type: "ready", info });

  parentPort.on("message", async (message) => {
    if (message.type !== "run") return;
    const result = {};
    if (!message.interpOnly) {
      try {
        result.oracle = JSON.parse(harness.run_oracle_json(message.source, message.path));
      } catch (error) {
        result.oracle = { error: `the oracle harness failed: ${pyError(error)}` };
      }
    }
    try {
      result.interp = JSON.parse(await harness.run_interp_json(message.source, message.path));
    } catch (error) {
      result.interp = { error: pyError(error) };
    }
    parentPort.postMessage({ type: "result", result });
  });
}

function pyError(error) {
  const text = String(error?.message ?? error);
  return text.length > 3000 ? "..." + text.slice(-3000) : text;
}
