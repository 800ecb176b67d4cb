// The per-snippet options a site author writes as data- attributes, read in one place so
// that <pre><code class="language-python"> and <interp-snippet> take exactly the same ones.
//
//   data-session="name"           cells that share one sandbox (globals kept between them)
//   data-readonly                 the code cannot be edited (it can still be run)
//   data-autorun                  run once when the runtime is up (boots it at page load)
//   data-preload                  boot the runtime when the snippet scrolls into view
//   data-limits="timeoutMs=2000, maxSteps=1e6"   limits of interp.js; "none" for unlimited
//   data-stdin="Ada&#10;Grace"    lines that answer input() before the reader is asked
//   data-capabilities="getUser, now"   the page capabilities this snippet gets
//   data-reset="off"              hide the Reset button (shown once the code is edited)
//   data-theme="light|dark"       instead of following the page
//
// An attribute present without a value (data-readonly) is on; "false", "off" and "no" are off.

const LIMIT_KEYS = ["timeoutMs", "maxWallMs", "maxSteps", "maxMemory", "maxDepth", "maxOutput", "maxHostCalls"];

function flag(value, fallback = false) {
  if (value === undefined || value === null) return fallback;
  return !["false", "off", "no", "0"].includes(value.trim().toLowerCase());
}

function names(value) {
  return (value ?? "").split(/[\s,]+/).filter(Boolean);
}

/** `"timeoutMs=2000, maxSteps=1e6"` → `{ timeoutMs: 2000, maxSteps: 1000000 }`. */
export function parseLimits(value) {
  const limits = {};
  const problems = [];
  for (const item of (value ?? "").split(/[\s,;]+/).filter(Boolean)) {
    const [key, raw] = item.split("=");
    if (!LIMIT_KEYS.includes(key) || raw === undefined) {
      problems.push(`unknown limit "${item}" (known: ${LIMIT_KEYS.join(", ")})`);
      continue;
    }
    const number = Number(raw);
    if (["none", "null"].includes(raw.toLowerCase())) limits[key] = null;
    else if (Number.isFinite(number) && number >= 0) limits[key] = number;
    else problems.push(`limit ${key} must be a number or "none", not "${raw}"`);
  }
  return { limits, problems };
}

/** The options of a snippet, from the data- attributes of `elements` (first one wins). */
export function readOptions(...elements) {
  const data = {};
  for (const element of elements.filter(Boolean).reverse()) Object.assign(data, element.dataset);
  const { limits, problems } = parseLimits(data.limits);
  const theme = ["light", "dark"].includes(data.theme) ? data.theme : null;
  return {
    session: data.session?.trim() || null,
    readOnly: flag(data.readonly),
    autorun: flag(data.autorun),
    preload: flag(data.preload),
    limits,
    stdin: data.stdin === undefined ? [] : data.stdin.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n"),
    capabilities: names(data.capabilities),
    reset: flag(data.reset, true),
    theme,
    problems,
  };
}

/**
 * The code of a block as the author wrote it: the text without the indentation the HTML
 * source gave every line, and without blank first and last lines.
 */
export function codeOf(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((line) => line.trim()).map((line) => line.match(/^[ \t]*/)[0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join("\n");
}
