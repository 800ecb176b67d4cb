// snippet.js: the <interp-snippet> element, one runnable snippet of a page.
//
// It shows the playground's editor and output pane (../components) in a Shadow DOM, so
// that the page's CSS stays out and the widget's stays in, and runs its code in its own
// sandbox, or in its session's, on the page's one runtime (runtime.js). Everything a
// reader does goes through a few buttons: Run (Stop while running), Run all above (cells
// of a session), Reset (once edited) and a link that opens the code in the playground.

import { createEditor, editorCss } from "../components/editor.js";
import { createOutput, limitMessage, outputCss } from "../components/output.js";
import { encodeFragment } from "../components/share.js";
import { adoptStyles, themeCss } from "../components/styles.js";
import embedCss from "./embed.css";
import { codeOf, readOptions } from "./options.js";
import { Host, missingCapabilities, onProgress, runtime, runtimeRequested, sessionHost } from "./runtime.js";

const PLAYGROUND_URL = new URL("./", import.meta.url).href;

// -- themes ------------------------------------------------------------------------------------

/**
 * The components' theme follows `prefers-color-scheme` only; a snippet must also follow
 * the page's own theme switch. The two palettes are read from theme.css itself and given
 * again under `.ip-light` and `.ip-dark`, which win over the media query, so that there is
 * one palette to maintain.
 */
function forcedThemesCss() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss);
  let light = "";
  let dark = "";
  for (const rule of sheet.cssRules) {
    if (rule instanceof CSSStyleRule && rule.selectorText === ".ip-theme") light = rule.style.cssText;
    if (rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.conditionText)) {
      for (const inner of rule.cssRules) if (inner.selectorText === ".ip-theme") dark = inner.style.cssText;
    }
  }
  return `.ip-theme.ip-light { ${light} } .ip-theme.ip-dark { ${dark} }`;
}

let themesCss = null;

/** "light" or "dark" when the page says which (data-theme or a class on <html>, or its
 * color-scheme), else null: then the visitor's prefers-color-scheme decides. */
function pageTheme(element) {
  const html = document.documentElement;
  if (["light", "dark"].includes(html.dataset.theme)) return html.dataset.theme;
  if (html.classList.contains("dark")) return "dark";
  if (html.classList.contains("light")) return "light";
  const scheme = getComputedStyle(element).colorScheme.replace("only", "").trim();
  return ["light", "dark"].includes(scheme) ? scheme : null;
}

const themed = new Set();
new MutationObserver(() => {
  for (const snippet of themed) snippet._applyTheme();
}).observe(document.documentElement, { attributes: true, attributeFilter: ["class", "data-theme", "style"] });

// -- sessions ----------------------------------------------------------------------------------

/** The snippets of session `name`, in page order. */
function sessionCells(name) {
  return [...document.querySelectorAll("interp-snippet")].filter((cell) => cell.options?.session === name);
}

function refreshSession(name) {
  sessionCells(name).forEach((cell, i) => cell._setHasCellsAbove(i > 0));
}

/** The first line of `code` that says something, shortened, to name a snippet. */
function firstLine(code) {
  const line = code.split("\n").find((text) => text.trim()) ?? "empty";
  const trimmed = line.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// -- the element -------------------------------------------------------------------------------

export class InterpSnippet extends HTMLElement {
  connectedCallback() {
    themed.add(this);
    if (this._built) {
      if (this.options.session) refreshSession(this.options.session);
      this._applyTheme();
      return;
    }
    this._built = true;
    this.options = readOptions(this, this.querySelector("pre"), this.querySelector("code"));
    this.original = this._writtenCode();
    this._stdin = [];
    this._running = false;
    this._build();
    if (this.options.session) refreshSession(this.options.session);
    if (this.options.autorun) this.run();
    else if (this.options.preload) this._preloadWhenVisible();
  }

  disconnectedCallback() {
    themed.delete(this);
    if (this.options?.session) refreshSession(this.options.session);
    // A snippet moved elsewhere in the page is connected again at once; one removed from it
    // (a single-page app changing views) frees its sandbox. A session's stays for its cells.
    queueMicrotask(() => {
      if (this.isConnected || !this._ownHost) return;
      this.stop();
      this._ownHost.dispose();
      this._ownHost = null;
    });
  }

  /** The code as the page wrote it: the text of the <pre> inside, or of the element. */
  _writtenCode() {
    return codeOf((this.querySelector("pre") ?? this).textContent);
  }

  /** The code in the editor. */
  get code() {
    return this.editor ? this.editor.getCode() : this._writtenCode();
  }

  set code(text) {
    this.editor.setCode(String(text));
  }

  /** The file name of the code in tracebacks: each cell of a session has its own. */
  get filename() {
    if (!this.options.session) return "main.py";
    return `cell-${sessionCells(this.options.session).indexOf(this) + 1}.py`;
  }

  _build() {
    const root = this.attachShadow({ mode: "open" });
    themesCss ??= forcedThemesCss();
    adoptStyles(root, themeCss, themesCss, editorCss, outputCss, embedCss);
    this._frame = element("div", "snippet ip-theme");
    this._frame.setAttribute("part", "snippet");

    const editorHost = element("div", "editor ip-editor");
    const bar = element("div", "bar");
    this._runButton = element("button", "run", "Run");
    this._runButton.type = "button";
    this._runButton.title = "Run (Ctrl+Enter)";
    this._runButton.setAttribute("aria-keyshortcuts", "Control+Enter Meta+Enter");
    this._runButton.addEventListener("click", () => (this._running ? this.stop() : this.run()));
    this._aboveButton = element("button", "above", "Run all above");
    this._aboveButton.type = "button";
    this._aboveButton.title = "Run the cells of this session above this one, then this one";
    this._aboveButton.hidden = true;
    this._aboveButton.addEventListener("click", () => this.runAllAbove());
    this._resetButton = element("button", "reset", "Reset");
    this._resetButton.type = "button";
    this._resetButton.title = "Put the original code back";
    this._resetButton.hidden = true;
    this._resetButton.addEventListener("click", () => {
      this.editor.setCode(this.original);
      this.editor.focus();
    });
    this._status = element("span", "status");
    this._status.setAttribute("role", "status");
    this._open = element("a", "open", "Open in playground ↗");
    this._open.target = "_blank";
    this._open.rel = "noopener";
    this._open.href = PLAYGROUND_URL;
    bar.append(this._runButton, this._aboveButton, this._resetButton, this._status);
    if (this.options.readOnly) bar.append(element("span", "badge", "read-only"));
    bar.append(this._open);
    const outputHost = element("div", "output");
    this._frame.append(editorHost, bar, outputHost);
    root.append(this._frame);

    this.editor = createEditor(editorHost, {
      doc: this.original,
      // A page may hold many snippets: the first line of each tells them apart to a
      // screen reader.
      label: `Python code: ${firstLine(this.original)}`,
      readOnly: this.options.readOnly,
      onRun: () => this.run(),
      onChange: (code) => this._edited(code),
      // Syntax errors are marked while typing once the runtime is up; typing never boots it.
      check: (code) => (runtimeRequested() ? runtime().then((rt) => rt.check(code)) : Promise.resolve({ errors: [] })),
    });
    this.output = createOutput(outputHost, {
      filename: this.filename,
      onLine: (line) => this.editor.goToLine(line),
      placeholder: this.options.problems.length ? "" : "Press Run to see the output here.",
      label: "Output",
    });
    for (const problem of this.options.problems) this.output.notice("error", "Snippet option:", problem);
    this._edited(this.original);
    this._applyTheme();
  }

  _applyTheme() {
    const theme = this.options.theme ?? pageTheme(this);
    this._frame.classList.toggle("ip-light", theme === "light");
    this._frame.classList.toggle("ip-dark", theme === "dark");
  }

  _setHasCellsAbove(flag) {
    this._aboveButton.hidden = !flag;
  }

  _edited(code) {
    this._resetButton.hidden = !this.options.reset || code === this.original;
    clearTimeout(this._shareTimer);
    this._shareTimer = setTimeout(async () => {
      this._open.href = PLAYGROUND_URL + (await encodeFragment(code));
    }, 250);
  }

  _preloadWhenVisible() {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        runtime().catch(() => {});
      }
    });
    observer.observe(this);
  }

  _host() {
    if (this.options.session) return sessionHost(this.options.session, sessionCells(this.options.session));
    this._ownHost ??= new Host({ capabilities: this.options.capabilities, limits: this.options.limits });
    return this._ownHost;
  }

  _setRunning(flag) {
    this._running = flag;
    this._runButton.textContent = flag ? "Stop" : "Run";
    this._runButton.title = flag ? "Stop the program" : "Run (Ctrl+Enter)";
    this._runButton.classList.toggle("stop", flag);
    this.toggleAttribute("running", flag);
  }

  // -- what the sandbox calls (through Host, while this snippet runs) ------------------------

  onStdout(text) {
    this.output.write("stdout", text);
  }

  onStderr(text) {
    this.output.write("stderr", text);
  }

  onInput(prompt, signal) {
    if (this._stdin.length) {
      const line = this._stdin.shift();
      this.output.write("stdout", `${line}\n`);
      return line;
    }
    this._status.textContent = "Waiting for input…";
    return this.output.ask(prompt, signal).finally(() => {
      if (this._running) this._status.textContent = "Running…";
    });
  }

  // -- public ----------------------------------------------------------------------------------

  /** Run the code: a Promise of the result (null when stopped before it started). */
  async run() {
    if (this._running) return null;
    const code = this.editor.getCode();
    this._setRunning(true);
    this.cancelled = false;
    this._stdin = [...this.options.stdin];
    this.output.clear();
    this.editor.clearError();
    this.dispatchEvent(new CustomEvent("run-start", { bubbles: true, composed: true, detail: { code } }));
    const missing = missingCapabilities(this.options.capabilities);
    if (missing.length) {
      this.output.notice("info", "Not granted:", `this page registered no capability named ${missing.join(", ")}.`);
    }
    const unsubscribe = onProgress((event) => {
      if (event.phase !== "ready") this._status.textContent = `Starting Python: ${event.message}…`;
    });
    this._status.textContent = runtimeRequested() ? "Running…" : "Starting Python…";
    let result = null;
    try {
      const pending = this._host().run(this, code, this.filename);
      runtime().then(
        () => this._running && (this._status.textContent = "Running…"),
        () => {},
      );
      result = await pending;
      if (result) this._show(result);
      else this._status.textContent = "Stopped before it started";
    } catch (error) {
      this.output.notice("error", "Python could not run:", error.message);
      this._status.textContent = "Failed";
    } finally {
      unsubscribe();
      this._setRunning(false);
    }
    this.dispatchEvent(new CustomEvent("run-end", { bubbles: true, composed: true, detail: result }));
    return result;
  }

  /** Run the cells of this session above this one, in page order, then this one; stop at
   * the first that fails. */
  async runAllAbove() {
    const cells = this.options.session ? sessionCells(this.options.session) : [this];
    for (const cell of cells.slice(0, cells.indexOf(this))) {
      const result = await cell.run();
      if (!result?.ok) return result;
    }
    return this.run();
  }

  /** Stop the run (or the wait for its turn in a session). */
  stop() {
    if (!this._running) return;
    this.cancelled = true;
    this._host().stop(this);
  }

  _show(result) {
    const { error, stats } = result;
    if (result.resultRepr !== null && result.resultRepr !== undefined) this.output.result(result.resultRepr);
    if (error?.limit) {
      const { title, text } = limitMessage(error, { ...defaultLimits, ...this._host().limits });
      this.output.notice("limit", title, text);
    }
    const line = error && errorLine(error.traceback, this.filename);
    if (line) this.editor.markError(line, `${error.type}: ${error.message}`);
    const took = stats.wallTimeMs < 1000 ? `${Math.round(stats.wallTimeMs)} ms` : `${(stats.wallTimeMs / 1000).toFixed(1)} s`;
    if (result.ok) this._status.textContent = `Done in ${took}`;
    else if (error.limit === "stopped") this._status.textContent = "Stopped";
    else if (error.limit) this._status.textContent = "Limit reached";
    else this._status.textContent = `${error.type} after ${took}`;
  }
}

/** What interp.js uses when a limit is not given (docs/js-api.md), to say how much was allowed. */
const defaultLimits = { timeoutMs: 10_000, maxMemory: 256 * 2 ** 20, maxOutput: 2 ** 20, maxHostCalls: 10_000 };

/** The line of the last traceback frame in `filename` (this snippet's code), or null. */
function errorLine(traceback, filename) {
  let line = null;
  for (const match of (traceback ?? "").matchAll(/File "([^"]*)", line (\d+)/g)) {
    if (match[1] === filename) line = Number(match[2]);
  }
  return line;
}
