# The sandbox's ``io``: in-memory streams.  There are no files or descriptors in the
# sandbox, so this is StringIO and BytesIO over a buffer, with the names the library
# imports from ``io`` for type checks and constants.

_CLOSED = "I/O operation on closed file."
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):  # callers catch either
    pass


class IOBase:
    """What every stream has: closing, context management and line iteration."""

    closed = False

    def close(self):
        self.closed = True

    def _check_open(self):
        if self.closed:
            raise ValueError(_CLOSED)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


RawIOBase = BufferedIOBase = TextIOBase = IOBase


class _Memory(IOBase):
    """A buffer with a position: the shared part of StringIO and BytesIO.  The data is
    kept as one immutable value and sliced, which keeps every operation a plain
    str or bytes operation."""

    def __init__(self, initial):
        self._data = initial
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return self._data

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, offset, whence=SEEK_SET, /):
        self._check_open()
        if whence == SEEK_SET:
            if offset < 0:
                raise ValueError(f"Negative seek position {offset}")
            self._pos = offset
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + offset)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._data) + offset)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def read(self, size=-1):
        self._check_open()
        end = len(self._data) if size is None or size < 0 else self._pos + size
        chunk = self._data[self._pos : end]
        self._pos = min(end, max(len(self._data), self._pos))
        return chunk

    def readline(self, size=-1):
        self._check_open()
        newline = "\n" if isinstance(self._data, str) else b"\n"
        end = self._data.find(newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos : end]
        self._pos = max(self._pos, end)
        return chunk

    def write(self, data):
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


class StringIO(_Memory):
    """A text stream in memory."""

    # As CPython's: no encoding of its own (doctest reads it from sys.stdout).
    encoding = None
    errors = None

    def __init__(
        self,
        initial_value="",
        newline="\n",
    ):
        if initial_value is None:
            initial_value = ""
        elif not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value)

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError(f"string argument expected, got '{type(data).__name__}'")

    def _padding(self, n):
        return "\0" * n

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"


_BYTES = (bytes, bytearray)


class BytesIO(_Memory):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes) if initial_bytes is not None else b"")

    def _check_type(self, data):
        if not isinstance(data, _BYTES):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")

    def _padding(self, n):
        return b"\0" * n

    def write(self, data):
        self._check_type(data)
        return super().write(bytes(data))

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer")


class IncrementalNewlineDecoder:
    """Decodes text in pieces and translates ``\\r\\n`` and ``\\r`` to ``\\n`` when
    ``translate`` is set; a ``\\r`` at the end of a piece waits for the next piece, as it
    may start a ``\\r\\n`` (doctest reads its files through one)."""

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
