// Smoke check of the built site under Node: load Pyodide from web/dist, install micropip
// and the lark wheel from the local files, and print the Python version. Any attempt to
// reach the network fails the check, which proves that web/dist works offline.
//
//   node web/smoke.mjs [DIST]        (default: web/dist next to this script)

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(process.argv[2] ?? resolve(here, "dist"));
const info = JSON.parse(readFileSync(resolve(dist, "build-info.json"), "utf8"));
const indexURL = resolve(dist, info.pyodide.indexURL) + "/";

globalThis.fetch = async (url) => {
  throw new Error(`smoke check: network access attempted: ${url}`);
};

const t0 = performance.now();
const { loadPyodide } = await import(pathToFileURL(resolve(indexURL, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL });
const tLoad = performance.now();

await pyodide.loadPackage(resolve(dist, info.wheels.micropip.file), { messageCallback: () => {} });
const larkWheel = resolve(dist, info.wheels.lark.file);
const emfsPath = "/tmp/" + larkWheel.split("/").pop();
pyodide.FS.writeFile(emfsPath, readFileSync(larkWheel));
await pyodide.runPythonAsync(`
import micropip
await micropip.install("emfs:${emfsPath}", deps=False)
`);
const report = pyodide.runPython(`
import sys, lark
f"Python {sys.version.split()[0]} on {sys.platform}, lark {lark.__version__}"
`);
const tEnd = performance.now();

const expected = info.pyodide.python;
if (!report.startsWith(`Python ${expected} `) || !report.endsWith(`lark ${info.wheels.lark.version}`)) {
  console.error(`smoke check: unexpected report: ${report}`);
  process.exit(1);
}
console.log(
  `smoke: ${report} (Pyodide ${info.pyodide.version}; load ${(tLoad - t0).toFixed(0)} ms, ` +
    `total ${(tEnd - t0).toFixed(0)} ms)`,
);
