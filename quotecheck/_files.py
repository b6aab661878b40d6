"""Writing a file whole or not at all, and never over a file nobody agreed to lose.

    write_atomically(path, data, *, force) -> None

Every file quotecheck writes (``compare -o``, the app's export, the URL cache) goes through here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator

__all__ = ["STDOUT_NAMES", "check_target", "write_atomically"]


def write_atomically(path: str | os.PathLike[str], data: str | bytes, *, force: bool) -> None:
    """Write ``data`` (text as UTF-8, line endings as given) to ``path`` through a temporary file.

    The temporary file sits in the same folder, is flushed to disk, then renamed into place, so a reader
    (or a run cut short by an error, a full disk or Ctrl-C) sees the old file whole or the new one whole,
    never half of either; the temporary file is removed on any failure, KeyboardInterrupt included.

    Without ``force`` an existing path (even a dangling link) raises ``FileExistsError``, also when it
    appears while the data is written: the new file is put in place by a hard link, which cannot replace.
    With ``force`` an existing file is replaced, keeping its permissions; a read-only file (no write
    permission bit) raises ``PermissionError`` all the same, and a folder ``IsADirectoryError``. Anything
    but a regular file (a device, a pipe, ``/proc/self/fd/1``) raises ``OSError`` with or without ``force``.
    A new file gets the permissions any new file gets (0o666 less the umask), not a temporary file's 0o600.
    """
    target = os.fspath(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    old_mode = check_target(target, force)
    folder = os.path.dirname(os.path.abspath(target))
    with _signals_end_the_write():
        _write_through_temporary(target, folder, payload, old_mode, force)


def _write_through_temporary(target: str, folder: str, payload: bytes, old_mode: int | None, force: bool) -> None:
    tmp, fd = _create_temporary(folder, os.path.basename(target))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if old_mode is not None:
            os.chmod(tmp, old_mode)
        if force:
            os.replace(tmp, target)
        else:
            _link_without_replacing(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


STDOUT_NAMES = frozenset({"-", "/dev/stdout"})
"""Output names that mean standard output (``-o -``): written there, never replaced by a file."""
_SYSTEM_FOLDERS = ("/dev", "/proc", "/sys")
"""Folders of devices and kernel files: no file, temporary or not, is ever created in them."""
_SYSTEM_EXCEPTIONS = ("/dev/shm",)
"""...except this one, an ordinary temporary folder."""


def check_target(target: str, force: bool) -> int | None:
    """The permissions to keep (when replacing a file), or an OSError saying why ``target`` cannot be written.

    Only a regular file (or a link to one, or a dangling link) is ever replaced: a device, a pipe, a
    socket or a ``/proc/self/fd`` link raises whatever ``force`` says, and nothing is created in /dev,
    /proc or /sys.
    """
    try:
        info: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        info = None
    if info is None:
        _check_folder(target)
        return None
    is_link = stat.S_ISLNK(info.st_mode)
    if is_link:
        try:
            info = os.stat(target)
        except OSError:
            info = None  # a dangling link: replaced by the file, as ``cp --remove-destination`` does
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EPERM, f"not a regular file ({_kind(info.st_mode)}); only a regular file is replaced",
                      target)
    if not force:
        raise FileExistsError(errno.EEXIST, "file exists", target)
    _check_folder(target)
    if is_link or info is None:
        return None
    mode = stat.S_IMODE(info.st_mode)
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(errno.EACCES, "the file is read-only", target)
    return mode


@contextlib.contextmanager
def _signals_end_the_write() -> Iterator[None]:
    """SIGTERM and SIGHUP raise ``SystemExit(128 + signal)`` while a file is written, so the temporary file
    is removed on the way out (their default action would end the process and leave it behind). Only the
    main thread can set handlers; elsewhere (the app's export worker) nothing changes."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def end(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    chosen = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.signal(s, end) for s in chosen}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _check_folder(target: str) -> None:
    folder = os.path.realpath(os.path.dirname(os.path.abspath(target)))
    if _in_system_folder(folder):
        raise OSError(errno.EPERM, f"quotecheck never creates a file in {folder}", target)


def _in_system_folder(folder: str) -> bool:
    def under(top: str) -> bool:
        return folder == top or folder.startswith(top + os.sep)

    return any(under(top) for top in _SYSTEM_FOLDERS) and not any(under(top) for top in _SYSTEM_EXCEPTIONS)


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _create_temporary(folder: str, name: str) -> tuple[str, int]:
    """A new file ``.<name>.<random>.tmp`` in ``folder``, opened for writing; the umask sets its permissions."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.join(folder, f".{_cut_in_bytes(name, 64)}.{os.urandom(4).hex()}.tmp")
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", folder)  # pragma: no cover


def _cut_in_bytes(name: str, limit: int) -> str:
    """The first characters of ``name`` that take at most ``limit`` bytes on disk (a name's limit is in
    bytes: 64 four-byte characters and the temporary suffix would pass 255)."""
    size = 0
    for i, ch in enumerate(name):
        size += len(os.fsencode(ch))
        if size > limit:
            return name[:i]
    return name


def _link_without_replacing(tmp: str, target: str) -> None:
    """Put ``tmp`` at ``target`` unless something is there by now (a hard link never replaces)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename (a narrow window, still atomic)
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "file exists", target) from None
        os.replace(tmp, target)
