# ruff: noqa: F821, F822 - _io_more.py defines the buffered and text layers on first use
# The sandbox's ``io``: streams over memory and over other streams.  There are no files
# or descriptors in the sandbox (no ``open``, no ``FileIO``), so what is here is the
# abstract layer (IOBase and its three families), the in-memory streams (StringIO and
# BytesIO), the buffered layer over any raw stream a program hands in, and the text layer
# (TextIOWrapper) over any binary stream.  The last two are in _io_more.py, compiled into
# this namespace when a program first asks for one of their names (module __getattr__ at
# the end): most of the library imports io for StringIO only.
#
# The layout follows CPython's: the working classes derive from plain private bases
# (``_io._IOBase`` and friends there) and the public ABCs (``io.IOBase``...) derive from
# those bases with ABCMeta and register the working classes, so ``isinstance`` answers as
# CPython's does while the classes programs use most stay plain (no ABC check on their
# own ``isinstance`` tests).  Messages are CPython's, method by method, because programs
# and tests match on them.

import abc
import sys as _sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
# 3.14 raised the default buffer size from 8 KiB to 128 KiB.
DEFAULT_BUFFER_SIZE = 131072 if _sys.version_info >= (3, 14) else 8192
BlockingIOError = BlockingIOError

_CLOSED = "I/O operation on closed file."
_DETACHED_RAW = "raw stream has been detached"
_DETACHED_BUFFER = "underlying buffer has been detached"
_BYTES_LIKE = (bytes, bytearray, memoryview)
# CPython 3.13 changed when buffered and text writes are passed on, and some reprs.
_PY313 = _sys.version_info >= (3, 13)


class UnsupportedOperation(OSError, ValueError):  # callers catch either
    pass


def _size_arg(size):
    """A size argument as CPython takes it: None means -1, else an integer."""
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    try:
        index = type(size).__index__
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None
    return index(size)


def _as_bytes(data):
    """The bytes of a bytes-like argument (what CPython's ``y*`` arguments take)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, _BYTES_LIKE):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _kind_name(obj):
    """The type name CPython's reprs show: the C type's dotted name for our classes, the
    bare name for a program's subclass."""
    kind = type(obj)
    return f"_io.{kind.__name__}" if kind.__module__ == "_io" else kind.__name__


# ---------------------------------------------------------------------------------------
# The abstract layer: default behaviour every stream inherits.


class _IOBase:
    """What every stream has: closing, context management, line iteration, and the
    operations a stream does not support raising UnsupportedOperation."""

    __module__ = "_io"
    # A class default, so that subclasses which never call __init__ start open.
    _iobase_closed = False

    @property
    def closed(self):
        return self._iobase_closed

    def close(self):
        if not self._iobase_closed:
            try:
                self.flush()
            finally:
                self._iobase_closed = True

    def flush(self):
        if self._iobase_closed:
            raise ValueError(_CLOSED)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def seek(self, pos, whence=0, /):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None, /):
        raise UnsupportedOperation("truncate")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1, /):
        # Byte at a time through read(), or up to the next newline that peek() shows.
        limit = _size_arg(size)
        peek = getattr(self, "peek", None)
        line = bytearray()
        while limit < 0 or len(line) < limit:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError(f"peek() should have returned a bytes object, not '{type(ahead).__name__}'")
                if ahead:
                    stop = ahead.find(b"\n") + 1 or len(ahead)
                    want = stop if limit < 0 else min(stop, limit - len(line))
            piece = self.read(want)
            if not isinstance(piece, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(piece).__name__}'")
            if not piece:
                break
            line += piece
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def readlines(self, hint=-1, /):
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines, /):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Unbuffered binary streams: ``read`` and ``readall`` come from ``readinto``."""

    __module__ = "_io"

    def read(self, size=-1, /):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        space = bytearray(size)
        count = self.readinto(space)
        if count is None:
            return None
        if (count < 0 or count > size) and _sys.version_info >= (3, 14):
            raise ValueError(f"readinto returned {count} outside buffer size {size}")
        del space[count:]
        return bytes(space)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not chunks:
                    return None
                break
            if not isinstance(data, bytes):
                raise TypeError("read() should return bytes")
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, buffer, /):
        raise NotImplementedError

    def write(self, b, /):
        raise NotImplementedError


def _fill(buffer, data, asked):
    """Copy what a read returned into a caller's buffer (``readinto``)."""
    if not isinstance(data, bytes):
        raise TypeError("read() should return bytes")
    if len(data) > len(buffer):
        raise ValueError(
            f"read() returned too much data: {len(buffer)} bytes requested, {len(data)} returned"
        )
    buffer[: len(data)] = data
    return len(data)


class _BufferedIOBase(_IOBase):
    """Binary streams with a buffer: ``readinto`` comes from ``read``."""

    __module__ = "_io"

    def read(self, size=-1, /):
        raise UnsupportedOperation("read")

    def read1(self, size=-1, /):
        raise UnsupportedOperation("read1")

    def write(self, b, /):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, buffer, /):
        return _fill(buffer, self.read(len(buffer)), len(buffer))

    def readinto1(self, buffer, /):
        return _fill(buffer, self.read1(len(buffer)), len(buffer))


class _TextIOBase(_IOBase):
    """Text streams: str in and out."""

    __module__ = "_io"

    def read(self, size=-1, /):
        raise UnsupportedOperation("read")

    def readline(self, size=-1, /):
        raise UnsupportedOperation("readline")

    def write(self, s, /):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        return None


def _close_on_delete(stream):
    # What a stream does when it is collected: close, unless it cannot even say whether
    # it is closed (detached, half built).
    try:
        closed = stream.closed
    except Exception:  # noqa: BLE001 - CPython ignores any failure here
        return
    if not closed:
        stream.close()


class IOBase(_IOBase, metaclass=abc.ABCMeta):
    """The base of every stream (an ABC; the working classes are registered)."""

    __module__ = "io"

    def __del__(self):
        _close_on_delete(self)


class RawIOBase(_RawIOBase, IOBase):
    """The base of unbuffered binary streams."""

    __module__ = "io"


class BufferedIOBase(_BufferedIOBase, IOBase):
    """The base of buffered binary streams."""

    __module__ = "io"


class TextIOBase(_TextIOBase, IOBase):
    """The base of text streams."""

    __module__ = "io"


# ---------------------------------------------------------------------------------------
# In-memory streams.


class _Memory:
    """A buffer with a position: the shared part of StringIO and BytesIO.  The data is
    kept as one immutable value and sliced, which keeps every operation a plain
    str or bytes operation."""

    __module__ = "_io"
    closed = False

    def __init__(self, initial):
        self._data = initial
        self._pos = 0

    def close(self):
        self.closed = True

    def _check_open(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def getvalue(self):
        self._check_open()
        return self._data

    def tell(self):
        self._check_open()
        return self._pos

    def read(self, size=-1, /):
        self._check_open()
        end = len(self._data) if size is None or size < 0 else self._pos + size
        chunk = self._data[self._pos : end]
        # Past the end the position stays where it is.
        self._pos = max(self._pos, min(end, len(self._data)))
        return chunk

    def readline(self, size=-1, /):
        self._check_open()
        newline = "\n" if isinstance(self._data, str) else b"\n"
        end = self._data.find(newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos : end]
        self._pos = max(self._pos, end)
        return chunk

    def write(self, data, /):
        self._check_open()
        self._check_type(data)
        if self._pos > len(self._data):
            self._data += self._padding(self._pos - len(self._data))
        self._data = self._data[: self._pos] + data + self._data[self._pos + len(data) :]
        self._pos += len(data)
        return len(data)

    def truncate(self, pos=None, /):
        self._check_open()
        pos = self._pos if pos is None else pos
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        self._data = self._data[:pos]
        return pos


class StringIO(_Memory, _TextIOBase):
    """A text stream in memory."""

    __module__ = "_io"

    # As CPython's: no encoding of its own (doctest reads it from sys.stdout).
    encoding = None
    errors = None
    _closed_message = "I/O operation on closed file"

    # The newline mode's parts (class defaults: "\n", nothing to translate): the decoder
    # that translates and counts what is written (None and ""), the newline written for
    # "\n" ("\r" and "\r\n"), and the line ending readline looks for.
    _decoder = None
    _writenl = None
    _readnl = "\n"

    def __init__(
        self,
        initial_value="",
        newline="\n",
    ):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        elif not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline == "\n":
            super().__init__(initial_value)
            return
        if not newline:
            self._decoder = IncrementalNewlineDecoder(None, newline is None)
        elif newline[0] == "\r":
            self._writenl = newline
        self._readnl = newline
        super().__init__("")
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError(f"string argument expected, got '{type(data).__name__}'")

    def write(self, data, /):
        if self._decoder is None and self._writenl is None:
            return super().write(data)
        self._check_open()
        self._check_type(data)
        length = len(data)
        if self._decoder is not None:
            data = self._decoder.decode(data, True)
        if self._writenl is not None:
            data = data.replace("\n", self._writenl)
        super().write(data)
        return length

    def readline(self, size=-1, /):
        newline = self._readnl
        if newline == "\n" or newline is None:
            return super().readline(size)
        self._check_open()
        data = self._data
        start = self._pos
        if newline:
            end = data.find(newline, start)
            end = len(data) if end < 0 else end + len(newline)
        else:
            # Universal newlines, untranslated: "\r\n", "\r" or "\n" ends a line.
            lf = data.find("\n", start)
            cr = data.find("\r", start, lf if lf >= 0 else len(data))
            if cr >= 0:
                end = cr + 2 if data.startswith("\n", cr + 1) else cr + 1
            else:
                end = len(data) if lf < 0 else lf + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        chunk = data[start:end]
        self._pos = max(start, end)
        return chunk

    def _padding(self, n):
        return "\0" * n

    def flush(self):
        pass

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def newlines(self):
        self._check_open()
        return None if self._decoder is None else self._decoder.newlines

    def seek(self, pos, whence=0, /):
        self._check_open()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence and pos:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._data)
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"


class BytesIO(_Memory, _BufferedIOBase):
    """A binary stream in memory."""

    __module__ = "_io"

    _closed_message = _CLOSED

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes) if initial_bytes is not None else b"")

    def _check_type(self, data):
        if not isinstance(data, _BYTES_LIKE):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")

    def _padding(self, n):
        return b"\0" * n

    def flush(self):
        self._check_open()

    def write(self, data, /):
        self._check_type(data)
        return super().write(bytes(data))

    def read1(self, size=-1, /):
        return self.read(size)

    def readinto(self, buffer, /):
        self._check_open()
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    readinto1 = readinto

    def seek(self, pos, whence=0, /):
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == SEEK_CUR:
            pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            pos = max(0, len(self._data) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer")

    def __repr__(self):
        return f"<_io.BytesIO object at {id(self):#x}>"


# ---------------------------------------------------------------------------------------
# The text layer.


class IncrementalNewlineDecoder:
    """Decodes text in pieces and translates ``\\r\\n`` and ``\\r`` to ``\\n`` when
    ``translate`` is set; a ``\\r`` at the end of a piece waits for the next piece, as it
    may start a ``\\r\\n`` (doctest reads its files through one)."""

    __module__ = "_io"
    _CR, _LF, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._held_cr = False

    def decode(self, input, final=False):
        text = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._held_cr and (text or final):
            text = "\r" + text
            self._held_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._held_cr = True
        crlf = text.count("\r\n")
        cr = text.count("\r") - crlf
        lf = text.count("\n") - crlf
        self._seen |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                text = text.replace("\r\n", "\n")
            if cr:
                text = text.replace("\r", "\n")
        return text

    def getstate(self):
        buffer, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buffer, (flag << 1) | int(self._held_cr)

    def setstate(self, state):
        buffer, flag = state
        self._held_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffer, flag >> 1))

    def reset(self):
        self._seen = 0
        self._held_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        kinds = {
            0: None,
            self._LF: "\n",
            self._CR: "\r",
            self._CRLF: "\r\n",
            self._CR | self._LF: ("\r", "\n"),
            self._LF | self._CRLF: ("\n", "\r\n"),
            self._CR | self._CRLF: ("\r", "\r\n"),
        }
        return kinds.get(self._seen, ("\r", "\n", "\r\n"))


def text_encoding(encoding, stacklevel=2, /):
    """The encoding a text stream gets when none is given ("locale": UTF-8 here)."""
    if encoding is not None:
        return encoding
    return "utf-8" if _sys.flags.utf8_mode else "locale"


# ---------------------------------------------------------------------------------------
# What the ABCs answer for the working classes (those of _io_more.py register there).

BufferedIOBase.register(BytesIO)
TextIOBase.register(StringIO)
# The console streams are text streams too (CPython's are TextIOWrappers).
if getattr(_sys, "__stdout__", None) is not None:
    TextIOBase.register(type(_sys.__stdout__))

if _sys.version_info >= (3, 14):
    from _collections_abc import _check_methods

    GenericAlias = type(list[int])

    class Reader(metaclass=abc.ABCMeta):
        """What has ``read``: a protocol for type checks and isinstance."""

        @abc.abstractmethod
        def read(self, size=..., /):
            pass

        @classmethod
        def __subclasshook__(cls, C):
            return _check_methods(C, "read") if cls is Reader else NotImplemented

        __class_getitem__ = classmethod(GenericAlias)

    class Writer(metaclass=abc.ABCMeta):
        """What has ``write``: a protocol for type checks and isinstance."""

        @abc.abstractmethod
        def write(self, data, /):
            pass

        @classmethod
        def __subclasshook__(cls, C):
            return _check_methods(C, "write") if cls is Writer else NotImplemented

        __class_getitem__ = classmethod(GenericAlias)


__all__ = [
    "BlockingIOError",
    "IOBase",
    "RawIOBase",
    "BytesIO",
    "StringIO",
    "BufferedIOBase",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRWPair",
    "BufferedRandom",
    "TextIOBase",
    "TextIOWrapper",
    "UnsupportedOperation",
    "SEEK_SET",
    "SEEK_CUR",
    "SEEK_END",
    "DEFAULT_BUFFER_SIZE",
    "text_encoding",
    "IncrementalNewlineDecoder",
]


# -- the buffered and text layers (_io_more.py), compiled when first asked for ----------------


def __getattr__(name):
    if name in _MORE_NAMES:
        return _load_more(name)
    raise AttributeError(f"module 'io' has no attribute '{name}'")


def __dir__():
    # The layers not compiled yet are names of the module all the same.
    return sorted(set(globals()) | _MORE_NAMES)
