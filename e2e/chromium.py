"""Debian's Chromium as Playwright drives it here: where it is and the flags it needs.

Shared by the end-to-end fixtures and ``bench/startup_browser.py``. ``playwright
install`` cannot download browsers on these machines, so Playwright launches the
system's Chromium with these arguments (no sandbox in containers, nothing that reaches
the network on its own).
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
