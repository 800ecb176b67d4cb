"""Start-up of the JavaScript API in headless Chromium (measured, never asserted).

Usage: ``python bench/startup_browser.py [--runs N] [--json PATH]`` (``make build`` first).

Serves ``web/dist`` with ``web/serve.py`` (plain static files, no compression), then for each
run opens a fresh browser context (an empty HTTP cache: a first visit) and times, in the page,
``interp.load()`` up to the runtime being ready and up to the first ``print`` of a sandboxed
program reaching ``onStdout``; then reloads the page in the same context (a repeat visit: the
server answers ``304 Not Modified`` to the revalidations) and times it again. It also reports
the bytes the first visit downloaded and a second run's time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "web" / "dist"

MEASURE = """
async () => {
  const t0 = performance.now();
  const interp = await import("./interp.js");
  const phases = {};
  const rt = await interp.load({ onProgress: (e) => (phases[e.phase] ??= performance.now() - t0) });
  const ready = performance.now() - t0;
  let first = null;
  const sb = rt.sandbox({ onStdout: () => (first ??= performance.now() - t0) });
  const r = await sb.run("print('hello from the sandbox')");
  if (r.stdout !== "hello from the sandbox\\n") throw new Error(JSON.stringify(r));
  const t1 = performance.now();
  await sb.run("print(sum(range(10)))");
  const second = performance.now() - t1;
  return { ready, first, second, phases, worker: rt.info.timings };
}
"""


def serve():
    spec = importlib.util.spec_from_file_location("interp_web_serve", ROOT / "web" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.make_server(DIST, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not (DIST / "interp.js").is_file():
        print("web/dist is not built: run `make build` first", file=sys.stderr)
        return 1
    server, url = serve()
    cold, warm = [], []
    downloaded: list[int] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for i in range(args.runs):
                context = browser.new_context()
                page = context.new_page()
                sizes: list[int] = []

                def on_finished(request, sizes=sizes):
                    response = request.response()
                    if response is not None and response.status == 200:
                        sizes.append(request.sizes()["responseBodySize"])

                page.on("requestfinished", on_finished)
                page.goto(url)
                first_visit = page.evaluate(MEASURE)
                downloaded.append(sum(sizes))
                page.reload()
                repeat_visit = page.evaluate(MEASURE)
                context.close()
                cold.append(first_visit)
                warm.append(repeat_visit)
                for label, m in (("first visit", first_visit), ("repeat visit", repeat_visit)):
                    print(
                        f"run {i + 1} {label:12}: ready {m['ready']:.0f} ms, first print {m['first']:.0f} ms "
                        f"(Pyodide {m['worker']['runtimeMs']:.0f} ms, wheels + interp "
                        f"{m['worker']['interpreterMs']:.0f} ms), second run {m['second']:.1f} ms"
                    )
            browser.close()
    finally:
        server.shutdown()

    def median(key: str, runs: list[dict]) -> float:
        return statistics.median(m[key] for m in runs)

    summary = {
        "runs": args.runs,
        "first_visit_ready_ms": median("ready", cold),
        "first_visit_first_print_ms": median("first", cold),
        "repeat_visit_ready_ms": median("ready", warm),
        "repeat_visit_first_print_ms": median("first", warm),
        "downloaded_bytes": statistics.median(downloaded),
    }
    print(
        f"median of {args.runs}: first visit: first print {summary['first_visit_first_print_ms']:.0f} ms "
        f"({summary['downloaded_bytes'] / 2**20:.2f} MiB downloaded, uncompressed server); repeat visit: "
        f"first print {summary['repeat_visit_first_print_ms']:.0f} ms"
    )
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "first": cold, "repeat": warm}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
