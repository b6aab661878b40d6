"""The exception tree. Every error renders as one line that names the file (and line)."""

from __future__ import annotations


class QuotecheckError(Exception):
    """Base of every error quotecheck raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(QuotecheckError):
    """A file, URL or stream the user gave cannot be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {_one_line(reason)}")


class ConfigError(QuotecheckError):
    """A configuration file has a bad key or value."""

    def __init__(self, path: str, key: str | None, reason: str) -> None:
        self.path = path
        self.key = key
        self.reason = reason
        where = f"{path}: [{key}]" if key else path
        super().__init__(f"{where}: {_one_line(reason)}")


class UsageError(QuotecheckError):
    """The command was called in a way that cannot work."""


def _one_line(text: str) -> str:
    return " ".join(text.split())
