// Where the Node runners of tests/pyodide find Pyodide and interp: web/dist's build when it
// is there and current, else node_modules and the source tree. Shared by
// run_conformance.mjs, run_tracebacks.mjs and run_redos.mjs.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The runners' command line: --jobs, --interp, --pyodide, --timeout and --report (into
 * `defaults`' copy), the runner's own options (`own(name, value, arg, options)` returns
 * true when it took the argument), and the rest as filters. */
export function parseRunnerArgs(argv, defaults, own = () => false) {
  const options = {
    jobs: Math.max(1, Math.min(2, availableParallelism())),
    interp: "auto",
    pyodide: null,
    timeout: 120,
    filters: [],
    ...defaults,
  };
  for (const arg of argv) {
    const m = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (m && m[1] === "jobs") options.jobs = Math.max(1, parseInt(m[2], 10) || 1);
    else if (m && m[1] === "interp" && ["auto", "source", "wheel"].includes(m[2])) options.interp = m[2];
    else if (m && m[1] === "pyodide") options.pyodide = resolve(m[2]);
    else if (m && m[1] === "timeout") options.timeout = Number(m[2]);
    else if (m && m[1] === "report") options.report = resolve(m[2]);
    else if (own(m?.[1], m?.[2], arg, options)) continue;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.filters.push(arg);
  }
  return options;
}

/** web/dist/build-info.json, or null before the first build. */
export function buildInfo() {
  const file = join(ROOT, "web", "dist", "build-info.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

/** Pyodide's indexURL: `explicit` when given, else the build's copy, else node_modules'. */
export function pyodideDir(explicit) {
  if (explicit) return resolve(explicit);
  const info = buildInfo();
  if (info?.pyodide?.indexURL) {
    const dir = resolve(ROOT, "web", "dist", info.pyodide.indexURL);
    if (existsSync(join(dir, "pyodide.mjs"))) return dir;
  }
  return join(ROOT, "node_modules", "pyodide");
}

/** The interp wheel to test ({wheel: path}), or the source tree ({wheel: null}), and why:
 * "auto" takes the build's wheel unless a file of interp/ is newer than it. */
export function chooseInterp(mode) {
  const info = buildInfo();
  const file = info?.wheels?.interp?.file ? resolve(ROOT, "web", "dist", info.wheels.interp.file) : null;
  if (mode === "source") return { wheel: null, note: null };
  if (mode === "wheel") {
    if (!file || !existsSync(file)) throw new Error("--interp=wheel: web/dist has no interp wheel (make build)");
    return { wheel: file, note: null };
  }
  if (!file || !existsSync(file)) return { wheel: null, note: "no wheel in web/dist" };
  const newer = newestFile(join(ROOT, "interp"));
  if (newer.mtime > statSync(file).mtimeMs) {
    return { wheel: null, note: `the wheel in web/dist is older than ${relative(ROOT, newer.path)}` };
  }
  return { wheel: file, note: null };
}

function newestFile(dir) {
  let best = { path: dir, mtime: 0 };
  for (const name of readdirSync(dir)) {
    if (name === "__pycache__") continue;
    const path = join(dir, name);
    const st = statSync(path);
    const found = st.isDirectory() ? newestFile(path) : { path, mtime: st.mtimeMs };
    if (found.mtime > best.mtime) best = found;
  }
  return best;
}

// The second tier's switches (interp/compiler/hostcode.py: INTERP_HOSTCODE,
// INTERP_HOSTCODE_THRESHOLD, INTERP_HOSTCODE_STRICT) as this process has them, for the
// environment of the Pyodide instances: `make pyodide-hostcode` runs the corpora with
// every body compiled to host code on its first call.
export function hostcodeEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith("INTERP_HOSTCODE")));
}
