"""Fetching articles over HTTP, with an on-disk cache so a rerun of the same comparison works offline.

httpx is imported only here and only when a URL is given. Bodies are streamed, decoded here (one
compression layer at most, gzip or deflate) and cut off at 10 MB of decoded bytes while they are decoded,
so a compressed bomb never expands; the whole request has one deadline (30 s by default). The cache is
keyed by the SHA-256 of the URL as given and stores the body and its content type.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotecheck._files import write_atomically
from quotecheck.errors import InputError
from quotecheck.ingest.files import read_file_bytes

__all__ = ["MAX_URL_BYTES", "Fetched", "cache_folder", "deadline_seconds", "fetch_url", "is_url"]

MAX_URL_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 10.0
"""Seconds one connect or read may take."""
DEADLINE_SECONDS = 30.0
"""Seconds the whole request may take (headers and body), unless $QUOTECHECK_URL_DEADLINE says otherwise."""
_USER_AGENT = "quotecheck/0.1 (+https://pypi.org/project/quotecheck/)"


@dataclass(frozen=True)
class Fetched:
    """A response body and its content type, fresh or from the cache."""

    body: bytes
    content_type: str | None
    from_cache: bool = False


def is_url(path: str) -> bool:
    """True for http:// and https:// addresses."""
    return path.lower().startswith(("http://", "https://"))


def cache_folder(cache_dir: Path | None = None) -> Path:
    """Where responses are kept: the argument, else $QUOTECHECK_CACHE, else ~/.cache/quotecheck/http."""
    if cache_dir is not None:
        return Path(cache_dir)
    from_env = os.environ.get("QUOTECHECK_CACHE")
    if from_env:
        return Path(from_env).expanduser()
    return Path.home() / ".cache" / "quotecheck" / "http"


def fetch_url(url: str, cache_dir: Path | None = None, deadline: float | None = None) -> Fetched:
    """The body of ``url``, from the cache when it was fetched before; InputError on any failure.

    ``deadline``: seconds for the whole request, headers and body (default ``deadline_seconds()``).
    """
    import hashlib  # here, not at the top: most runs read no URL, and every run pays for its imports

    folder = cache_folder(cache_dir)
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    cached = _read_cache(folder, key)
    if cached is not None:
        return cached
    body, content_type = _download(url, deadline_seconds() if deadline is None else deadline)
    _write_cache(folder, key, url, body, content_type)
    return Fetched(body, content_type)


def deadline_seconds() -> float:
    """The deadline for one whole request: $QUOTECHECK_URL_DEADLINE (seconds) when set, else 30 s."""
    raw = os.environ.get("QUOTECHECK_URL_DEADLINE", "")
    try:
        value = float(raw)
    except ValueError:
        return DEADLINE_SECONDS
    return value if 0 < value < float("inf") else DEADLINE_SECONDS


def _download(url: str, deadline: float) -> tuple[bytes, str | None]:
    """``_fetch`` in a worker thread, given up on after ``deadline`` seconds whatever the server does.

    httpx's timeouts are per read, so a server sending a byte every few seconds (in the headers or the
    body) would hold a plain request forever; the worker stops at its next read once given up on.
    """
    import threading

    outcome: list[tuple[bytes, str | None] | BaseException] = []
    cancel = threading.Event()

    def work() -> None:
        try:
            outcome.append(_fetch(url, cancel))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=work, name="quotecheck-fetch", daemon=True)
    worker.start()
    try:
        worker.join(deadline)
        hung = worker.is_alive()  # read before cancelling: a worker stopped by ``cancel`` has only part of it
    finally:
        cancel.set()
    if hung:
        raise InputError(url, f"timed out after {deadline:g} s (the deadline for the whole request)")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


MAX_REDIRECTS = 10


def _fetch(url: str, cancel: Any) -> tuple[bytes, str | None]:
    import httpx

    headers = {"User-Agent": _USER_AGENT, "Accept-Encoding": ", ".join(_DECODERS)}

    def check_redirect(response: Any) -> None:  # runs before httpx builds the next request
        if response.has_redirect_location:
            _redirect_target(url, str(response.url), response.headers["location"])

    try:
        with (
            httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=TIMEOUT_SECONDS,
                         headers=headers, event_hooks={"response": [check_redirect]}) as client,
            client.stream("GET", url) as response,
        ):
            return _body(url, response, cancel)
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out after {TIMEOUT_SECONDS:g} s") from exc
    except httpx.TooManyRedirects as exc:
        raise InputError(url, f"cannot fetch: more than {MAX_REDIRECTS} redirects") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise InputError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from exc


def _redirect_target(url: str, here: str, location: str) -> str:
    """Where a redirect points, resolved against the page that sent it; only http(s) is followed."""
    from urllib.parse import urljoin, urlsplit

    try:
        target = urljoin(here, location.strip())
        scheme = urlsplit(target).scheme.lower()
    except ValueError as exc:
        raise InputError(url, "cannot fetch: redirected to a malformed address") from exc
    if scheme not in {"http", "https"}:
        shown = "".join(c for c in scheme if c.isascii() and (c.isalnum() or c in "+-."))[:20] or "schemeless"
        raise InputError(url, f"cannot fetch: redirected to a {shown}: address (only http and https are fetched)")
    return target


def _body(url: str, response: Any, cancel: Any) -> tuple[bytes, str | None]:
    if response.status_code >= 400:
        raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_URL_BYTES:
        raise _too_large(url)
    decoder = _decoder(url, response.headers.get_list("content-encoding", split_commas=True))
    for chunk in response.iter_raw():
        if cancel.is_set():
            raise InputError(url, "given up on")  # nobody waits for this any more
        decoder.feed(chunk)
    return decoder.finish(), response.headers.get("content-type")


def _too_large(url: str) -> InputError:
    limit_mb = MAX_URL_BYTES // (1024 * 1024)
    return InputError(url, f"response too large (over {limit_mb} MB; limit {limit_mb} MB)")


class _CappedBody:
    """A response body decoded as it arrives (at most one compression layer), refused past MAX_URL_BYTES.

    zlib's ``max_length`` stops each step at the cap, so a small compressed bomb never expands in memory.
    """

    def __init__(self, url: str, wbits: int | None) -> None:
        import zlib

        self.url = url
        self.wbits = wbits
        self.inflate = None if wbits is None else zlib.decompressobj(wbits)
        self.parts: list[bytes] = []
        self.total = 0
        self.started = False

    def feed(self, data: bytes) -> None:
        import zlib

        if self.inflate is None:
            self._keep(data)
            return
        try:
            out = self.inflate.decompress(data, MAX_URL_BYTES - self.total + 1)
        except zlib.error as exc:
            if self.started or self.wbits != zlib.MAX_WBITS:
                raise InputError(self.url, f"cannot fetch (bad compressed body: {exc})") from exc
            self.inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent raw, without the zlib wrapper
            self.wbits = -zlib.MAX_WBITS
            self.feed(data)
            return
        self.started = True
        self._keep(out)

    def _keep(self, data: bytes) -> None:
        self.total += len(data)
        if self.total > MAX_URL_BYTES:
            raise _too_large(self.url)
        self.parts.append(data)

    def finish(self) -> bytes:
        if self.inflate is not None:
            self._keep(self.inflate.flush())
        return b"".join(self.parts)


_DECODERS: dict[str, int] = {"gzip": 16 + 15, "deflate": 15}
"""Content encodings quotecheck decodes (and asks for) -> zlib's ``wbits``: gzip framing, zlib framing."""


def _decoder(url: str, encodings: list[str]) -> _CappedBody:
    layers = [e.strip().lower() for e in encodings if e.strip().lower() not in {"", "identity"}]
    layers = ["gzip" if e == "x-gzip" else e for e in layers]
    if len(layers) > 1:
        raise InputError(url, f"cannot fetch: {len(layers)} content encodings ({', '.join(layers)}); "
                              "quotecheck decodes at most one")
    if layers and layers[0] not in _DECODERS:
        raise InputError(url, f"cannot fetch: unsupported content encoding {layers[0]!r}")
    return _CappedBody(url, _DECODERS[layers[0]] if layers else None)


def _read_cache(folder: Path, key: str) -> Fetched | None:
    import json

    try:
        info = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        body = read_file_bytes(str(folder / f"{key}.body"), MAX_URL_BYTES)
    except (OSError, ValueError, InputError):
        return None
    content_type = info.get("content_type") if isinstance(info, dict) else None
    return Fetched(body, content_type if isinstance(content_type, str) else None, from_cache=True)


def _write_cache(folder: Path, key: str, url: str, body: bytes, content_type: str | None) -> None:
    """Store a response; the JSON file goes last, so a half-written entry is never read back."""
    import json

    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / f"{key}.body", body, force=True)  # a cache entry may be refreshed
        info = {"url": url, "content_type": content_type}
        write_atomically(folder / f"{key}.json", json.dumps(info), force=True)
    except OSError:
        pass  # a read-only cache only costs a refetch next time
