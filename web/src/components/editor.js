// editor.js: the Python code editor of the playground and the embeddable widget.
//
// One CodeMirror 6 set-up, so that both show code the same way and take the same keys:
// Python highlighting, line numbers, auto-indent, bracket matching, a search panel;
// Ctrl/Cmd+Enter runs; Tab indents, and Escape then Tab leaves the editor (CodeMirror's
// tab-focus mode), so a keyboard user is never trapped. Syntax errors are marked while
// typing through a `check(code)` function (the sandbox's, which compiles without
// running); the line where a run failed can be marked with its message. Colours come
// from the theme's CSS variables, and CodeMirror mounts its own styles into the root the
// editor lives in, so the editor works inside a Shadow DOM.

import { history, defaultKeymap, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import {
  HighlightStyle,
  bracketMatching,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { linter, lintGutter } from "@codemirror/lint";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { Compartment, EditorSelection, EditorState, Prec, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration,
  EditorView,
  WidgetType,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { tags as t } from "@lezer/highlight";
import editorCss from "./editor.css";

export { editorCss };

const highlighting = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword, t.modifier], color: "var(--ip-tok-keyword)" },
  { tag: [t.string, t.special(t.string)], color: "var(--ip-tok-string)" },
  { tag: t.escape, color: "var(--ip-tok-constant)" },
  { tag: [t.number, t.bool, t.null], color: "var(--ip-tok-number)" },
  { tag: t.lineComment, color: "var(--ip-tok-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName))], color: "var(--ip-tok-function)" },
  { tag: t.definition(t.className), color: "var(--ip-tok-class)" },
  { tag: t.meta, color: "var(--ip-tok-meta)" },
]);

const theme = EditorView.theme({
  "&": {
    color: "var(--ip-fg)",
    backgroundColor: "var(--ip-bg)",
    fontSize: "var(--ip-code-size)",
    height: "100%",
  },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--ip-mono)", lineHeight: "1.55", overflow: "auto" },
  ".cm-content": { caretColor: "var(--ip-fg)", padding: "8px 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--ip-fg)", borderLeftWidth: "2px" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: "var(--ip-selection)" },
  ".cm-gutters": {
    backgroundColor: "var(--ip-bg)",
    color: "var(--ip-gutter)",
    border: "none",
    paddingLeft: "4px",
  },
  ".cm-activeLine": { backgroundColor: "var(--ip-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--ip-active-line)", color: "var(--ip-fg)" },
  ".cm-matchingBracket, &.cm-focused .cm-matchingBracket": {
    backgroundColor: "var(--ip-selection)",
    outline: "1px solid var(--ip-border)",
  },
  ".cm-searchMatch": { backgroundColor: "var(--ip-match)" },
  ".cm-selectionMatch": { backgroundColor: "var(--ip-active-line)", outline: "1px solid var(--ip-border)" },
  ".cm-panels": { backgroundColor: "var(--ip-surface)", color: "var(--ip-fg)" },
  ".cm-panels-bottom": { borderTop: "1px solid var(--ip-border)" },
  ".cm-panel input, .cm-panel button": { fontFamily: "var(--ip-font)", fontSize: "13px" },
  ".cm-textfield": { backgroundColor: "var(--ip-bg)", color: "var(--ip-fg)", border: "1px solid var(--ip-border)", borderRadius: "4px" },
  ".cm-button": { backgroundImage: "none", backgroundColor: "var(--ip-bg)", color: "var(--ip-fg)", border: "1px solid var(--ip-border)", borderRadius: "4px" },
  ".cm-tooltip": { backgroundColor: "var(--ip-surface)", color: "var(--ip-fg)", border: "1px solid var(--ip-border)", borderRadius: "6px" },
  ".cm-diagnostic": { fontFamily: "var(--ip-mono)", fontSize: "13px" },
  ".cm-diagnostic-error": { borderLeftColor: "var(--ip-error-text)" },
  ".cm-lintRange-error": { backgroundImage: "none", textDecoration: "underline wavy var(--ip-error-text)", textUnderlineOffset: "3px" },
});

// -- the line where a run failed ----------------------------------------------------------------

const setRunError = StateEffect.define();

class ErrorMessage extends WidgetType {
  constructor(message) {
    super();
    this.message = message;
  }

  eq(other) {
    return other.message === this.message;
  }

  toDOM() {
    const span = document.createElement("span");
    span.className = "ip-error-message";
    span.textContent = this.message;
    return span;
  }
}

// Cleared by any edit: the mark belongs to the code that ran.
const runError = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setRunError)) {
        if (!effect.value) return Decoration.none;
        const line = tr.state.doc.line(effect.value.line);
        const decorations = [Decoration.line({ class: "ip-error-line" }).range(line.from)];
        if (effect.value.message) {
          decorations.push(Decoration.widget({ widget: new ErrorMessage(effect.value.message), side: 1 }).range(line.to));
        }
        return Decoration.set(decorations);
      }
    }
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// -- syntax errors while typing -------------------------------------------------------------------

function position(doc, line, column) {
  if (!line || line < 1) return null;
  if (line > doc.lines) return doc.length;
  const { from, to } = doc.line(line);
  return Math.min(from + Math.max((column ?? 1) - 1, 0), to);
}

function syntaxLinter(check, delay) {
  return linter(
    async (view) => {
      const doc = view.state.doc;
      const { errors } = await check(doc.toString());
      return errors
        .map((error) => {
          let from = position(doc, error.line, error.column);
          if (from === null) return null;
          let to = position(doc, error.endLine, error.endColumn);
          if (to === null || to <= from) {
            // At least one character, so that the mark is an underline (the one before an
            // error at the end of a line).
            const line = doc.lineAt(from);
            if (from < line.to) to = from + 1;
            else [from, to] = [Math.max(line.from, from - 1), line.to];
          }
          return { from, to, severity: "error", message: `${error.type}: ${error.message}` };
        })
        .filter(Boolean);
    },
    { delay },
  );
}

/**
 * Create an editor in `parent`.
 *
 * options: `doc` (the code), `label` (its accessible name), `onRun()` (Ctrl/Cmd+Enter),
 * `onChange(code)`, `check(code) -> Promise<{ errors }>` (marks syntax errors while typing,
 * `checkDelay` ms after the last keystroke), `readOnly`, `wrap` (wrap long lines, for
 * narrow screens).
 */
export function createEditor(parent, options = {}) {
  const readOnly = new Compartment();
  // Read-only blocks changes but keeps the content focusable and selectable, so that a
  // keyboard user can still reach the code, read it line by line, copy it and run it.
  const readOnlyState = (flag) => [EditorState.readOnly.of(flag), EditorView.contentAttributes.of({ "aria-readonly": String(flag) })];
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of("    "),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: false }),
    python(),
    syntaxHighlighting(highlighting),
    theme,
    runError,
    EditorView.contentAttributes.of({ "aria-label": options.label ?? "Python code" }),
    Prec.highest(
      keymap.of([
        {
          key: "Mod-Enter",
          run: () => {
            options.onRun?.();
            return true;
          },
        },
      ]),
    ),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, indentWithTab]),
    readOnly.of(readOnlyState(!!options.readOnly)),
  ];
  if (options.wrap) extensions.push(EditorView.lineWrapping);
  if (options.check) extensions.push(syntaxLinter(options.check, options.checkDelay ?? 400), lintGutter());
  if (options.onChange) {
    extensions.push(EditorView.updateListener.of((update) => update.docChanged && options.onChange(update.state.doc.toString())));
  }
  const view = new EditorView({ parent, state: EditorState.create({ doc: options.doc ?? "", extensions }) });

  return {
    view,
    /** The code in the editor. */
    getCode: () => view.state.doc.toString(),
    /** Replace the code (one undoable change) and put the cursor at its start. */
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code }, selection: { anchor: 0 }, scrollIntoView: true });
    },
    focus: () => view.focus(),
    /** Put the cursor at the start of `line` (1-based; the first non-blank), show it and focus. */
    goToLine(line) {
      const doc = view.state.doc;
      const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const indent = /^\s*/.exec(target.text)[0].length;
      view.dispatch({ selection: EditorSelection.cursor(target.from + indent), scrollIntoView: true });
      view.focus();
    },
    /** Mark `line` (1-based) as where a run failed, with `message` at its end; any edit clears it. */
    markError(line, message = "") {
      if (!line || line < 1 || line > view.state.doc.lines) return;
      view.dispatch({
        effects: [setRunError.of({ line, message }), EditorView.scrollIntoView(view.state.doc.line(line).from, { y: "nearest" })],
      });
    },
    clearError: () => view.dispatch({ effects: setRunError.of(null) }),
    setReadOnly: (flag) => view.dispatch({ effects: readOnly.reconfigure(readOnlyState(flag)) }),
    destroy: () => view.destroy(),
  };
}
