"""Table exports: the same URL with `format=csv|xlsx|json` returns exactly the table on screen,
all pages of it, streamed so that memory stays flat whatever the number of rows.

    table_response(request, columns=[Column(...), ...], rows=queryset_or_iterable, filename="乡镇指标")

Decisions (documented for users in the README):
- CSV: UTF-8 with BOM (Excel), one header line "中文名 (code)", "\n" line ends. Numbers are plain
  numbers (no thousands separators, no "约"); approximate and corrected figures are listed, by
  code, in two separate columns at the end (`approximate`, `corrected`). A blank cell is a
  missing figure. Text cells starting with = + - @ tab or CR get a leading ' (formula injection).
- Failure midway: the stream is aborted by raising, so the chunked HTTP response is cut without
  its terminating chunk and clients report an incomplete transfer; no trailer line is written,
  so a complete file is exactly the table. JSON stays unclosed (invalid) and XLSX is only sent
  once fully written. The `X-Total-Rows` header gives the expected row count for scripts.
- Speed: when `rows` is a values_list QuerySet, CSV is produced by PostgreSQL (COPY … TO STDOUT
  with the guards and number formatting in SQL) and relayed in 64 KB blocks; other formats and
  plain iterables go through Python in batches of 2,000 rows (a server-side cursor).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx", "json")
BATCH_ROWS = 2000
FLUSH_BYTES = 64 * 1024
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json; charset=utf-8",
}


@dataclass(frozen=True)
class Column:
    """One exported column. kind: "text", "number" (float/int/Decimal), "bool" (1/0) or "codes"
    (a list of codes, written space-separated)."""

    key: str
    label: str
    kind: str = "text"

    @property
    def header(self) -> str:
        return f"{self.label} ({self.key})"


def export_format(request) -> str | None:
    """The requested export format, None for the HTML page; unknown formats raise ValueError."""
    fmt = request.GET.get("format")
    if not fmt or fmt == "html":
        return None
    if fmt not in FORMATS:
        raise ValueError(fmt)
    return fmt


def content_disposition(filename: str) -> str:
    """attachment with an ASCII fallback name and the real (Chinese) name in filename*."""
    fallback = filename.encode("ascii", "ignore").decode().strip(" .-_") or "export"
    if "." not in fallback:
        fallback = "export." + filename.rsplit(".", 1)[-1]
    fallback = fallback.replace('"', "").replace("\\", "")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def guard_text(value: str) -> str:
    """Neutralise spreadsheet formulas: a leading = + - @ tab or CR gets a ' in front."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def plain_number(value):
    """4000.0 → 4000 (an int), 99.31 → 99.31; Decimal → int or float."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    value = float(value)
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _cell_converters(columns: Sequence[Column], *, guard: bool):
    def text(value):
        if value is None:
            return None
        value = str(value)
        return guard_text(value) if guard else value

    def codes(value):
        return " ".join(value) if value else None

    return [
        {"text": text, "number": plain_number, "bool": plain_number, "codes": codes}[column.kind]
        for column in columns
    ]


def table_response(
    request,
    *,
    columns: Sequence[Column],
    rows: Iterable[Sequence] | QuerySet,
    filename: str,
    fmt: str | None = None,
):
    """The export response for `request.GET["format"]` (or `fmt`). `rows` yields tuples in column
    order: a `values_list(...)` QuerySet (fast CSV path) or any iterable. `filename` has no suffix."""
    try:
        fmt = fmt or export_format(request) or "csv"
    except ValueError:
        return HttpResponseBadRequest(_("不支持的导出格式（可用 csv、xlsx、json）"))
    total = rows.count() if isinstance(rows, QuerySet) else None
    if fmt == "xlsx":
        response = FileResponse(
            _xlsx_file(columns, _batched(rows)),
            content_type=CONTENT_TYPES["xlsx"],
        )
    else:
        if fmt == "csv":
            stream = _csv_copy(columns, rows) if isinstance(rows, QuerySet) else _csv_python(columns, rows)
        else:
            stream = _json_stream(columns, _batched(rows))
        response = StreamingHttpResponse(_logged(stream, filename), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = content_disposition(f"{filename}.{fmt}")
    response["X-Content-Type-Options"] = "nosniff"
    if total is not None:
        response["X-Total-Rows"] = str(total)
    return response


def _logged(stream: Iterator[bytes], filename: str) -> Iterator[bytes]:
    try:
        yield from stream
    except Exception:
        # Re-raised: the server then cuts the chunked response, so the file can't look complete.
        logger.exception("export %s failed midway; the response was cut", filename)
        raise


def _batched(rows) -> Iterator[Sequence]:
    if isinstance(rows, QuerySet):
        return rows.iterator(chunk_size=BATCH_ROWS)
    return iter(rows)


def _header_bytes(columns: Sequence[Column]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([guard_text(c.header) for c in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _csv_python(columns: Sequence[Column], rows: Iterable[Sequence]) -> Iterator[bytes]:
    converters = _cell_converters(columns, guard=True)
    yield _header_bytes(columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    pending = []
    for row in _batched(rows):
        pending.append([convert(value) for convert, value in zip(converters, row, strict=True)])
        if len(pending) >= BATCH_ROWS:
            writer.writerows(pending)
            pending.clear()
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    writer.writerows(pending)
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def _sql_cell(column: Column, ref: str) -> str:
    if column.kind == "number":
        return ref  # float8 prints its shortest exact form: 4000, 99.31
    if column.kind == "bool":
        return f"CASE WHEN {ref} THEN 1 WHEN NOT {ref} THEN 0 END"
    if column.kind == "codes":
        return f"NULLIF(array_to_string({ref}, ' '), '')"
    # ascii() of the first character is one of = + - @ tab CR (ascii('') is 0): cheaper than a regex.
    text = f"{ref}::text"
    return (
        f"CASE WHEN ascii({text}) IN (61, 43, 45, 64, 9, 13) THEN '''' || {text} ELSE NULLIF({text}, '') END"
    )


def _csv_copy(columns: Sequence[Column], queryset: QuerySet) -> Iterator[bytes]:
    """PostgreSQL writes the CSV (COPY TO STDOUT); Python relays it in 64 KB blocks."""
    yield _header_bytes(columns)
    try:
        sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    except EmptyResultSet:  # .none(), e.g. after an invalid filter: the header alone
        return
    names = [f"c{i}" for i in range(len(columns))]
    cells = ", ".join(_sql_cell(column, f"t.{name}") for column, name in zip(columns, names, strict=True))
    statement = f"COPY (SELECT {cells} FROM ({sql}) AS t({', '.join(names)})) TO STDOUT WITH (FORMAT csv)"
    connection = connections[queryset.db]
    connection.ensure_connection()
    pending = bytearray()
    with connection.connection.cursor() as cursor:
        # Sorting a few hundred thousand rows then fits in memory instead of spilling to disk.
        cursor.execute("SET work_mem = '64MB'")
        try:
            with cursor.copy(statement, params) as copy:
                for block in copy:
                    pending += block
                    if len(pending) >= FLUSH_BYTES:
                        yield bytes(pending)
                        pending.clear()
        finally:
            cursor.execute("RESET work_mem")
    if pending:
        yield bytes(pending)


def _json_stream(columns: Sequence[Column], rows: Iterable[Sequence]) -> Iterator[bytes]:
    """A JSON array of objects keyed by column code; unclosed if the export fails midway."""
    converters = _cell_converters(columns, guard=False)
    keys = [column.key for column in columns]
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    parts, first = ["["], True
    for row in rows:
        item = {key: convert(value) for key, convert, value in zip(keys, converters, row, strict=True)}
        parts.append(("" if first else ",\n") + dumps(item))
        first = False
        if len(parts) >= BATCH_ROWS:
            yield "".join(parts).encode("utf-8")
            parts.clear()
    parts.append("]\n")
    yield "".join(parts).encode("utf-8")


def _xlsx_file(columns: Sequence[Column], rows: Iterable[Sequence]):
    """A write-only workbook (rows go straight to disk) in a temporary file, sent once complete."""
    from openpyxl import Workbook

    converters = _cell_converters(columns, guard=True)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="data")
    sheet.append([column.header for column in columns])
    for row in rows:
        sheet.append([convert(value) for convert, value in zip(converters, row, strict=True)])
    handle = tempfile.TemporaryFile(suffix=".xlsx")
    workbook.save(handle)
    handle.seek(0)
    return handle
