// Copy a folder of the host into Pyodide's in-memory file system (Python sources only:
// caches compiled by another Python would not load). Shared by the conformance runner
// and bench/pyodide_bench.mjs, which both load interp from the source tree.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function copyTree(pyodide, from, to) {
  pyodide.FS.mkdirTree(to);
  for (const name of readdirSync(from).sort()) {
    if (name === "__pycache__" || name.endsWith(".pyc")) continue;
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyTree(pyodide, source, `${to}/${name}`);
    else pyodide.FS.writeFile(`${to}/${name}`, readFileSync(source));
  }
}
