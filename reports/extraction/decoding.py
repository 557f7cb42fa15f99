"""Placeholder until decoding lands: UTF-8 only."""

from .types import DecodedDocument


class DecodeError(ValueError):
    """A file that cannot become report text; str() is a one-line reason for a person."""


def decode_document(data: bytes) -> DecodedDocument:
    try:
        return DecodedDocument(text=data.decode("utf-8"), encoding="utf-8", format="txt")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"cannot decode at byte {exc.start}") from exc
