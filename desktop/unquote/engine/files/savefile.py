"""Saving a file so that nothing is lost: every write checked, the previous content kept
whole when anything fails, the file the user named written through, no temporary left.

``tempfile`` plus ``os.replace`` (and Qt's QSaveFile) put a new file in place of the named
one: a symbolic link becomes a regular file, a hard link is cut, the mode becomes 0600, a
FIFO or a device node is replaced, and a killed process leaves its temporary file behind.
No library writes through to what was named, so this module does, in three ways:

- A regular file, or a new name: the content goes into an unnamed file (``O_TMPFILE``) in
  the folder of the real file (links followed); it is synced, given the old file's mode
  and owner (a new file gets 0666 less the umask), then named and renamed over the real
  file. A killed process leaves nothing: an unnamed file vanishes with it. Where
  ``O_TMPFILE`` is missing, or its file cannot be named through /proc/self/fd (some
  virtual machines refuse that link), a named temporary file is used instead, removed on
  any failure; one left by a killed process (its name holds the process id) is removed
  by the next save into that folder.
- A regular file with other hard links, or one in a folder we may not write to: room for
  the new content is reserved first (``posix_fallocate``), then it is written in place; a
  failed reservation leaves the file as it was.
- Anything else (a FIFO, a device, standard output named as /dev/stdout or /dev/fd/N):
  written to directly.
"""
from __future__ import annotations

import errno
import os
import stat

#: Names that stand for an open descriptor of this process: written to as they are.
DESCRIPTOR_PREFIXES = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/")
#: Errors that say the folder, not the file, refuses a new entry.
FOLDER_REFUSES = (errno.EACCES, errno.EPERM, errno.EROFS)


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` as described above; OSError says what failed."""
    named = os.fspath(path)
    try:
        st: os.stat_result | None = os.stat(named)
    except FileNotFoundError:
        st = None
    if os.path.abspath(named).startswith(DESCRIPTOR_PREFIXES) or (st and not stat.S_ISREG(st.st_mode)):
        _write_stream(named, data)
        return
    real = os.path.realpath(named)
    if st is not None and st.st_nlink > 1:
        _write_in_place(real, data, st)
        return
    try:
        _replace(real, data, st)
    except OSError as exc:
        if st is None or exc.errno not in FOLDER_REFUSES or not os.access(real, os.W_OK):
            raise
        _write_in_place(real, data, st)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        done = os.write(fd, view)
        if done <= 0:
            raise OSError(errno.EIO, "the device accepted no more bytes")
        view = view[done:]


def _write_stream(named: str, data: bytes) -> None:
    fd = os.open(named, os.O_WRONLY | os.O_APPEND)
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


#: Whether an unnamed file can be given a name here (found out on the first save).
_naming_works: bool | None = None


def _temporary_name(folder: str) -> str:
    return os.path.join(folder, f".unquote-{os.getpid()}-{os.urandom(6).hex()}.tmp")


def _remove_stale(folder: str) -> None:
    """Remove the named temporaries that killed processes left in ``folder``."""
    try:
        names = [n for n in os.listdir(folder) if n.startswith(".unquote-") and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name.split("-")[1]
        if pid.isdigit() and not process_running(int(pid)):
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass


def process_running(pid: int) -> bool:
    """Whether a process with this id exists (one of another user counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def _unnamed_file(folder: str) -> tuple[int, str | None]:
    """An open file in ``folder``: unnamed where the system allows it, else a named temporary."""
    if _naming_works is not False:
        try:
            return os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o666), None
        except (AttributeError, OSError) as exc:
            if isinstance(exc, OSError) and exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    return _named_file(folder)


def _named_file(folder: str) -> tuple[int, str]:
    name = _temporary_name(folder)
    return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), name


def _name(fd: int, folder: str) -> str | None:
    """Give the unnamed file ``fd`` a temporary name; None where the system refuses."""
    global _naming_works
    name = _temporary_name(folder)
    try:
        os.link(f"/proc/self/fd/{fd}", name, follow_symlinks=True)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.ENOENT, errno.EPERM, errno.EACCES) or _naming_works:
            raise
        _naming_works = False
        return None
    _naming_works = True
    return name


def _replace(real: str, data: bytes, st: os.stat_result | None) -> None:
    folder = os.path.dirname(real) or "."
    _remove_stale(folder)
    fd, temporary = _unnamed_file(folder)
    try:
        _fill(fd, data, st)
        if temporary is None:
            temporary = _name(fd, folder)
            if temporary is None:  # this system cannot name it: start again with a named file
                os.close(fd)
                fd = -1
                fd, named = _named_file(folder)
                temporary = named
                _fill(fd, data, st)
        os.replace(temporary, real)
        temporary = None
    finally:
        if fd >= 0:
            os.close(fd)
        if temporary is not None:
            try:
                os.unlink(temporary)
            except FileNotFoundError:
                pass
    _sync_folder(folder)


def _fill(fd: int, data: bytes, st: os.stat_result | None) -> None:
    """Write the new content, give it the old file's mode and owner, and sync it."""
    _write_all(fd, data)
    if st is not None:
        os.fchmod(fd, stat.S_IMODE(st.st_mode))
        try:
            os.fchown(fd, st.st_uid, st.st_gid)
        except PermissionError:
            pass  # another user's file keeps its mode, and becomes ours
    os.fsync(fd)


def _write_in_place(real: str, data: bytes, st: os.stat_result) -> None:
    fd = os.open(real, os.O_WRONLY)
    try:
        if data:
            try:
                os.posix_fallocate(fd, 0, len(data))
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    os.ftruncate(fd, st.st_size)
                    raise
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (best effort: some file systems refuse)."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
