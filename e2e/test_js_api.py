"""The JavaScript API (interp.js) in Chromium: Pyodide in a Web Worker, capabilities on the page.

One page load (Pyodide boots once, which takes seconds), several checks: a program with an
async capability gathered ten times, output streaming, ``input()``, ``check()``, Stop of an
infinite loop, and that sandboxed code cannot reach ``js``. Everything comes from the site's
origin: any other request fails the test.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Page, Route

SCRIPT = """
async () => {
  const interp = await import("./interp.js");
  const out = {};
  const phases = [];
  const t0 = performance.now();
  const rt = await interp.load({ onProgress: (e) => phases.push(e.phase) });
  out.loadMs = performance.now() - t0;
  out.phases = phases;
  out.info = rt.info;
  out.sameRuntime = (await interp.load()) === rt;

  const chunks = [];
  const sb = rt.sandbox({
    capabilities: {
      getUser: async (id) => {
        await new Promise((r) => setTimeout(r, 100));
        return { id, name: "Ada", avatar: new Uint8Array([1, 2, 3]) };
      },
      title: () => document.title,
      page: () => document,
    },
    onStdout: (text) => chunks.push(text),
    onInput: async (prompt) => "Grace",
  });
  const t1 = performance.now();
  const r = await sb.run([
    "import asyncio",
    "users = await asyncio.gather(*[getUser(i) for i in range(10)])",
    "print(len(users), users[3]['name'], users[3]['avatar'])",
    "print('title:', title())",
    "try:",
    "    page()",
    "except TypeError as e:",
    "    print('refused:', e)",
    "for name in ('js', 'pyodide', 'pyodide_js'):",
    "    try:",
    "        exec(f'import {name}')",
    "    except ImportError as e:",
    "        print(type(e).__name__, name)",
    "who = input('who? ')",
    "print('hello', who)",
    "sum(range(10))",
  ].join("\\n"));
  out.gatherRunMs = performance.now() - t1;
  out.run = r;
  out.streamed = chunks.join("");

  out.check = await sb.check("def f(:\\n    pass");

  // The worker answers between time slices, however long the program has been computing.
  const looping = sb.run("while True:\\n    pass");
  out.pings = [];
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 150));
    out.pings.push(await rt.ping());
  }
  const t2 = performance.now();
  sb.stop();
  out.stopped = await looping;
  out.stopMs = performance.now() - t2;
  out.restarts = rt.restarts;
  out.after = (await sb.run("print('after stop')")).stdout;
  sb.dispose();
  return out;
}
"""


def test_js_api_in_chromium(page: Page, site_url: str, page_log, outside_requests) -> None:
    # A blank page of the site's origin: the front page (the playground) loads the runtime
    # itself, and load() would hand this script that runtime, already booted.
    blank = site_url + "blank.html"
    page.route(
        blank, lambda route: route.fulfill(body="<title>a blank page</title>", content_type="text/html")
    )
    page.goto(blank)
    out = page.evaluate(SCRIPT)

    print(
        f"\nJS API in Chromium: load {out['loadMs']:.0f} ms (worker timings {out['info']['timings']}), "
        f"gather run {out['gatherRunMs']:.0f} ms, stop {out['stopMs']:.0f} ms, "
        f"pings while computing {[round(p) for p in out['pings']]} ms"
    )
    assert out["phases"][-1] == "ready"
    assert out["sameRuntime"] is True
    assert out["info"]["python"].startswith("3.14")

    r = out["run"]
    assert r["ok"], r["stderr"]
    assert r["stdout"] == (
        "10 Ada b'\\x01\\x02\\x03'\n"
        "title: a blank page\n"
        "refused: cannot pass a result of 'page' of type 'HTMLDocument' into the sandbox\n"
        "ModuleNotFoundError js\n"
        "ModuleNotFoundError pyodide\n"
        "ModuleNotFoundError pyodide_js\n"
        "who? hello Grace\n"
    )
    assert r["result"] == 45
    assert out["streamed"] == r["stdout"]
    assert out["gatherRunMs"] < 5000

    check = out["check"]
    assert check["ok"] is False
    assert check["errors"][0]["type"] == "SyntaxError"
    assert (check["errors"][0]["line"], check["errors"][0]["column"]) == (1, 7)

    assert out["stopped"]["error"]["limit"] == "stopped"
    assert out["stopMs"] < 600
    assert max(out["pings"]) < 600
    assert out["restarts"] == 0
    assert out["after"] == "after stop\n"

    assert outside_requests == []
    assert page_log.problems() == []


def test_js_api_from_another_origin(browser, site_url: str) -> None:
    """A page of another origin imports interp.js from the site (as a widget would from a
    static host that sends Access-Control-Allow-Origin): the worker starts through a
    same-origin blob: module, and the capabilities run on the embedding page."""
    port = urlsplit(site_url).port
    context = browser.new_context()
    try:

        def add_cors(route: Route) -> None:
            response = route.fetch()
            route.fulfill(response=response, headers={**response.headers, "access-control-allow-origin": "*"})

        context.route(f"{site_url}**", add_cors)
        page = context.new_page()
        page.goto(f"http://localhost:{port}/")  # another origin, same server
        out = page.evaluate(
            """async (siteUrl) => {
                const interp = await import(siteUrl + "interp.js");
                const rt = await interp.load();
                const sb = rt.sandbox({ capabilities: { origin: () => location.origin } });
                const r = await sb.run("print('called from', origin())");
                return { page: location.origin, base: rt.baseUrl, stdout: r.stdout, stderr: r.stderr };
            }""",
            site_url,
        )
    finally:
        context.close()
    assert out["page"] == f"http://localhost:{port}"
    assert out["base"] == site_url
    assert out["stdout"] == f"called from http://localhost:{port}\n", out["stderr"]
