// capabilities.js: what the playground page lends its sandbox, and how the page
// describes it to visitors (the Capabilities panel lists `capabilityDocs`).
//
// They show the point of interp: the program reaches nothing but these functions.
// `fetch_json` is async (an awaitable in Python) and answers from a small in-page API
// after a delay, so that gathering several calls shows them running concurrently;
// `notify` is a plain call that touches the page in one narrow way.

const DELAY_MS = 400;

const USERS = {
  1: { id: 1, name: "Ada", likes: ["engines", "poetry"] },
  2: { id: 2, name: "Grace", likes: ["compilers", "nanoseconds"] },
  3: { id: 3, name: "Alan", likes: ["machines", "long runs"] },
};

const SKIES = ["sunny", "cloudy", "rainy", "windy", "foggy", "snowy"];

function weather(city) {
  let hash = 7;
  for (const char of city.toLowerCase()) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return { city, sky: SKIES[hash % SKIES.length], high: 4 + (hash % 27) };
}

function answer(path) {
  const user = /^\/users\/(\d+)$/.exec(path);
  if (user && USERS[user[1]]) return USERS[user[1]];
  const city = /^\/weather\/([^/]+)$/.exec(path);
  if (city) return weather(decodeURIComponent(city[1]));
  // A name of a Python exception: the sandbox raises that one (see docs/js-api.md).
  throw Object.assign(new Error(`404 Not Found: ${path}`), { name: "LookupError" });
}

function delay(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** The capabilities, given `showNotice(text)`, the page's way of showing a message. */
export function pageCapabilities(showNotice) {
  return {
    async fetch_json(path) {
      await delay(DELAY_MS, this?.signal);
      return answer(String(path));
    },
    notify(message) {
      showNotice(String(message));
    },
  };
}

export const capabilityDocs = [
  {
    signature: "await fetch_json(path)",
    kind: "async",
    text: `Answers from a small API inside this page after ${DELAY_MS} ms: /users/1 to /users/3 and /weather/CITY. Any other path raises LookupError.`,
  },
  {
    signature: "notify(message)",
    kind: "sync",
    text: "Shows a message in a pop-up on this page.",
  },
];
