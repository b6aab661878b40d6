"""Fetching articles over HTTP, with an on-disk cache so a rerun of the same comparison works offline.

httpx is imported only here and only when a URL is given. Bodies are streamed and cut off at 10 MB
(after content decoding, so a compressed bomb is caught too). The cache is keyed by the SHA-256 of the
URL as given and stores the body and its content type.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from quotecheck._files import write_atomically
from quotecheck.errors import InputError

__all__ = ["MAX_URL_BYTES", "Fetched", "cache_folder", "fetch_url", "is_url"]

MAX_URL_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 10.0
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


def fetch_url(url: str, cache_dir: Path | None = None) -> Fetched:
    """The body of ``url``, from the cache when it was fetched before; InputError on any failure."""
    import hashlib  # here, not at the top: most runs read no URL, and every run pays for its imports

    folder = cache_folder(cache_dir)
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    cached = _read_cache(folder, key)
    if cached is not None:
        return cached
    body, content_type = _download(url)
    _write_cache(folder, key, url, body, content_type)
    return Fetched(body, content_type)


def _download(url: str) -> tuple[bytes, str | None]:
    import httpx

    limit_mb = MAX_URL_BYTES // (1024 * 1024)
    too_large = InputError(url, f"response too large (over {limit_mb} MB; limit {limit_mb} MB)")
    try:
        with (
            httpx.Client(follow_redirects=True, timeout=TIMEOUT_SECONDS, headers={"User-Agent": _USER_AGENT}) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_URL_BYTES:
                raise too_large
            chunks: list[bytes] = []
            total = 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > MAX_URL_BYTES:
                    raise too_large
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type")
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out after {TIMEOUT_SECONDS:g} s") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from exc


def _read_cache(folder: Path, key: str) -> Fetched | None:
    import json

    try:
        info = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        body = (folder / f"{key}.body").read_bytes()
    except (OSError, ValueError):
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
