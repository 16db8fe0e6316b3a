"""Where reports and baselines are written (io/output.py): a regular file is replaced
atomically, a device, FIFO or symlink written through, a directory refused; never over a
file the run reads."""
from __future__ import annotations

import json
import os
import stat
import threading

import pytest
from conftest import run_cli

from gigcheck.io.output import atomic_output

GIG = "---\ntitle: I will edit your podcast\n---\nWrite to ann@mail.com\n"


@pytest.fixture
def gig(tmp_path):
    p = tmp_path / "g.md"
    p.write_text(GIG)
    return p


def _no_temp_files(folder):
    return not [n for n in os.listdir(folder) if n.startswith(".gigcheck-")]


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_a_device_stays_a_device(gig, tmp_path, option):
    # A null device of the test's own (as root, `-o /dev/null` turned the machine's into a file).
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot create a device here (needs CAP_MKNOD)")
    r = run_cli(["check", option, str(null), str(gig)])
    assert stat.S_ISCHR(os.lstat(null).st_mode) and os.lstat(null).st_rdev == os.makedev(1, 3)
    assert r.returncode in (0, 1) and "error" not in r.stderr


def test_a_fifo_is_written_to_not_replaced(gig, tmp_path):
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()), daemon=True)
    reader.start()
    r = run_cli(["check", "--format", "json", "-o", str(fifo), str(gig)])
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(got[0])["files"][0]["findings"] and r.returncode == 1


def test_a_symlink_stays_a_link_and_its_target_gets_the_report(gig, tmp_path):
    (tmp_path / "out").mkdir()
    real = tmp_path / "out" / "report.json"
    real.write_text("old")
    link = tmp_path / "report.json"
    os.symlink(real, link)
    r = run_cli(["check", "--format", "json", "-o", str(link), str(gig)])
    assert r.returncode == 1 and os.path.islink(link)
    assert json.loads(real.read_text())["files"]
    assert _no_temp_files(tmp_path) and _no_temp_files(tmp_path / "out")


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_a_directory_is_refused_in_one_line(gig, tmp_path, option):
    folder = tmp_path / "reports"
    folder.mkdir()
    r = run_cli(["check", option, str(folder), str(gig)])
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and lines == [f"gigcheck: error: {folder}: cannot write the "
                                           f"{'report' if option == '-o' else 'baseline'}: is a directory"]


def test_the_report_may_not_overwrite_the_baseline_or_config(gig, tmp_path):
    baseline = tmp_path / "bl.json"
    assert run_cli(["check", "--write-baseline", str(baseline), str(gig)]).returncode == 0
    kept = baseline.read_text()
    r = run_cli(["check", "--baseline", str(baseline), "-o", str(baseline), str(gig)])
    assert r.returncode == 2 and "would overwrite the baseline" in r.stderr
    assert baseline.read_text() == kept
    config = tmp_path / ".gigcheck.toml"
    config.write_text("fail-on = 'warning'\n")
    for option in ("-o", "--write-baseline"):
        r = run_cli(["check", option, ".gigcheck.toml", "g.md"], cwd=tmp_path)
        assert r.returncode == 2 and "would overwrite the config file" in r.stderr
    pack = tmp_path / "pack.toml"
    pack.write_text("[pack]\nextends = 'fiverr'\n")
    r = run_cli(["check", "--policy", str(pack), "-o", str(pack), str(gig)])
    assert r.returncode == 2 and "would overwrite the policy pack" in r.stderr
    assert config.read_text() == "fail-on = 'warning'\n" and pack.read_text().startswith("[pack]")


def test_the_baseline_may_be_refreshed_in_place_but_not_over_the_report(gig, tmp_path):
    baseline = tmp_path / "bl.json"
    run_cli(["check", "--write-baseline", str(baseline), str(gig)])
    r = run_cli(["check", "--baseline", str(baseline), "--write-baseline", str(baseline), str(gig)])
    assert r.returncode == 0 and json.loads(baseline.read_text())["findings"]
    r = run_cli(["check", "-o", str(tmp_path / "r.json"), "--write-baseline", str(tmp_path / "r.json"), str(gig)])
    assert r.returncode == 2 and "would overwrite the report" in r.stderr


def test_a_replaced_report_keeps_its_mode_and_a_new_one_gets_the_umask(tmp_path):
    old = tmp_path / "old.txt"
    old.write_text("x")
    os.chmod(old, 0o640)
    with atomic_output(str(old)) as out:
        out.write("new")
    assert old.read_text() == "new" and stat.S_IMODE(os.stat(old).st_mode) == 0o640
    umask = os.umask(0o022)
    try:
        with atomic_output(str(tmp_path / "new.txt")) as out:
            out.write("y")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(os.stat(tmp_path / "new.txt").st_mode) == 0o644


def test_no_named_temporary_file_exists_while_the_report_is_written(tmp_path):
    # Killed (SIGKILL) while it writes, gigcheck could not remove one: there is none to remove.
    from gigcheck.files import output_stream

    target = tmp_path / "report.txt"
    with output_stream(str(target), "w") as out:
        out.write("partial")
        out.flush()
        assert _no_temp_files(tmp_path) and not target.exists()
    assert target.read_text() == "partial" and _no_temp_files(tmp_path)


def test_an_error_while_writing_leaves_the_old_report_and_no_temporary_file(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(str(target)) as out:
        out.write("half")
        raise RuntimeError
    assert target.read_text() == "old" and _no_temp_files(tmp_path)


def test_a_socket_or_block_device_is_refused(tmp_path):
    import socket

    from gigcheck.files import output_target

    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "s"))
    try:
        with pytest.raises(OSError, match="is a socket"):
            output_target(str(tmp_path / "s"))
    finally:
        sock.close()
    with pytest.raises(OSError, match="is a directory"):
        output_target(str(tmp_path))
