"""Errors verify raises for input it cannot take, with a message a person can act on."""


class VerifyError(Exception):
    """Base class: a clear, user-facing problem (never a bug)."""


class InputError(VerifyError):
    """The story cannot be analysed as given (empty, binary, not text...)."""


class ResourceMissing(VerifyError):
    """A data file or package verify needs is not installed. The message says how to fix it."""
