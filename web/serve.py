"""A plain static file server for ``web/dist`` (``make serve``; the e2e tests use it too).

Deliberately nothing more than a static host such as GitHub Pages: no COOP/COEP headers,
no service worker, no rewriting. It only makes sure the MIME types the site needs are right
(``.mjs`` as JavaScript for module imports, ``.wasm`` for streaming compilation) whatever
the machine's ``/etc/mime.types`` says, asks the browser to revalidate (``no-cache``), and
sends ``Access-Control-Allow-Origin: *`` as GitHub Pages does, so that a page on another
origin can load the widget (``interp-embed.js``) and the runtime straight from this server.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
from pathlib import Path

DIST = Path(__file__).resolve().parent / "dist"

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".svg": "image/svg+xml",
    ".md": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".lark": "text/plain; charset=utf-8",
}


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    quiet = False

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:
        if not self.quiet:
            super().log_message(format, *args)


def make_server(directory: Path = DIST, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False):
    """A ``ThreadingHTTPServer`` serving ``directory``; port 0 picks a free port."""
    handler = functools.partial(type("Handler", (StaticHandler,), {"quiet": quiet}), directory=str(directory))
    return http.server.ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve web/dist as plain static files.")
    parser.add_argument("--dir", type=Path, default=DIST)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if not (args.dir / "index.html").is_file():
        print(f"{args.dir} has no index.html: run `make build` first", file=sys.stderr)
        return 1
    with make_server(args.dir, args.host, args.port) as server:
        host, port = server.server_address[:2]
        print(f"Serving {args.dir} on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
