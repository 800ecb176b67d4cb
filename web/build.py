"""Build the static site into ``web/dist/``.

Run from anywhere: ``python web/build.py`` (``make build`` does this).

What it produces (and nothing else: stale files in ``web/dist`` are removed):

- the site pages from ``web/site/`` (copied as they are), among them the JavaScript API
  ``interp.js``, its worker ``interp-worker.js``, their TypeScript declarations ``interp.d.ts``
  and a ``package.json`` that marks the ``.js`` files as ES modules for Node;
- the bundles of ``BUNDLES`` (the playground, ``playground.js`` and ``playground.css``): the
  modules and style sheets of ``web/src/`` and the npm packages they import (CodeMirror),
  bundled and minified by esbuild; each one stands alone and imports the API as
  ``./interp.js``, which stays a file of its own;
- ``pyodide/``: the Pyodide runtime files copied from ``node_modules/pyodide``
  (``npm ci`` must have run first; ``make install`` does it);
- ``wheels/``: the micropip and lark wheels, downloaded from PyPI with pip once and kept in
  ``.cache/wheels/`` so that later builds need no network, and this project's own pure-Python
  wheel (``interp``), built here from the sources with fixed time stamps (no network, no
  setuptools run);
- ``wheels/interp-pycache-cp3XX.zip``: the ``.pyc`` files of interp for Pyodide's CPython,
  compiled by Pyodide itself under Node (``web/compile_pyc.mjs``; kept in ``.cache/pycache/``
  by the hash of its inputs), which the worker unpacks next to the wheels so that the browser
  does not compile the sources at every page load;
- ``snapshot/interp-<hash>.snap.gz``: the start-up snapshot, made by Pyodide under Node
  (``web/make_snapshot.mjs``, kept in ``.cache/snapshot/`` by the hash of its inputs): the
  WebAssembly heap of a runtime that has booted CPython and imported interp, with the files
  of site-packages that interp may still read (format: ``web/site/interp-snapshot.js``).
  The worker restores it instead of booting, and falls back to the wheels when it cannot.
  Next to it, ``snapshot/stdlib-<hash>.zip``: the part of Pyodide's standard library zip
  that interp may still read once restored (the snapshot is made with it, and the worker
  gives it to Pyodide in place of ``python_stdlib.zip``);
  Its name holds the hash of its bytes, so a cached copy is never stale. It is the one
  output that is not byte-for-byte reproducible from the sources alone (the heap holds
  CPython's random hash seed and clock readings): the cache keeps it stable between builds
  of the same inputs;
- ``licenses/``: this project's license, the third-party notices and the license texts of
  what the site ships (for the bundles, of each npm package esbuild put in them);
- ``build-info.json``: versions and file names (the page scripts read the wheel names here),
  and ``build-info.js``, the same as a module (the worker imports it as it starts).

The build is deterministic (same inputs, same bytes out; no time stamps) and incremental:
a file whose bytes are already in place is not rewritten.
"""

from __future__ import annotations

import argparse
import base64
import filecmp
import fnmatch
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
SITE = WEB / "site"
DIST = WEB / "dist"
CACHE = ROOT / ".cache" / "wheels"
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
NODE_MODULES = ROOT / "node_modules"

#: The esbuild bundles of the site: output file in ``web/dist`` -> entry point.
BUNDLES = {
    "playground.js": WEB / "src" / "playground" / "playground.js",
    "interp-embed.js": WEB / "src" / "embed" / "interp-embed.js",
    "playground.css": WEB / "src" / "playground" / "playground.css",
}

# What ``loadPyodide({indexURL})`` fetches, plus the classic-script loader.
PYODIDE_FILES = [
    "pyodide.mjs",
    "pyodide.js",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
]

# Python version tag used to download wheels for Pyodide's CPython.
PYODIDE_PYTHON = "3.14"


class BuildError(Exception):
    pass


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Output:
    """Collects the files of the build and writes only those that changed."""

    def __init__(self, dist: Path) -> None:
        self.dist = dist
        self.files: set[Path] = set()
        self.written = 0

    def _claim(self, rel: str) -> Path:
        dest = self.dist / rel
        if dest in self.files:
            raise BuildError(f"two build outputs have the same path: {rel}")
        self.files.add(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        return dest

    def copy(self, src: Path, rel: str) -> None:
        dest = self._claim(rel)
        if dest.is_file() and filecmp.cmp(src, dest, shallow=False):
            return
        shutil.copyfile(src, dest)
        self.written += 1

    def write(self, rel: str, data: bytes | str) -> None:
        if isinstance(data, str):
            data = data.encode("utf-8")
        dest = self._claim(rel)
        if dest.is_file() and dest.read_bytes() == data:
            return
        dest.write_bytes(data)
        self.written += 1

    def prune(self) -> int:
        """Remove files and empty folders of ``dist`` that this build did not produce."""
        removed = 0
        for dirpath, dirnames, filenames in os.walk(self.dist, topdown=False):
            here = Path(dirpath)
            for name in filenames:
                path = here / name
                if path not in self.files:
                    path.unlink()
                    removed += 1
            for name in dirnames:
                sub = here / name
                if sub.is_symlink():
                    sub.unlink()
                elif not any(sub.iterdir()):
                    sub.rmdir()
        return removed


def project_requirement(name: str) -> str:
    """The pinned ``name==version`` from pyproject.toml's dependencies."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    for dep in deps:
        if dep.split("==")[0].strip().lower() == name:
            if "==" not in dep:
                raise BuildError(f"pyproject.toml must pin {name} exactly (found {dep!r})")
            return dep.replace(" ", "")
    raise BuildError(f"{name} is not a dependency in pyproject.toml")


def wheel_name(requirement: str) -> str:
    name, version = requirement.split("==")
    return f"{name.replace('-', '_')}-{version}-py3-none-any.whl"


def fetch_wheels(requirements: list[str]) -> dict[str, Path]:
    """Return the cached wheel of each requirement, downloading the missing ones."""
    CACHE.mkdir(parents=True, exist_ok=True)
    wheels = {req: CACHE / wheel_name(req) for req in requirements}
    missing = [req for req, path in wheels.items() if not path.is_file()]
    if missing:
        log(f"downloading {', '.join(missing)} from PyPI into {CACHE.relative_to(ROOT)}/")
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--only-binary=:all:",
            "--python-version",
            PYODIDE_PYTHON,
            "--dest",
            str(CACHE),
            *missing,
        ]
        subprocess.run(cmd, check=True)
    for req, path in wheels.items():
        if not path.is_file():
            raise BuildError(f"pip did not produce {path.name} for {req}")
        if not zipfile.is_zipfile(path):
            raise BuildError(f"{path} is not a wheel; delete it and build again")
    return wheels


def wheel_license_files(wheel: Path) -> dict[str, bytes]:
    """The license files in a wheel's ``.dist-info`` folder, by base name."""
    out = {}
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(z.namelist()):
            parts = name.split("/")
            if len(parts) >= 2 and parts[0].endswith(".dist-info"):
                base = parts[-1]
                if base.upper().startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE")):
                    out[base] = z.read(name)
    return out


# --- this project's wheel ----------------------------------------------------------------

#: Time stamp of every member of the wheel (the earliest a zip file can hold): same sources,
#: same bytes.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def interp_package_files() -> list[tuple[str, Path]]:
    """(path in the wheel, source file) of the ``interp`` package: every ``.py`` file of the
    packages ``[tool.setuptools.packages.find]`` includes, plus the package data that
    ``[tool.setuptools.package-data]`` names (the grammar and the pre-built parse tables)."""
    setuptools_cfg = _pyproject()["tool"]["setuptools"]
    include = setuptools_cfg["packages"]["find"]["include"]
    package_data: dict[str, list[str]] = setuptools_cfg.get("package-data", {})
    files: dict[str, Path] = {}
    for path in sorted((ROOT / "interp").rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(ROOT)
        package = ".".join(rel.parent.parts)
        if not any(fnmatch.fnmatchcase(package, pattern) for pattern in include):
            continue
        patterns = ["*.py", *package_data.get(package, [])]
        if any(fnmatch.fnmatchcase(path.name, pattern) for pattern in patterns):
            files[rel.as_posix()] = path
    for name in ("interp/__init__.py", "interp/syntax/python.tables"):
        if name not in files:
            raise BuildError(f"{name} is missing from the interp wheel (check pyproject.toml)")
    return sorted(files.items())


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode("ascii")


def build_interp_wheel() -> tuple[str, bytes]:
    """This project's wheel (pure Python, ``py3-none-any``): (file name, bytes).

    Written with zipfile rather than by a build backend so that it is deterministic
    (sorted members, fixed time stamps and permissions) and needs nothing but the sources.
    """
    project = _pyproject()["project"]
    name, version = project["name"], project["version"]
    dist_info = f"{name}-{version}.dist-info"
    metadata = [
        "Metadata-Version: 2.1",
        f"Name: {name}",
        f"Version: {version}",
        f"Summary: {project['description']}",
        f"License: {project['license']['text']}",
        f"Requires-Python: {project['requires-python']}",
        *(f"Requires-Dist: {dep}" for dep in project.get("dependencies", [])),
    ]
    members: list[tuple[str, bytes]] = [(arc, src.read_bytes()) for arc, src in interp_package_files()]
    scripts = project.get("scripts", {})
    meta_files = {
        "METADATA": ("\n".join(metadata) + "\n").encode(),
        "WHEEL": (
            b"Wheel-Version: 1.0\nGenerator: interp web/build.py\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        ),
        "top_level.txt": f"{name}\n".encode(),
        "LICENSE": (ROOT / "LICENSE").read_bytes(),
    }
    if scripts:
        lines = ["[console_scripts]", *(f"{k} = {v}" for k, v in sorted(scripts.items()))]
        meta_files["entry_points.txt"] = ("\n".join(lines) + "\n").encode()
    members += [(f"{dist_info}/{base}", data) for base, data in sorted(meta_files.items())]
    record = "".join(f"{arc},{_record_hash(data)},{len(data)}\n" for arc, data in members)
    record += f"{dist_info}/RECORD,,\n"
    members.append((f"{dist_info}/RECORD", record.encode()))

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for arc, data in members:
            info = zipfile.ZipInfo(arc, date_time=ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever the building machine
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return f"{name}-{version}-py3-none-any.whl", buffer.getvalue()


PYCACHE_CACHE = ROOT / ".cache" / "pycache"


def build_pycache(pyodide_dir: Path, wheels: list[Path], tag: str) -> Path:
    """The zip of ``.pyc`` files for ``wheels`` compiled by the Pyodide in ``pyodide_dir``
    (web/compile_pyc.mjs under Node), cached by the hash of its inputs."""
    h = hashlib.sha256()
    for path in [
        WEB / "compile_pyc.mjs",
        pyodide_dir / "pyodide.asm.wasm",
        pyodide_dir / "python_stdlib.zip",
        *wheels,
    ]:
        h.update(path.name.encode() + b"\0" + sha256(path).encode() + b"\0")
    cached = PYCACHE_CACHE / f"{tag}-{h.hexdigest()[:16]}.zip"
    if cached.is_file():
        return cached
    PYCACHE_CACHE.mkdir(parents=True, exist_ok=True)
    for old in PYCACHE_CACHE.glob(f"{tag}-*.zip"):
        old.unlink()
    log("byte-compiling interp with Pyodide (web/compile_pyc.mjs)")
    partial = cached.with_suffix(".part")
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        raise BuildError("node is needed to byte-compile interp for Pyodide (make install-node)")
    cmd = [node, str(WEB / "compile_pyc.mjs"), str(pyodide_dir), str(partial), *map(str, wheels)]
    subprocess.run(cmd, check=True)
    partial.replace(cached)
    return cached


SNAPSHOT_CACHE = ROOT / ".cache" / "snapshot"


def build_snapshot(pyodide_dir: Path, inputs: list[Path]) -> tuple[Path, Path]:
    """The start-up snapshot of the Pyodide in ``pyodide_dir`` with ``inputs`` (the wheels,
    then the ``.pyc`` zip) installed and interp imported (web/make_snapshot.mjs under
    Node), and the standard library zip it was made with: (snapshot, zip), cached by the
    hash of their inputs."""
    h = hashlib.sha256()
    for path in [
        WEB / "make_snapshot.mjs",
        SITE / "interp-snapshot.js",
        *(pyodide_dir / name for name in PYODIDE_FILES if name != "pyodide.js"),
        *inputs,
    ]:
        h.update(path.name.encode() + b"\0" + sha256(path).encode() + b"\0")
    cached = SNAPSHOT_CACHE / f"{h.hexdigest()[:16]}.snap.gz"
    stdlib = cached.with_name(f"{h.hexdigest()[:16]}.stdlib.zip")
    if cached.is_file() and stdlib.is_file():
        return cached, stdlib
    SNAPSHOT_CACHE.mkdir(parents=True, exist_ok=True)
    for old in SNAPSHOT_CACHE.iterdir():
        old.unlink()
    log("making the start-up snapshot with Pyodide (web/make_snapshot.mjs)")
    partial = cached.with_name(cached.name + ".part")
    partial_stdlib = stdlib.with_name(stdlib.name + ".part")
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        raise BuildError("node is needed to make the start-up snapshot (make install-node)")
    cmd = [node, str(WEB / "make_snapshot.mjs"), str(pyodide_dir), str(partial), str(partial_stdlib)]
    subprocess.run([*cmd, *map(str, inputs)], check=True)
    partial_stdlib.replace(stdlib)
    partial.replace(cached)
    return cached, stdlib


def snapshot_header(path: Path) -> dict:
    """The JSON header of a gzipped snapshot (format: web/site/interp-snapshot.js)."""
    magic = b"INTERPSNAP1\n"
    with gzip.open(path, "rb") as f:
        head = f.read(len(magic) + 4)
        if len(head) != len(magic) + 4 or head[: len(magic)] != magic:
            raise BuildError(f"{path} is not an interp snapshot")
        return json.loads(f.read(int.from_bytes(head[len(magic) :], "little")))


def bundle(entries: dict[str, Path]) -> tuple[dict[str, bytes], list[str]]:
    """Bundle each entry point with esbuild: (output name -> bytes, the npm packages bundled).

    ES modules, minified, no code splitting (a bundle may be loaded alone, from another
    origin). ``./interp.js`` stays external: the API is one file that every bundle shares.
    Python and CSS files that a module imports arrive as text (the playground's examples,
    the components' style sheets); a CSS entry point is a style sheet bundled with its
    ``@import``s. esbuild's output depends only on its inputs, so the build stays
    deterministic.
    """
    esbuild = NODE_MODULES / ".bin" / "esbuild"
    if not esbuild.exists():
        raise BuildError("node_modules/.bin/esbuild is missing: run `make install` (npm ci) first")
    env = dict(os.environ)
    node = os.environ.get("NODE") or shutil.which("node")
    if node:  # the npm shim of esbuild is a Node script when its install script did not run
        env["PATH"] = f"{Path(node).parent}{os.pathsep}{env.get('PATH', '')}"
    scripts = ["--format=esm", "--external:./interp.js", "--loader:.py=text", "--loader:.css=text"]
    outputs: dict[str, bytes] = {}
    inputs: list[str] = []
    for suffix, options in ((".js", scripts), (".css", [])):
        group = {name: src for name, src in entries.items() if name.endswith(suffix)}
        if not group:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [
                str(esbuild),
                *(f"{Path(name).stem}={src.relative_to(ROOT)}" for name, src in group.items()),
                "--bundle",
                "--minify",
                "--target=es2022",
                "--charset=utf8",
                *options,
                f"--outdir={tmp}",
                f"--metafile={tmp}/meta.json",
                "--log-level=warning",
            ]
            subprocess.run(cmd, check=True, cwd=ROOT, env=env)
            inputs += json.loads(Path(tmp, "meta.json").read_text("utf-8"))["inputs"]
            outputs.update((name, Path(tmp, name).read_bytes()) for name in group)
    packages = set()
    for path in inputs:
        parts = path.split("/")
        if "node_modules" in parts:
            rest = parts[parts.index("node_modules") + 1 :]
            packages.add("/".join(rest[:2] if rest[0].startswith("@") else rest[:1]))
    # esbuild adds a few helper functions of its own to the output.
    return outputs, sorted(packages | {"esbuild"})


def npm_license_files(package: str) -> list[Path]:
    """The license files of an installed npm package."""
    folder = NODE_MODULES / package
    found = [
        path
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name.upper().startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE"))
    ]
    if not found:
        raise BuildError(f"{package} ships no license file: name its license in THIRD_PARTY_NOTICES.md")
    return found


def build(dist: Path = DIST) -> dict:
    if not PYODIDE_NPM.is_dir():
        raise BuildError("node_modules/pyodide is missing: run `make install` (npm ci) first")
    pyodide_pkg = json.loads((PYODIDE_NPM / "package.json").read_text("utf-8"))
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text("utf-8"))

    dist.mkdir(parents=True, exist_ok=True)
    out = Output(dist)

    # 1. Site pages.
    for src in sorted(p for p in SITE.rglob("*") if p.is_file()):
        out.copy(src, src.relative_to(SITE).as_posix())

    # 1b. Bundles of web/src (the playground and its editor).
    bundles, bundled_packages = bundle(BUNDLES)
    for name, data in bundles.items():
        out.write(name, data)

    # 2. Pyodide runtime.
    for name in PYODIDE_FILES:
        src = PYODIDE_NPM / name
        if not src.is_file():
            raise BuildError(f"{src} is missing; is node_modules up to date? (npm ci)")
        out.copy(src, f"pyodide/{name}")

    # 3. Wheels: micropip at the version Pyodide's lock file names, lark as pinned by the package.
    micropip_req = f"micropip=={lock['packages']['micropip']['version']}"
    lark_req = project_requirement("lark")
    wheels = fetch_wheels([micropip_req, lark_req])
    for path in wheels.values():
        out.copy(path, f"wheels/{path.name}")
    interp_wheel_name, interp_wheel = build_interp_wheel()
    out.write(f"wheels/{interp_wheel_name}", interp_wheel)
    cpython_tag = "cp" + "".join(lock["info"]["python"].split(".")[:2])
    pycache_name = f"interp-pycache-{cpython_tag}.zip"
    pycache = build_pycache(
        PYODIDE_NPM, [wheels[lark_req], dist / f"wheels/{interp_wheel_name}"], pycache_name[:-4]
    )
    out.copy(pycache, f"wheels/{pycache_name}")
    try:
        snapshot, snapshot_stdlib = build_snapshot(
            PYODIDE_NPM, [wheels[lark_req], dist / f"wheels/{interp_wheel_name}", pycache]
        )
    except subprocess.CalledProcessError:
        # The site works without it (the worker then boots from the wheels, seconds slower):
        # a failure here must not stop the build, and the e2e tests report it.
        log("warning: the start-up snapshot failed (see above); the site boots without it")
        snapshot = snapshot_stdlib = None
    if snapshot is not None:
        snapshot_sha, stdlib_sha = sha256(snapshot), sha256(snapshot_stdlib)
        snapshot_name = f"snapshot/interp-{snapshot_sha[:16]}.snap.gz"
        stdlib_name = f"snapshot/stdlib-{stdlib_sha[:16]}.zip"
        out.copy(snapshot, snapshot_name)
        out.copy(snapshot_stdlib, stdlib_name)

    # 4. Licenses.
    out.copy(ROOT / "LICENSE", "licenses/LICENSE.txt")
    out.copy(ROOT / "THIRD_PARTY_NOTICES.md", "licenses/THIRD_PARTY_NOTICES.md")
    for req, path in wheels.items():
        name = req.split("==")[0]
        for base, data in wheel_license_files(path).items():
            out.write(f"licenses/{name}/{base}.txt" if "." not in base else f"licenses/{name}/{base}", data)
    for package in bundled_packages:
        for path in npm_license_files(package):
            base = path.name if "." in path.name else f"{path.name}.txt"
            out.copy(path, f"licenses/{package}/{base}")

    # 5. Build description, read by the page scripts.
    info = {
        "pyodide": {
            "version": pyodide_pkg["version"],
            "python": lock["info"]["python"],
            "indexURL": "pyodide/",
        },
        "wheels": {
            req.split("==")[0]: {
                "file": f"wheels/{path.name}",
                "version": req.split("==")[1],
                "sha256": sha256(path),
            }
            for req, path in sorted(wheels.items())
        },
    }
    info["wheels"]["interp"] = {
        "file": f"wheels/{interp_wheel_name}",
        "version": _pyproject()["project"]["version"],
        "sha256": hashlib.sha256(interp_wheel).hexdigest(),
    }
    info["wheels"] = dict(sorted(info["wheels"].items()))
    info["pycache"] = {
        "file": f"wheels/{pycache_name}",
        "python": lock["info"]["python"],
        "sha256": sha256(pycache),
    }
    if snapshot is not None:
        info["snapshot"] = {
            "file": snapshot_name,
            "bytes": snapshot.stat().st_size,
            "sha256": snapshot_sha,
            "stdlib": {"file": stdlib_name, "bytes": snapshot_stdlib.stat().st_size, "sha256": stdlib_sha},
            # The worker makes Pyodide's memory of this size while it still reads the snapshot.
            "heapBytes": snapshot_header(snapshot)["heapBytes"],
        }
    out.write("build-info.json", json.dumps(info, indent=2, sort_keys=True) + "\n")
    # The same as a module, which the worker imports as soon as it starts, alongside
    # interp-snapshot.js: one round trip fewer before its downloads begin.
    out.write(
        "build-info.js",
        "// build-info.json as a module (web/build.py writes both).\n"
        f"export default {json.dumps(info, indent=2, sort_keys=True)};\n",
    )

    removed = out.prune()
    log(
        f"{dist.relative_to(ROOT) if dist.is_relative_to(ROOT) else dist}: "
        f"{len(out.files)} files, {out.written} written, {removed} stale removed"
    )
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: web/dist)")
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve())
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"[build] error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
