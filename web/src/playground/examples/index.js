// The examples menu of the playground, in menu order. Each example is a real Python file
// next to this one (esbuild imports it as text); its first line, a comment, is its title.

import hello from "./hello.py";
import classes from "./classes.py";
import generators from "./generators.py";
import match from "./match.py";
import stdlib from "./stdlib.py";
import closures from "./closures.py";
import guess from "./guess.py";
import animation from "./animation.py";
import asyncFetch from "./async_fetch.py";
import errors from "./errors.py";
import limits from "./limits.py";
import escape from "./escape.py";

const sources = { hello, classes, generators, match, stdlib, closures, guess, animation, async_fetch: asyncFetch, errors, limits, escape };

export const examples = Object.entries(sources).map(([id, code]) => ({
  id,
  title: code.slice(0, code.indexOf("\n")).replace(/^#\s*/, ""),
  code,
}));
