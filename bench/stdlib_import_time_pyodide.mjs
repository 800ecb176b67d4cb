// Import time of CPython's own modules inside the sandbox, in Pyodide under Node: the table
// that bench/stdlib_import_time.py prints on the host, measured in the browser's runtime.
// Usually run through `python bench/stdlib_import_time.py --pyodide [--cpu] [MODULE...]`.
//
//   node bench/stdlib_import_time_pyodide.mjs [--cpu] [--runs=N] [--sandboxes=K]
//        [--json=PATH] [--interp=source|auto|wheel] [--baseline=NAME,...] [MODULE ...]
//
// --interp: interp from the source tree (default) or web/dist's wheel (tests/pyodide/locate.mjs).
//
// For each module, in a fresh Pyodide instance each run (best of --runs, default 2):
//
// - "CPython fresh": Pyodide's own CPython importing the module as a fresh process would.
//   Pyodide cannot start a fresh process, and a fresh Pyodide instance is no substitute:
//   its boot has already imported json, re, typing, enum, dataclasses and most of what
//   they need (pyodide's own packages use them), so `import json` there takes no time.
//   Instead every pure-Python module that a fresh `python -I -S` of the host does not
//   hold at start-up (the baseline, passed in by the Python driver or the built-in list
//   below) is taken out of sys.modules, the import is timed, and sys.modules is put back
//   exactly as it was, outside the timing (the interpreter's own modules keep their
//   copies). So the import runs the module and every dependency a fresh process would
//   run, as `-X importtime` counts on the host. C accelerators (_json, _sre, ...) stay
//   initialised: in a fresh process that costs microseconds. Pyodide ships its standard
//   library as source only and sets PYTHONDONTWRITEBYTECODE, so two columns: "from
//   source" (best of 3: what a fresh Pyodide really pays, compiling every file) and
//   "CPython fresh" (best of 3, after an untimed import that writes the caches: from a
//   copy of the library extracted to a writable folder, with bytecode writing on, as the
//   host's fresh process reads its __pycache__), which the ratio uses.
// - "sandbox, first": `Sandbox().run("import M")` in the instance's first sandbox
//   (reading Pyodide's stdlib files, parsing, analysing, compiling, running), as the host
//   script's child process does: interp imported and the Sandbox built before the clock.
// - "sandbox, second": the best of the next --sandboxes - 1 sandboxes (default 3 in all):
//   the parsed trees are shared, so compiling and running only.
//
// --cpu times the process's CPU time (Node's process.cpuUsage(), user + system, which
// also counts V8's helper threads: its garbage collector and WebAssembly tier-up) instead
// of wall time (performance.now()): the machine's load moves wall time far more.
// Pyodide loads from web/dist (`make build`) or node_modules, nothing from the network.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bootWithInterp } from "./pyodide_boot.mjs";
import { chooseInterp, pyodideDir } from "../tests/pyodide/locate.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");
const SRC_DIR = "/home/pyodide/import-bench-src"; // in Pyodide's file system
const MODULES = ["json", "re", "datetime", "typing", "dataclasses", "enum"];

// sys.modules of a fresh `python3.11 -I -S -c pass` (the host's), used when the driver
// does not pass its own with --baseline.
const BASELINE = [
  "__main__", "_abc", "_codecs", "_frozen_importlib", "_frozen_importlib_external", "_imp",
  "_io", "_signal", "_thread", "_warnings", "_weakref", "abc", "builtins", "codecs",
  "encodings", "encodings.aliases", "encodings.utf_8", "io", "marshal", "posix", "sys",
  "time", "zipimport",
];

globalThis.fetch = async (url) => {
  throw new Error(`import-time bench: network access attempted: ${url}`);
};

const HELPER = `
import gc
import json
import sys

import conformance_harness

conformance_harness._oracle_asyncio(fresh=False)
import interp

_baseline = set()
_saved = None
_saved_path = None
_sandbox = None


def set_baseline(names_json):
    _baseline.clear()
    _baseline.update(json.loads(names_json))


def _pure_python(module):
    name = getattr(module, "__file__", None) or ""
    return name.endswith((".py", ".pyc"))


_extracted = None


def _bytecode_dir():
    """The standard library's zip extracted to a writable folder (once per instance), so
    that imports from it write and then reuse __pycache__ files, as the host's do."""
    global _extracted
    if _extracted is None:
        import zipfile

        archive = next(p for p in sys.path if p.endswith(".zip"))
        _extracted = "/tmp/import-bench-stdlib"
        zipfile.ZipFile(archive).extractall(_extracted)
    return _extracted


def purge(name, bytecode):
    """Take out of sys.modules what a fresh process would not have yet (see the script);
    with bytecode, import from the extracted copy of the standard library."""
    global _saved, _saved_path
    _saved = dict(sys.modules)
    _saved_path = list(sys.path)
    if bytecode:
        # Pyodide sets PYTHONDONTWRITEBYTECODE; the host's fresh process reads its caches.
        sys.dont_write_bytecode = False
        sys.path.insert(0, _bytecode_dir())
    for key, module in list(sys.modules.items()):
        # The interpreter's own package and Pyodide's stay: only the standard library goes.
        if key in _baseline or key.split(".")[0] in ("interp", "pyodide", "_pyodide"):
            continue
        if key == "conformance_harness" or key == "import_bench":
            continue
        if _pure_python(module):
            del sys.modules[key]
    gc.collect()


def import_now(name):
    __import__(name)


def restore():
    global _saved
    sys.modules.clear()
    sys.modules.update(_saved)
    sys.path[:] = _saved_path
    sys.dont_write_bytecode = True
    _saved = None


def new_sandbox():
    global _sandbox
    _sandbox = interp.Sandbox()


def sandbox_import(name):
    result = _sandbox.run(f"import {name}")
    if not result.ok:
        error = result.error
        return f"{error.type}: {error.message}"
    return ""


def version():
    return sys.version.split()[0]
`;

function parseArgs(argv) {
  const options = { cpu: false, runs: 2, sandboxes: 3, json: null, interp: "source", baseline: null, modules: [] };
  for (const arg of argv) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m) options.modules.push(arg);
    else if (m[1] === "cpu") options.cpu = true;
    else if (m[1] === "runs") options.runs = Math.max(1, parseInt(m[2], 10) || 1);
    else if (m[1] === "sandboxes") options.sandboxes = Math.max(2, parseInt(m[2], 10) || 2);
    else if (m[1] === "json") options.json = resolve(m[2]);
    else if (m[1] === "interp") options.interp = m[2];
    else if (m[1] === "baseline") options.baseline = m[2].split(",").filter(Boolean);
    else throw new Error(`unknown option ${arg}`);
  }
  if (!options.modules.length) options.modules = MODULES;
  return options;
}

async function boot(indexURL, wheel) {
  const pyodide = await bootWithInterp(indexURL, wheel, SRC_DIR);
  pyodide.FS.writeFile(`${SRC_DIR}/import_bench.py`, HELPER);
  return [pyodide, pyodide.pyimport("import_bench")];
}

/** Seconds that `fn()` took: CPU time of the process with --cpu, else wall time. */
function timed(cpu, fn) {
  if (cpu) {
    const before = process.cpuUsage();
    const value = fn();
    const used = process.cpuUsage(before);
    return [(used.user + used.system) / 1e6, value];
  }
  const started = performance.now();
  const value = fn();
  return [(performance.now() - started) / 1000, value];
}

/** One fresh instance: {cpython, first, second, error} in seconds for module `name`. */
async function measureOnce(indexURL, wheel, name, options) {
  const [pyodide, helper] = await boot(indexURL, wheel);
  helper.set_baseline(JSON.stringify(options.baseline ?? BASELINE));
  // Source first (as Pyodide ships its stdlib), then bytecode: the first bytecode run
  // compiles and writes the __pycache__ files, so it is not counted.
  const cpython = { source: Infinity, bytecode: Infinity };
  for (const [kind, count] of [["source", 3], ["bytecode", 4]]) {
    for (let i = 0; i < count; i++) {
      helper.purge(name, kind === "bytecode");
      try {
        const [seconds] = timed(options.cpu, () => helper.import_now(name));
        if (kind === "source" || i > 0) cpython[kind] = Math.min(cpython[kind], seconds);
      } finally {
        helper.restore();
      }
    }
  }
  const sandboxes = [];
  let error = "";
  for (let i = 0; i < options.sandboxes && !error; i++) {
    helper.new_sandbox();
    const [seconds, failed] = timed(options.cpu, () => helper.sandbox_import(name));
    if (failed) error = failed;
    else sandboxes.push(seconds);
  }
  const version = helper.version();
  helper.destroy();
  return {
    version,
    pyodide: pyodide.version,
    cpython: cpython.bytecode,
    source: cpython.source,
    first: sandboxes.length ? sandboxes[0] : null,
    second: sandboxes.length > 1 ? Math.min(...sandboxes.slice(1)) : null,
    error,
  };
}

const ms = (seconds) => (seconds === null ? "-" : seconds * 1000 >= 10 ? `${(seconds * 1000).toFixed(0)} ms` : `${(seconds * 1000).toFixed(1)} ms`);
const times = (ratio) => (ratio < 10 ? `${ratio.toFixed(1)}x` : `${ratio.toFixed(0)}x`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const indexURL = pyodideDir();
  const { wheel } = chooseInterp(options.interp);
  const rows = [];
  let header = false;
  for (const name of options.modules) {
    const runs = [];
    for (let r = 0; r < options.runs; r++) runs.push(await measureOnce(indexURL, wheel, name, options));
    const best = (key) => {
      const values = runs.map((run) => run[key]).filter((v) => v !== null);
      return values.length ? Math.min(...values) : null;
    };
    const row = { module: name, source: best("source"), cpython: best("cpython"), first: best("first"), second: best("second"), error: runs.find((run) => run.error)?.error ?? "" };
    rows.push(row);
    if (!header) {
      console.log(
        `Pyodide ${runs[0].pyodide} (CPython ${runs[0].version}) under Node ${process.version}, ` +
          `${options.cpu ? "process CPU time" : "wall time"}, interp from ${wheel ? relative(ROOT, wheel) : "the source tree"}`,
      );
      console.log("");
      console.log(
        "| module | CPython fresh, from source | CPython fresh | sandbox, first | sandbox, second | second / CPython |",
      );
      console.log("| --- | --- | --- | --- | --- | --- |");
      header = true;
    }
    const ratio = row.second !== null && row.cpython ? times(row.second / row.cpython) : "-";
    const failed = row.error ? ` fails: ${row.error.split("\n")[0].slice(0, 120)}` : "";
    console.log(`| \`${name}\` | ${ms(row.source)} | ${ms(row.cpython)} | ${ms(row.first)} | ${ms(row.second)} | ${ratio}${failed} |`);
  }
  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, JSON.stringify({ cpu: options.cpu, rows }, null, 2) + "\n");
  }
  return rows.some((row) => row.error) ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  console.error(`import-time bench: ${error?.stack ?? error}`);
  return 2;
});
