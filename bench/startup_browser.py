"""Start-up in headless Chromium: bare Pyodide against interp, first and repeat visits, and the
bytes each downloads (measured, never asserted).

Usage: ``python bench/startup_browser.py [--runs N] [--normal] [--idle S] [--latency MS] [--dist DIR]
[--json PATH]``
(``make build`` first).

Serves the built site with ``web/serve.py`` (plain static files, no compression, revalidated
with ``no-cache`` as a static host's short ``max-age`` ends up being; ``--latency`` delays
each answer, as a network's round trip does: then the chains of requests that wait on one
another count), then, ``--runs`` times,
each column in a fresh browser profile (an empty HTTP cache on disk, so the first load is a
first visit), timed from the navigation's start to the first ``print`` reaching the page, then
left alone on the page for ``--idle`` seconds (3 by default: what the page and the browser do
once it is up, keeping the snapshot in the Cache Storage, caching compiled code, happens before
a visitor comes back), then reloaded in the same context (a repeat visit: the server answers
``304 Not Modified`` to the revalidations, and Chromium reuses its compiled WebAssembly):

- bare Pyodide: a page that loads Pyodide and runs ``print()`` (the floor that interp's own
  start-up is measured against);
- interp: a page that imports ``interp.js``, calls ``load()`` and runs ``print()`` in a
  sandbox: the worker restores the build's start-up snapshot (``web/make_snapshot.mjs``);
- with ``--normal``, interp again with ``useSnapshot: false`` (the boot without the snapshot:
  CPython starts, the wheels are unpacked, interp is imported);
- the playground (``index.html``), opened on a share link of a ``print`` program, Run clicked
  as soon as the editor is there, up to the output appearing in its pane (also: the editor
  usable, and a warm run from a click on Run to its output).

The pages of the first three are served at the site's origin by the bench's server (they are
not files of the site). The columns take turns in a different order at each
run, so that a change of the machine's load favours none. Bytes are the bodies of the
responses with status 200 (a first visit downloads everything; a repeat visit only what
changed). Last, the bytes of each file a first visit of interp downloads, raw and gzipped.
"""

from __future__ import annotations

import argparse
import base64
import functools
import gzip
import http.server
import importlib.util
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

PROGRAM = "print('hello from the sandbox')"
WARM_RUNS = 5
#: Seconds on the page after a first visit's first print, before the reload (``--idle``).
IDLE_S = 3.0
#: Seconds the server waits before it answers each request (``--latency``).
LATENCY_S = 0.0

BARE_PAGE = "bench-bare-pyodide.html"
BARE_HTML = """<!doctype html><meta charset="utf-8"><script type="module">
const { loadPyodide } = await import("./pyodide/pyodide.mjs");
const pyodide = await loadPyodide({ indexURL: "./pyodide/", stdout: () => (window.firstOutput ??= performance.now()) });
pyodide.runPython("print('hello from Pyodide')");
window.info = null;
</script>"""

INTERP_PAGE = "bench-interp.html"
INTERP_HTML = """<!doctype html><meta charset="utf-8"><script type="module">
window.pageScript = performance.now();
const { load } = await import("./interp.js");
const snapshot = new URLSearchParams(location.search).get("snapshot") !== "no";
const rt = await load({ useSnapshot: snapshot });
window.ready = performance.now();
const sb = rt.sandbox({ onStdout: () => (window.firstOutput ??= performance.now()) });
const r = await sb.run(PROGRAM);
if (!r.ok) throw new Error(JSON.stringify(r));
const t1 = performance.now();
await sb.run("print(sum(range(10)))");
window.second = performance.now() - t1;
const marks = rt.info.timings.marks ?? {};
window.marks = Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v - performance.timeOrigin]));
window.marks.pageScript = window.pageScript;
window.marks.firstOutput = window.firstOutput;
window.info = rt.info;
</script>""".replace("PROGRAM", json.dumps(PROGRAM))

# Installed before the playground's page loads: when the first output appears.
FIRST_OUTPUT = """
window.firstOutput = null;
new MutationObserver((_, observer) => {
  if (document.querySelector(".ip-stdout")) {
    window.firstOutput = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
"""

WARM_RUN = """
() => new Promise((resolve) => {
  const body = document.querySelector(".ip-output-body");
  const observer = new MutationObserver(() => {
    if (body.querySelector(".ip-stdout")) {
      observer.disconnect();
      resolve(performance.now() - t0);
    }
  });
  observer.observe(body, { childList: true, subtree: true });
  const t0 = performance.now();
  document.getElementById("run").click();
})
"""

VISITS = ("first", "repeat")


def share_fragment(code: str) -> str:
    """The playground's share link fragment for ``code`` (web/src/components/share.js)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(code.encode()) + packer.flush()
    return "#code=" + base64.urlsafe_b64encode(packed).decode().rstrip("=")


class Downloads:
    """Bytes of the response bodies the server sent, by path, since the last ``take()`` (a
    revalidation answered ``304 Not Modified`` sends none). Counted by the server: the
    browser does not report the size of a body it streams into WebAssembly compilation."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.files: dict[str, int] = {}

    def add(self, path: str, size: int) -> None:
        with self.lock:
            self.files[path] = self.files.get(path, 0) + size

    def take(self) -> dict[str, int]:
        with self.lock:
            files, self.files = self.files, {}
        return files


DOWNLOADS = Downloads()


def new_context(pw, profile: Path):
    """A browser with an empty profile of its own: a first visit. Its HTTP cache is on disk,
    as a visitor's is (an incognito context's is in memory, too small for the runtime's
    files, so a reload there downloads them again)."""
    return pw.chromium.launch_persistent_context(
        profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )


def measure_page(pw, profile: Path, url: str, page_name: str, query: str = "") -> dict:
    """First and repeat visit of a test page: navigation start -> first print."""
    context = new_context(pw, profile)
    downloads = DOWNLOADS
    downloads.take()
    page = context.pages[0] if context.pages else context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    out = {}
    for visit in VISITS:
        page.goto(url + page_name + query) if visit == "first" else page.reload()
        page.wait_for_function("window.info !== undefined", timeout=120_000)
        if errors:
            raise RuntimeError(f"{page_name}: {errors}")
        m = page.evaluate(
            "({ first: window.firstOutput, ready: window.ready, second: window.second, info: window.info,"
            " marks: window.marks })"
        )
        files = downloads.take()
        m["bytes"] = sum(files.values())
        m["files"] = files
        out[visit] = m
        if visit == "first":  # what the page downloads while idle counts for the first visit
            page.wait_for_timeout(IDLE_S * 1000)
            out[visit]["bytes"] += sum(downloads.take().values())
    context.close()
    return out


def measure_playground(pw, profile: Path, url: str) -> dict:
    context = new_context(pw, profile)
    context.add_init_script(FIRST_OUTPUT)
    downloads = DOWNLOADS
    downloads.take()
    page = context.pages[0] if context.pages else context.new_page()
    out = {}
    for visit in VISITS:
        page.goto(url + share_fragment(PROGRAM)) if visit == "first" else page.reload()
        page.locator(".cm-content").wait_for()
        page.click("#run")
        page.wait_for_function("window.firstOutput", timeout=120_000)
        editor = page.evaluate("performance.getEntriesByName('playground:editor-ready')[0].startTime")
        page.locator("#run:enabled").wait_for()
        files = downloads.take()
        out[visit] = {
            "editor": editor,
            "first": page.evaluate("window.firstOutput"),
            "bytes": sum(files.values()),
        }
        if visit == "first":  # what the page downloads while idle counts for the first visit
            page.wait_for_timeout(IDLE_S * 1000)
            out[visit]["bytes"] += sum(downloads.take().values())
    warm = []
    for _ in range(WARM_RUNS):
        warm.append(page.evaluate(WARM_RUN))
        page.locator("#run:enabled").wait_for()
    out["warm"] = statistics.median(warm)
    context.close()
    return out


BASELINE_PREFIX = "/baseline/"


def serve(dist: Path, baseline: Path | None = None):
    """web/serve.py's server for ``dist``, plus the test pages at their paths. They are
    served, not routed by Playwright: routing turns the browser's HTTP cache off, and a
    repeat visit would download everything again. ``baseline``, another build, is served
    under ``/baseline/`` (with the same test pages)."""
    spec = importlib.util.spec_from_file_location("interp_web_serve", ROOT / "web" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pages = {BARE_PAGE: BARE_HTML, INTERP_PAGE: INTERP_HTML}

    class Handler(module.StaticHandler):
        quiet = True

        def translate_path(self, path: str) -> str:
            if baseline is None or not path.startswith(BASELINE_PREFIX):
                return super().translate_path(path)
            directory, self.directory = self.directory, str(baseline)
            try:
                return super().translate_path(path[len(BASELINE_PREFIX) - 1 :])
            finally:
                self.directory = directory

        def do_GET(self) -> None:
            if LATENCY_S:
                time.sleep(LATENCY_S)
            page = pages.get(self.path.split("?")[0].removeprefix(BASELINE_PREFIX).lstrip("/"))
            if page is None:
                super().do_GET()
                return
            body = page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            DOWNLOADS.add(self.path.split("?")[0].lstrip("/"), len(body))

        def copyfile(self, source, outputfile) -> None:
            start = source.tell()
            super().copyfile(source, outputfile)
            DOWNLOADS.add(self.path.split("?")[0].lstrip("/") or "index.html", source.tell() - start)

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(dist))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--normal", action="store_true", help="also interp without its snapshot")
    parser.add_argument("--dist", type=Path, default=ROOT / "web" / "dist", help="the built site")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--idle",
        type=float,
        default=3.0,
        help="seconds the first visit stays on the page before the reload (default %(default)s): "
        "what a page and the browser do once it is up (keeping the snapshot, caching compiled "
        "code) is done before a visitor's next visit; 0 reloads at once",
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0,
        help="milliseconds the server waits before it answers each request, as a network's "
        "round trip would (default 0: a local server)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another build (e.g. of an older commit) whose interp page is measured too, in the "
        "same runs, taking turns with the others: a fair comparison on a busy machine",
    )
    args = parser.parse_args(argv)
    global IDLE_S, LATENCY_S
    IDLE_S = args.idle
    LATENCY_S = args.latency / 1000
    dist = args.dist.resolve()
    if not (dist / "interp.js").is_file():
        print(f"{dist} is not built: run `make build` first", file=sys.stderr)
        return 1
    columns = {
        "bare": lambda pw, p, u: measure_page(pw, p, u, BARE_PAGE),
        "interp": lambda pw, p, u: measure_page(pw, p, u, INTERP_PAGE),
        **(
            {"normal": lambda pw, p, u: measure_page(pw, p, u, INTERP_PAGE, "?snapshot=no")}
            if args.normal
            else {}
        ),
        "playground": measure_playground,
        **(
            {"baseline": lambda pw, p, u: measure_page(pw, p, u + BASELINE_PREFIX.lstrip("/"), INTERP_PAGE)}
            if args.baseline
            else {}
        ),
    }
    labels = {
        "bare": "bare Pyodide",
        "interp": "interp (snapshot)",
        "normal": "interp (no snapshot)",
        "playground": "playground",
        "baseline": "interp, --baseline build",
    }
    results: dict[str, list[dict]] = {name: [] for name in columns}
    server, url = serve(dist, args.baseline.resolve() if args.baseline else None)
    try:
        with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
            for i in range(args.runs):
                names = list(columns)
                shift = i % len(names)
                for name in names[shift:] + names[:shift]:
                    profile = Path(tmp) / f"{name}-{i}"
                    results[name].append(columns[name](pw, profile, url))
                    shutil.rmtree(profile, ignore_errors=True)
                line = []
                for name in columns:
                    m = results[name][-1]
                    line.append(f"{labels[name]} {m['first']['first']:.0f}/{m['repeat']['first']:.0f}")
                print(f"run {i + 1}: first print, first/repeat visit (ms): " + ", ".join(line), flush=True)
                boot = results["interp"][-1]["first"]["info"]
                print(
                    f"  interp booted from the {boot['boot']}; worker timings {boot['timings']}", flush=True
                )
    finally:
        server.shutdown()

    def median(name: str, visit: str, key: str) -> float:
        return statistics.median(m[visit][key] for m in results[name])

    summary: dict = {"runs": args.runs}
    for name in columns:
        for visit in VISITS:
            summary[f"{name}_{visit}_first_print_ms"] = median(name, visit, "first")
            summary[f"{name}_{visit}_bytes"] = median(name, visit, "bytes")
    summary["playground_editor_usable_ms"] = median("playground", "first", "editor")
    summary["playground_warm_run_ms"] = statistics.median(m["warm"] for m in results["playground"])
    summary["interp_second_run_ms"] = median("interp", "first", "second")
    first_files = results["interp"][-1]["first"]["files"]
    summary["interp_first_visit_files"] = {
        name: {"bytes": size, "gzip": len(gzip.compress((dist / name).read_bytes(), 6, mtime=0))}
        for name, size in sorted(first_files.items(), key=lambda item: -item[1])
        if (dist / name).is_file()
    }

    print(f"\nmedian of {args.runs} runs, navigation start -> first print (ms), bytes downloaded")
    print(
        f"{'':24} {'first visit':>12} {'ratio':>6} {'MiB':>7}   {'repeat visit':>12} {'ratio':>6} {'MiB':>7}"
    )
    for name in columns:
        cells = []
        for visit in VISITS:
            ms = summary[f"{name}_{visit}_first_print_ms"]
            ratio = ms / summary[f"bare_{visit}_first_print_ms"]
            cells.append(f"{ms:12.0f} {ratio:5.2f}x {summary[f'{name}_{visit}_bytes'] / 2**20:7.2f}")
        print(f"{labels[name]:24} " + "   ".join(cells))
    print(
        f"playground: editor usable {summary['playground_editor_usable_ms']:.0f} ms after navigation; "
        f"warm hello-world run, click to output: {summary['playground_warm_run_ms']:.1f} ms; "
        f"interp's second run on a page: {summary['interp_second_run_ms']:.1f} ms"
    )
    print("interp's start-up, moments after navigation start (ms, medians; worker marks: interp-worker.js):")
    for name, visit in [
        (name, visit) for name in ("interp", "baseline") if name in columns for visit in VISITS
    ]:
        runs = [m[visit].get("marks") or {} for m in results[name]]
        names = sorted(
            {k for r in runs for k in r}, key=lambda k: statistics.median(r[k] for r in runs if k in r)
        )
        cells = [f"{k} {statistics.median(r[k] for r in runs if k in r):.0f}" for k in names]
        print(f"  {labels[name]}, {visit}: " + ", ".join(cells))
        summary[f"{name}_{visit}_marks"] = {k: statistics.median(r[k] for r in runs if k in r) for k in names}
    print("files of interp's first visit (bytes as served / gzip -6, what a compressing host sends):")
    total = [0, 0]
    for name, size in summary["interp_first_visit_files"].items():
        print(f"  {name:44} {size['bytes']:>11,} / {size['gzip']:>11,}")
        total[0] += size["bytes"]
        total[1] += size["gzip"]
    print(f"  {'total':44} {total[0]:>11,} / {total[1]:>11,}")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "runs": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
