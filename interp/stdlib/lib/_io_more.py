# ruff: noqa: F821 - runs in the namespace of io.py, whose names it uses
# The rarely needed part of the sandbox's ``io``: the buffered layer (BufferedReader,
# BufferedWriter, BufferedRandom, BufferedRWPair) and the text layer (TextIOWrapper).
# interp/stdlib/io.py compiles it into the module's namespace the first time a program
# asks for one of those names, so that ``import io`` (which most of the library does for
# StringIO) does not pay for compiling it.

# ---------------------------------------------------------------------------------------
# The buffered layer.  One implementation serves the reader, the writer and the random
# access stream: unread bytes from the raw stream sit in ``_rbuf`` from ``_rpos`` on (the
# raw stream is positioned after them); bytes written and not yet passed on sit in
# ``_wbuf`` (the raw stream is positioned where they go).  Only one of the two holds
# anything at a time.


def _raw_position(value):
    if not isinstance(value, int):
        value = value.__index__()
    if value < 0:
        raise OSError(f"Raw stream returned invalid position {value}")
    return value


class _BufferedBase(_BufferedIOBase):
    __module__ = "_io"
    _reads = False
    _writes = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._checks(raw)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self._size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        # The raw stream's position as last seen (None: unknown), for seeks that stay
        # inside the buffer without asking the raw stream.
        self._abs = None
        try:
            self._abs = _raw_position(raw.tell())
        except Exception:  # noqa: BLE001 - as CPython: an untellable raw stream is fine
            pass

    def _checks(self, raw):
        pass

    # -- state checks

    def _attached(self):
        raw = self._raw
        if raw is None:
            raise ValueError(_DETACHED_RAW)
        return raw

    def _open(self, message):
        raw = self._attached()
        if raw.closed:
            raise ValueError(message)
        return raw

    # -- what the raw stream answers

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def mode(self):
        return self._attached().mode

    def readable(self):
        return self._attached().readable() if self._reads else False

    def writable(self):
        return self._attached().writable() if self._writes else False

    def seekable(self):
        return self._attached().seekable()

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def __repr__(self):
        kind = _kind_name(self)
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f"<{kind}>"
        return f"<{kind} name={name!r}>"

    def __del__(self):
        _close_on_delete(self)

    # -- raw calls, checked as CPython checks them

    def _raw_read(self, size):
        space = bytearray(size)
        count = self._raw.readinto(space)
        if count is None:
            return None
        if not isinstance(count, int):
            count = count.__index__()
        if count < 0 or count > size:
            raise OSError(
                f"raw readinto() returned invalid length {count} (should have been between 0 and {size})"
            )
        if self._abs is not None:
            self._abs += count
        if count < size:
            del space[count:]
        return bytes(space)

    def _raw_write(self, data):
        count = self._raw.write(data)
        if count is None:
            raise BlockingIOError(11, "write could not complete without blocking", 0)
        if not isinstance(count, int):
            count = count.__index__()
        if count < 0 or count > len(data):
            raise OSError(
                f"raw write() returned invalid length {count} (should have been between 0 and {len(data)})"
            )
        if self._abs is not None:
            self._abs += count
        return count

    def _raw_seek(self, target, whence):
        self._abs = _raw_position(self._raw.seek(target, whence))
        return self._abs

    def _raw_tell(self):
        self._abs = _raw_position(self._raw.tell())
        return self._abs

    # -- moving between reading and writing

    def _unread(self):
        return len(self._rbuf) - self._rpos

    def _drop_read_ahead(self):
        # Before a write (or a flush of a random-access stream): bring the raw stream back
        # to the logical position.
        ahead = len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        if ahead:
            self._raw_seek(-ahead, 1)

    def _write_out(self):
        data = self._wbuf
        done = 0
        while done < len(data):
            done += self._raw_write(bytes(data[done:]))
        self._wbuf = bytearray()

    # -- positioning and lifetime

    def flush(self):
        if not self._writes:
            return self._attached().flush()
        self._open("flush of closed file")
        self._write_out()
        if self._reads:
            self._drop_read_ahead()

    def close(self):
        raw = self._attached()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        self._attached()
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def tell(self):
        self._attached()
        position = self._raw_tell() - self._unread() + len(self._wbuf)
        return max(position, 0)

    def seek(self, target, whence=0, /):
        self._attached()
        if not isinstance(target, int):
            target = target.__index__()
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        raw = self._open("seek of closed file")
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if whence != 2 and self._reads and self._unread() > 0:
            # A target inside the buffer needs no raw seek.
            current = self._abs if self._abs is not None else self._raw_tell()
            offset = target - (current - self._unread()) if whence == 0 else target
            if -self._rpos <= offset <= self._unread():
                self._rpos += offset
                return current - len(self._rbuf) + self._rpos
        if self._writes:
            self._write_out()
        if whence == 1:
            target -= self._unread()
        position = self._raw_seek(target, whence)
        self._rbuf = b""
        self._rpos = 0
        return position

    def truncate(self, pos=None, /):
        self._attached()
        self._open("truncate of closed file")
        if not self._writes:
            raise UnsupportedOperation("truncate")
        self._write_out()
        if self._reads:
            self._drop_read_ahead()
        result = self._raw.truncate(pos)
        try:
            self._raw_tell()
        except Exception:  # noqa: BLE001 - as CPython: only a cache refresh
            self._abs = None
        return result


class _Reading:
    """The reading half of BufferedReader and BufferedRandom."""

    __module__ = "_io"

    def _before_read(self):
        if self._wbuf:
            self._write_out()

    def _take(self, size):
        start = self._rpos
        self._rpos = start + size
        return self._rbuf[start : start + size]

    def _refill(self):
        """One raw read of a whole buffer: the data, b'' at the end, None if it would block."""
        data = self._raw_read(self._size)
        self._rbuf = data or b""
        self._rpos = 0
        return data

    def read(self, size=-1, /):
        self._attached()
        size = _size_arg(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._open("read of closed file")
        if size == -1:
            return self._read_all()
        if size <= self._unread():
            return self._take(size)
        parts = [self._take(self._unread())]
        got = len(parts[0])
        self._before_read()
        self._rbuf = b""
        self._rpos = 0
        # Whole buffers straight from the raw stream, the last part through the buffer.
        while size - got >= self._size:
            want = size - got
            data = self._raw_read(want - want % self._size)
            if not data:
                return b"".join(parts) if data is not None or got else None
            parts.append(data)
            got += len(data)
        while got < size:
            data = self._raw_read(self._size - len(self._rbuf))
            if not data:
                if data is None and not got:
                    return None
                break
            self._rbuf += data
            piece = self._take(min(size - got, len(self._rbuf) - self._rpos))
            parts.append(piece)
            got += len(piece)
            if len(self._rbuf) >= self._size:
                break
        return b"".join(parts)

    def _read_all(self):
        head = self._take(self._unread())
        self._before_read()
        self._rbuf = b""
        self._rpos = 0
        readall = getattr(self._raw, "readall", None)
        if readall is not None:
            rest = readall()
            self._abs = None
            if rest is not None and not isinstance(rest, bytes):
                raise TypeError("readall() should return bytes")
            if not head:
                return rest
            return head if rest is None else head + rest
        parts = [head] if head else []
        while True:
            data = self._raw.read()
            if data is not None and not isinstance(data, bytes):
                raise TypeError("read() should return bytes")
            if not data:
                return b"".join(parts) if parts else data
            if self._abs is not None:
                self._abs += len(data)
            parts.append(data)

    def read1(self, size=-1, /):
        self._attached()
        size = _size_arg(size)
        if size < 0:
            size = self._size
        self._open("read of closed file")
        if size == 0:
            return b""
        if self._unread():
            return self._take(min(size, self._unread()))
        self._before_read()
        self._rbuf = b""
        self._rpos = 0
        return self._raw_read(size) or b""

    def peek(self, size=0, /):
        self._attached()
        self._open("peek of closed file")
        self._before_read()
        if not self._unread():
            self._refill()
        return self._rbuf[self._rpos :]

    def _readinto(self, buffer, once):
        self._attached()
        self._open("readinto of closed file")
        want = len(buffer)
        head = self._take(min(want, self._unread()))
        buffer[: len(head)] = head
        got = len(head)
        if got == want:
            return got
        self._before_read()
        self._rbuf = b""
        self._rpos = 0
        while got < want:
            left = want - got
            if left > self._size:
                data = self._raw_read(left)
            elif once and got:
                break
            else:
                data = self._refill()
                if data:
                    piece = self._take(min(left, len(data)))
                    buffer[got : got + len(piece)] = piece
                    got += len(piece)
                    continue
            if data is None:
                return got if got else None
            if not data:
                break
            buffer[got : got + len(data)] = data
            got += len(data)
            if once:
                break
        return got

    def readinto(self, buffer, /):
        return self._readinto(buffer, False)

    def readinto1(self, buffer, /):
        return self._readinto(buffer, True)

    def readline(self, size=-1, /):
        self._attached()
        return self._readline(_size_arg(size))

    def _readline(self, limit):
        self._open("readline of closed file")
        ahead = self._unread()
        if limit >= 0:
            ahead = min(ahead, limit)
        end = self._rbuf.find(b"\n", self._rpos, self._rpos + ahead)
        if end >= 0:
            return self._take(end + 1 - self._rpos)
        if ahead == limit:
            return self._take(ahead)
        parts = [self._take(ahead)]
        if limit >= 0:
            limit -= ahead
        self._before_read()
        while True:
            data = self._refill()
            if not data:
                break
            ahead = len(data) if limit < 0 else min(len(data), limit)
            end = data.find(b"\n", 0, ahead)
            if end >= 0:
                parts.append(self._take(end + 1))
                break
            parts.append(self._take(ahead))
            if ahead == limit:
                break
            if limit >= 0:
                limit -= ahead
        return b"".join(parts)

    def __next__(self):
        self._attached()
        if type(self).__module__ == "_io":
            line = self._readline(-1)
        else:
            line = self.readline()
            if not isinstance(line, bytes):
                raise OSError(f"readline() should have returned a bytes object, not '{type(line).__name__}'")
        if not line:
            raise StopIteration
        return line


class _Writing:
    """The writing half of BufferedWriter and BufferedRandom."""

    __module__ = "_io"

    def write(self, data, /):
        self._attached()
        data = _as_bytes(data)
        self._open("write to closed file")
        if self._reads and self._rbuf:
            self._drop_read_ahead()
        # From 3.13 a write of a whole buffer or more goes straight to the raw stream.
        whole = self._size if _PY313 else self._size + 1
        if len(self._wbuf) + len(data) <= self._size and len(data) < whole:
            self._wbuf += data
            return len(data)
        self._write_out()
        done = 0
        while len(data) - done >= whole:
            done += self._raw_write(data[done:])
        self._wbuf = bytearray(data[done:])
        return len(data)


class BufferedReader(_Reading, _BufferedBase):
    """A buffer over a readable raw stream."""

    __module__ = "_io"
    _reads = True

    def _checks(self, raw):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")


class BufferedWriter(_Writing, _BufferedBase):
    """A buffer over a writable raw stream."""

    __module__ = "_io"
    _writes = True

    def _checks(self, raw):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")


class BufferedRandom(_Reading, _Writing, _BufferedBase):
    """A buffer over a raw stream that can seek, read and write."""

    __module__ = "_io"
    _reads = True
    _writes = True

    def _checks(self, raw):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer over two raw streams, as one stream (no seeking)."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1, /):
        return self._reader.read(size)

    def peek(self, size=0, /):
        return self._reader.peek(size)

    def read1(self, size=-1, /):
        return self._reader.read1(size)

    def readinto(self, buffer, /):
        return self._reader.readinto(buffer)

    def readinto1(self, buffer, /):
        return self._reader.readinto1(buffer)

    def write(self, data, /):
        return self._writer.write(data)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._writer.isatty() or self._reader.isatty()

    @property
    def closed(self):
        return self._writer.closed

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


# ---------------------------------------------------------------------------------------
# The text layer.


def _pack(start, flags=0, feed=0, skip=0, eof=0):
    # CPython's opaque cookie, field for field, so that tell() values match its own: the
    # byte position of a safe starting point, the decoder's flags there, the bytes to feed
    # from it, the characters to skip after that, and whether the decoder must be
    # finished.  At a line boundary of a plain text this is the byte position.
    return start | (flags << 64) | (feed << 96) | (skip << 128) | (eof << 160)


def _unpack(cookie):
    if cookie >> 168:
        raise OverflowError("int too big to convert")
    mask = 0xFFFFFFFF
    return (
        cookie & 0xFFFFFFFFFFFFFFFF,
        (cookie >> 64) & mask,
        (cookie >> 96) & mask,
        (cookie >> 128) & mask,
        cookie >> 160,
    )


def _check_str_arg(value, what):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"TextIOWrapper() argument '{what}' must be str or None, not {type(value).__name__}")


def _check_newline(newline):
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")


def _text_codec(encoding):
    import codecs

    info = codecs.lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        hint = "" if _sys.version_info >= (3, 14) else "; use codecs.open() to handle arbitrary codecs"
        raise LookupError(f"{encoding!r} is not a text encoding{hint}")
    return info


class TextIOWrapper(_TextIOBase):
    """Text over a binary stream: decoding, newline translation, and tell/seek with
    CPython's cookies."""

    __module__ = "_io"
    _CHUNK = 8192

    def __init__(
        self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False
    ):
        _check_str_arg(encoding, "encoding")
        _check_str_arg(errors, "errors")
        _check_str_arg(newline, "newline")
        _check_newline(newline)
        if encoding is None:
            encoding = text_encoding(None)
        if encoding == "locale":
            encoding = "UTF-8"
        if errors is None:
            errors = "strict"
        info = _text_codec(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._chunk_size = self._CHUNK
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoded = None  # decoded text not yet returned (None: nothing read)
        self._used = 0
        self._snapshot = None  # (decoder flags, bytes fed) at the start of _decoded
        self._b2cratio = 0.0
        self._pending = []
        self._pending_count = 0
        self._make_codecs(info)
        self._seekable = self._telling = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, "read1")
        self._fix_encoder_state()

    def _set_newline(self, newline):
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline if newline in ("\r", "\r\n") else None

    def _make_codecs(self, info):
        self._decoder = None
        self._encoder = None
        if self._buffer.readable():
            decoder = info.incrementaldecoder(self._errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
            self._decoder = decoder
        self._plain_encoding = None
        if self._buffer.writable():
            self._encoder = info.incrementalencoder(self._errors)
            # Stateless codecs encode each piece as the whole would be: str.encode does
            # (CPython's fast path for the same three).
            if info.name in ("utf-8", "iso8859-1", "ascii"):
                self._plain_encoding = info.name

    def _fix_encoder_state(self):
        # A stream that does not start at its beginning must not get a second BOM.
        if self._seekable and self._encoder is not None:
            if self._buffer.tell() != 0:
                self._encoder.setstate(0)

    # -- checks and plain attributes

    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError(_DETACHED_BUFFER)
        return buffer

    def _check_open(self):
        if self.closed:
            raise ValueError(_CLOSED)

    def _live(self):
        """The buffer, after the checks every operation makes: attached, not closed (our
        own class asks the buffer directly, a subclass through its ``closed``)."""
        buffer = self._buffer
        if buffer is None:
            raise ValueError(_DETACHED_BUFFER)
        if buffer.closed if type(self) is TextIOWrapper else self.closed:
            raise ValueError(_CLOSED)
        return buffer

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def _CHUNK_SIZE(self):
        self._attached()
        return self._chunk_size

    @_CHUNK_SIZE.setter
    def _CHUNK_SIZE(self, size):
        self._attached()
        if not isinstance(size, int) or size <= 0:
            raise ValueError("a strictly positive integer is required")
        self._chunk_size = size

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def newlines(self):
        self._attached()
        return getattr(self._decoder, "newlines", None)

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def isatty(self):
        return self._attached().isatty()

    def fileno(self):
        return self._attached().fileno()

    def __repr__(self):
        # 3.11 names every TextIOWrapper so; 3.13 names a subclass by its own name.
        text = "<" + (_kind_name(self) if _PY313 else "_io.TextIOWrapper")
        try:
            text += f" name={self.name!r}"
        except (AttributeError, ValueError):
            pass
        try:
            text += f" mode={self.mode!r}"
        except AttributeError:
            pass
        return text + f" encoding={self._encoding!r}>"

    def __del__(self):
        _close_on_delete(self)

    # -- lifetime

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_count = 0
            self._buffer.write(data)

    def flush(self):
        buffer = self._attached()
        self._check_open()
        self._telling = self._seekable
        self._flush_pending()
        return buffer.flush()

    def close(self):
        buffer = self._attached()
        if self.closed:
            return
        try:
            self.flush()
        finally:
            buffer.close()

    def detach(self):
        buffer = self._attached()
        self.flush()
        self._buffer = None
        return buffer

    def truncate(self, pos=None, /):
        buffer = self._attached()
        self.flush()
        return buffer.truncate(pos)

    def reconfigure(
        self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None
    ):
        """Change the encoding, errors, newline mode or buffering of an open stream (the
        first three only before anything was read)."""
        self._attached()
        renewline = newline is not Ellipsis
        if self._decoded is not None and (encoding is not None or errors is not None or renewline):
            raise UnsupportedOperation(
                "It is not possible to set the encoding or newline of stream after the first read"
            )
        if renewline:
            _check_str_arg(newline, "newline")
            _check_newline(newline)
        line_buffering = self._line_buffering if line_buffering is None else bool(line_buffering)
        write_through = self._write_through if write_through is None else bool(write_through)
        self.flush()
        self._b2cratio = 0.0
        if renewline:
            self._set_newline(newline)
        if encoding is not None or errors is not None or renewline:
            if encoding is None:
                encoding = self._encoding
                if errors is None:
                    errors = self._errors
            elif errors is None:
                errors = "strict"
            if encoding == "locale":
                encoding = "UTF-8"
            info = _text_codec(encoding)
            _check_str_arg(errors, "errors")
            self._encoding = encoding
            self._errors = errors
            self._make_codecs(info)
            self._fix_encoder_state()
        self._line_buffering = line_buffering
        self._write_through = write_through

    # -- writing

    def write(self, text, /):
        buffer = self._live()
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self._encoder is None:
            raise UnsupportedOperation("not writable")
        length = len(text)
        has_lf = "\n" in text
        if has_lf and self._writetranslate and self._writenl is not None:
            text = text.replace("\n", self._writenl)
        flush_buffer = self._line_buffering and (has_lf or "\r" in text)
        if self._plain_encoding is not None:
            data = text.encode(self._plain_encoding, self._errors)
        else:
            data = self._encoder.encode(text)
        # What is pending goes first when this write would overflow the chunk (3.11) or
        # is a chunk by itself (3.13 on).
        if len(data) >= self._chunk_size if _PY313 else self._pending_count + len(data) > self._chunk_size:
            self._flush_pending()
        self._pending.append(data)
        self._pending_count += len(data)
        if self._pending_count >= self._chunk_size or flush_buffer or self._write_through:
            self._flush_pending()
        if flush_buffer:
            buffer.flush()
        # Writing forgets what was read ahead (resetting a decoder that read nothing
        # since the last reset changes nothing, so that is skipped).
        if self._decoded is not None or self._snapshot is not None:
            self._decoded = None
            self._used = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
        return length

    # -- reading

    def _take(self, size=-1):
        text = self._decoded
        if text is None:
            return ""
        used = self._used
        if size < 0 or used + size >= len(text):
            self._used = len(text)
            return text[used:] if used else text
        self._used = used + size
        return text[used : used + size]

    def _read_chunk(self, size_hint):
        """Decode the next piece of the buffer into ``_decoded``; False at the end."""
        decoder = self._decoder
        if decoder is None:
            raise UnsupportedOperation("not readable")
        if self._telling:
            held, flags = decoder.getstate()
        if size_hint > 0:
            size_hint = int(max(self._b2cratio, 1.0) * size_hint)
        size = max(self._chunk_size, size_hint)
        data = self._buffer.read1(size) if self._has_read1 else self._buffer.read(size)
        if not isinstance(data, _BYTES_LIKE):
            method = "read1" if self._has_read1 else "read"
            raise TypeError(
                f"underlying {method}() should have returned a bytes-like object, not '{type(data).__name__}'"
            )
        data = bytes(data)
        text = decoder.decode(data, not data)
        if not isinstance(text, str):
            raise TypeError(f"decoder should return a string result, not '{type(text).__name__}'")
        self._decoded = text
        self._used = 0
        self._b2cratio = len(data) / len(text) if text else 0.0
        if self._telling:
            self._snapshot = (flags, held + data)
        return bool(data or text)

    def read(self, size=-1, /):
        self._attached()
        self._check_open()
        size = _size_arg(size)
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        self._flush_pending()
        if size < 0:
            data = self._buffer.read()
            text = self._decoder.decode(data, True)
            if not isinstance(text, str):
                raise TypeError(f"decoder should return a string result, not '{type(text).__name__}'")
            result = self._take() + text
            self._decoded = None
            self._used = 0
            self._snapshot = None
            return result
        parts = [self._take(size)]
        left = size - len(parts[0])
        while left > 0 and self._read_chunk(left):
            piece = self._take(left)
            parts.append(piece)
            left -= len(piece)
        return "".join(parts)

    def _line_end(self, line, start):
        """(end of the first line in ``line[start:]`` or -1, how far the text is surely
        not part of a line ending when there is none)."""
        if self._readtranslate:
            found = line.find("\n", start)
            return (found + 1, 0) if found >= 0 else (-1, len(line))
        if self._readuniversal:
            lf = line.find("\n", start)
            cr = line.find("\r", start, lf if lf >= 0 else len(line))
            if cr < 0:
                return (lf + 1, 0) if lf >= 0 else (-1, len(line))
            if cr + 1 == len(line):
                return -1, cr  # may be the first half of "\r\n"
            return (cr + 2 if line[cr + 1] == "\n" else cr + 1), 0
        newline = self._readnl
        found = line.find(newline, start)
        if found >= 0:
            return found + len(newline), 0
        partial = line.find(newline[0], max(start, len(line) - len(newline) + 1))
        return -1, (len(line) if partial < 0 else partial)

    def readline(self, size=-1, /):
        self._attached()
        return self._readline(_size_arg(size))

    def _readline(self, limit):
        self._live()
        if self._pending:
            self._flush_pending()
        text = self._decoded
        if text is not None and limit < 0 and self._readtranslate:
            # The common case: the whole line is already decoded.
            used = self._used
            end = text.find("\n", used)
            if end >= 0:
                self._used = end + 1
                return text[used : end + 1]
        parts = []
        count = 0
        carry = ""
        while True:
            while self._decoded is None or self._used >= len(self._decoded):
                if not self._read_chunk(0):
                    self._decoded = None
                    self._used = 0
                    self._snapshot = None
                    if carry:
                        parts.append(carry)
                    return "".join(parts)
            if carry:
                line = carry + self._take()
                start = 0
                offset = len(carry)
                carry = ""
            else:
                line = self._decoded
                start = self._used
                offset = 0
            end, safe = self._line_end(line, start)
            if end >= 0:
                if 0 <= limit <= end - start + count:
                    end = start + limit - count
                break
            if 0 <= limit <= safe - start + count:
                end = start + limit - count
                break
            if safe > start:
                parts.append(line[start:safe])
                count += safe - start
            carry = line[safe:]
            self._decoded = None
            self._used = 0
        # Positions in ``line`` past a carried piece are positions in ``_decoded``.
        self._used = end - offset
        parts.append(line[start:end])
        return "".join(parts)

    def __next__(self):
        self._attached()
        self._telling = False
        if type(self) is TextIOWrapper:
            line = self._readline(-1)
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError(f"readline() should have returned a str object, not '{type(line).__name__}'")
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # -- positions

    def _restore_decoder(self, start, flags):
        if start == 0 and flags == 0:
            self._decoder.reset()
        else:
            self._decoder.setstate((b"", flags))

    def _reset_encoder(self, at_start):
        if self._encoder is not None:
            if at_start:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)

    def tell(self):
        buffer = self._attached()
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self._flush_pending()
        self.flush()
        position = buffer.tell()
        if self._decoder is None or self._snapshot is None:
            return position
        flags, fed = self._snapshot
        start = position - len(fed)
        if self._used == 0:
            return _pack(start, flags)
        saved = self._decoder.getstate()
        try:
            return self._locate(start, flags, fed, self._used)
        finally:
            self._decoder.setstate(saved)

    def _locate(self, start, flags, fed, skip):
        """The cookie for the point ``skip`` characters into the text decoded from ``fed``
        (decoder flags ``flags`` at byte ``start``): the last point before it where the
        decoder holds no bytes, and how to get from there to it."""
        decoder = self._decoder
        # A guess from the bytes-per-character ratio, walked back until it lands on a
        # point before the target where the decoder holds nothing.
        guess = int(self._b2cratio * skip)
        step = 1
        while guess > 0:
            self._restore_decoder(start, flags)
            produced = len(decoder.decode(fed[:guess]))
            if produced > skip:
                guess -= step
                step *= 2
                continue
            held, state = decoder.getstate()
            if not held:
                flags = state
                skip -= produced
                break
            guess -= len(held)
            step = 1
        if guess <= 0:
            guess = 0
            self._restore_decoder(start, flags)
        start += guess
        if skip == 0:
            return _pack(start, flags)
        # Then byte by byte, moving the starting point along each safe point passed.
        feed = produced = 0
        index = guess
        while index < len(fed):
            produced += len(decoder.decode(fed[index : index + 1]))
            feed += 1
            held, state = decoder.getstate()
            if not held and produced <= skip:
                start += feed
                skip -= produced
                flags = state
                feed = produced = 0
            if produced >= skip:
                return _pack(start, flags, feed, skip)
            index += 1
        produced += len(decoder.decode(b"", True))
        if produced < skip:
            raise OSError("can't reconstruct logical file position")
        return _pack(start, flags, feed, skip, 1)

    def seek(self, cookie, whence=0, /):
        buffer = self._attached()
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not isinstance(cookie, int):
            cookie = cookie.__index__()
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = None
            self._used = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            position = buffer.seek(0, 2)
            self._reset_encoder(position == 0)
            return position
        elif whence != SEEK_SET:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        start, flags, feed, skip, eof = _unpack(cookie)
        buffer.seek(start)
        self._decoded = None
        self._used = 0
        self._snapshot = None
        if self._decoder is not None:
            self._restore_decoder(start, flags)
        if skip:
            data = buffer.read(feed)
            if not isinstance(data, bytes):
                raise TypeError(
                    f"underlying read() should have returned a bytes object, not '{type(data).__name__}'"
                )
            self._snapshot = (flags, data)
            self._decoded = self._decoder.decode(data, bool(eof))
            if len(self._decoded) < skip:
                raise OSError("can't restore logical file position")
            self._used = skip
        else:
            self._snapshot = (flags, b"")
        self._reset_encoder(start == 0 and flags == 0)
        return cookie


for _kind in (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_kind)
TextIOBase.register(TextIOWrapper)
del _kind
