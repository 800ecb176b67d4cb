// Start-up of the JavaScript API under Node: time from interp.load() (which starts the
// worker and Pyodide's loadPyodide) to the first print of a sandboxed program, and the bytes
// of web/dist that a page downloads for it.
//
//   node web/startup.mjs [--runs N] [--no-pycache] [DIST]
//
// Each run starts a fresh runtime (a fresh worker). `make build` first.

import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  args.splice(i, 1);
  return true;
};
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const runs = Number(option("--runs", "3"));
const usePycache = !flag("--no-pycache");
const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(args[0] ?? resolve(here, "dist"));
const info = JSON.parse(readFileSync(resolve(dist, "build-info.json"), "utf8"));

// What a page fetches: the API, its worker, build-info.json, Pyodide's runtime files, the
// wheels and the byte-compiled modules.
const files = [
  "interp.js",
  "interp-worker.js",
  "build-info.json",
  ...["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"].map(
    (name) => info.pyodide.indexURL + name,
  ),
  info.wheels.lark.file,
  info.wheels.interp.file,
  ...(info.pycache && usePycache ? [info.pycache.file] : []),
];
let raw = 0;
let gzip = 0;
const rows = [];
for (const file of files) {
  const data = readFileSync(resolve(dist, file));
  const size = statSync(resolve(dist, file)).size;
  const zipped = /\.(whl|zip|wasm)$/.test(file) && !file.endsWith(".wasm") ? size : gzipSync(data, { level: 6 }).length;
  raw += size;
  gzip += zipped;
  rows.push(`  ${file.padEnd(44)} ${String(size).padStart(10)} ${String(zipped).padStart(10)}`);
}
console.log(`bytes a page downloads (raw, gzip -6 as a server would send them; zips as they are):`);
console.log(rows.join("\n"));
console.log(`  ${"total".padEnd(44)} ${String(raw).padStart(10)} ${String(gzip).padStart(10)}`);
console.log(`  (${(raw / 2 ** 20).toFixed(2)} MiB raw, ${(gzip / 2 ** 20).toFixed(2)} MiB compressed)`);

const interp = await import(pathToFileURL(resolve(dist, "interp.js")).href);
const results = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const marks = {};
  const rt = await interp.load({
    baseUrl: pathToFileURL(dist + "/").href,
    usePycache,
    onProgress: (e) => (marks[e.phase] ??= performance.now() - t0),
  });
  const tReady = performance.now() - t0;
  let tFirst = null;
  const sb = rt.sandbox({ onStdout: () => (tFirst ??= performance.now() - t0) });
  const r = await sb.run("print('hello from the sandbox')");
  if (r.stdout !== "hello from the sandbox\n") throw new Error(`unexpected output: ${JSON.stringify(r)}`);
  const tWarm0 = performance.now();
  await sb.run("print(sum(range(10)))");
  const warm = performance.now() - tWarm0;
  rt.close();
  results.push({ ready: tReady, first: tFirst, warm, marks, worker: rt.info.timings });
  console.log(
    `run ${i + 1}: ready ${tReady.toFixed(0)} ms (Pyodide ${rt.info.timings.runtimeMs.toFixed(0)} ms, ` +
      `wheels + interp import ${rt.info.timings.interpreterMs.toFixed(0)} ms), first print ${tFirst.toFixed(0)} ms, ` +
      `a second run ${warm.toFixed(1)} ms`,
  );
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `median of ${runs} (${usePycache ? "with" : "without"} the .pyc bundle): load() ${median(results.map((r) => r.ready)).toFixed(0)} ms, ` +
    `first print ${median(results.map((r) => r.first)).toFixed(0)} ms after load() started`,
);
