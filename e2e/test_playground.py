"""The playground (the site's front page) in Chromium, as a visitor uses it.

Each test opens the page served as ``make serve`` serves it and asserts what a person sees:
output in the output pane, marks in the editor, the status line. Code gets into the editor
the way a person puts it there: pasted (a paste event on the editor), or typed. Times are
printed, never asserted tightly; the only bound (the page answering a click while a
program loops) is generous. Screenshots of the main states go to
``test-reports/screenshots/``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-reports" / "screenshots"
EXAMPLES = ROOT / "web" / "src" / "playground" / "examples"

BOOT_MS = 90_000  # Pyodide's boot on a loaded two-core machine, with room to spare
RUN_MS = 60_000


def screenshot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png")


def open_playground(page: Page, url: str, *, wait_ready: bool = True) -> None:
    page.goto(url)
    expect(page.locator(".cm-content")).to_be_visible()
    if wait_ready:
        expect(page.locator("#status")).to_have_attribute("data-state", "ready", timeout=BOOT_MS)


def paste_code(page: Page, code: str) -> None:
    """Replace the editor's code as a person pasting it would."""
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.evaluate(
        """(code) => {
            const data = new DataTransfer();
            data.setData("text/plain", code);
            document.querySelector(".cm-content").dispatchEvent(
                new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        }""",
        code,
    )
    assert editor_code(page) == code


def editor_code(page: Page) -> str:
    return page.evaluate("""() => [...document.querySelectorAll(".cm-content .cm-line")]
        .map((line) => line.textContent).join("\\n")""")


def output(page: Page) -> str:
    return page.locator(".ip-output-body").inner_text()


def wait_finished(page: Page) -> str:
    """Wait for the run to end; the status line's state (done, failed, stopped)."""
    expect(page.locator("#run")).to_be_enabled(timeout=RUN_MS)
    return page.locator("#status").get_attribute("data-state")


def run(page: Page, code: str) -> str:
    paste_code(page, code)
    page.locator("#run").click()
    return wait_finished(page)


def cursor_line(page: Page) -> int:
    return int(page.locator(".cm-lineNumbers .cm-activeLineGutter").inner_text())


# -- running, output --------------------------------------------------------------------------


def test_a_program_runs_and_its_output_appears(page: Page, site_url: str, page_log, outside_requests) -> None:
    open_playground(page, site_url, wait_ready=False)
    # Run is usable while Python still boots; the program runs once it is ready.
    expect(page.locator("#status")).to_have_attribute("data-state", "loading")
    expect(page.locator("#run")).to_be_enabled()
    screenshot(page, "loading")
    started = time.monotonic()
    paste_code(
        page, "import sys\nprint('hello', 6 * 7)\nprint('careful', file=sys.stderr)\n(1, 2.0, 'three')"
    )
    page.locator("#run").click()
    expect(page.locator(".ip-stdout")).to_have_text("hello 42\n", timeout=BOOT_MS)
    print(f"click during boot -> first output: {time.monotonic() - started:.2f} s")
    assert wait_finished(page) == "done"
    # stdout and stderr are told apart, and the last value is shown as its repr.
    expect(page.locator(".ip-stderr")).to_have_text("careful\n")
    colors = page.evaluate("""() => ['.ip-stdout', '.ip-stderr', '.ip-result'].map(
        (s) => getComputedStyle(document.querySelector(s)).color)""")
    assert len(set(colors)) == 3, colors
    expect(page.locator(".ip-result")).to_have_text("(1, 2.0, 'three')")
    expect(page.locator("#stats")).to_have_text(
        re.compile(r"Last run: [\d,]+ steps · [\d.,]+ ms compute · 9 bytes printed")
    )
    screenshot(page, "idle")
    # Clear empties the pane.
    page.locator("#clear").click()
    assert output(page) == ""
    assert outside_requests == []
    assert page_log.problems() == []


def test_output_streams_and_huge_output_is_capped(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    code = "import time\nprint('first')\nfor i in range(3):\n    print('step', i, end='\\r')\n    time.sleep(1)\nprint('second')"
    paste_code(page, code)
    page.locator("#run").click()
    # While the program sleeps, its output so far is there; "\r" replaces the line.
    expect(page.locator(".ip-output-body")).to_have_text(re.compile(r"^first\nstep \d$"))
    expect(page.locator("#status")).to_have_attribute("data-state", "running")
    assert wait_finished(page) == "done"
    assert output(page) == "first\nsecond\n"

    # The output limit (1 MiB) ends the run; the pane shows a part of it and says so.
    assert run(page, "while True:\n    print('x' * 99)") == "failed"
    expect(page.locator(".ip-notice-cap")).to_contain_text("Output capped")
    expect(page.locator(".ip-notice-limit")).to_contain_text("Output limit reached")
    expect(page.locator(".ip-notice-limit")).to_contain_text("printed more than 1 MiB")
    assert len(page.locator(".ip-stdout").inner_text()) <= 100_000


def test_stop_ends_an_endless_loop_and_the_page_stays_responsive(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    paste_code(page, "started = 'yes'\nwhile True:\n    pass")
    page.locator("#run").click()
    expect(page.locator("#status")).to_have_attribute("data-state", "running")
    expect(page.locator("#stop")).to_be_enabled()
    page.wait_for_timeout(1000)  # let it loop
    screenshot(page, "running")

    # The page answers a click (the Clear button) and typing while the program loops.
    page.evaluate("document.querySelector('.ip-output-body').append('marker')")
    started = time.monotonic()
    page.locator("#clear").click()
    expect(page.locator(".ip-output-body")).to_have_text("")
    answered = time.monotonic() - started
    print(f"click answered during the loop in {answered * 1000:.0f} ms")
    assert answered < 1.0
    page.locator(".cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.type("  # typed while running")
    assert editor_code(page).endswith("pass  # typed while running")

    started = time.monotonic()
    page.locator("#stop").click()
    assert wait_finished(page) == "stopped"
    print(f"Stop -> run ended in {(time.monotonic() - started) * 1000:.0f} ms")
    expect(page.locator(".ip-notice-limit")).to_contain_text("You stopped the program")

    # The globals survived the Stop: the next run sees them, no reload needed.
    assert run(page, "print('started:', started)") == "done"
    assert output(page) == "started: yes\n"

    # Restart is separate: fresh globals.
    page.locator("#restart").click()
    expect(page.locator(".ip-notice-info")).to_contain_text("Fresh sandbox")
    assert run(page, "print(started)") == "failed"
    assert "NameError: name 'started' is not defined" in output(page)


def test_input_is_answered_inline_twice_in_one_run(page: Page, site_url: str) -> None:
    dialogs: list[str] = []  # window.prompt() and the like: there must be none
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    open_playground(page, site_url)
    paste_code(
        page, "first = input('Your name? ')\nsecond = input('Your town? ')\nprint(f'{first} from {second}')"
    )
    page.locator("#run").click()
    field = page.locator(".ip-input")
    expect(field).to_be_focused()
    expect(page.locator("#status")).to_have_attribute("data-state", "input")
    expect(page.locator(".ip-output-body")).to_have_text("Your name? ")
    screenshot(page, "input")
    page.keyboard.type("Ada")
    page.keyboard.press("Enter")
    expect(field).to_be_focused()
    expect(field).to_have_attribute("aria-label", "Answer to: Your town?")
    page.keyboard.type("London")
    page.keyboard.press("Enter")
    assert wait_finished(page) == "done"
    assert output(page) == "Your name? Ada\nYour town? London\nAda from London\n"
    expect(page.locator(".ip-input")).to_have_count(0)
    # Stop while a program waits for input takes the field away.
    paste_code(page, "input('Never answered? ')")
    page.locator("#run").click()
    expect(page.locator(".ip-input")).to_be_focused()
    page.locator("#stop").click()
    assert wait_finished(page) == "stopped"
    expect(page.locator(".ip-input")).to_have_count(0)
    assert dialogs == []


# -- errors -----------------------------------------------------------------------------------


def test_a_traceback_marks_the_line_and_its_links_move_the_cursor(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    code = "def half(n):\n    return n / 0\n\nprint('before')\nhalf(4)\n"
    assert run(page, code) == "failed"
    expect(page.locator("#status")).to_contain_text("ZeroDivisionError on line 2")
    text = output(page)
    assert 'File "main.py", line 5, in <module>' in text
    assert text.rstrip().endswith("ZeroDivisionError: division by zero")
    # The failing line (2) is marked, with the error's message.
    marked = page.locator(".cm-line.ip-error-line")
    expect(marked).to_have_count(1)
    expect(marked).to_contain_text("return n / 0")
    expect(marked.locator(".ip-error-message")).to_have_text("ZeroDivisionError: division by zero")
    screenshot(page, "error")
    # Each `File "main.py", line N` of the traceback is a link to line N.
    links = page.locator(".ip-traceback-link")
    expect(links).to_have_text(['File "main.py", line 5', 'File "main.py", line 2'])
    links.first.click()
    expect(page.locator(".cm-content")).to_be_focused()
    assert cursor_line(page) == 5
    links.last.click()
    assert cursor_line(page) == 2
    # An edit clears the mark: it belonged to the code that ran.
    page.keyboard.type("x = 1; ")
    expect(marked).to_have_count(0)


def test_a_syntax_error_is_marked_while_typing_without_running(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    paste_code(page, "print('fine')\ndef broken(:\n    pass\n")
    error = page.locator(".cm-lintRange-error")
    expect(error).to_have_count(1, timeout=RUN_MS)
    expect(page.locator(".cm-lint-marker-error")).to_have_count(1)
    error.hover()
    expect(page.locator(".cm-diagnostic-error")).to_contain_text("SyntaxError")
    # Nothing ran.
    assert output(page) == ""
    expect(page.locator("#stats")).to_have_text("No run yet")
    # Fixed, the mark goes away.
    paste_code(page, "print('fine')\ndef fixed():\n    pass\n")
    expect(error).to_have_count(0, timeout=RUN_MS)


def test_a_limit_is_explained_in_plain_words(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    assert run(page, "x = 1\nwhile True:\n    x += 1") == "failed"  # the 10 s time limit
    notice = page.locator(".ip-notice-limit")
    expect(notice).to_contain_text("Time limit reached")
    expect(notice).to_contain_text("computed for more than 10 seconds")
    expect(page.locator("#status")).to_have_text("Time limit reached")


# -- capabilities -------------------------------------------------------------------------------


def test_an_async_capability_resolves_after_a_delay_and_the_program_continues(
    page: Page, site_url: str
) -> None:
    open_playground(page, site_url)
    expect(page.locator("#capabilities li")).to_have_count(2)
    expect(page.locator("#capabilities")).to_contain_text("await fetch_json(path)")
    code = (
        "import time\n"
        "start = time.monotonic()\n"
        "user = await fetch_json('/users/2')\n"
        "print(user['name'], time.monotonic() - start > 0.3)\n"
        "notify('hello from the sandbox')\n"
        "print('and on')"
    )
    assert run(page, code) == "done"
    assert output(page) == "Grace True\nand on\n"
    expect(page.locator("#toast")).to_have_text("hello from the sandbox")


def test_a_rejected_capability_raises_in_python(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    code = "try:\n    await fetch_json('/nowhere')\nexcept LookupError as error:\n    print('caught:', error)\nawait fetch_json('/nowhere/else')"
    assert run(page, code) == "failed"
    text = output(page)
    assert text.startswith("caught: 404 Not Found: /nowhere\n")
    assert text.rstrip().endswith("LookupError: 404 Not Found: /nowhere/else")


# -- share, reload --------------------------------------------------------------------------------


def test_a_share_link_opens_the_code_without_running_it(page: Page, site_url: str, browser: Browser) -> None:
    open_playground(page, site_url)
    code = "# shared ✓\nfor i in range(3):\n    print('shared', i)\n"
    paste_code(page, code)
    page.locator("#share").click()
    # The clipboard may be refused (a headless browser): the address bar has the link then.
    expect(page.locator("#status-text")).to_contain_text(re.compile("Link copied|address bar"))
    link = page.url
    assert "#code=" in link

    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        open_playground(other, link)
        assert editor_code(other) == code
        expect(other.locator("#status-text")).to_contain_text("press Run to run it")
        other.wait_for_timeout(500)
        assert output(other) == ""
        expect(other.locator("#stats")).to_have_text("No run yet")
        other.locator("#run").click()
        assert wait_finished(other) == "done"
        assert output(other) == "shared 0\nshared 1\nshared 2\n"
    finally:
        fresh.close()


def test_the_code_survives_a_reload(page: Page, site_url: str) -> None:
    open_playground(page, site_url, wait_ready=False)
    paste_code(page, "print('kept across reloads')")
    page.wait_for_timeout(600)  # the editor saves 300 ms after the last change
    page.reload()
    expect(page.locator(".cm-content")).to_be_visible()
    assert editor_code(page) == "print('kept across reloads')"


# -- examples -------------------------------------------------------------------------------------

# What each example ends with; any other error is unexpected.
EXPECTED = {
    "errors": ("failed", "ZeroDivisionError: division by zero"),
    "limits": ("failed", "Output limit reached"),
    "escape": ("done", "a string of a terabyte"),
    "async_fetch": ("done", "a rejected call raises in Python: 404 Not Found: /users/42"),
    "guess": ("done", "You found it in"),
    "animation": ("done", "Lift-off!"),
}


def play_guessing_game(page: Page) -> None:
    """Answer the guessing game's input() prompts by bisection until it ends."""
    low, high = 1, 100
    while low <= high:
        expect(page.locator(".ip-input")).to_be_focused()
        guess = (low + high) // 2
        page.keyboard.type(str(guess))
        page.keyboard.press("Enter")
        # The next prompt's field, or the end of the run.
        page.wait_for_function(
            "() => document.querySelector('.ip-input') || !document.querySelector('#run').disabled"
        )
        lines = output(page).rstrip("\n").split("\n")
        if "You found it" in lines[-1]:
            return
        if lines[-2] == "Higher!":
            low = guess + 1
        elif lines[-2] == "Lower!":
            high = guess - 1
        else:
            pytest.fail(f"unexpected reply: {lines[-2]!r}")
    pytest.fail(f"the guessing game did not end: {output(page)}")


def test_every_example_runs(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    options = page.locator("#examples option")
    ids = [value for value in options.evaluate_all("(os) => os.map((o) => o.value)") if value]
    assert sorted(ids) == sorted(path.stem for path in EXAMPLES.glob("*.py"))
    assert len(ids) >= 12
    for example in ids:
        page.locator("#examples").select_option(example)
        assert editor_code(page) == (EXAMPLES / f"{example}.py").read_text()
        started = time.monotonic()
        page.locator("#run").click()
        if example == "guess":
            play_guessing_game(page)
        state = wait_finished(page)
        text = output(page)
        print(f"example {example}: {state} in {time.monotonic() - started:.2f} s")
        want_state, want_text = EXPECTED.get(example, ("done", ""))
        assert state == want_state, f"{example}: {text}"
        assert want_text in text, f"{example}: {text}"
        if want_state == "done":
            assert page.locator(".ip-stderr").count() == 0, f"{example}: {text}"
        if example == "animation":  # each frame replaced the one before
            assert "loading" not in text and text.count("|") == 2, text


# -- keyboard, phone, theme -------------------------------------------------------------------------


def test_keyboard_only(page: Page, site_url: str) -> None:
    open_playground(page, site_url)
    # Tab from the top of the page into the editor.
    presses = 0
    while not page.evaluate("document.activeElement.classList.contains('cm-content')"):
        assert presses < 20, "Tab never reached the editor"
        page.keyboard.press("Tab")
        presses += 1
    print(f"Tab presses to the editor: {presses}")
    page.keyboard.press("Control+A")
    page.keyboard.type("for n in range(2):\n")
    page.keyboard.press("Tab")  # inside the editor, Tab indents (auto-indent already did)
    page.keyboard.type("print('typed', n)")
    assert editor_code(page) == "for n in range(2):\n        print('typed', n)"
    page.keyboard.press("Shift+Tab")
    assert editor_code(page) == "for n in range(2):\n    print('typed', n)"
    page.keyboard.press("Control+Enter")
    assert wait_finished(page) == "done"
    assert output(page) == "typed 0\ntyped 1\n"
    # Esc then Tab leaves the editor, to the buttons.
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id || document.activeElement.className")
    assert focused == "clear", focused
    page.keyboard.press("Enter")
    assert output(page) == ""


def test_phone_width(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_playground(page, site_url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        for selector in ("#run", "#stop", "#restart", "#examples", "#share", ".cm-content", ".ip-output"):
            box = page.locator(selector).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375, selector
        paste_code(page, "print('small screen')")
        page.locator("#run").tap()
        assert wait_finished(page) == "done"
        assert output(page) == "small screen\n"
        screenshot(page, "phone")
    finally:
        context.close()


def test_dark_theme_follows_the_system(browser: Browser, site_url: str) -> None:
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        open_playground(page, site_url)
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        editor = page.evaluate("getComputedStyle(document.querySelector('.cm-editor')).backgroundColor")
        assert background != "rgb(246, 248, 250)" and editor == "rgb(13, 17, 23)", (background, editor)
        page.locator("#run").click()
        assert wait_finished(page) == "done"
        screenshot(page, "dark")
    finally:
        context.close()


def test_roles_and_labels(page: Page, site_url: str) -> None:
    open_playground(page, site_url, wait_ready=False)
    expect(page.get_by_role("toolbar", name="Program")).to_be_visible()
    for name in ("Run", "Stop", "Restart", "Share", "Clear"):
        expect(page.get_by_role("button", name=name, exact=False).first).to_be_attached()
    expect(page.get_by_role("combobox", name="Examples")).to_be_visible()
    expect(page.get_by_role("textbox", name="Python code (main.py)")).to_be_visible()
    expect(page.get_by_role("log", name="Output")).to_be_visible()
    expect(page.get_by_role("status").first).to_be_attached()
