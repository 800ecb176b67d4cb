"""The binary-data natives (_struct, binascii, the digests, zlib, unicodedata) under
limits: work whose size the program controls ends by a limit, as a sandbox exception
or a LimitExceeded, and never as one long host call.  Their results and messages are
compared with CPython by the conformance programs (tests/conformance/stdlib/)."""

from __future__ import annotations

import time
import zlib

import interp


def _run(source: str, **limits: object) -> interp.Result:
    return interp.Sandbox(
        capabilities={"bomb": lambda: zlib.compress(bytes(128 * 1024 * 1024), 9)},
        limits=interp.Limits(**limits),
    ).run(source)


def test_decompression_is_capped_by_the_memory_limit() -> None:
    started = time.process_time()
    result = _run(
        "import zlib\ndata = bomb()\nprint(len(data))\nzlib.decompress(data)\n",
        max_memory=32 * 1024 * 1024,
        timeout=20,
    )
    # Refused by the module's own cap (MemoryError), or by the meter's walk, which sees
    # the pieces decompressed so far (max_memory): either way long before 128 MiB.
    assert result.error is not None, result
    assert result.error.type == "MemoryError" or result.error.limit == "max_memory", result.error
    assert result.stdout.strip() and int(result.stdout) < 1024 * 1024
    assert time.process_time() - started < 10


def test_struct_pack_of_a_huge_pad_is_refused() -> None:
    result = _run("import struct\nstruct.pack('1000000000x')\n", max_memory=64 * 1024 * 1024)
    assert result.error is not None and result.error.type == "MemoryError"


def test_hashing_large_buffers_ends_by_the_time_limit_promptly() -> None:
    started = time.process_time()
    result = _run(
        "import hashlib\nh = hashlib.sha256()\ndata = bytes(64 * 1024 * 1024)\nwhile True:\n    h.update(data)\n",
        timeout=0.5,
    )
    assert result.error is not None and result.error.limit == "timeout"
    # One 64 MiB update is fed in 1 MiB pieces with the meter looked at in between
    # (processor time: other load on the machine does not stretch it).
    assert time.process_time() - started < 3


def test_one_large_update_ends_by_the_step_limit() -> None:
    result = _run("import hashlib\nhashlib.sha1(bytes(100 * 1024 * 1024))\n", max_steps=100_000)
    assert result.error is not None and result.error.limit == "max_steps"


def test_shake_digest_length_is_checked_first() -> None:
    result = _run("import hashlib\nhashlib.shake_256(b'x').digest(10**10)\n", max_memory=64 * 1024 * 1024)
    assert result.error is not None and result.error.type == "MemoryError"


def test_uuid4_comes_from_the_sandbox_entropy_not_random_state() -> None:
    source = (
        "import random, uuid\nrandom.seed(1)\na = random.random()\nrandom.seed(1)\n"
        "u = uuid.uuid4()\nprint(random.random() == a, u.version)\n"
    )
    result = _run(source)
    assert result.stdout == "True 4\n", result


def test_sandbox_errors_carry_no_host_exception() -> None:
    source = (
        "import zlib, binascii, struct\nout = []\n"
        "for f in (lambda: zlib.decompress(b'xx'), lambda: binascii.unhexlify('0'), lambda: struct.pack('b', 999)):\n"
        "    try:\n        f()\n    except Exception as e:\n"
        "        out.append((type(e).__name__, e.__context__, e.__cause__))\nprint(out)\n"
    )
    result = _run(source)
    assert result.stdout == "[('error', None, None), ('Error', None, None), ('error', None, None)]\n", result


def test_stream_decompression_is_capped_too() -> None:
    for body in ("d.decompress(data)", "d.decompress(data, 1)\nd.flush()"):
        source = f"import zlib\ndata = bomb()\nd = zlib.decompressobj()\n{body}\n"
        result = _run(source, max_memory=32 * 1024 * 1024, timeout=20)
        assert result.error is not None, (body, result)
        assert result.error.type == "MemoryError" or result.error.limit == "max_memory", (body, result.error)
