// Booting Pyodide under Node with interp importable, for the benchmark scripts that time
// things inside Pyodide (pyodide_bench.mjs, memory_bombs_pyodide.mjs,
// stdlib_import_time_pyodide.mjs): one place for the boot they share.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { copyTree } from "../tests/pyodide/copy_tree.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Pyodide from `indexURL`, with interp from `wheel` (unpacked into site-packages) or,
 * when `wheel` is null, from the source tree (copied under `srcDir`), and the
 * conformance harness in `srcDir`, which is put first on sys.path.  Pyodide's own output
 * goes to stderr: the scripts print their tables on stdout.
 */
export async function bootWithInterp(indexURL, wheel, srcDir) {
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({
    indexURL: indexURL + "/",
    env: { PYTHONHASHSEED: "0" },
    stdout: (line) => process.stderr.write(`[pyodide stdout] ${line}\n`),
    stderr: (line) => process.stderr.write(`[pyodide stderr] ${line}\n`),
  });
  pyodide.FS.mkdirTree(srcDir);
  if (wheel) {
    const bytes = readFileSync(wheel);
    const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
    pyodide.unpackArchive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), "wheel", {
      extractDir: sitePackages,
    });
  } else {
    copyTree(pyodide, join(ROOT, "interp"), `${srcDir}/interp`);
  }
  pyodide.FS.writeFile(`${srcDir}/conformance_harness.py`, readFileSync(join(ROOT, "tests", "pyodide", "harness.py")));
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(srcDir)})`);
  return pyodide;
}
