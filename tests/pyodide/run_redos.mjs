// The catastrophic-backtracking case of issue 14 inside real Pyodide, under Node.
//
// `re.match(r'(a+)+$', 'a' * 40 + 'b')` would run for hours in any backtracking engine.
// Inside the sandbox the regular-expression engine ticks the meter and yields time
// slices, so the program must end by the time limit with a clean LimitExceeded
// (result.error.limit == "timeout") and the run must return soon after the limit, in
// Pyodide as on the host (tests/test_sre_engine.py, tests/test_stdlib_loader.py).
// Native Pyodide is not run: it is the program that never ends.
//
//   node tests/pyodide/run_redos.mjs [--pyodide=DIR] [--timeout=S]
//
// Exit status: 0 when the run ended by the time limit in time, 1 otherwise, 2 on a
// harness error.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { copyTree } from "./copy_tree.mjs";
import { pyodideDir } from "./locate.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..");
const SRC_DIR = "/home/pyodide/interp-src";

globalThis.fetch = async (url) => {
  throw new Error(`run_redos: network access attempted: ${url}`);
};

async function main() {
  const args = Object.fromEntries(
    process.argv.slice(2).map((a) => /^--([a-z]+)=(.*)$/.exec(a)).filter(Boolean).map((m) => [m[1], m[2]]),
  );
  const timeout = Number(args.timeout ?? 2);
  const indexURL = pyodideDir(args.pyodide);
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL, env: { PYTHONHASHSEED: "0" } });
  pyodide.FS.mkdirTree(SRC_DIR);
  copyTree(pyodide, join(ROOT, "interp"), `${SRC_DIR}/interp`);
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(SRC_DIR)})`);
  pyodide.globals.set("TIMEOUT", timeout);
  const report = JSON.parse(
    await pyodide.runPythonAsync(`
import json, time
import interp

source = "import re\\nre.match(r'(a+)+$', 'a' * 40 + 'b')\\nprint('not reached')\\n"
warm = await interp.Sandbox().run_async("import re")  # the import is not what is measured
start = time.monotonic()
result = await interp.Sandbox(limits=interp.Limits(timeout=TIMEOUT)).run_async(source)
wall = time.monotonic() - start
error = result.error
json.dumps({
    "python": sys.version.split()[0],
    "warm_ok": warm.ok,
    "stdout": result.stdout,
    "type": error and error.type,
    "limit": error and error.limit,
    "message": error and error.message,
    "wall": round(wall, 2),
})
`),
  );
  console.log(JSON.stringify(report));
  const ok =
    report.warm_ok && report.limit === "timeout" && report.stdout === "" && report.wall < timeout * 3 + 2;
  console.log(ok ? "run_redos: ok" : "run_redos: FAILED");
  return ok ? 0 : 1;
}

process.exitCode = await main().catch((error) => {
  console.error(`run_redos: harness error: ${error?.stack ?? error}`);
  return 2;
});
