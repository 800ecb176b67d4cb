// TypeScript declarations of interp.js, the JavaScript API of interp (docs/js-api.md).

/** A value that crosses between JavaScript and the sandbox, by value. */
export type Value =
  | null
  | undefined
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | ArrayBuffer
  | Value[]
  | Map<Value, Value>
  | Set<Value>
  | { [key: string]: Value };

/** What a capability sees as `this` (a `function`, not an arrow function). */
export interface CapabilityContext {
  /** Aborted when the run is stopped or ends, or the sandbox cancels the call. */
  readonly signal: AbortSignal;
  /** The name the sandbox calls the capability by. */
  readonly name: string;
  readonly sandbox: Sandbox;
}

/**
 * A capability: an `async function` is awaitable in Python; any other function is a plain
 * call that pauses the program until its answer (a returned Promise is awaited).
 * Keyword arguments arrive as one trailing plain object.
 */
export type Capability = (this: CapabilityContext, ...args: any[]) => Value | Promise<Value>;

/** Capabilities (functions) and plain data, by the global name the program sees. */
export type Grants = { [name: string]: Capability | Value };

/**
 * Budgets of a run; a missing key keeps the default, `null` means unlimited.
 * The fields of interp.Limits (interp/runtime/limits.py); tests/test_limit_surfaces.py pins them.
 */
export interface Limits {
  /** Milliseconds of sandbox compute (waiting for the host does not count). Default 10000. */
  timeoutMs?: number | null;
  /** Milliseconds of wall-clock time from the start of the run: sleeps and waits for
   * capabilities count (a Promise that never settles ends there), waits for onInput do not.
   * Default: unlimited. */
  maxWallMs?: number | null;
  /** Steps (calls and loop iterations). Default: unlimited. */
  maxSteps?: number | null;
  /** Bytes, estimated. Default 256 MiB. */
  maxMemory?: number | null;
  /** Sandbox frames: the ceiling of the recursion limit, which starts at 1000 and which
   * sys.setrecursionlimit raises; RecursionError beyond (catchable). Default 20000. */
  maxDepth?: number;
  /** Bytes of output (stdout and stderr, input() prompts included). Default 1 MiB. */
  maxOutput?: number | null;
  /** Capability calls per run. Default 10000. */
  maxHostCalls?: number | null;
}

export interface SandboxOptions {
  capabilities?: Grants;
  /** Importable modules: an object of capabilities and data, or Python source text. */
  modules?: { [name: string]: Grants | string };
  limits?: Limits;
  /** Output as the program produces it, in batches. */
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /** Answers `input(prompt)`: a string, or null for end of file (EOFError). */
  onInput?: (this: { signal: AbortSignal; sandbox: Sandbox }, prompt: string) => string | null | Promise<string | null>;
  /** A virtual clock and a seeded `random` (see docs/python-api.md). */
  deterministic?: boolean;
  seed?: Value;
}

/** The name of the limit that ended a run. */
export type LimitName = "timeout" | "maxWall" | "maxSteps" | "maxMemory" | "maxOutput" | "maxHostCalls" | "stopped";

export interface RunError {
  /** The exception's class name, "SyntaxError", or "LimitExceeded" for a limit. */
  type: string;
  message: string;
  /** Line of the innermost frame in the program or its modules. */
  line: number | null;
  /** As CPython prints it. */
  traceback: string;
  limit: LimitName | null;
}

export interface RunStats {
  steps: number;
  wallTimeMs: number;
  computeTimeMs: number;
  hostCalls: number;
  peakMemory: number;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** The value of the program's last expression statement (by value; its repr otherwise). */
  result: Value;
  /** `repr()` of that value, computed in the sandbox (what a REPL shows); null when it is None. */
  resultRepr: string | null;
  error: RunError | null;
  stats: RunStats;
}

export interface SyntaxProblem {
  type: "SyntaxError" | "IndentationError" | "TabError";
  message: string;
  /** 1-based, like CPython's `lineno` and `offset`. */
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  text: string | null;
}

export interface CheckResult {
  ok: boolean;
  errors: SyntaxProblem[];
}

export interface ProgressEvent {
  phase: "worker" | "runtime" | "packages" | "interpreter" | "ready";
  message: string;
}

export interface LoadOptions {
  /** The folder of the built site (default: the folder of interp.js). */
  baseUrl?: string | URL;
  onProgress?: (event: ProgressEvent) => void;
  /** Called when the worker was replaced by a fresh one (Stop not acknowledged, a crash). */
  onRestart?: (reason: string) => void;
  /** Another URL for interp-worker.js. */
  workerUrl?: string | URL;
}

export interface RuntimeInfo {
  pyodide: string;
  python: string;
  interp: string;
  timings: {
    runtimeMs: number;
    interpreterMs: number;
    totalMs: number;
    /** Moments of the start-up (`load` called, worker started, snapshot read, ... `ready`),
     * in milliseconds since the epoch (`performance.timeOrigin + performance.now()`).
     * For measurements: the names may change. */
    marks?: Record<string, number>;
  };
}

export declare class Runtime {
  readonly baseUrl: string;
  /** Versions and load timings, once loaded. */
  readonly info: RuntimeInfo;
  /** How many times the worker was replaced. */
  readonly restarts: number;
  onProgress?: (event: ProgressEvent) => void;
  onRestart?: (reason: string) => void;
  sandbox(options?: SandboxOptions): Sandbox;
  check(code: string, options?: { filename?: string }): Promise<CheckResult>;
  /** Round trip to the worker in milliseconds (it answers between time slices). */
  ping(): Promise<number>;
  /** Terminate the worker; pending runs end as stopped. */
  close(): void;
}

export declare class Sandbox {
  readonly runtime: Runtime;
  readonly running: boolean;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  onInput?: SandboxOptions["onInput"];
  /** Runs to the end; rejects only for misuse (a second concurrent run, after dispose). */
  run(code: string, options?: { filename?: string }): Promise<RunResult>;
  /** Ends the current run at once: it resolves with `error.limit === "stopped"`. */
  stop(): void;
  check(code: string, options?: { filename?: string }): Promise<CheckResult>;
  dispose(): void;
}

/** Load the runtime once per base URL (later calls return the same runtime). */
export declare function load(options?: LoadOptions): Promise<Runtime>;

/** Mark a function that returns a Promise as an async capability (awaitable in Python). */
export declare function asyncCapability<F extends (...args: any[]) => any>(fn: F): F;
