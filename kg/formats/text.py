"""Plain text and Markdown: UTF-8 with LF line ends."""

from __future__ import annotations

from kg.errors import DocumentError


def decode_text(data: bytes, name: str) -> str:
    """Decode report bytes as UTF-8 text with LF line ends, or raise DocumentError."""
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary file, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
