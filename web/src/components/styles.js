// styles.js: hands the components' style sheets to a document or a shadow root.
//
// The components never touch global CSS: each exports its CSS as a string, and the host
// (the playground page, or the widget's Shadow DOM) adopts it where its elements live.
// A constructed style sheet is shared by every root that adopts the same text; browsers
// without constructed style sheets get a <style> element instead.

import themeCss from "./theme.css";

export { themeCss };

const sheets = new Map(); // css text -> CSSStyleSheet
const adopted = new WeakMap(); // root -> Set of css texts

/** Add the style sheets `cssTexts` to `root` (a Document or a ShadowRoot), once each. */
export function adoptStyles(root, ...cssTexts) {
  let done = adopted.get(root);
  if (!done) adopted.set(root, (done = new Set()));
  const constructed = "adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype;
  for (const text of cssTexts) {
    if (done.has(text)) continue;
    done.add(text);
    if (constructed) {
      let sheet = sheets.get(text);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        sheets.set(text, sheet);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } else {
      const style = document.createElement("style");
      style.textContent = text;
      (root.head ?? root).append(style);
    }
  }
}
