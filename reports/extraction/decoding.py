"""Turn an uploaded file's bytes into report text. Plain Python, no Django.

The type is decided by the content, never by the file name:
- ZIP with word/document.xml → Word .docx (paragraphs and table rows in document order);
- "%PDF-" → PDF, read through its text layer with pdfplumber (it keeps Chinese and the
  order of quotes right where pypdf and pdfium shuffle them); lines that a PDF wrapped
  mid-sentence are joined again;
- anything else must be text: UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM, or
  GB18030/GBK. GB18030 decodes almost any byte soup, so it is only accepted when the
  result reads like Chinese prose.

A file that cannot become report text raises DecodeError: `code` is a stable identifier
(the web layer translates by it), str() is a one-line reason a person understands.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser

from .cleaning import HEADING_NUMBER
from .types import DecodedDocument

EMPTY = "the file is empty"
EMPTY_DOCUMENT = "the document contains no text"
BINARY = "this is not a text document (it looks like a program or other binary data)"
UNDECODABLE = "cannot decode as UTF-8 or GB18030: invalid byte at offset {offset}"
UNDECODABLE_WITH_BOM = (
    "cannot decode as {encoding} (the file says so at its start): invalid byte at offset {offset}"
)
NOT_CHINESE = (
    "cannot decode as UTF-8 (invalid byte at offset {offset}), and as GB18030 it does not "
    "read as Chinese text"
)
SCANNED_PDF = "the PDF has no text layer (scanned image?)"
ENCRYPTED_PDF = "the PDF is password-protected"
CORRUPT_PDF = "the PDF file is damaged or incomplete"
CORRUPT_DOCX = "the Word file is damaged or incomplete"
CORRUPT_ZIP = "the file looks like a ZIP archive or Office file but is damaged or incomplete"
OLD_WORD = "old Word .doc files are not supported: save it as .docx or PDF and upload again"
UNSUPPORTED = "{kind} files are not supported: upload the report as .docx, PDF or plain text"


class DecodeError(ValueError):
    """A file that cannot become report text; str() is a one-line reason for a person.

    code: "empty", "binary", "undecodable", "scanned_pdf", "encrypted", "corrupt" or
    "unsupported".
    """

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def decode_document(data: bytes) -> DecodedDocument:
    if not data or not data.strip(b" \t\r\n\x0b\x0c"):
        raise DecodeError("empty", EMPTY)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _decode_zip(data)
    if b"%PDF-" in data[:1024]:
        return _decode_pdf(data)
    kind = _binary_kind(data)
    if kind is not None:
        code, reason = kind
        raise DecodeError(code, reason)
    return _decode_text(data)


# --- binary formats we recognise and refuse --------------------------------------------

_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "unsupported", OLD_WORD),
    (b"{\\rtf", "unsupported", UNSUPPORTED.format(kind="RTF")),
    (b"\x89PNG\r\n\x1a\n", "unsupported", UNSUPPORTED.format(kind="Image (PNG)")),
    (b"\xff\xd8\xff", "unsupported", UNSUPPORTED.format(kind="Image (JPEG)")),
    (b"GIF87a", "unsupported", UNSUPPORTED.format(kind="Image (GIF)")),
    (b"GIF89a", "unsupported", UNSUPPORTED.format(kind="Image (GIF)")),
    (b"II*\x00", "unsupported", UNSUPPORTED.format(kind="Image (TIFF)")),
    (b"MM\x00*", "unsupported", UNSUPPORTED.format(kind="Image (TIFF)")),
    (b"BM", "unsupported", UNSUPPORTED.format(kind="Image (BMP)")),
    (b"\x1f\x8b", "unsupported", UNSUPPORTED.format(kind="Compressed (gzip)")),
    (b"7z\xbc\xaf\x27\x1c", "unsupported", UNSUPPORTED.format(kind="Compressed (7z)")),
    (b"Rar!\x1a\x07", "unsupported", UNSUPPORTED.format(kind="Compressed (RAR)")),
    (b"MZ", "binary", BINARY),
    (b"\x7fELF", "binary", BINARY),
    (b"\xcf\xfa\xed\xfe", "binary", BINARY),
    (b"\xca\xfe\xba\xbe", "binary", BINARY),
)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _binary_kind(data: bytes) -> tuple[str, str] | None:
    if data.startswith(_TEXT_BOMS):
        return None
    for signature, code, reason in _SIGNATURES:
        if signature == b"BM":
            # "BM" also starts ordinary ASCII text; a BMP header has a NUL soon after.
            if data.startswith(b"BM") and b"\x00" in data[2:16]:
                return code, reason
            continue
        if data.startswith(signature):
            return code, reason
    if data[:12].startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "unsupported", UNSUPPORTED.format(kind="Image (WebP)")
    if b"\x00" in data:
        return "binary", BINARY
    return None


# --- plain text ------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _decode_text(data: bytes) -> DecodedDocument:
    if data.startswith(b"\xff\xfe\x00\x00") or data.startswith(b"\x00\x00\xfe\xff"):
        text, encoding = _strict(data, "utf-32"), "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _strict(data, "utf-8-sig"), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            text, encoding = _gb18030(data, utf8_error.start), "gb18030"

    text = _normalise_newlines(text)
    if len(_CONTROL.findall(text[:20000])) > 3:
        raise DecodeError("binary", BINARY)
    if _looks_like_html(text):
        text = _html_to_text(text)
    if not text.strip():
        raise DecodeError("empty", EMPTY)
    return DecodedDocument(text=text, encoding=encoding, format="txt")


def _strict(data: bytes, encoding: str) -> str:
    try:
        if encoding == "utf-8-sig":  # offsets counted from the start of the file
            return data[3:].decode("utf-8")
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if encoding == "utf-8-sig" else 0)
        name = {"utf-8-sig": "UTF-8"}.get(encoding, encoding.upper())
        reason = UNDECODABLE_WITH_BOM.format(encoding=name, offset=offset)
        raise DecodeError("undecodable", reason) from exc


def _gb18030(data: bytes, utf8_offset: int) -> str:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        # The decoder that got further is the likelier encoding: its offset helps more.
        offset = max(exc.start, utf8_offset)
        raise DecodeError("undecodable", UNDECODABLE.format(offset=offset)) from exc
    if not _reads_as_chinese(text):
        raise DecodeError("undecodable", NOT_CHINESE.format(offset=utf8_offset))
    return text


def _reads_as_chinese(text: str) -> bool:
    """GB18030 maps nearly any bytes to something; real Chinese prose is mostly common CJK."""
    visible = [c for c in text[:20000] if not c.isspace()]
    if not visible:
        return False
    cjk = sum(1 for c in visible if _CJK.match(c))
    ascii_printable = sum(1 for c in visible if " " < c < "\x7f")
    punctuation = sum(1 for c in visible if "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    odd = len(visible) - cjk - ascii_printable - punctuation
    return cjk / len(visible) >= 0.3 and odd / len(visible) <= 0.05


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML saved from a government web page ---------------------------------------------

_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:500]))


class _TextOfHtml(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                         "table", "section", "article", "title", "td", "th"})
    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def _html_to_text(text: str) -> str:
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    lines = (line.strip(" \t") for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- Word (.docx) and other ZIP-based files ---------------------------------------------

_ZIP_KINDS = (
    ("xl/workbook.xml", "Excel spreadsheet (.xlsx)"),
    ("ppt/presentation.xml", "PowerPoint (.pptx)"),
    ("content.xml", "OpenDocument"),
)


def _decode_zip(data: bytes) -> DecodedDocument:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        # The local headers still name the parts: a cut-off .docx mentions word/.
        reason = CORRUPT_DOCX if b"word/" in data else CORRUPT_ZIP
        raise DecodeError("corrupt", reason) from exc
    if "word/document.xml" not in names:
        kind = next((k for path, k in _ZIP_KINDS if path in names), "ZIP archive")
        raise DecodeError("unsupported", UNSUPPORTED.format(kind=kind))
    try:
        text = _docx_text(data)
    except DecodeError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types on a broken package
        raise DecodeError("corrupt", CORRUPT_DOCX) from exc
    if not text.strip():
        raise DecodeError("empty", EMPTY_DOCUMENT)
    return DecodedDocument(text=text, encoding="docx", format="docx")


def _docx_text(data: bytes) -> str:
    import docx  # imported here: only uploads of Word files pay for it
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    numbering = _Numbering(document)
    lines: list[str] = []
    p_tag, tbl_tag, sdt_tag, content_tag = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")

    def walk(parent, container) -> None:
        for child in parent.iterchildren():
            if child.tag == p_tag:
                lines.append(numbering.label(child) + Paragraph(child, container).text)
            elif child.tag == tbl_tag:
                table(Table(child, container))
            elif child.tag == sdt_tag:  # content controls wrap ordinary paragraphs
                for content in child.iterchildren(content_tag):
                    walk(content, container)

    def table(tbl: Table) -> None:
        for row in tbl.rows:
            cells: list[str] = []
            seen: list[object] = []  # the elements themselves: ids of proxies get reused
            for cell in row.cells:
                if any(cell._tc is other for other in seen):  # a merged cell repeats per column
                    continue
                seen.append(cell._tc)
                before = len(lines)
                walk(cell._tc, cell)
                cell_lines, lines[before:] = lines[before:], []
                cells.append(" ".join(x.strip() for x in cell_lines if x.strip()))
            lines.append("\t".join(cells).rstrip("\t"))

    walk(document.element.body, document)
    return _normalise_newlines("\n".join(lines))


_CN_DIGITS = "〇一二三四五六七八九"


def _chinese_count(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + _chinese_count(rest) if rest < 10 else _chinese_count(rest))
    if 10 <= rest < 20:
        tail = "一" + tail
    return _CN_DIGITS[n // 100] + "百" + tail if n < 1000 else str(n)


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional",
               "chineseLegalSimplified", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese_count(n)
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Word's automatic list numbers ("一、", "（一）", "1.") written back into the text.

    Reports built with Word's numbering keep their section numbers only in numbering.xml;
    without them headings like "三、2024年工作思路" lose the "三、" the extraction keys on.
    """

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → ilvl → start, fmt, text
        self._counters: dict[str, dict[int, int]] = {}
        self._style_num: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for node in root.iterchildren(qn("w:abstractNum")):
            levels = {}
            for lvl in node.iterchildren(qn("w:lvl")):
                start = self._val(lvl, "w:start")
                fmt = self._val(lvl, "w:numFmt") or "decimal"
                text = self._val(lvl, "w:lvlText")
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (int(start or 1), fmt, text or "")
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for node in root.iterchildren(qn("w:num")):
            abstract_id = self._val(node, "w:abstractNumId")
            levels = dict(abstract.get(abstract_id, {}))
            for override in node.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = self._val(override, "w:startOverride")
                if start is not None and ilvl in levels:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (int(start), fmt, text)
            self._levels[node.get(qn("w:numId"))] = levels
        try:
            styles = document.styles.element
        except AttributeError:
            return
        for style in styles.iterchildren(qn("w:style")):
            num = self._num_pr(style)
            if num is not None:
                self._style_num[style.get(qn("w:styleId"))] = num

    def _val(self, node, path: str) -> str | None:
        child = node.find(self._qn(path))
        return None if child is None else child.get(self._qn("w:val"))

    def _num_pr(self, node) -> tuple[str, int] | None:
        qn = self._qn
        ppr = node.find(qn("w:pPr"))
        num_pr = None if ppr is None else ppr.find(qn("w:numPr"))
        if num_pr is None:
            return None
        num_id = self._val(num_pr, "w:numId")
        ilvl = self._val(num_pr, "w:ilvl")
        return (num_id, int(ilvl or 0)) if num_id is not None else None

    def label(self, paragraph) -> str:
        if not self._levels:
            return ""
        num = self._num_pr(paragraph)
        if num is None:
            ppr = paragraph.find(self._qn("w:pPr"))
            style = None if ppr is None else self._val(ppr, "w:pStyle")
            num = self._style_num.get(style) if style else None
        if num is None or num[0] == "0" or num[0] not in self._levels:
            return ""
        num_id, ilvl = num
        levels = self._levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""

        def number(m: re.Match[str]) -> str:
            level = int(m.group(1)) - 1
            start, level_fmt, _ = levels.get(level, (1, "decimal", ""))
            return _format_number(counters.get(level, start), level_fmt)

        return re.sub(r"%(\d)", number, text)


# --- PDF -----------------------------------------------------------------------------

_SENTENCE_END = "。！？；：:!?;…）)】」』”"


def _decode_pdf(data: bytes) -> DecodedDocument:
    import pdfplumber  # imported here: only PDF uploads pay for it
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except PDFPasswordIncorrect as exc:
        raise DecodeError("encrypted", ENCRYPTED_PDF) from exc
    except Exception as exc:  # pdfminer raises many types on a broken file
        # pdfplumber wraps pdfminer's errors: look at the wrapped one too.
        inner = [exc, *getattr(exc, "args", ())]
        if any(isinstance(e, PDFPasswordIncorrect) or "Encrypt" in type(e).__name__ for e in inner):
            raise DecodeError("encrypted", ENCRYPTED_PDF) from exc
        raise DecodeError("corrupt", CORRUPT_PDF) from exc
    if not any(page.strip() for page in pages):
        raise DecodeError("scanned_pdf", SCANNED_PDF)
    # Unwrap across pages too: a paragraph often runs on to the next page.
    text = _unwrap("\n".join(_normalise_newlines(page) for page in pages))
    return DecodedDocument(text=text, encoding="pdf", format="pdf")


_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3})\s*$"
)


def _unwrap(page: str) -> str:
    """Join the lines a PDF broke inside a sentence; keep headings and paragraph ends.

    A line that reaches (nearly) the full text width and does not end a sentence was
    wrapped by the layout, so it continues on the next line. Page-number lines go.
    """
    lines = [line.rstrip() for line in page.split("\n")]
    lines = [line for line in lines if not _PAGE_NUMBER.match(line)]
    widths = sorted(_width(line) for line in lines if line.strip())
    if len(widths) < 6:  # too few lines to tell the text width
        return "\n".join(lines)
    full = widths[int(len(widths) * 0.9) - 1]
    out: list[str] = []
    continues = False
    for k, line in enumerate(lines):
        if continues and out:
            previous = out.pop()
            nxt = line.lstrip()
            # (words of a Latin script part with a space; a figure the wrap cut in two does not: "13⏎7名")
            spaced = (previous[-1:].isascii() and previous[-1:].isalnum() and nxt[:1].isascii()
                      and not (previous[-1:].isdigit() and nxt[:1].isdigit()))
            out.append(previous + (" " if spaced else "") + nxt)
        else:
            out.append(line)
        stripped = line.rstrip()
        # (a semicolon at the end of a full line ends a clause, not the paragraph, unless the next
        # line opens a numbered item: "…复议案件1件，经复议维持；⏎作为被告的行政诉讼案件2件")
        ends = stripped[-1:] in _SENTENCE_END and not (
            stripped[-1:] == "；" and k + 1 < len(lines) and lines[k + 1].strip()
            and HEADING_NUMBER.match(lines[k + 1].lstrip()) is None)
        continues = bool(stripped) and not ends and _width(stripped) >= 0.85 * full
    return "\n".join(out)


def _width(line: str) -> float:
    # Full-width characters take twice the room of ASCII ones on the page.
    return sum(1 if c.isascii() else 2 for c in line)
