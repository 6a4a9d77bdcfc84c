"""Saving writes through to what was named, keeps the old file whole on failure (a real full
file system: a small tmpfs, mounted when the tests run as root) and leaves no temporary file."""
from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from unquote.engine.files import fileformat
from unquote.engine.files.savefile import write_file

OLD, NEW = b"old content\n" * 100, b"new content\n" * 300


def test_a_symbolic_link_stays_a_link_and_its_target_is_written(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "pair.unquote"
    target.write_bytes(OLD)
    link = tmp_path / "link.unquote"
    link.symlink_to(target)
    write_file(link, NEW)
    assert link.is_symlink() and target.read_bytes() == NEW
    assert sorted(os.listdir(tmp_path / "real")) == ["pair.unquote"]


def test_a_dangling_link_creates_its_target(tmp_path):
    link = tmp_path / "link.unquote"
    link.symlink_to(tmp_path / "target.unquote")
    write_file(link, NEW)
    assert link.is_symlink() and (tmp_path / "target.unquote").read_bytes() == NEW


def test_hard_links_keep_sharing_the_file(tmp_path):
    first, second = tmp_path / "a.unquote", tmp_path / "b.unquote"
    first.write_bytes(OLD + OLD)
    os.link(first, second)
    write_file(first, NEW[:100])
    assert second.read_bytes() == NEW[:100] and first.stat().st_ino == second.stat().st_ino


def test_the_mode_of_an_existing_file_is_kept(tmp_path):
    path = tmp_path / "pair.unquote"
    path.write_bytes(OLD)
    path.chmod(0o640)
    write_file(path, NEW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_bytes() == NEW


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        write_file(tmp_path / "new.unquote", NEW)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.unquote").stat().st_mode) == mode


def test_a_fifo_is_written_to_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_file(fifo, NEW)
    reader.join(timeout=30)
    assert got == [NEW] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_dev_stdout_in_the_command_line_writes_to_standard_output(tmp_path):
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text("The council met on Monday. It approved the plan.\n", encoding="utf-8")
    right.write_text("It approved the plan. The council met on Monday.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "unquote", "compare", str(left), str(right), "-q",
                          "--format", "json", "-o", "/dev/stdout"], capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert fileformat.loads(run.stdout.decode("utf-8")).left.text.startswith("The council")
    assert sorted(os.listdir(tmp_path)) == ["left.txt", "right.txt"]


def test_a_failing_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "pair.unquote"
    path.write_bytes(OLD)
    with pytest.raises(TypeError):
        write_file(path, object())  # type: ignore[arg-type]
    assert path.read_bytes() == OLD and os.listdir(tmp_path) == ["pair.unquote"]


# -- a full file system ------------------------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path):
    """A 256 KB tmpfs holding ``old.unquote`` and a filler that takes every free byte."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)]).returncode:
        pytest.skip("this machine does not let us mount a tmpfs")
    try:
        (mount / "old.unquote").write_bytes(OLD)
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_full_disk_refuses_and_keeps_the_old_file(full_disk):
    with pytest.raises(OSError) as caught:
        write_file(full_disk / "old.unquote", NEW * 100)
    assert caught.value.errno == errno.ENOSPC
    assert (full_disk / "old.unquote").read_bytes() == OLD
    assert sorted(os.listdir(full_disk)) == ["filler", "old.unquote"]


def test_full_disk_keeps_a_hard_linked_file_whole(full_disk):
    os.link(full_disk / "old.unquote", full_disk / "other.unquote")
    with pytest.raises(OSError):
        write_file(full_disk / "old.unquote", NEW * 100)
    assert (full_disk / "other.unquote").read_bytes() == OLD
    assert (full_disk / "old.unquote").stat().st_size == len(OLD)


def test_full_disk_in_the_command_line_exits_4_and_keeps_the_old_file(full_disk, tmp_path):
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text("A sentence that stays. " * 800, encoding="utf-8")
    right.write_text("A sentence that changes. " * 800, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "unquote", "compare", str(left), str(right), "-q",
                          "-o", str(full_disk / "old.unquote")], capture_output=True, timeout=300)
    assert run.returncode == 4 and b"No space left on device" in run.stderr
    assert (full_disk / "old.unquote").read_bytes() == OLD
    assert sorted(os.listdir(full_disk)) == ["filler", "old.unquote"]


@pytest.mark.parametrize("how", ["save_as", "export_html", "export_pdf"])
def test_full_disk_in_the_window_says_so_and_keeps_the_old_file(window, present, known_pair, full_disk,
                                                                 qtbot, how):
    present(known_pair)
    target = str(full_disk / "old.unquote")
    with qtbot.waitSignal(window.files.failed, timeout=30000) as failed:
        getattr(window.files, how)(target)
    assert "No space left on device" in failed.args[0]
    assert Path(target).read_bytes() == OLD
    assert sorted(os.listdir(full_disk)) == ["filler", "old.unquote"]
    assert window.session.path != target


def test_a_temporary_left_by_a_killed_save_goes_at_the_next_save(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".unquote-{dead.pid}-0123456789ab.tmp"
    stale.write_bytes(NEW)
    mine = tmp_path / f".unquote-{os.getpid()}-0123456789ab.tmp"  # a save under way in this process
    mine.write_bytes(NEW)
    write_file(tmp_path / "pair.unquote", OLD)
    assert sorted(os.listdir(tmp_path)) == [mine.name, "pair.unquote"]
