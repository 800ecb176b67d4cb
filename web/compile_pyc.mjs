// Build step (web/build.py runs it): byte-compile pure-Python wheels with Pyodide's own
// CPython, so that the browser imports .pyc files instead of compiling the sources at every
// page load (about a second saved for lark and interp).
//
//   node web/compile_pyc.mjs PYODIDE_DIR OUT.zip WHEEL...
//
// OUT.zip holds the `__pycache__/*.cpython-3XX.pyc` files, with paths relative to
// site-packages, of the modules of the wheels that `import interp.host.pyodide` and its
// warm_up() load, and of all of interp's packages (its sandbox modules load on demand; the
// sandbox-side source of interp/stdlib/lib/ is data, not compiled); the worker unpacks it
// next to the wheels. The .pyc files use
// CHECKED_HASH invalidation: the interpreter checks them against the source's hash (not a
// time stamp), so the output is deterministic and a stale .pyc can never be used.

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, out, ...wheels] = process.argv.slice(2);
if (!pyodideDir || !out || !wheels.length) {
  console.error("usage: node web/compile_pyc.mjs PYODIDE_DIR OUT.zip WHEEL...");
  process.exit(2);
}
globalThis.fetch = async (url) => {
  throw new Error(`compile_pyc: network access attempted: ${url}`);
};

const indexURL = resolve(pyodideDir) + "/";
const { loadPyodide } = await import(pathToFileURL(resolve(indexURL, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL, packages: [], stdout: () => {}, stderr: (s) => console.error(s) });
const target = "/tmp/compile-pyc/site";
pyodide.FS.mkdirTree(target);
for (const wheel of wheels) {
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: target });
}
pyodide.globals.set("target", target);
const zip = pyodide.runPython(`
import io, os, py_compile, sys, zipfile

sys.dont_write_bytecode = True
sys.path.insert(0, target)
import interp.host.pyodide

interp.host.pyodide.warm_up()
sources = set()
for module in list(sys.modules.values()):
    path = getattr(module, "__file__", None) or ""
    if path.startswith(target + "/") and path.endswith(".py"):
        sources.add(path)
for root, dirs, files in os.walk(os.path.join(target, "interp")):
    # Only packages: a folder without __init__.py is package data, such as
    # interp/stdlib/lib/, the Python source that interp runs inside the sandbox (never a
    # host module, so no .pyc of it is ever used).
    dirs[:] = [d for d in dirs if os.path.isfile(os.path.join(root, d, "__init__.py"))]
    sources.update(os.path.join(root, name) for name in files if name.endswith(".py"))
names = []
for source in sorted(sources):
    names.append(py_compile.compile(
        source, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH
    ))
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    for path in sorted(names):
        info = zipfile.ZipInfo(os.path.relpath(path, target), date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        info.create_system = 3
        with open(path, "rb") as f:
            z.writestr(info, f.read(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
buffer.getvalue()
`);
const bytes = zip.toJs();
zip.destroy();
writeFileSync(out, bytes);
