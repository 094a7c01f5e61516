"""Reading a table a student made: a CSV or TSV file from a spreadsheet, into a pandas frame.

Students bring semicolons and decimal commas, Windows encodings, trailing delimiters and ragged
rows. A clean UTF-8 table, the common case and the big one, is handed straight to pandas, which
reads a file it opens itself on every core; the checks that need every byte run only when the
file's start or pandas's answer shows something unusual. Every problem stops with a one-line
DataError: what is wrong, where, and the fix.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from nnbuilder.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from nnbuilder.spec.errors import DataError
from nnbuilder.spec.words import counted

DELIMITERS = ("\t", ";", "|", ",")  # a consistent non-comma delimiter wins: commas also appear in numbers
# Shown through translate_marked("Data", ...): only "a tab" is a word.
DELIMITER_NAMES = {",": "','", ";": "';'", "\t": QT_TRANSLATE_NOOP("Data", "a tab"), "|": "'|'"}
SAMPLE_LINES = 50
HEAD_BYTES = 1 << 20  # enough for SAMPLE_LINES lines of any sensible table
# Files this size and larger are handed to pandas after a look at their start (see _read_plain).
PLAIN_READ_BYTES = HEAD_BYTES
READ_BLOCK = 8 << 20

_COMMA_DECIMAL = re.compile(r"^[+-]?\d*,\d+$")
DOT_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
# Whole-cell patterns for pandas' vectorised str.fullmatch.
_THOUSANDS = r"\d{1,3}(?:,\d{3})+"
_COMMA_DECIMAL_OR_INTEGER = r"[+-]?\d*,\d+|[+-]?\d+"


ProgressCallback = Callable[[float], bool]  # told the fraction done (0..1); returns False to stop


class LoadCancelled(Exception):
    """Reading stopped because the progress callback asked it to (the user pressed Cancel)."""


class ReadProgress:
    """The steps of reading as one fraction from 0 to 1; stops reading when the callback says so."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback
        self._start, self._end = 0.0, 1.0

    def step(self, start: float, end: float) -> None:
        self._start, self._end = start, end
        self(0.0)

    def __call__(self, done: float) -> None:
        fraction = self._start + (self._end - self._start) * min(max(done, 0.0), 1.0)
        if self._callback is not None and self._callback(fraction) is False:
            raise LoadCancelled


def read_table(path: Path, progress: ProgressCallback | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The table in a CSV/TSV file a student made, and warnings about what was guessed or fixed.

    ``progress`` hears how far reading has got and may stop it (LoadCancelled); the file is only read.
    """
    path = Path(path)
    steps = ReadProgress(progress)
    steps.step(0.0, 0.02)
    head = _read_bytes(path, steps, limit=HEAD_BYTES)
    if len(head) >= PLAIN_READ_BYTES:  # a small file is read carefully at once; it takes no time
        plain = _read_plain(path, head, steps)
        if plain is not None:
            return plain
    return _read_carefully(path, steps)


def _read_plain(path: Path, head: bytes, steps: ReadProgress) -> tuple[pd.DataFrame, list[str]] | None:
    """The table as pandas reads the file by itself, when the file is plain: UTF-8, regular first
    lines, and an answer from pandas that shows no ragged row. None when it needs reading carefully.

    What the careful reading learns from every byte, this learns from the first megabyte and from
    pandas: pandas stops at a row with too many fields and at bytes that are not UTF-8, and a row
    with too few fields leaves the last column empty. (A NUL byte past the first megabyte, which
    a spreadsheet workbook has in its first bytes, is read as text here.)
    """
    name = path.name
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
        return None
    head = head[: head.rfind(b"\n") + 1].replace(b"\r\n", b"\n")  # whole lines, Windows endings as pandas reads them
    if b"\r" in head:  # old Mac line endings: only the careful reading turns them into lines
        return None
    try:
        text = head.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    if _looks_binary(text[:4096]):
        return None
    lines = [line for line in text.split("\n") if line.strip()][: SAMPLE_LINES + 1]
    if len(lines) < 2:
        return None
    delimiter = _detect_delimiter(lines)
    decimal = _detect_decimal(lines[1:], delimiter)
    header = _split_line(lines[0], delimiter)
    _check_header(header, name)
    named = [number for number, column in enumerate(header) if column.strip()]
    if not named or any(len(_split_line(line, delimiter)) != len(header) for line in lines[1:]):
        return None  # ragged, quoted over lines or ending in a delimiter: the careful reading says which
    # Spaces after delimiters in the first lines mean spaces elsewhere; text columns are checked below.
    spaced = any((delimiter + gap) in text for gap in (" ", "\t") if gap != delimiter)
    steps.step(0.02, 0.95)
    try:
        frame = _parse(path, delimiter, decimal, spaced, steps)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError):
        return None  # a ragged row or a byte that is not UTF-8 further down
    steps.step(0.95, 1.0)
    if len(frame.columns) != len(header):
        return None
    if frame.iloc[:, named[-1]].isna().any():
        # A row with too few fields leaves the last named column empty, as a missing value does:
        # only counting every line's delimiters tells them apart.
        steps.step(0.95, 0.98)
        data, _ = as_utf8(_read_bytes(path, steps), name)
        steps.step(0.98, 1.0)
        _check_rows(data, delimiter, name, steps)
        del data
    if not spaced and any(
        pd.api.types.is_string_dtype(frame[column]) and frame[column].str.startswith((" ", "\t")).any()
        for column in frame.columns
    ):
        return None  # spaces after delimiters further down: the careful reading skips them everywhere
    return _finish(frame, header, name, [], steps)


def _read_carefully(path: Path, steps: ReadProgress) -> tuple[pd.DataFrame, list[str]]:
    """The table after checking every byte and every row of the file, saying what is wrong where."""
    name = path.name
    # Shares of the time each step takes on a large file, measured on a 1,000,000-row table.
    steps.step(0.02, 0.05)
    raw = _read_bytes(path, steps)
    steps.step(0.05, 0.3)
    data, warnings = as_utf8(raw, name)
    # pandas reads a file it opens itself twice as fast as the same bytes handed over in memory
    as_it_is = data is raw
    del raw  # the file's bytes may be large; only the UTF-8 copy is kept (often the same object)
    if not data.strip():
        raise DataError(
            translate("Data", "{name} is empty; export the table again with a header row and rows of data").format(name=name)
        )
    delimiter, decimal = detect_layout(data)
    header = _check_rows(data, delimiter, name, steps)
    steps.step(0.3, 0.95)
    # Skipping spaces after each delimiter costs pandas a third of its time: only where there are any.
    # (A one-byte search runs at memory speed; most tables of numbers have no space or tab at all.)
    spaced = any(gap.encode() in data and (delimiter + gap).encode() in data for gap in (" ", "\t") if gap != delimiter)
    try:
        frame = _parse(path if as_it_is else data, delimiter, decimal, spaced, steps)
    except pd.errors.ParserError as error:
        raise _unreadable_row(error, delimiter, name) from None
    steps.step(0.95, 1.0)
    return _finish(frame, header, name, warnings, steps)


def _finish(frame: pd.DataFrame, header: list[str], name: str, warnings: list[str], steps: ReadProgress) -> tuple[pd.DataFrame, list[str]]:
    frame, warnings = _tidy(frame, header, name, warnings)
    if frame.empty:
        raise DataError(
            translate("Data", "{name} has a header row but no rows of data; add data rows below the header").format(name=name)
        )
    steps(1.0)
    return frame, warnings


_PANDAS_RAGGED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _unreadable_row(error: pd.errors.ParserError, delimiter: str, name: str) -> DataError:
    """pandas's complaint about a row the checks let through (more than one trailing delimiter), in our words."""
    found = _PANDAS_RAGGED.search(str(error))
    if found is None:
        return DataError(
            translate("Data", "{name} could not be read as a table: {reason}; check the row it names").format(
                name=name, reason=str(error).strip().splitlines()[-1]
            )
        )
    columns, line, fields = (int(number) for number in found.groups())
    where = translate("Data", "{name}: line {line} has {fields} fields but the header has {columns}").format(
        name=name, line=line, fields=fields, columns=columns
    )
    fix = translate("Data", "remove the extra {delimiter} at its end").format(
        delimiter=translate_marked("Data", DELIMITER_NAMES[delimiter])
    )
    return DataError(f"{where}; {fix}")


def _read_bytes(path: Path, steps: ReadProgress, limit: int | None = None) -> bytes:
    """The file's bytes, or its first ``limit`` bytes."""
    if not path.exists():
        raise DataError(
            translate(
                "Data",
                "data file '{path}' does not exist; check data.source (a relative path starts at the project file's folder)",
            ).format(path=path)
        )
    if path.is_dir():
        raise DataError(
            translate("Data", "'{path}' is a folder, not a data file; set data.source to a .csv file inside it").format(
                path=path
            )
        )
    try:
        size = max(path.stat().st_size if limit is None else min(path.stat().st_size, limit), 1)
        blocks, done = [], 0
        with path.open("rb") as handle:
            while done < size and (block := handle.read(READ_BLOCK if limit is None else min(READ_BLOCK, limit - done))):
                blocks.append(block)
                done += len(block)
                steps(done / size)
        return b"".join(blocks)
    except PermissionError:
        raise DataError(
            translate("Data", "cannot read {name}: permission denied; allow reading it or copy it somewhere you own").format(
                name=path.name
            )
        ) from None
    except OSError as error:
        raise DataError(
            translate("Data", "cannot read {name}: {reason}; check the file and try again").format(
                name=path.name, reason=error.strerror
            )
        ) from None


def as_utf8(raw: bytes, name: str) -> tuple[bytes, list[str]]:
    """The file as UTF-8 without a BOM, lines ending in '\\n'; from UTF-8, UTF-16 with a BOM or Windows-1252."""
    not_text = translate(
        "Data",
        "{name} is not a text table (it holds binary data, e.g. a spreadsheet workbook); "
        "save it from the spreadsheet as 'CSV UTF-8' and use that file",
    ).format(name=name)
    warnings = []
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode Text"
        try:
            data = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise DataError(not_text) from None
    elif b"\x00" in raw:
        raise DataError(not_text)
    else:
        try:
            if not raw.isascii():  # plain ASCII is UTF-8 already, and far quicker to tell
                raw.decode("utf-8")  # only to check it is UTF-8: pandas decodes it again, faster
            data = raw.removeprefix(codecs.BOM_UTF8)
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; Latin-1 decodes anything
                text = raw.decode("latin-1")
            data = text.encode("utf-8")
            warnings.append(
                translate(
                    "Data",
                    "{name} is not UTF-8, so it was read as Western European (Windows-1252); "
                    "if letters look wrong, save it as 'CSV UTF-8'",
                ).format(name=name)
            )
    if _looks_binary(data[:4096].decode("utf-8", errors="ignore")):
        raise DataError(not_text)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data, warnings


def detect_layout(data: bytes) -> tuple[str, str]:
    """(delimiter, decimal mark) of a table's UTF-8 bytes, from its first lines."""
    lines = _head_lines(data)
    delimiter = _detect_delimiter(lines[: SAMPLE_LINES + 1])
    return delimiter, _detect_decimal(lines[1 : SAMPLE_LINES + 1], delimiter)


def _looks_binary(sample: str) -> bool:
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f")
    return controls > len(sample) * 0.01


def _head_lines(data: bytes) -> list[str]:
    """The first non-empty lines, enough to detect the delimiter and the decimal mark."""
    head = data[:HEAD_BYTES]
    if len(data) > HEAD_BYTES:
        head = head[: head.rfind(b"\n") + 1] or head  # no half line at the end
    lines = [line for line in head.decode("utf-8", errors="ignore").split("\n") if line.strip()]
    return lines[: SAMPLE_LINES + 1]


def _detect_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the header into most columns consistently with the rows below it."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        rows = list(csv.reader(lines, delimiter=delimiter, skipinitialspace=True))
        width = len(rows[0])
        if width < 2:
            continue
        body = rows[1:]
        agreement = sum(len(row) == width for row in body) / len(body) if body else 1.0
        if agreement >= 0.9:
            return delimiter
        if (agreement, width) > best_score:
            best, best_score = delimiter, (agreement, width)
    return best


def _detect_decimal(lines: list[str], delimiter: str) -> str:
    """',' for European tables ("7,4" with ';' between fields), else '.'."""
    if delimiter == ",":
        return "."
    cells = [cell.strip() for row in csv.reader(lines, delimiter=delimiter) for cell in row]
    commas = sum(bool(_COMMA_DECIMAL.match(cell)) for cell in cells)
    dots = sum(bool(DOT_DECIMAL.match(cell)) for cell in cells)
    return "," if commas > dots else "."


def _check_rows(data: bytes, delimiter: str, name: str, steps: ReadProgress) -> list[str]:
    """The header, after checking every row has its width and no column name repeats."""
    start, number = 0, 1
    while not (line := _line_at(data, start)).strip():
        start, number = start + len(line) + 1, number + 1
    header = _split_line(line.decode("utf-8", errors="replace"), delimiter)
    _check_header(header, name)
    unusual, open_quote = _unusual_lines(data, delimiter, len(header) - 1, steps)
    if open_quote:  # a quoted value runs over several lines: only the csv module follows it
        return _check_quoted_rows(data.decode("utf-8", errors="replace"), header, delimiter, name)
    for line_number, begin, end in unusual:
        if line_number > number:
            row = _split_line(data[begin:end].rstrip(b"\n").decode("utf-8", errors="replace"), delimiter)
            _check_row(row, header, line_number, delimiter, name)
    return header


def _line_at(data: bytes, start: int) -> bytes:
    end = data.find(b"\n", start)
    return data[start : len(data) if end < 0 else end]


def _unusual_lines(
    data: bytes, delimiter: str, expected: int, steps: ReadProgress
) -> tuple[list[tuple[int, int, int]], bool]:
    """(line number, start, end) of each line without ``expected`` delimiters or with quotes, and
    whether one of them leaves a quote open.

    Most rows are plain, so numpy counts the delimiters of every line, a block of lines at a time
    (the csv module reading a million rows takes seconds); only the unusual lines need it.
    """
    unusual, open_quote = [], False
    done_lines, start = 0, 0
    while start < len(data):
        stop = data.find(b"\n", min(start + READ_BLOCK, len(data)))
        stop = len(data) if stop < 0 else stop + 1
        block = np.frombuffer(data, dtype=np.uint8, count=stop - start, offset=start)
        starts = np.concatenate(([0], np.flatnonzero(block == ord("\n")) + 1))
        starts = starts[starts < len(block)]
        bounds = np.append(starts, len(block))

        def per_line(char: str, block: np.ndarray = block, bounds: np.ndarray = bounds) -> np.ndarray:
            return np.diff(np.searchsorted(np.flatnonzero(block == ord(char)), bounds))

        quotes = per_line('"') if b'"' in data[start:stop] else np.zeros(len(starts), dtype=np.int64)
        odd = np.flatnonzero((per_line(delimiter) != expected) | (quotes > 0))
        open_quote = open_quote or bool(np.any(quotes[odd] % 2))
        unusual += [(done_lines + i + 1, start + int(bounds[i]), start + int(bounds[i + 1])) for i in odd.tolist()]
        done_lines += len(starts)
        start = stop
        steps(start / len(data))
    return unusual, open_quote


def _check_quoted_rows(text: str, header: list[str], delimiter: str, name: str) -> list[str]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
    seen_header = False
    for row in reader:
        if not seen_header:
            seen_header = bool(row) and any(cell.strip() for cell in row)
            continue
        _check_row(row, header, reader.line_num, delimiter, name)
    return header


def _split_line(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])


def _check_row(row: list[str], header: list[str], line: int, delimiter: str, name: str) -> None:
    if not any(cell.strip() for cell in row):
        return  # a blank line, or only delimiters: pandas skips it or _tidy drops it
    extra = row[len(header) :]
    if len(row) >= len(header) and not any(cell.strip() for cell in extra):
        return  # trailing delimiters from a spreadsheet
    where = translate("Data", "{name}: line {line} has {fields} fields but the header has {columns}").format(
        name=name, line=line, fields=len(row), columns=len(header)
    )
    shown = translate_marked("Data", DELIMITER_NAMES[delimiter])
    if len(row) > len(header) and delimiter == ",":
        fix = translate(
            "Data",
            "remove the extra {delimiter} or put quotes around values that contain one "
            "(numbers with a decimal comma such as 7,4 need quotes, or ';' between fields)",
        ).format(delimiter=shown)
    elif len(row) > len(header):
        fix = translate("Data", "remove the extra {delimiter} or put quotes around values that contain one").format(
            delimiter=shown
        )
    else:
        fix = translate("Data", "fill in the missing values (an empty value still needs its {delimiter})").format(
            delimiter=shown
        )
    raise DataError(f"{where}; {fix}")


def _parse(source: Path | bytes, delimiter: str, decimal: str, spaced: bool, steps: ReadProgress) -> pd.DataFrame:
    """The table from ``source``: the file itself (read at pandas's own speed, on every core, and
    stopped only before and after), or its bytes when they had to be re-encoded."""
    steps(0.0)  # the last chance to stop before a file pandas reads itself
    return pd.read_csv(
        source if isinstance(source, Path) else _ProgressReader(source, steps),
        sep=delimiter,
        decimal=decimal,
        skipinitialspace=spaced,  # costs pandas a third of its time: only where there are spaces
        index_col=False,  # rows ending in a delimiter must not turn the first column into an index
        na_values=["?"],  # UCI-style tables mark missing values with "?"
        encoding="utf-8",
    )


class _ProgressReader(io.RawIOBase):
    """The table's bytes as a file that tells how far pandas has read, so reading can be stopped."""

    def __init__(self, data: bytes, steps: ReadProgress) -> None:
        super().__init__()
        self._data = io.BytesIO(data)
        self._size = max(len(data), 1)
        self._steps = steps

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        block = self._data.read(size)
        self._steps(self._data.tell() / self._size)  # pandas asks for a block at a time
        return block


def _check_header(header: list[str], name: str) -> None:
    positions: dict[str, list[int]] = {}
    for number, column in enumerate(header, start=1):
        if column.strip():
            positions.setdefault(column, []).append(number)
    for column, numbers in positions.items():
        if len(numbers) > 1:
            if len(numbers) == 2:
                times = translate("Data", "twice")
            else:
                times = translate("Data", "{count} times").format(count=len(numbers))
            places = translate("Data", "{first} and {last}").format(
                first=", ".join(str(n) for n in numbers[:-1]), last=numbers[-1]
            )
            raise DataError(
                translate("Data", "{name}: column '{column}' appears {times} (columns {places}); rename one").format(
                    name=name, column=column, times=times, places=places
                )
            )


def _tidy(frame: pd.DataFrame, header: list[str], name: str, warnings: list[str]) -> tuple[pd.DataFrame, list[str]]:
    """Drop what a spreadsheet adds around a table and turn quoted decimal-comma numbers into numbers."""
    for number, (written, column) in enumerate(zip(header, list(frame.columns)), start=1):
        if written.strip():
            continue
        if frame[column].isna().all():
            frame = frame.drop(columns=column)  # a trailing delimiter, not a column
        else:
            warnings.append(
                translate(
                    "Data", "column {number} of {name} has no name, so it is called '{column}'; name it in the header row"
                ).format(number=number, name=name, column=column)
            )
    # A row with no values has none in its first column: only those rows need looking at whole.
    suspects = np.flatnonzero(frame.iloc[:, 0].isna().to_numpy()) if len(frame.columns) else np.arange(0)
    empty = suspects[frame.iloc[suspects].isna().all(axis=1).to_numpy()]
    if len(empty):
        frame = frame.drop(index=frame.index[empty]).reset_index(drop=True)
        warnings.append(
            translate("Data", "skipped {rows} of {name} that hold no values").format(rows=rows_text(len(empty)), name=name)
        )
    for column in frame.columns:
        if pd.api.types.is_string_dtype(frame[column]) and _is_comma_decimal(frame[column]):
            values = frame[column].dropna()
            example = next(value for value in values if "," in value)
            frame[column] = pd.to_numeric(frame[column].str.replace(",", ".", regex=False))
            warnings.append(
                translate(
                    "Data", "column '{column}' has numbers with a decimal comma (e.g. '{example}'); they were read as numbers"
                ).format(column=column, example=example)
            )
    return frame, warnings


def rows_text(count: int) -> str:
    return counted(count, translate("Data", "row"), translate("Data", "rows"))


def _is_comma_decimal(series: pd.Series) -> bool:
    values = pd.Series(series.dropna().unique()).astype("str").str.strip()  # a million rows, a few values
    with_comma = values[values.str.contains(",", regex=False)]
    return (
        not with_comma.empty
        and bool(values.str.fullmatch(_COMMA_DECIMAL_OR_INTEGER).all())
        # "1,234" everywhere is more likely a thousands separator; leave such a column to be reported
        and not with_comma.str.fullmatch(_THOUSANDS).all()
    )
