// playground.js: the site's front page, where anyone writes, runs, stops and shares Python.
//
// It is the first real user of the JavaScript API (interp.js): one runtime in a worker,
// one sandbox whose globals live from run to run, the page's capabilities, input() in
// the output pane. The editor and the output pane are the shared components of
// web/src/components (the embeddable widget uses them too); this module wires them to the
// page's toolbar, status line, examples, share links and panels. The runtime starts
// loading before anything else, and the editor never waits for it.

import * as interp from "./interp.js"; // the API file next to this bundle in web/dist (external)
import { createEditor, editorCss } from "../components/editor.js";
import { createOutput, formatBytes, limitMessage, outputCss } from "../components/output.js";
import { decodeFragment, encodeFragment } from "../components/share.js";
import { adoptStyles } from "../components/styles.js";
import { capabilityDocs, pageCapabilities } from "./capabilities.js";
import { examples } from "./examples/index.js";

const FILENAME = "main.py";
const STORAGE_KEY = "interp.playground.code";
const LIMITS = { timeoutMs: 10_000, maxMemory: 256 * 1024 ** 2, maxOutput: 1024 ** 2, maxHostCalls: 10_000 };
const PHASES = {
  worker: "Starting the worker",
  runtime: "Loading the Python runtime",
  packages: "Installing the interpreter",
  interpreter: "Starting the interpreter",
};

const $ = (id) => document.getElementById(id);
const ui = {
  run: $("run"),
  stop: $("stop"),
  restart: $("restart"),
  share: $("share"),
  clear: $("clear"),
  examples: $("examples"),
  status: $("status"),
  statusText: $("status-text"),
  stats: $("stats"),
  toast: $("toast"),
};

// -- runtime: starts loading at once ---------------------------------------------------------

let runtime = null;
let sandbox = null;
const runtimeEvents = {
  onProgress: ({ phase }) => {
    const waiting = current ? " Your program runs as soon as Python is ready." : "";
    if (PHASES[phase] && !runtime) setStatus("loading", `${PHASES[phase]}…${waiting}`);
  },
  onRestart: () => output.notice("info", "Python was restarted.", "Variables from earlier runs are gone."),
};
// The page's inline script starts the boot before this bundle has loaded (index.html);
// without it (another page), start it here.
const boot = window.interpBoot;
let booting;
if (boot) {
  boot.listeners.add(runtimeEvents);
  // Replayed after this module has run, when everything the handlers use exists.
  queueMicrotask(() => boot.events.forEach(runtimeEvents.onProgress));
  booting = boot.runtime;
} else {
  booting = interp.load(runtimeEvents);
}
const runtimeReady = booting.then((rt) => {
  runtime = rt;
  sandbox = newSandbox();
  return rt;
});

// -- editor and output ----------------------------------------------------------------------

// The theme is in playground.css, linked by the page; the components bring the rest.
adoptStyles(document, editorCss, outputCss);

function storedCode() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: the editor still works, without surviving a reload
  }
}

let saveTimer = 0;
function saveSoon(code) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {}
  }, 300);
}

const shared = location.hash ? await decodeFragment(location.hash) : null;
let sharedLinkShown = shared !== null;

const editor = createEditor($("editor"), {
  doc: shared ?? storedCode() ?? examples[0].code,
  label: `Python code (${FILENAME})`,
  wrap: matchMedia("(max-width: 760px)").matches, // phones: no sideways scrolling
  onRun: () => run(),
  onChange(code) {
    saveSoon(code);
    if (sharedLinkShown) {
      // The link no longer holds this code: a reload should show the edited code.
      history.replaceState(null, "", location.pathname + location.search);
      sharedLinkShown = false;
    }
  },
  check: async (code) => (await runtimeReady).check(code, { filename: FILENAME }),
});
performance.mark("playground:editor-ready");

const output = createOutput($("output"), {
  filename: FILENAME,
  onLine: (line) => editor.goToLine(line),
  placeholder: "Output appears here. Press Run, or Ctrl+Enter in the editor.",
});

// -- status ---------------------------------------------------------------------------------

function setStatus(state, text) {
  ui.status.dataset.state = state;
  ui.statusText.textContent = text;
}

let toastTimer = 0;
function showToast(text) {
  ui.toast.textContent = text;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (ui.toast.hidden = true), 3500);
}

function setRunning(flag) {
  ui.stop.disabled = !flag;
  ui.run.disabled = flag;
  ui.run.setAttribute("aria-busy", String(flag));
}

function showStats(result) {
  const { steps, computeTimeMs } = result.stats;
  const printed = new TextEncoder().encode(result.stdout).length;
  const time = computeTimeMs < 10 ? computeTimeMs.toFixed(1) : Math.round(computeTimeMs).toLocaleString("en-US");
  const stepCount = `${steps.toLocaleString("en-US")} step${steps === 1 ? "" : "s"}`;
  ui.stats.textContent = `Last run: ${stepCount} · ${time} ms compute · ${formatBytes(printed)} printed`;
}

// -- running --------------------------------------------------------------------------------

function newSandbox() {
  return runtime.sandbox({
    capabilities: pageCapabilities(showToast),
    limits: LIMITS,
    onStdout: (text) => output.write("stdout", text),
    // The line "interp: ... (limit: ...)" that ends a stopped run is said in words instead.
    onStderr: (text) => output.write("stderr", text.replace(/(^|\n)interp: [^\n]* \(limit: [A-Za-z_]+\)\n$/, "$1")),
    onInput(prompt) {
      setStatus("input", "Waiting for your input…");
      return output.ask(prompt, this.signal).finally(() => current && setStatus("running", "Running…"));
    },
  });
}

let current = null; // the run in progress: { stopped }

async function run() {
  if (current) return;
  const token = (current = { stopped: false });
  const code = editor.getCode();
  setRunning(true);
  output.clear();
  editor.clearError();
  // On a phone the output pane is below the editor: bring it into view.
  const pane = output.element.getBoundingClientRect();
  if (pane.top > innerHeight - 80) output.element.scrollIntoView({ block: "nearest", behavior: "smooth" });
  if (!sandbox) {
    setStatus("loading", "Python is loading: your program runs as soon as it is ready…");
    try {
      await runtimeReady;
    } catch {
      return; // the load failure is on the status line already
    }
    if (token.stopped) return;
  }
  setStatus("running", "Running…");
  const ran = sandbox;
  const result = await ran.run(code, { filename: FILENAME });
  current = null;
  setRunning(false);
  if (ran === sandbox) showResult(result); // else Restart replaced the sandbox and said so
}

function showResult(result) {
  const { error } = result;
  showStats(result);
  if (!error) {
    if (result.resultRepr !== null) output.result(result.resultRepr);
    setStatus("done", `Finished in ${formatMs(result.stats.wallTimeMs)}`);
  } else if (error.limit) {
    const { title, text } = limitMessage(error, LIMITS);
    output.notice("limit", `${title}.`, text);
    if (error.limit !== "stopped" && error.line) editor.markError(error.line, title);
    setStatus(error.limit === "stopped" ? "stopped" : "failed", title);
  } else {
    const where = error.line ? ` on line ${error.line}` : "";
    if (error.line) editor.markError(error.line, `${error.type}: ${error.message}`);
    setStatus("failed", `${error.type}${where}`);
  }
}

function formatMs(ms) {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function stop() {
  if (!current) return;
  current.stopped = true;
  if (sandbox?.running) {
    sandbox.stop(); // the run resolves as stopped, and run() shows it
    return;
  }
  current = null; // still waiting for the runtime: the program never started
  setRunning(false);
  setStatus(runtime ? "ready" : "loading", runtime ? "Stopped before it started" : "Loading Python…");
}

function restart() {
  stop();
  sandbox?.dispose();
  if (runtime) sandbox = newSandbox();
  output.clear();
  output.notice("info", "Fresh sandbox.", "All variables of earlier runs are forgotten.");
  ui.stats.textContent = "No run yet";
  if (runtime) setStatus("ready", "Ready · a fresh sandbox");
}

// -- share ----------------------------------------------------------------------------------

async function share() {
  const fragment = await encodeFragment(editor.getCode());
  history.replaceState(null, "", fragment);
  sharedLinkShown = true;
  try {
    await navigator.clipboard.writeText(location.href);
    setStatus(ui.status.dataset.state, "Link copied: it opens this code without running it");
  } catch {
    setStatus(ui.status.dataset.state, "The address bar holds the link to this code");
  }
}

window.addEventListener("hashchange", async () => {
  const code = await decodeFragment(location.hash);
  if (code === null || code === editor.getCode()) return;
  editor.setCode(code);
  sharedLinkShown = true;
  setStatus(ui.status.dataset.state, "Opened a shared program: press Run to run it");
});

// -- the page's controls ------------------------------------------------------------------------

for (const example of examples) ui.examples.add(new Option(example.title, example.id));
ui.examples.addEventListener("change", () => {
  const example = examples.find((e) => e.id === ui.examples.value);
  ui.examples.value = "";
  if (!example) return;
  editor.setCode(example.code);
  editor.focus();
  setStatus(ui.status.dataset.state, `Example “${example.title}” loaded: Ctrl+Z brings your code back`);
});

ui.run.addEventListener("click", () => run());
ui.stop.addEventListener("click", stop);
ui.restart.addEventListener("click", restart);
ui.clear.addEventListener("click", () => output.clear());
ui.share.addEventListener("click", share);
$("skip").addEventListener("click", (event) => {
  event.preventDefault();
  editor.focus();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
    event.preventDefault();
    run();
  }
});

const capabilityList = $("capabilities");
for (const doc of capabilityDocs) {
  const item = document.createElement("li");
  const code = document.createElement("code");
  code.textContent = doc.signature;
  const kind = document.createElement("span");
  kind.className = `badge badge-${doc.kind}`;
  kind.textContent = doc.kind;
  item.append(code, " ", kind, document.createElement("br"), doc.text);
  capabilityList.append(item);
}
$("limits").replaceChildren(
  ...[
    ["Computing time", `${LIMITS.timeoutMs / 1000} s per run`],
    ["Memory", formatBytes(LIMITS.maxMemory)],
    ["Output", `${formatBytes(LIMITS.maxOutput)} per run`],
    ["Capability calls", `${LIMITS.maxHostCalls.toLocaleString("en-US")} per run`],
  ].map(([name, value]) => {
    const item = document.createElement("li");
    const label = document.createElement("span");
    label.textContent = name;
    const amount = document.createElement("strong");
    amount.textContent = value;
    item.append(label, amount);
    return item;
  }),
);

runtimeReady.then(
  (rt) => {
    if (current) return; // a run was waiting: it says what it does
    if (shared === null) setStatus("ready", `Ready · Python ${rt.info.python}, interp ${rt.info.interp}`);
    else setStatus("ready", "Ready · opened a shared program: press Run to run it");
  },
  (error) => {
    current = null;
    setRunning(false);
    ui.run.disabled = true;
    setStatus("failed", `Python could not be loaded: ${error.message}`);
  },
);
