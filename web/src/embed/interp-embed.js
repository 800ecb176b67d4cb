// interp-embed.js: one script tag that makes a page's Python snippets runnable, safely.
//
//   <script type="module" src="https://SITE/interp-embed.js"></script>
//
// Every <pre><code class="language-python"> (what Markdown renderers write) and every
// <interp-snippet> element becomes an editable snippet with its own output and its own
// sandbox, all on one interp runtime that boots on the first Run. The page talks to the
// snippets through `window.interpEmbed` (or this module's exports): capabilities it
// grants, and `run-start` / `run-end` events. See docs/embed.md.

import { registerCapabilities, runtime } from "./runtime.js";
import { InterpSnippet } from "./snippet.js";

const CODE_BLOCKS = "pre > code.language-python";

/**
 * Turn the code blocks under `root` into snippets: each <pre> is replaced by an
 * <interp-snippet> that takes its id and its data- attributes (and those of its <code>) and
 * keeps the <pre> inside, hidden by the Shadow DOM, so that the page's links still work.
 */
export function scan(root = document) {
  for (const code of root.querySelectorAll(CODE_BLOCKS)) {
    const pre = code.parentElement;
    if (pre.closest("interp-snippet")) continue;
    const snippet = document.createElement("interp-snippet");
    if (pre.id) {
      snippet.id = pre.id;
      pre.removeAttribute("id");
    }
    for (const source of [code, pre]) Object.assign(snippet.dataset, source.dataset);
    // The snippet reads its code when it enters the document: the <pre> goes in first.
    const [parent, next] = [pre.parentNode, pre.nextSibling];
    snippet.append(pre);
    parent.insertBefore(snippet, next);
  }
}

/** The page's snippets, in page order. */
export function snippets() {
  return [...document.querySelectorAll("interp-snippet")];
}

/** Grant page capabilities (see docs/embed.md): `{ name: function or plain value }`. */
export function capabilities(entries) {
  registerCapabilities(entries);
}

export { runtime };

if (!customElements.get("interp-snippet")) {
  customElements.define("interp-snippet", InterpSnippet);
  window.interpEmbed = { capabilities, snippets, scan, runtime };
  // A module script runs once the document is parsed, unless it was loaded `async`.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => scan());
  else scan();
}
