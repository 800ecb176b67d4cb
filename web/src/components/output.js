// output.js: the output pane of the playground and the embeddable widget.
//
// What a program writes appears here as it runs, stdout and stderr told apart; `input()`
// is answered in place by a text field at the prompt (no window.prompt); after a "\r" the
// next text replaces the line, so text animations work; huge output is capped with a visible notice;
// `File "main.py", line N` lines of a traceback are links to the editor; and a limit that
// ended a run is explained in plain words (`limitMessage`). The pane builds its own DOM
// and uses no global selectors, so it works inside a Shadow DOM (adopt `outputCss`).

import outputCss from "./output.css";

export { outputCss };

/** "1.5 MiB", "200 KiB", "512 bytes": a size as people read it. */
export function formatBytes(n) {
  if (n < 1024) return `${n} byte${n === 1 ? "" : "s"}`;
  const units = ["KiB", "MiB", "GiB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1023.5 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) || value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

const count = (n, what) => `${n.toLocaleString("en-US")} ${what}${n === 1 ? "" : "s"}`;

/**
 * What to tell a learner about the limit that ended a run: `{ title, text }`.
 * `error` is a run result's error (its `limit` names the limit); `limits` are the limits
 * the sandbox was given (`timeoutMs`, `maxMemory`, ...), to say how much was allowed.
 */
export function limitMessage(error, limits = {}) {
  const { timeoutMs, maxWallMs, maxSteps, maxMemory, maxOutput, maxHostCalls } = limits;
  switch (error.limit) {
    case "timeout":
      return {
        title: "Time limit reached",
        text:
          `The program computed for more than ${timeoutMs ? `${timeoutMs / 1000} seconds` : "its time budget"} and was stopped. ` +
          "Waiting for input or sleeping does not count, so this is usually a loop that never ends.",
      };
    case "maxWall":
      return {
        title: "Wall-clock limit reached",
        text:
          `The program ran for more than ${maxWallMs ? `${maxWallMs / 1000} seconds` : "its time budget"} in all and was stopped. ` +
          "Sleeping and waiting for the page count here (waiting for your input does not): this is usually a wait that never ends.",
      };
    case "maxSteps":
      return {
        title: "Step limit reached",
        text: `The program took more than ${maxSteps ? count(maxSteps, "step") : "its budget of steps"} (each function call and each turn of a loop is a step) and was stopped.`,
      };
    case "maxMemory":
      return {
        title: "Memory limit reached",
        text: `The program needed more than ${maxMemory ? formatBytes(maxMemory) : "its budget"} of memory and was stopped.`,
      };
    case "maxOutput":
      return {
        title: "Output limit reached",
        text: `The program printed more than ${maxOutput ? formatBytes(maxOutput) : "its budget"}, the most one run may print, and was stopped.`,
      };
    case "maxHostCalls":
      return {
        title: "Too many capability calls",
        text: `The program called the page's functions more than ${maxHostCalls ? count(maxHostCalls, "time") : "it may"} in one run and was stopped.`,
      };
    case "stopped":
      return /restart/i.test(error.message)
        ? { title: "Stopped", text: "Python did not answer, so it was restarted: variables from earlier runs are gone." }
        : { title: "Stopped", text: "You stopped the program. Its variables are kept for the next run." };
    default:
      return { title: "Limit reached", text: error.message };
  }
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Create an output pane in `parent`.
 *
 * options: `filename` (whose traceback lines become links; default "main.py"),
 * `onLine(line)` (a traceback link was clicked), `maxChars` (how much text the pane
 * shows before it caps; default 100 000), `label` (accessible name, default "Output"),
 * `placeholder` (shown while empty).
 */
export function createOutput(parent, options = {}) {
  const filename = options.filename ?? "main.py";
  const maxChars = options.maxChars ?? 100_000;
  const fileLine = new RegExp(`^(\\s*)(File "${filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}", line (\\d+))(.*)$`);

  const root = element("div", "ip-output");
  root.setAttribute("role", "log");
  root.setAttribute("aria-label", options.label ?? "Output");
  root.tabIndex = 0;
  const body = element("div", "ip-output-body");
  if (options.placeholder) body.dataset.placeholder = options.placeholder;
  root.append(body);
  parent.append(root);

  let last = null; // { stream, text: Text } the text node that new output of the same stream extends
  let shown = 0; // characters of program output in the pane
  let hidden = 0; // characters not shown since the cap
  let capNotice = null;
  let field = null; // the pending input() field
  let rewind = false; // a "\r" was written: the next text replaces the line

  const atBottom = () => root.scrollHeight - root.scrollTop - root.clientHeight < 24;
  const follow = (wasAtBottom) => {
    if (wasAtBottom) root.scrollTop = root.scrollHeight;
  };

  function appendText(stream, text) {
    if (!text) return;
    if (last && last.stream === stream && last.text.parentNode?.parentNode === body && body.lastChild === last.text.parentNode) {
      last.text.appendData(text);
      return;
    }
    const span = element("span", `ip-${stream}`);
    last = { stream, text: document.createTextNode(text) };
    span.append(last.text);
    body.append(span);
  }

  // Remove the text of the last line (after a "\r"), for the text that replaces it.
  function rewindLine() {
    while (body.lastChild?.matches?.(".ip-stdout, .ip-stderr")) {
      const span = body.lastChild;
      const text = span.textContent;
      const newline = text.lastIndexOf("\n");
      if (newline >= 0) {
        shown -= text.length - newline - 1;
        span.textContent = text.slice(0, newline + 1);
        break;
      }
      shown -= text.length;
      span.remove();
    }
    last = null;
  }

  function appendStderr(text) {
    if (!options.onLine || !text.includes(`File "${filename}"`)) {
      appendText("stderr", text);
      return;
    }
    for (const line of text.split(/(?<=\n)/)) {
      const match = fileLine.exec(line.replace(/\n$/, ""));
      if (!match) {
        appendText("stderr", line);
        continue;
      }
      const [, indent, label, number, rest] = match;
      const span = element("span", "ip-stderr");
      const link = element("button", "ip-traceback-link", label);
      link.type = "button";
      link.title = `Go to line ${number} in the editor`;
      link.addEventListener("click", () => options.onLine(Number(number)));
      span.append(indent, link, rest + (line.endsWith("\n") ? "\n" : ""));
      body.append(span);
      last = null;
    }
  }

  function updateCapNotice() {
    if (!capNotice) {
      capNotice = element("div", "ip-notice ip-notice-cap");
      capNotice.setAttribute("role", "status");
      body.append(capNotice);
      last = null;
    }
    capNotice.textContent =
      `Output capped: the first ${count(maxChars, "character")} are shown, ` + `${count(hidden, "more character")} were not.`;
  }

  return {
    element: root,

    /** Append what the program wrote to `stream` ("stdout" or "stderr"). */
    write(stream, text) {
      const wasAtBottom = atBottom();
      text.split("\r").forEach((part, i) => {
        if (i > 0) rewind = true;
        if (!part) return;
        // Not before: `print(frame, end="\r")` keeps its frame shown until the next one.
        if (rewind && !part.startsWith("\n")) rewindLine();
        rewind = false;
        if (capNotice) {
          hidden += part.length;
          return;
        }
        let visible = part;
        if (shown + part.length > maxChars) {
          visible = part.slice(0, Math.max(maxChars - shown, 0));
          hidden += part.length - visible.length;
        }
        shown += visible.length;
        if (stream === "stderr") appendStderr(visible);
        else appendText("stdout", visible);
        if (visible !== part) updateCapNotice();
      });
      if (capNotice && hidden) updateCapNotice();
      follow(wasAtBottom);
    },

    /**
     * Ask for a line of input at the end of the output: a Promise of the text typed
     * (Enter sends), or null for end of file (Ctrl+D in an empty field, or `signal` aborted).
     */
    ask(prompt, signal) {
      return new Promise((resolve) => {
        const input = element("input", "ip-input");
        input.type = "text";
        input.autocomplete = "off";
        input.spellcheck = false;
        input.setAttribute("aria-label", prompt.trim() ? `Answer to: ${prompt.trim()}` : "Input for the program");
        const finish = (value) => {
          if (field !== input) return;
          field = null;
          const echo = element("span", "ip-input-echo", value === null ? "\n" : `${value}\n`);
          input.replaceWith(echo);
          last = null;
          resolve(value);
        };
        input.addEventListener("keydown", (event) => {
          if (event.key === "Enter" && !event.isComposing) {
            event.preventDefault();
            finish(input.value);
          } else if (event.key === "d" && event.ctrlKey && !input.value) {
            event.preventDefault();
            finish(null);
          }
        });
        signal?.addEventListener("abort", () => finish(null), { once: true });
        field = input;
        body.append(input);
        last = null;
        root.scrollTop = root.scrollHeight;
        input.focus();
      });
    },

    /** Show the value of the program's last expression, as its repr. */
    result(text) {
      const wasAtBottom = atBottom();
      const span = element("span", "ip-result", text);
      span.title = "The value of the last expression";
      if (body.lastChild && !body.textContent.endsWith("\n")) body.append("\n");
      body.append(span, "\n");
      last = null;
      follow(wasAtBottom);
    },

    /** A block after the output: `kind` is "limit", "error" or "info". */
    notice(kind, title, text) {
      const wasAtBottom = atBottom();
      const box = element("div", `ip-notice ip-notice-${kind}`);
      box.setAttribute("role", kind === "info" ? "status" : "alert");
      box.append(element("strong", "", title), " ", text);
      body.append(box);
      last = null;
      follow(wasAtBottom);
    },

    /** Remove everything but a pending input() field. */
    clear() {
      body.replaceChildren(...(field ? [field] : []));
      last = null;
      shown = hidden = 0;
      capNotice = null;
      rewind = false;
    },

    /** The text of the pane, as shown. */
    get text() {
      return body.textContent;
    },
  };
}
