// Build step (web/build.py runs it): the start-up snapshot of the site. Boots Pyodide under
// Node, installs the wheels and their .pyc files, imports interp and loads its parse tables,
// then saves the WebAssembly heap with Pyodide's makeMemorySnapshot() and the files of
// site-packages, in the format of web/site/interp-snapshot.js. The worker restores it in
// place of booting CPython and importing interp, which is most of a page's start-up.
//
//   node web/make_snapshot.mjs PYODIDE_DIR OUT.gz STDLIB.zip WHEEL... PYCACHE.zip
//
// OUT.gz is the snapshot, STDLIB.zip the standard library that goes with it (see below).
//
// What is imported here is everything `interp.host.pyodide` needs except that module
// itself: it makes JavaScript objects of its own at import (run_js), which a snapshot
// cannot hold, so the worker imports it after the restore (a few milliseconds).
//
// makeMemorySnapshot() and the _makeSnapshot/_loadSnapshot options of loadPyodide are
// private Pyodide API: package.json pins Pyodide's version, and a snapshot carries the build
// id of the Pyodide that made it (Pyodide refuses another), its own checksum, and the worker
// falls back to a normal boot when anything about it fails.

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { encodeSnapshot, moduleReferences } from "./site/interp-snapshot.js";

const [pyodideDir, out, stdlibOut, ...inputs] = process.argv.slice(2);
const wheels = inputs.filter((name) => name.endsWith(".whl"));
const zips = inputs.filter((name) => name.endsWith(".zip"));
if (!pyodideDir || !out || !stdlibOut || !wheels.length) {
  console.error("usage: node web/make_snapshot.mjs PYODIDE_DIR OUT.gz STDLIB.zip WHEEL... [PYCACHE.zip]");
  process.exit(2);
}
globalThis.fetch = async (url) => {
  throw new Error(`make_snapshot: network access attempted: ${url}`);
};

const indexURL = resolve(pyodideDir) + "/";
const { loadPyodide } = await import(pathToFileURL(resolve(indexURL, "pyodide.mjs")).href);
const { default: createModule } = await import(pathToFileURL(resolve(indexURL, "pyodide.asm.mjs")).href);
let emscriptenModule = null;
const references = moduleReferences(() => emscriptenModule);
const pyodide = await loadPyodide({
  indexURL,
  packages: [],
  _makeSnapshot: true,
  createPyodideModule: (settings) => {
    emscriptenModule = settings;
    return createModule(settings);
  },
  stdout: () => {},
  stderr: (s) => console.error(s),
});
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
for (const wheel of wheels) {
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: sitePackages });
}
for (const zip of zips) {
  pyodide.unpackArchive(new Uint8Array(readFileSync(zip)), "zip", { extractDir: sitePackages });
}
pyodide.runPython(`
import asyncio, builtins, gc, inspect, sys

sys.dont_write_bytecode = True
import interp.bootstrap
import interp.compiler.compile
import interp.host.sandbox
import interp.runtime.limits
import interp.syntax.parser

# What interp.host.pyodide.warm_up() does, without importing that module.
interp.bootstrap.load()
interp.syntax.parser.parse("pass\\n", "<warm-up>")
`);
// A first program, so that what every first run loads and compiles is in the heap too.
await pyodide.runPythonAsync(`
_sandbox = interp.host.sandbox.Sandbox(stdout=lambda text: None)
_result = await _sandbox.run_async("print('warm')")
assert _result.stdout == "warm\\n", _result
_sandbox.close()
del _sandbox, _result
gc.collect()
`);
// The standard library that goes with the snapshot: Pyodide installs a zip of it at each
// boot, and the restored heap knows that zip's table of contents, so the snapshot is made
// with the very zip the worker will give Pyodide. What the running interpreter may still
// read from it: CPython's files that the sandbox runs (interp/stdlib/catalog.py), the codecs
// (looked up by name), and every module that an import statement anywhere in interp's
// sources or in the library's modules already loaded names, followed through the files it
// brings in (an over-estimate: imports are read, not run). Modules already loaded are in
// the heap and need no file. The normal boot keeps Pyodide's whole library.
// Worked out in a second Pyodide: parsing the library here would leave the heap, and so the
// snapshot, megabytes bigger.
const { loaded, cpython } = JSON.parse(
  pyodide.runPython(`
import json, os
from interp.stdlib import catalog

_prefix = os.path.dirname(os.__file__) + "/"
json.dumps({
    "loaded": {
        m.__file__[len(_prefix):]: m.__name__
        for m in list(sys.modules.values())
        if (getattr(m, "__file__", None) or "").startswith(_prefix)
    },
    "cpython": [name for name in catalog.CATALOG if catalog.is_cpython(name)],
})
`),
);
const helper = await loadPyodide({ indexURL, packages: [], stdout: () => {}, stderr: (s) => console.error(s) });
for (const wheel of wheels) {
  helper.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: "/tmp/interp-wheels" });
}
helper.globals.set("loaded_json", JSON.stringify(loaded));
helper.globals.set("cpython_json", JSON.stringify(cpython));
const stdlibZip = helper.runPython(`
import ast, io, json, os, zipfile

def _trimmed_stdlib(loaded, cpython, interp_root):
    archive = os.path.dirname(os.__file__)  # /lib/python3XX.zip
    source = zipfile.ZipFile(archive)
    members = set(source.namelist())

    def file_of(name):
        base = name.replace(".", "/")
        for path in (base + ".py", base + "/__init__.py"):
            if path in members:
                return path
        return None

    def imports(text, name, is_package):
        found = set()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = name.split(".")
                    base = parts[: len(parts) - node.level + (1 if is_package else 0)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module
                if module:
                    found.add(module)
                    found.update(f"{module}.{alias.name}" for alias in node.names)
        return found

    todo = set(loaded.values())
    for dirpath, dirs, files in os.walk(interp_root):
        # Only packages: interp/stdlib/lib/ is sandbox source, never imported by the host.
        dirs[:] = [d for d in dirs if os.path.isfile(os.path.join(dirpath, d, "__init__.py"))]
        for file in files:
            if file.endswith(".py"):
                with open(os.path.join(dirpath, file), encoding="utf-8") as f:
                    todo |= imports(f.read(), "interp._", False)
    wanted = set()
    seen = set()
    while todo:
        name = todo.pop()
        if name in seen or not name:
            continue
        seen.add(name)
        todo.add(name.rpartition(".")[0])
        path = file_of(name)
        if path is None:
            continue
        if path not in loaded:
            wanted.add(path)
        todo |= imports(source.read(path).decode("utf-8"), name, path.endswith("/__init__.py"))
    # The sandbox's own files of CPython (catalog.cpython_file's look-up) and the codecs.
    for name in cpython:
        path = file_of(name)
        if path is not None:
            wanted.add(path)
    wanted |= {path for path in members if path.startswith("encodings/")}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            if info.filename in wanted:
                out.writestr(info, source.read(info), compress_type=info.compress_type, compresslevel=9)
    return buffer.getvalue()

_trimmed_stdlib(json.loads(loaded_json), json.loads(cpython_json), "/tmp/interp-wheels/interp")
`);
const stdlib = stdlibZip.toJs();
stdlibZip.destroy();
// Into the snapshot's runtime, in place of Pyodide's zip: every importer of the archive
// reads its new table of contents (which the heap keeps); the catalog's open ZipFile of the
// old one is dropped (no file may stay open, see below).
pyodide.FS.writeFile(pyodide.runPython("os.path.dirname(os.__file__)"), stdlib);
pyodide.runPython(`
import zipimport
catalog._archive.cache_clear()
for _importer in list(sys.path_importer_cache.values()):
    if isinstance(_importer, zipimport.zipimporter) and _importer.archive == os.path.dirname(os.__file__):
        _importer.invalidate_caches()
del _importer
gc.collect()
`);
// A first import from the new zip, to check that its table of contents is in use.
pyodide.runPython("import importlib; importlib.import_module('encodings.cp1252')");

// An open file in Python would be a stale descriptor after the restore: the file system
// is not part of the heap.
const open = pyodide.FS.streams.filter(Boolean).map((stream) => stream.path);
const expected = ["/dev/stdin", "/dev/stdout", "/dev/stderr"];
if (open.some((path) => !expected.includes(path))) {
  throw new Error(`files are open when the snapshot is taken: ${open.join(", ")}`);
}

function walk(dir, prefix = "") {
  const found = [];
  for (const name of pyodide.FS.readdir(dir).sort()) {
    if (name === "." || name === "..") continue;
    const path = `${dir}/${name}`;
    const rel = prefix + name;
    if (pyodide.FS.isDir(pyodide.FS.stat(path).mode)) found.push(...walk(path, rel + "/"));
    else found.push([rel, pyodide.FS.readFile(path)]);
  }
  return found;
}
// Modules already imported never read their files again: only the others (imported on
// demand) and the data files go with the snapshot.
const imported = new Set(
  pyodide
    .runPython(
      `[m.__file__ for m in list(sys.modules.values()) if (getattr(m, "__file__", None) or "").startswith(${JSON.stringify(sitePackages + "/")})]`,
    )
    .toJs(),
);
const pycacheOf = (path) => {
  const m = /^(.*\/)?([^/]+)\.py$/.exec(path);
  return m ? `${m[1] ?? ""}__pycache__/${m[2]}.` : null;
};
const skipped = new Set();
for (const file of imported) {
  const rel = file.slice(sitePackages.length + 1);
  skipped.add(rel);
  skipped.add(pycacheOf(rel));
}
const files = walk(sitePackages).filter(([rel]) => {
  if (skipped.has(rel) || rel.includes(".dist-info/")) return false;
  const m = /^(.*__pycache__\/[^/.]+\.)cpython-\d+\.pyc$/.exec(rel);
  return !(m && skipped.has(m[1]));
});
const heap = pyodide.makeMemorySnapshot({ serializer: references.serializer });
const snapshot = encodeSnapshot(heap, files, {
  pyodide: pyodide.version,
  sitePackages,
  stdlib: createHash("sha256").update(stdlib).digest("hex"),
});
// Compressed: a third of the bytes to download on a first visit (the worker inflates it
// with the browser's DecompressionStream, then keeps the inflated file for repeat visits).
// No time stamp in the gzip header: the same snapshot gives the same file.
const packed = gzipSync(snapshot, { level: 6 });
writeFileSync(out, packed);
writeFileSync(stdlibOut, stdlib);
console.log(
  `[build] snapshot: heap ${(heap.length / 2 ** 20).toFixed(1)} MiB, ${files.length} files, ` +
    `${(snapshot.length / 2 ** 20).toFixed(1)} MiB, ${(packed.length / 2 ** 20).toFixed(1)} MiB gzipped; ` +
    `its standard library ${(stdlib.length / 2 ** 20).toFixed(2)} MiB`,
);
