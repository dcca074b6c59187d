"""Coded errors. Every error says what went wrong, where, and what to do about it."""

from __future__ import annotations


class DiplographError(Exception):
    """Base class. `code` is stable (E1xx store, E2xx input, E3xx ingest, E4xx query)."""

    code = "E000"

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class StoreURLError(DiplographError):
    code = "E101"


class StoreUnavailable(DiplographError):
    code = "E102"


class StoreAuthError(DiplographError):
    code = "E103"


class StoreLocked(DiplographError):
    code = "E104"


class StoreDataDirError(DiplographError):
    code = "E105"


class WriteFailed(DiplographError):
    code = "E106"


class ReadOnlyViolation(DiplographError):
    code = "E107"


class QueryTimeout(DiplographError):
    code = "E108"


class QueryError(DiplographError):
    code = "E109"


class InputError(DiplographError):
    """Bad user input: names the file, record, line or field."""

    code = "E201"


class UnknownReference(InputError):
    code = "E202"


class GoldFileError(InputError):
    """A gold file for `diplograph evaluate` that is missing or malformed."""

    code = "E205"
