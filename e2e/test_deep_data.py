"""Deeply nested data in Chromium: a crash of Pyodide costs one run, not the page.

Freeing (or comparing, printing, hashing) data nested a few thousand deep recurses in C
past the browser's JavaScript stack, which is fatal to Pyodide (the depths are in
``tests/pyodide/checks/README.md``). The page (interp.js) must end that run with a
``RecursionError`` that says so, keep what it printed, replace the worker, and serve the
next runs on a fresh runtime: every sandbox starts again with empty globals.
"""

from __future__ import annotations

from playwright.sync_api import Page

SCRIPT = """
async () => {
  const interp = await import("./interp.js");
  const rt = await interp.load();
  const out = { reasons: [] };
  rt.onRestart = (reason) => out.reasons.push(reason);
  const keeper = rt.sandbox({});
  await keeper.run("kept = 1");
  const sb = rt.sandbox({});
  // A chain of 30,000 objects: an ordinary linked list, which CPython frees at once.
  out.deep = await sb.run([
    "class Node:",
    "    def __init__(self, next):",
    "        self.next = next",
    "head = None",
    "for i in range(30_000):",
    "    head = Node(head)",
    "print('built')",
    "head = None",
    "print('freed')",
  ].join("\\n"));
  out.restarts = rt.restarts;
  out.keeper = await keeper.run("print(kept)");
  out.again = await sb.run("print('again')");
  sb.dispose();
  keeper.dispose();
  return out;
}
"""


def test_deep_data_crash_is_one_failed_run(page: Page, site_url: str, outside_requests) -> None:
    blank = site_url + "blank.html"
    page.route(blank, lambda route: route.fulfill(body="<title>deep</title>", content_type="text/html"))
    page.goto(blank)
    out = page.evaluate(SCRIPT)
    deep = out["deep"]
    if out["restarts"] == 0:
        # Pyodide (or interp) learnt to free deep data without a crash.
        assert deep["stdout"] == "built\nfreed\n", deep
    else:
        assert out["restarts"] == 1
        assert "Maximum call stack size exceeded" in out["reasons"][0]
        assert deep["ok"] is False
        assert deep["stdout"] == "built\n"
        assert deep["error"]["type"] == "RecursionError"
        assert "too deeply for the browser's stack" in deep["error"]["message"]
        assert "empty globals" in deep["error"]["message"]
        assert out["keeper"]["error"]["type"] == "NameError"
    assert out["again"]["stdout"] == "again\n"
    assert outside_requests == []
