"""URL input against a local HTTP server: fetch, cache (offline rerun), size cap, errors."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from quotecheck.errors import InputError
from quotecheck.ingest import load_article, load_articles
from quotecheck.ingest.url import MAX_URL_BYTES, cache_folder

PAGE = """<!DOCTYPE html><html><head><title>Bridge to reopen next month</title>
<meta property="og:site_name" content="Riverside Echo"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge to reopen next month</h1>
<p>The old river bridge will reopen to traffic next month after a year of repairs, the council said.</p>
<p>"It has been a long wait, but the bridge is safe again," said the council's roads chief, Sam Patel.</p>
</article><footer>Share this article</footer></body></html>"""
TEXT = "Bridge to reopen\nThe old river bridge will reopen next month, the council said.\n"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/page":
            self._send(PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/text":
            self._send(TEXT.encode("utf-8"), "text/plain")
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/text")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/huge-declared":
            self._send(b"a" * (MAX_URL_BYTES + 1), "text/plain")
        elif self.path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"word " * 65536
            try:
                for _ in range(MAX_URL_BYTES // len(chunk) + 2):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client hung up at the cap, as it should
        else:
            self.send_error(404, "Not Found")

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up at the size cap is expected


class Server:
    def __init__(self) -> None:
        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.protocol_version = "HTTP/1.0"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        if not self.thread.is_alive():
            return
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.stop()


def test_html_url_then_cache_when_offline(server: Server, tmp_path: Path) -> None:
    url = f"{server.base}/page"
    first = load_article(url, cache_dir=tmp_path)
    assert first.path == url
    assert first.source_format == "html"
    assert first.outlet == "Riverside Echo"
    assert first.headline == "Bridge to reopen next month"
    assert [p.role.value for p in first.paragraphs] == ["headline", "body", "body"]
    assert len(list(tmp_path.iterdir())) == 2  # body + content type
    server.stop()
    second = load_article(url, cache_dir=tmp_path)
    assert second == first


def test_text_url_follows_redirect(server: Server, tmp_path: Path) -> None:
    url = f"{server.base}/redirect"
    article = load_articles([url], cache_dir=tmp_path)[0]
    assert article.path == url
    assert article.source_format == "text"
    assert article.raw == TEXT


def test_cache_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QUOTECHECK_CACHE", str(tmp_path / "env-cache"))
    assert cache_folder() == tmp_path / "env-cache"
    assert cache_folder(tmp_path / "arg") == tmp_path / "arg"
    monkeypatch.delenv("QUOTECHECK_CACHE")
    assert cache_folder() == Path.home() / ".cache" / "quotecheck" / "http"


@pytest.mark.parametrize("route", ["/huge-declared", "/huge-streamed"])
def test_size_cap(server: Server, tmp_path: Path, route: str) -> None:
    url = f"{server.base}{route}"
    with pytest.raises(InputError) as caught:
        load_article(url, cache_dir=tmp_path)
    assert str(caught.value) == f"{url}: response too large (over 10 MB; limit 10 MB)"
    assert list(tmp_path.iterdir()) == []


def test_http_error(server: Server, tmp_path: Path) -> None:
    url = f"{server.base}/missing"
    with pytest.raises(InputError) as caught:
        load_article(url, cache_dir=tmp_path)
    assert str(caught.value) == f"{url}: HTTP 404 Not Found"


def test_connection_refused(tmp_path: Path) -> None:
    running = Server()
    url = f"{running.base}/page"
    running.stop()
    with pytest.raises(InputError) as caught:
        load_article(url, cache_dir=tmp_path)
    assert caught.value.reason.startswith("cannot fetch (ConnectError")
