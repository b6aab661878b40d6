"""Bad input through every entry point: one table, every row run by `quotes`, `compare`, `check` (the bad
file as the draft and as a source) and the app's loader.

A row says how to build the input in ``tmp_path`` and what must happen:

- ``error``: one line on stderr, ``quotecheck: error: <path>...`` naming the bad path, exit 2, nothing on
  stdout (the app: one notice naming it, the good article still loaded);
- ``read``: the odd but valid input is read (exit 0), and every quote's offsets slice its text out of
  the decoded file;
- ``skipped``: a folder whose bad files are skipped with warnings naming them (at most
  ``MAX_SKIP_WARNINGS`` and one line counting the rest), exit 0 because a good article remains;
- ``nothing-readable``: a folder of bad files: the same warnings, then one error naming the folder, exit 2
  (the app: the notices, and the good article loaded).

Every run also asserts that no traceback is printed and that no file under ``tmp_path`` changed (bytes,
mtime, and no file added or removed). Rows marked ``heavy`` run in a child process with an address-space
limit and a timeout, so a regression that reads 100 MB or loops shows up as a failure, not a hung suite.
Timings belong in ``benchmarks/``, never here.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from quotecheck.cli import ExitCode, cli
from quotecheck.ingest.files import MAX_SKIP_WARNINGS
from quotecheck.tui.data import Loader

ROOT = Path(__file__).resolve().parent.parent
GOOD_SAMPLE = ROOT / "samples" / "bbc-labour-small-boats.txt"
MEMORY_LIMIT = 3 * 1024**3
"""Address space a heavy row may use (the interpreter and its libraries take about a third)."""
HANG_GUARD = 300
"""Seconds after which a heavy row counts as hung (a guard, not a benchmark: they take a few seconds)."""

# Our own sentences (never article text copied from elsewhere).
LINES = [
    "Harbour master Ann Rowe told Radio Kent: “The ferry will sail again on Friday.”",
    "Mr Patel said the repairs were “long overdue” and “far too slow”.",
    "“We cannot keep patching the pier,” she added.",
    "The council met on Tuesday evening to discuss the budget.",
]


# ---- building the inputs ---------------------------------------------------------------------------------


def _text(endings: str = "\n") -> str:
    return endings.join(LINES) + endings


def _write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _sparse(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # 100 MB on paper, nothing on disk: it must be refused unread
    return path


def _one_megabyte_paragraph(tmp: Path) -> Path:
    """One paragraph of 1 MB: varied sentences of made-up words, a quote in every few."""
    rng = random.Random(6)
    words = ["".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
             for _ in range(3000)]
    names = ["Ann Rowe", "Mr Patel", "the harbour master", "a council spokesman"]
    parts: list[str] = []
    size = 0
    while size < 1_000_000:
        phrase = " ".join(rng.choice(words) for _ in range(rng.randint(6, 16)))
        shape = rng.random()
        if shape < 0.15:
            sentence = f"{rng.choice(names)} said: “{phrase.capitalize()}.”"
        elif shape < 0.25:
            sentence = f"The {phrase} was “{rng.choice(words)} {rng.choice(words)}”, {rng.choice(names)} said."
        else:
            sentence = phrase.capitalize() + "."
        parts.append(sentence)
        size += len(sentence) + 1
    return _write(tmp, "long.txt", (" ".join(parts) + "\n").encode())


def _many_marks(tmp: Path) -> Path:
    marks = "“" * 5_000 + "”" * 3_000 + "\"" * 1_000 + "‘’" * 500
    return _write(tmp, "marks.txt", (LINES[0] + "\n\n" + marks + "\n\n" + LINES[1] + "\n").encode())


def _unbalanced(tmp: Path) -> Path:
    text = (
        "The mayor said “the pier is safe and ‘fully insured” and left.\n\n"
        "“One more thing, she said.\n\n"
        "He called it «a scandal and \"a disgrace.\n\n"
        "” ’ » \" ‘ “\n\n" + LINES[0] + "\n"
    )
    return _write(tmp, "unbalanced.txt", text.encode())


def _nested_html(tmp: Path) -> Path:
    body = "".join(f"<p>{line}</p>" for line in LINES * 3)
    markup = "<!doctype html><html><body>" + "<div>" * 100_000 + body + "</div>" * 100_000 + "</body></html>"
    return _write(tmp, "nested.html", markup.encode())


def _malformed_html(tmp: Path) -> Path:
    """Unclosed and stray tags, bogus entities, an unterminated script."""
    lines = LINES * 3
    markup = (
        "<html><body><article><p>" + lines[0] + "<p><b><i>" + lines[1] + "</b></i><p>" + lines[2] + "<div><p>"
        + lines[3] + "</span></td>" + "".join("<p>" + line for line in lines[4:])
        + "<p>&bogus; &#xD800; &#99999999;<script>var x = '</p>';"
    )
    return _write(tmp, "malformed.html", markup.encode())


def _docx_bomb(tmp: Path) -> Path:
    """A small .docx whose document.xml inflates to 64 MB (a ratio near 1000:1)."""
    path = tmp / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(64):
                member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    return path


def _docx_many_parts(tmp: Path) -> Path:
    """60 parts of 1,000 KB each (every one under the per-part check), 60 MB from a few hundred KB."""
    path = tmp / "parts.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for i in range(60):
            archive.writestr(f"word/media/part{i}.xml", b" " * 1_000_000)
    return path


def _docx_with_dtd(tmp: Path) -> Path:
    """A Word document whose text is an entity a DTD defines: python-docx's parser would drop it."""
    from docx import Document

    path = tmp / "entity.docx"
    document = Document()
    for line in LINES:
        document.add_paragraph(line)
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"]
    head, sep, rest = xml.partition(b"?>")
    parts["word/document.xml"] = head + sep + b'<!DOCTYPE d [<!ENTITY q "harbour">]>' + rest.replace(b"ferry", b"&q;")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _many_files(tmp: Path) -> Path:
    folder = tmp / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"f{i:05}.txt").touch()  # empty: each one is skipped
    shutil.copyfile(GOOD_SAMPLE, folder / "story.txt")
    return folder


def _folder_with_one_bad(tmp: Path) -> Path:
    folder = tmp / "stories"
    folder.mkdir()
    shutil.copyfile(GOOD_SAMPLE, folder / "story.txt")
    (folder / "junk.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return folder


def _folder_with_nothing(tmp: Path) -> Path:
    folder = tmp / "nothing"
    folder.mkdir()
    (folder / "empty.txt").touch()
    (folder / "blank.md").write_bytes(b"\n \n")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def _folder_of_one(tmp: Path) -> Path:
    folder = tmp / "drafts"
    folder.mkdir()
    (folder / "draft.txt").write_text(_text(), encoding="utf-8")
    return folder


def _symlink_loop(tmp: Path) -> Path:
    os.symlink(tmp / "b.txt", tmp / "a.txt")
    os.symlink(tmp / "a.txt", tmp / "b.txt")
    return tmp / "a.txt"


def _folder_linking_its_parent(tmp: Path) -> Path:
    folder = tmp / "linked"
    folder.mkdir()
    shutil.copyfile(GOOD_SAMPLE, folder / "story.txt")
    os.symlink("..", folder / "up")
    os.symlink("loop", folder / "loop")  # a link to itself, as a file would be named in the folder
    return folder


def _unreadable(tmp: Path) -> Path:
    path = _write(tmp, "secret.txt", _text().encode())
    path.chmod(0)
    return path


def _front_matter(tmp: Path, name: str, yaml_text: str) -> Path:
    return _write(tmp, name, ("---\n" + yaml_text + "\n---\n\n" + _text()).encode())


def _yaml_alias_bomb(tmp: Path) -> Path:
    """Nine levels of nine aliases: 443 bytes that would expand to 9**9 strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    return _front_matter(tmp, "bomb.md", "\n".join(lines) + "\noutlet: *a8")


def _html_declaring(tmp: Path, charset: str) -> Path:
    body = "".join(f"<p>{line}</p>" for line in LINES * 3)
    page = f'<!doctype html><html><head><meta charset="{charset}"></head><body><article>{body}</article></body></html>'
    return _write(tmp, f"{charset}.html", page.encode())


def _deep_folder(tmp: Path) -> Path:
    folder = tmp / "deep"
    folder.mkdir()
    shutil.copyfile(GOOD_SAMPLE, folder / "story.txt")
    deep = folder
    for _ in range(1100):  # os.walk (and os.makedirs) recurse once a level: past Python's stack
        deep = deep / "d"
        deep.mkdir()
    return folder


def remove_deep_folders(tmp: Path) -> None:
    """Remove what ``_deep_folder`` made, bottom up without recursion (pytest's cleanup recurses)."""
    deep = tmp / "deep"
    if not deep.is_dir():
        return
    chain = []
    level = deep / "d"
    while level.is_dir() and not level.is_symlink():
        chain.append(level)
        level = level / "d"
    for folder in reversed(chain):
        folder.rmdir()


# ---- URLs: a server on 127.0.0.1 sending what no honest server sends ------------------------------------

URL_DEADLINE = "0.5"
"""$QUOTECHECK_URL_DEADLINE for every row (seconds): the trickling server would hold a request far longer."""


def _gzip(data: bytes) -> bytes:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return squeeze.compress(data) + squeeze.flush()


def _zeros_gzipped(megabytes: int) -> bytes:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    return b"".join(squeeze.compress(block) for _ in range(megabytes)) + squeeze.flush()


class _Hostile(BaseHTTPRequestHandler):
    """Routes for the URL rows; every loop is bounded, and a client hanging up ends it."""

    bodies: ClassVar[dict[str, tuple[bytes, list[tuple[str, str]]]]] = {}

    def do_GET(self) -> None:
        if self.path in {"/trickle-body", "/trickle-long"}:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self._trickle(_text().encode() * 2, 40 if self.path == "/trickle-body" else 240)
        elif self.path == "/trickle-headers":
            self.wfile.write(b"HTTP/1.0 200 OK\r\n")
            self._trickle(b"X-Slow: " + b"a" * 100, 40)
        elif self.path.startswith("/to/"):
            self.send_response(302)
            self.send_header("Location", self.path.removeprefix("/to/"))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path in self.bodies:
            body, headers = self.bodies[self.path]
            self.send_response(200)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def _trickle(self, data: bytes, count: int) -> None:
        try:
            for byte in data[:count]:  # a byte every 0.25 s: 10 s (or 60 s) at most, far past the deadline
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.25)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up is what these routes expect


_SERVER: list[_QuietServer] = []


def _url(route: str) -> str:
    """The address of ``route`` on the one hostile server (started on first use, stopped at exit)."""
    if not _SERVER:
        _Hostile.bodies.update({
            "/gzip-gzip": (_gzip(_gzip(_text().encode())), [("Content-Type", "text/plain"),
                                                             ("Content-Encoding", "gzip, gzip")]),
            "/gzip-bomb": (_zeros_gzipped(200), [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")]),
            "/rot13": ("".join(f"<p>{line}</p>" for line in LINES * 3).encode(),
                       [("Content-Type", "text/html; charset=rot13")]),
            "/brotli": (b"\x0b\x00\x80", [("Content-Type", "text/plain"), ("Content-Encoding", "br")]),
        })
        server = _QuietServer(("127.0.0.1", 0), _Hostile)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        atexit.register(server.shutdown)
        _SERVER.append(server)
    return f"http://127.0.0.1:{_SERVER[0].server_address[1]}{route}"


# ---- the table -------------------------------------------------------------------------------------------

ENTRY_POINTS = ["quotes", "compare", "check-draft", "check-source", "app"]


@dataclass(frozen=True)
class Row:
    name: str
    build: Callable[[Path], Path | str]
    """The bad input in ``tmp_path``: a path, or a URL (a string: a Path would fold its ``//``)."""
    outcome: str  # "error", "read", "skipped" or "nothing-readable"
    message: str = ""
    """Words the error (or the first warning) must hold, lower case."""
    encoding: str | None = "utf-8"
    """For ``read`` rows: the file decoded this way is the text quote offsets point into (None: extracted)."""
    heavy: bool = False
    overrides: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Entry point -> (outcome, message) where it differs from the row's."""


AS_DRAFT_A_FOLDER = {"check-draft": ("error", "is a folder")}
AN_EMPTY_DRAFT_HAS_NO_QUOTES = {"check-draft": ("read", "")}  # exit 0, like a draft without quotes

ROWS = [
    Row("missing", lambda t: t / "missing.txt", "error", "no such file or directory"),
    Row("empty", lambda t: _write(t, "empty.txt", b""), "error", "empty file", overrides=AN_EMPTY_DRAFT_HAS_NO_QUOTES),
    Row("whitespace-only", lambda t: _write(t, "blank.txt", " \n\t\r\n\u00a0\n".encode()), "error",
        "empty file", overrides=AN_EMPTY_DRAFT_HAS_NO_QUOTES),
    Row("binary", lambda t: _write(t, "image.txt", b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(4096)),
        "error", "binary file"),
    Row("nul-bytes", lambda t: _write(t, "nul.txt", _text().encode() + b"\x00\x00" + _text().encode()), "error",
        "binary file"),
    Row("invalid-utf8", lambda t: _write(t, "broken.txt", _text().encode() + b"caf\xe9 \xff\n" + _text().encode()),
        "error", "invalid utf-8"),
    Row("utf16-no-bom", lambda t: _write(t, "utf16.txt", _text().encode("utf-16-le")), "read",
        encoding="utf-16-le"),
    Row("crlf", lambda t: _write(t, "crlf.txt", _text("\r\n").encode()), "read"),
    Row("cr", lambda t: _write(t, "cr.txt", _text("\r").encode()), "read"),
    Row("100-mb", _sparse, "error", "too large", heavy=True),
    Row("1-mb-paragraph", _one_megabyte_paragraph, "read", heavy=True),
    Row("10000-quote-marks", _many_marks, "read"),
    Row("unbalanced-marks", _unbalanced, "read"),
    Row("400-digit-number", lambda t: _write(t, "digits.txt", f"{LINES[0]}\nIt cost {'9' * 400} pounds.\n".encode()),
        "read"),
    Row("nested-html", _nested_html, "error", "no article text", heavy=True),  # the parser stops at depth 255
    Row("malformed-html", _malformed_html, "read", encoding=None),
    Row("docx-not-a-zip", lambda t: _write(t, "draft.docx", _text().encode()), "error", "not a zip"),
    Row("docx-bomb", _docx_bomb, "error", "decompression bomb", heavy=True),
    Row("docx-dtd-entity", _docx_with_dtd, "error", "declares a dtd"),
    Row("docx-bomb-many-parts", _docx_many_parts, "error", "as a whole (a decompression bomb"),
    Row("folder-10000-files", _many_files, "skipped", "empty file", heavy=True, overrides=AS_DRAFT_A_FOLDER),
    Row("folder-one-bad-file", _folder_with_one_bad, "skipped", "binary file", overrides=AS_DRAFT_A_FOLDER),
    Row("folder-nothing-readable", _folder_with_nothing, "nothing-readable", "empty file",
        overrides=AS_DRAFT_A_FOLDER),
    Row("folder-as-draft", _folder_of_one, "read", overrides=AS_DRAFT_A_FOLDER),
    Row("symlink-loop", _symlink_loop, "error", "too many levels of symbolic links"),
    Row("folder-linking-its-parent", _folder_linking_its_parent, "skipped", "", overrides=AS_DRAFT_A_FOLDER),
    Row("yaml-alias-bomb", _yaml_alias_bomb, "error", "aliases (*name) are not allowed"),
    Row("yaml-impossible-date", lambda t: _front_matter(t, "date.md", "date: 2024-02-30"), "error",
        "day is out of range for month"),
    Row("yaml-huge-integer", lambda t: _front_matter(t, "int.md", "outlet: " + "9" * 5000), "error",
        "a number too long"),
    Row("yaml-deep", lambda t: _front_matter(t, "deep.md", "outlet: " + "[" * 2000 + "]" * 2000), "error",
        "nested more than 20 levels"),
    Row("url-gzip-gzip", lambda t: _url("/gzip-gzip"), "error", "2 content encodings (gzip, gzip)"),
    Row("url-gzip-bomb", lambda t: _url("/gzip-bomb"), "error", "response too large (over 10 mb", heavy=True),
    Row("url-unknown-encoding", lambda t: _url("/brotli"), "error", "unsupported content encoding 'br'"),
    Row("url-trickling-body", lambda t: _url("/trickle-body"), "error", "timed out after 0.5 s (the deadline"),
    Row("url-trickling-headers", lambda t: _url("/trickle-headers"), "error", "timed out after 0.5 s (the deadline"),
    Row("url-redirect-javascript", lambda t: _url("/to/javascript:alert(1)"), "error",
        "redirected to a javascript: address"),
    Row("url-redirect-data", lambda t: _url("/to/data:text/plain,hello"), "error", "redirected to a data: address"),
    Row("html-charset-rot13", lambda t: _html_declaring(t, "rot13"), "read", encoding=None),
    Row("html-charset-zlib", lambda t: _html_declaring(t, "zlib"), "read", encoding=None),
    Row("url-charset-base64", lambda t: _url("/rot13"), "read", encoding=None),
    Row("json-huge-integer", lambda t: _write(t, "big.json", json.dumps({"text": _text()}).encode()[:-1]
                                              + b', "n": ' + b"9" * 5000 + b"}"), "error", "a number too long"),
    Row("json-deep", lambda t: _write(t, "deep.json", b"[" * 100_000 + b"]" * 100_000), "error",
        "nested too deeply"),
    Row("jsonl-deep", lambda t: _write(t, "deep.jsonl", b'{"a": ' * 100_000 + b"1" + b"}" * 100_000), "error",
        "nested too deeply"),
    Row("folder-1100-levels", _deep_folder, "skipped", "folders nested more than 64 deep are skipped",
        overrides=AS_DRAFT_A_FOLDER),
    Row("unreadable", _unreadable, "error", "permission denied"),
]


# ---- running one entry point -----------------------------------------------------------------------------


@dataclass
class Run:
    """What one entry point did: an exit code and output (the app: its notices and the files it read)."""

    code: int
    stdout: str
    stderr: str
    notices: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


_CHILD = """
import json, sys
from click.testing import CliRunner
from quotecheck.cli import cli
from quotecheck.tui.data import Loader
out = {}
for entry, args in json.loads(sys.argv[1]).items():
    if entry == "app":
        notices = []
        dataset = Loader().load(args, lambda *_: None, notices.append)
        out[entry] = {"code": 0, "stdout": "", "stderr": "", "notices": notices, "files": list(dataset.files)}
    else:
        result = CliRunner().invoke(cli, args)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        out[entry] = {"code": result.exit_code, "stdout": result.stdout, "stderr": result.stderr}
print(json.dumps(out))
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _argv(entry: str, bad: Path | str, good: Path) -> list[str]:
    if entry == "quotes":
        return ["quotes", "--format", "jsonl", str(bad)]
    if entry == "compare":
        return ["compare", "--format", "json", str(bad), str(good)]
    if entry == "check-draft":
        return ["check", str(bad), "--sources", str(good), "--format", "json"]
    if entry == "check-source":
        return ["check", str(good), "--sources", str(bad), "--format", "json"]
    return [str(bad), str(good)]  # the app


def _run(entry: str, bad: Path | str, good: Path) -> Run:
    args = _argv(entry, bad, good)
    if entry == "app":
        notices: list[str] = []
        dataset = Loader().load(args, lambda *_: None, notices.append)
        return Run(0, "", "", notices, list(dataset.files))
    result = CliRunner().invoke(cli, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def _run_bounded(bad: Path | str, good: Path) -> dict[str, Run]:
    """Every entry point in one child process, with an address-space limit and a hang guard."""
    plan = {entry: _argv(entry, bad, good) for entry in ENTRY_POINTS}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(plan)],
        capture_output=True, text=True, timeout=HANG_GUARD, check=False, cwd=good.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=_limit_memory,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {entry: Run(**fields) for entry, fields in json.loads(done.stdout).items()}


def _snapshot(folder: Path) -> dict[str, tuple[object, ...]]:
    """Every entry under ``folder`` (links not followed): a link's target, a file's size, mtime and digest."""
    out: dict[str, tuple[object, ...]] = {}
    stack = [str(folder)]  # a walk of our own: os.walk recurses, and one row nests 1,100 folders
    while stack:
        root = stack.pop()
        for name in sorted(os.listdir(root)):
            path = os.path.join(root, name)
            if os.path.isdir(path) and not os.path.islink(path):
                stack.append(path)
            info = os.lstat(path)
            if os.path.islink(path):
                out[path] = ("link", os.readlink(path))
            elif os.path.isdir(path):
                out[path] = ("dir", info.st_mode)
            elif not stat.S_ISREG(info.st_mode):  # a pipe or socket: opening one would block
                out[path] = ("special", info.st_mode, info.st_ino)
            else:
                digest = hashlib.sha256()
                if info.st_mode & 0o444 or os.geteuid() == 0:
                    with open(path, "rb") as fh:
                        while block := fh.read(1 << 20):
                            digest.update(block)
                out[path] = ("file", info.st_size, info.st_mtime_ns, info.st_mode, digest.hexdigest())
    return out


# ---- the test --------------------------------------------------------------------------------------------


def _prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, row: Row) -> tuple[Path | str, Path]:
    if row.name == "unreadable" and os.geteuid() == 0:
        pytest.skip("root reads any file: permissions cannot make one unreadable")
    monkeypatch.chdir(tmp_path)  # no quotecheck.toml from the checkout applies
    monkeypatch.setenv("QUOTECHECK_CACHE", str(tmp_path.parent / f"{tmp_path.name}-cache"))
    monkeypatch.setenv("QUOTECHECK_URL_DEADLINE", URL_DEADLINE)
    good = tmp_path / "good.txt"
    shutil.copyfile(GOOD_SAMPLE, good)
    return row.build(tmp_path), good


def _check(row: Row, entry: str, run: Run, bad: Path | str, good: Path) -> None:
    assert "Traceback" not in run.stderr + run.stdout
    outcome, message = row.overrides.get(entry, (row.outcome, row.message))
    if entry == "app":
        _check_app(run, outcome, message, bad, good)
    else:
        _check_cli(run, outcome, message, bad, entry, row.encoding)


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("row", [r for r in ROWS if not r.heavy], ids=lambda r: r.name)
def test_bad_input(row: Row, entry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad, good = _prepare(tmp_path, monkeypatch, row)
    try:
        before = _snapshot(tmp_path)
        run = _run(entry, bad, good)
        assert _snapshot(tmp_path) == before, "an input file was changed, added or removed"
        _check(row, entry, run, bad, good)
    finally:
        remove_deep_folders(tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("row", [r for r in ROWS if r.heavy], ids=lambda r: r.name)
def test_bad_input_bounded(row: Row, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The heavy rows: every entry point in one child process with bounded memory and a hang guard."""
    bad, good = _prepare(tmp_path, monkeypatch, row)
    before = _snapshot(tmp_path)
    runs = _run_bounded(bad, good)
    assert _snapshot(tmp_path) == before, "an input file was changed, added or removed"
    assert sorted(runs) == sorted(ENTRY_POINTS)
    for entry, run in runs.items():
        _check(row, entry, run, bad, good)


def _check_cli(run: Run, outcome: str, message: str, bad: Path | str, entry: str, encoding: str | None) -> None:
    lines = run.stderr.splitlines()
    if outcome == "error":
        assert run.code == ExitCode.BAD_INPUT, run.stderr
        assert run.stdout == ""
        (line,) = lines  # exactly one line
        assert line.startswith(f"quotecheck: error: {bad}"), line
        assert message in line.lower(), line
        return
    if outcome == "nothing-readable":
        assert run.code == ExitCode.BAD_INPUT, run.stderr
        assert run.stdout == ""
        *warnings, error = lines
        assert error.startswith(f"quotecheck: error: {bad}: no readable"), error
        assert all(w.startswith("quotecheck: warning: ") for w in warnings), warnings
        _check_skip_lines([w.removeprefix("quotecheck: warning: ") for w in warnings], message, bad)
        return
    assert run.code == ExitCode.OK, run.stderr
    assert not [line for line in lines if line.startswith("quotecheck: error")]
    warnings = [line for line in lines if line.startswith("quotecheck: warning: ")]
    if outcome == "skipped":
        _check_skip_lines([w.removeprefix("quotecheck: warning: ") for w in warnings], message, bad)
    else:
        assert warnings == []
    if entry == "quotes" and outcome == "read":
        records = [json.loads(line) for line in run.stdout.splitlines()]
        assert records, "the odd input still has quotes"
        by_file: dict[str, str] = {}
        for r in records:
            if r["file"] not in by_file:
                from quotecheck.ingest import load_article

                raw = load_article(r["file"]).raw
                if encoding is not None:  # offsets count characters of the file itself
                    assert raw == Path(r["file"]).read_bytes().decode(encoding)
                by_file[r["file"]] = raw
            raw = by_file[r["file"]]
            assert raw[r["start"] : r["end"]] == r["text"], r
            line_no = raw.count("\n", 0, r["start"]) + 1
            assert (r["line"], r["col"]) == (line_no, r["start"] - (raw.rfind("\n", 0, r["start"]) + 1) + 1)


def _check_skip_lines(lines: list[str], message: str, folder: Path | str, app: bool = False) -> None:
    """Warnings naming skipped files in ``folder``: at most the limit, then one line counting the rest."""
    assert len(lines) <= MAX_SKIP_WARNINGS + 1, lines[:3]
    if not message:
        assert lines == []
        return
    assert lines, "the skipped file is not reported"
    assert message in lines[0].lower()
    named = lines
    if len(lines) == MAX_SKIP_WARNINGS + 1:
        *named, summary = lines
        assert "more files skipped" in summary
        assert summary.startswith(f"{folder}: ") or app, summary  # the app reads from several places
    assert all(line.startswith(f"{folder}{os.sep}") for line in named), lines


def _check_app(run: Run, outcome: str, message: str, bad: Path | str, good: Path) -> None:
    assert run.code == 0, run.stderr
    if outcome == "error":
        (notice,) = run.notices
        assert notice.startswith(str(bad)), notice
        assert message in notice.lower(), notice
        assert run.files == [str(good)]
        return
    if outcome == "nothing-readable":
        _check_skip_lines(run.notices, message, bad, app=True)
        assert run.files == [str(good)]
        return
    assert str(good) in run.files
    assert len(run.files) >= 2, "the odd input was not read"
    if outcome == "skipped":
        _check_skip_lines(run.notices, message, bad, app=True)
    else:
        assert run.notices == []


# ---- bad output targets: `compare -o PATH --force` and the app's export (both through write_atomically) --


def _fifo(tmp: Path) -> str:
    os.mkfifo(tmp / "pipe")
    return str(tmp / "pipe")


def _link_to_fifo(tmp: Path) -> str:
    os.mkfifo(tmp / "pipe")
    os.symlink("pipe", tmp / "report.md")
    return str(tmp / "report.md")


def _socket(tmp: Path) -> str:
    import socket

    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(tmp / "sock"))
    listener.close()
    return str(tmp / "sock")


_OPEN: list[int] = []
"""Descriptors the /proc rows keep open for the rest of the session (a handful, closed at exit)."""


def _proc_fd_pipe() -> str:
    read, write = os.pipe()
    _OPEN.extend([read, write])
    return f"/proc/self/fd/{write}"


def _proc_fd_file(tmp: Path) -> str:
    (tmp / "kept.md").write_text("# kept\n")
    fd = os.open(tmp / "kept.md", os.O_RDONLY)
    _OPEN.append(fd)
    return f"/proc/self/fd/{fd}"


OUTPUT_ROWS: list[tuple[str, Callable[[Path], str], str]] = [
    ("fifo", _fifo, "not a regular file (a pipe)"),
    ("link-to-fifo", _link_to_fifo, "not a regular file (a pipe)"),
    ("socket", _socket, "not a regular file (a socket)"),
    ("dev-null", lambda t: "/dev/null", "not a regular file (a device)"),
    ("proc-self-fd-pipe", lambda t: _proc_fd_pipe(), "not a regular file (a pipe)"),
    ("proc-self-fd-file", _proc_fd_file, "never creates a file in /proc"),
    ("new-file-in-dev", lambda t: "/dev/quotecheck-report.md", "never creates a file in /dev"),
]


@pytest.mark.parametrize(("build", "message"), [r[1:] for r in OUTPUT_ROWS], ids=[r[0] for r in OUTPUT_ROWS])
def test_bad_output(build: Callable[[Path], str], message: str, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a regular file is ever replaced, ``--force`` or not; nothing is created in /dev or /proc."""
    from quotecheck._files import write_atomically

    monkeypatch.chdir(tmp_path)
    good = tmp_path / "good.txt"
    shutil.copyfile(GOOD_SAMPLE, good)
    target = build(tmp_path)
    dev_before = sorted(os.listdir("/dev"))
    before = _snapshot(tmp_path)
    for force in (["--force"], []):
        result = CliRunner().invoke(cli, ["compare", str(good), "-o", target, *force])
        assert result.exit_code == ExitCode.BAD_INPUT, result.stderr
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        if force or "never creates" not in message or not os.path.lexists(target):
            assert line.startswith(f"quotecheck: error: cannot write {target}: "), line
            assert message in line, line
        else:  # a link to a regular file: it exists
            assert line == f"quotecheck: error: {target} exists; use --force to overwrite it"
    with pytest.raises(OSError, match=re.escape(message)):  # the app's export
        write_atomically(target, "# report\n", force=True)
    assert _snapshot(tmp_path) == before
    assert sorted(os.listdir("/dev")) == dev_before


@pytest.mark.parametrize("name", ["-", "/dev/stdout"])
def test_output_to_stdout(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    good = tmp_path / "good.txt"
    shutil.copyfile(GOOD_SAMPLE, good)
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["compare", str(good), "-o", name, "--force"])
    plain = CliRunner().invoke(cli, ["compare", str(good)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == plain.stdout
    assert result.stdout.startswith("# ")
    assert _snapshot(tmp_path) == before


# ---- the app: `q` while a load hangs --------------------------------------------------------------------


def test_app_quits_at_once_while_loading(tmp_path: Path) -> None:
    """`q` while the app reads a URL that trickles for a minute: the app and its loading child end at once."""
    import pty
    import select

    url = _url("/trickle-long")
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the app on a real terminal, reading a URL that takes 60 s
        os.environ.update({"QUOTECHECK_CACHE": str(tmp_path / "cache"), "QUOTECHECK_URL_DEADLINE": "300",
                           "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"})
        os.execv(sys.executable, [sys.executable, "-m", "quotecheck", "tui", url])
    try:
        seen = b""
        started = time.monotonic()
        while b"Reading" not in seen and time.monotonic() - started < 60:  # the loading panel is up
            if select.select([terminal], [], [], 0.5)[0]:
                seen += os.read(terminal, 65536)
        assert b"Reading" in seen, seen[-500:]
        loaders = _children(pid)
        assert loaders, "the first load runs in a child process"
        os.write(terminal, b"q")
        asked = time.monotonic()
        code = None
        while code is None and time.monotonic() - asked < 10:
            with contextlib.suppress(OSError):
                if select.select([terminal], [], [], 0.2)[0]:
                    os.read(terminal, 65536)
            done, status = os.waitpid(pid, os.WNOHANG)
            code = os.waitstatus_to_exitcode(status) if done else None
        quit_after = time.monotonic() - asked
        assert code == 0, f"the app did not end within 10 s of q (exit {code})"
        assert quit_after < 5, quit_after
        assert all(not _alive(child) for child in loaders), "the loading child outlived the app"
    finally:
        with contextlib.suppress(OSError):
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(terminal)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


# ---- configuration and stdout -----------------------------------------------------------------------------


@pytest.mark.parametrize(("toml", "message"), [
    ("x = " + "[" * 100_000 + "]" * 100_000, "not valid toml (nested too deeply)"),
    ("x = " + "9" * 5000, "not valid toml (a number too long)"),
])
def test_bad_config(toml: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "good.txt")
    config = _write(tmp_path, "quotecheck.toml", toml.encode())
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["check", "good.txt", "--sources", "good.txt", "--config", str(config)])
    assert result.exit_code == ExitCode.BAD_INPUT, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"quotecheck: error: {config}: "), line
    assert message in line.lower(), line
    assert _snapshot(tmp_path) == before


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["quotes", "--format", "jsonl"], ["quotes"], ["compare"], ["text"]])
def test_stdout_on_a_full_disk(args: list[str], tmp_path: Path) -> None:
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "good.txt")
    before = _snapshot(tmp_path)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "quotecheck", *args, "good.txt"], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=tmp_path, timeout=60, check=False,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == ExitCode.BAD_INPUT, done.stderr
    assert done.stderr.splitlines()[-1] == "quotecheck: error: <stdout>: cannot write (No space left on device)"
    assert "Traceback" not in done.stderr
    assert _snapshot(tmp_path) == before


# ---- file names that are not text: output stays valid UTF-8, and forges no workflow command --------------

ODD_NAMES = [b"caf\x9b[31m.txt", b"x\n::error title=forged::owned.txt", b"::warning x.txt", b"tab\there.txt"]


@pytest.mark.parametrize("name", ODD_NAMES, ids=["non-utf8-csi", "newline-command", "leading-colons", "tab"])
@pytest.mark.parametrize("args", [
    ["quotes"], ["quotes", "--format", "jsonl"], ["quotes", "--format", "json"], ["compare", "--format", "json"],
    ["compare"], ["check", "--format", "github"], ["check", "--format", "text"], ["check", "--format", "json"],
    ["check", "--format", "sarif"],
])
def test_odd_file_names(name: bytes, args: list[str], tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        handle.write(_text().encode() + "Ann Rowe said: “The tide will not wait for the council.”\n".encode())
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "good.txt")
    before = _snapshot(tmp_path)
    tail = [b"--sources", b"good.txt"] if args[0] == "check" else []
    argv = [os.fsencode(sys.executable), b"-m", b"quotecheck", *map(os.fsencode, args), name, *tail]
    done = subprocess.run(argv, capture_output=True, cwd=tmp_path, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode in (0, 1), done.stderr
    for stream in (done.stdout, done.stderr):
        text = stream.decode("utf-8")  # strict: valid UTF-8
        assert "\x9b" not in text and "\x1b" not in text
        assert "\udc9b" not in text
        for line in text.splitlines():
            if line.startswith("::"):
                assert stream is done.stdout and line.startswith(("::error file=", "::warning file=")), line
    if args[0] == "check" and args[-1] == "github":
        assert done.stdout.startswith(b"::warning file="), done.stdout
    assert _snapshot(tmp_path) == before


# ---- Markdown reports rendered by cmark-gfm, GitHub's own renderer -------------------------------------

LINKY = [
    "press@evil.example", r"press\@evil.example", "mailto:press@evil.example", "xmpp:ops@evil.example",
    "https://evil.example/x", "www.evil.example", "@octocat", "#123", "[x](javascript:alert(1))",
    "<https://evil.example>", "<press@evil.example>",
]


def test_markdown_report_has_no_live_link_in_cmark_gfm(tmp_path: Path) -> None:
    """Every string of LINKY in a quote, a speaker's words and a sentence: the rendered report has no link,
    no ping (``@octocat``) and no issue reference (``#123``) in one run of text."""
    cmarkgfm = pytest.importorskip("cmarkgfm")
    from cmarkgfm.cmark import Options

    body = "\n\n".join(f"Ann Rowe said: “The pier is safe, write to {s} today.” She wrote {s} on the board."
                       for s in LINKY)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(body + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0, result.stderr
    assert "evil.example" in result.stdout
    html = cmarkgfm.github_flavored_markdown_to_html(result.stdout, options=Options.CMARK_OPT_UNSAFE)
    assert "<a " not in html, [line for line in html.splitlines() if "<a " in line][:3]
    assert "<script" not in html
    assert "@octocat" not in html and "#123" not in html


# ---- the cheap low items -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("option", "config"), [(["--fail-on", ""], ""), (["--fail-on", " , "], ""),
                                                ([], "fail-on = []\n")])
def test_empty_fail_on_is_a_usage_error(option: list[str], config: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "good.txt")
    if config:
        (tmp_path / "quotecheck.toml").write_text(config + 'sources = ["good.txt"]\n')
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["check", "good.txt", *(["--sources", "good.txt"] if not config else []), *option])
    assert result.exit_code == ExitCode.BAD_INPUT, result.stderr
    (line,) = result.stderr.splitlines()
    where = f"{tmp_path / 'quotecheck.toml'}: [fail-on]" if config else "--fail-on"
    assert line == f"quotecheck: error: {where}: no status given (use 'none' to never fail)", line
    assert result.stdout == ""
    assert _snapshot(tmp_path) == before


def test_line_col_is_counted_once_per_text() -> None:
    from quotecheck import article_from_text

    raw = "first line\nsecond “quote” here\n\nfourth\n" * 3
    article = article_from_text(raw, "a.txt")
    for offset in range(len(raw)):
        line_start = raw.rfind("\n", 0, offset) + 1
        assert article.line_col(offset) == (raw.count("\n", 0, offset) + 1, offset - line_start + 1)


def test_text_on_crlf_shows_no_carriage_returns(tmp_path: Path) -> None:
    path = _write(tmp_path, "crlf.txt", (_text("\r\n") + "a lone\rreturn\r\n").encode())
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["text", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == _text("\n") + "a lone\\x0dreturn\n"
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_signal_mid_write_leaves_no_temporary_file(signum: int, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck._files import write_atomically

    target = _write(tmp_path, "report.md", b"# old\n")
    before = _snapshot(tmp_path)
    handler = signal.getsignal(signum)

    def killed(fd: int) -> None:
        os.kill(os.getpid(), signum)  # the handler raises before fsync returns

    monkeypatch.setattr(os, "fsync", killed)
    with pytest.raises(SystemExit) as exited:
        write_atomically(target, "# new\n", force=True)
    assert exited.value.code == 128 + signum
    assert _snapshot(tmp_path) == before
    assert signal.getsignal(signum) is handler  # put back after the write


def test_output_with_a_long_multibyte_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "good.txt")
    name = "𝒜" * 60 + ".md"  # 243 bytes: fine as a name, too long once a temporary prefix and suffix are added
    result = CliRunner().invoke(cli, ["compare", "good.txt", "-o", name])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("# ")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["good.txt", name])


@pytest.mark.parametrize("value", ["today", "tomorrow", "3 days ago", "Tuesday " * 20])
def test_header_dates_do_not_follow_the_clock(value: str) -> None:
    from quotecheck import article_from_text

    article = article_from_text(f"date: {value}\noutlet: Harbour News\n\n{_text()}", "a.txt")
    assert article.published is None
    assert article.outlet == "Harbour News"


INVISIBLE = ["\U000e0041", "\u2028", "\u2029", "\u00ad", "\u180e", "\ufff9", "\ufffb", "\u3164", "\u115f", "\uffa0"]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_characters_are_shown_escaped(char: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "hidden.txt", f"Mr Patel said the repairs were “long over{char}due” and slow.\n".encode())
    before = _snapshot(tmp_path)
    for args in (["quotes"], ["quotes", "--format", "jsonl"], ["text"]):
        result = CliRunner().invoke(cli, [*args, str(path)])
        assert result.exit_code == 0, result.stderr
        assert char not in result.stdout, args
        if args[-1] == "jsonl":
            assert json.loads(result.stdout.splitlines()[0])["text"] == f"long over{char}due"  # the text exactly
        else:
            assert "\\x" in result.stdout or "\\u" in result.stdout or "\\U" in result.stdout
    assert _snapshot(tmp_path) == before


def test_sources_after_a_double_dash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "-odd-name.txt")
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "good.txt")
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["check", "good.txt", "--format", "json", "--sources", "--", "-odd-name.txt"])
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines() if '"draft"' in line][:1]
    assert record["draft"] == "good.txt"
    assert "-odd-name.txt" in result.stdout
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(("name", "uri", "base"), [
    ("back\\slash.md", "back%5Cslash.md", "%SRCROOT%"),
    ("dr:aft.md", "dr%3Aaft.md", "%SRCROOT%"),
])
def test_sarif_locations(name: str, uri: str, base: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(_text() + "Ann Rowe said: “The tide will not wait for the council.”\n")
    shutil.copyfile(GOOD_SAMPLE, tmp_path / "good.txt")
    for draft, want in ((name, {"uri": uri, "uriBaseId": base}),
                        (str(tmp_path / name), {"uri": (tmp_path / "x").as_uri()[:-1] + uri})):
        result = CliRunner().invoke(cli, ["check", draft, "--sources", "good.txt", "--format", "sarif"])
        assert result.exit_code in (0, 1), result.stderr
        log = json.loads(result.stdout)
        locations = [loc["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]
                     for loc in r["locations"]]
        assert want in locations, locations


def test_a_quote_of_thousands_of_words_is_checked_in_time() -> None:
    """3,000 words with one changed and four cut: the edit table would hold 9 million cells (an 8,000-word
    quote took 51 s and 2 GB); blocks of identical words align it, and the verdict names both changes."""
    from quotecheck import article_from_text, extract_quotes
    from quotecheck.check import build_corpus, check_draft

    rng = random.Random(16)
    vocabulary = ["".join(rng.choice("bdfgklmnprst") + rng.choice("aeiou") for _ in range(3)) for _ in range(500)]
    words = [rng.choice(vocabulary) for _ in range(3000)]
    changed = [*words[:100], *words[104:1500], "changed", *words[1501:]]
    source = extract_quotes(article_from_text(f"Ann Rowe said: “{' '.join(words)}.”\n", "s.txt"))
    draft = extract_quotes(article_from_text(f"Ann Rowe said: “{' '.join(changed)}.”\n", "d.txt"))
    started = time.perf_counter()
    (checked,) = check_draft(draft, build_corpus([source])).quotes
    assert time.perf_counter() - started < 30  # a hang guard; the bound is in benchmarks/regex.py
    assert checked.status.value == "misquote"
    why = " ".join(checked.reasons) if hasattr(checked, "reasons") else str(checked)
    assert f"'changed' where the source has '{words[1500]}'" in why, why[:300]
    assert f"'{' '.join(words[100:104])}' cut with no ellipsis" in why, why[:300]
