// The memory bombs of tests/test_memory_accounting.py inside Pyodide, under Node: which limit
// ends each one, the sandbox's own peak, and how much the WebAssembly heap grew (what the bomb
// really took), as bench/memory_bombs.py reports them on the host.  Nothing is asserted.
//
//   node bench/memory_bombs_pyodide.mjs [--limit MIB] [BOMB ...]
//
// Each bomb runs in a fresh Pyodide instance: the WebAssembly heap never shrinks, so a second
// bomb in the same instance would reuse the first one's memory and show no growth.  interp
// is copied from the source tree; Pyodide loads from web/dist (`make build`) or node_modules.
// The second table row set, "tenants", runs two sandboxes interleaved in one instance: one
// holding 200 MiB under a 256 MiB budget, the other 1 MiB under 8 MiB, and shows both ended
// well with their own peaks.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bootWithInterp } from "./pyodide_boot.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");
const SRC_DIR = "/home/pyodide/bombs-src";

globalThis.fetch = async (url) => {
  throw new Error(`memory bombs: network access attempted: ${url}`);
};

function pyodideDir() {
  const infoFile = join(ROOT, "web", "dist", "build-info.json");
  if (existsSync(infoFile)) {
    const info = JSON.parse(readFileSync(infoFile, "utf8"));
    const dir = info?.pyodide?.indexURL ? resolve(ROOT, "web", "dist", info.pyodide.indexURL) : null;
    if (dir && existsSync(join(dir, "pyodide.mjs"))) return dir;
  }
  const npm = join(ROOT, "node_modules", "pyodide");
  if (existsSync(join(npm, "pyodide.mjs"))) return npm;
  throw new Error("no Pyodide: run `make build` (or `make install`) first");
}

const RUNNER = `
import json
import conformance_harness
conformance_harness._oracle_asyncio(fresh=False)
from interp.host.session import Session
from interp.runtime.limits import Limits
from interp.runtime.meter import resident_memory

def run_bomb(program, limit):
    session = Session(limits=Limits.unlimited(max_memory=limit, timeout=120))
    session.run("x = 1", "<warm>")
    before = resident_memory()
    outcome = session.run(program, "<bomb>")
    m = session.meter
    return json.dumps({
        "limit": outcome.limit or outcome.error_type or "none",
        "peak": outcome.stats["peak_memory"],
        "heap_growth": (resident_memory() or 0) - (before or 0),
        "walks": m.walks,
        "walk_time": m.walk_time,
        "compute": outcome.stats["compute_time"],
    })

def run_tenants():
    import asyncio
    from interp import Sandbox
    done = []
    big = Sandbox(capabilities={"finished": lambda: done.append(True)}, limits=Limits(max_memory=256 << 20))
    small = Sandbox(capabilities={"is_finished": lambda: bool(done)}, limits=Limits(max_memory=8 << 20))
    from test_memory_accounting_programs import TENANT_BIG, TENANT_SMALL
    async def both():
        return await asyncio.gather(big.run_async(TENANT_BIG), small.run_async(TENANT_SMALL))
    rb, rs = asyncio.run(both())
    return json.dumps({
        "big": [rb.ok, rb.stdout, rb.stats["peak_memory"]],
        "small": [rs.ok, rs.stdout, rs.stats["peak_memory"]],
    })
`;

async function boot(indexURL, programs) {
  const pyodide = await bootWithInterp(indexURL, null, SRC_DIR);
  pyodide.FS.writeFile(
    `${SRC_DIR}/test_memory_accounting_programs.py`,
    `TENANT_BIG = ${JSON.stringify(programs.TENANT_BIG)}\nTENANT_SMALL = ${JSON.stringify(programs.TENANT_SMALL)}\n`,
  );
  pyodide.FS.writeFile(`${SRC_DIR}/bombs_runner.py`, RUNNER);
  return pyodide.pyimport("bombs_runner");
}

async function main() {
  const args = process.argv.slice(2);
  let limitMiB = 32;
  const names = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--limit") limitMiB = parseInt(args[++i], 10);
    else names.push(args[i]);
  }
  // The programs come from the test file, read by the host Python (which has pytest).
  const programs = JSON.parse(
    execFileSync(
      process.env.PYTHON ?? "python3",
      [
        "-c",
        "import json, sys; sys.path.insert(0, 'tests'); import test_memory_accounting as t; " +
          "print(json.dumps({'BOMBS': t.BOMBS, 'TENANT_BIG': t.TENANT_BIG, 'TENANT_SMALL': t.TENANT_SMALL}))",
      ],
      { cwd: ROOT, encoding: "utf8" },
    ),
  );
  const indexURL = pyodideDir();
  const limit = limitMiB * 2 ** 20;
  const chosen = names.length ? names : Object.keys(programs.BOMBS).sort();
  console.log(`inside Pyodide, max_memory = ${limitMiB} MiB`);
  console.log(
    `${"bomb".padEnd(28)} ${"ended by".padEnd(11)} ${"peak MiB".padStart(9)} ${"heap MiB".padStart(9)} ` +
      `${"heap/limit".padStart(10)} ${"walks".padStart(6)} ${"walk s".padStart(7)} ${"run s".padStart(6)}`,
  );
  for (const name of chosen) {
    const runner = await boot(indexURL, programs);
    const r = JSON.parse(runner.run_bomb(programs.BOMBS[name], limit));
    console.log(
      `${name.padEnd(28)} ${r.limit.padEnd(11)} ${(r.peak / 2 ** 20).toFixed(1).padStart(9)} ` +
        `${(r.heap_growth / 2 ** 20).toFixed(1).padStart(9)} ${(r.heap_growth / limit).toFixed(2).padStart(9)}x ` +
        `${String(r.walks).padStart(6)} ${r.walk_time.toFixed(2).padStart(7)} ${r.compute.toFixed(2).padStart(6)}`,
    );
  }
  if (!names.length) {
    const runner = await boot(indexURL, programs);
    const t = JSON.parse(runner.run_tenants());
    console.log(
      `tenants: 200 MiB sandbox ok=${t.big[0]} peak ${(t.big[2] / 2 ** 20).toFixed(1)} MiB; ` +
        `1 MiB sandbox (8 MiB budget) ok=${t.small[0]} peak ${(t.small[2] / 2 ** 20).toFixed(1)} MiB`,
    );
  }
  return 0;
}

process.exitCode = await main().catch((error) => {
  console.error(`memory bombs: ${error?.stack ?? error}`);
  return 2;
});
