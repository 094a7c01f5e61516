"""A big clean table goes straight to pandas; anything unusual still gets the careful reading's answer.

The quick way learns from the file's first megabyte and from pandas's own answer what the careful
way learns from every byte. Each table here is read both ways and must give the same frame and
warnings, or the same one-line error.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import nnbuilder.engine.csv_reading as reading
from nnbuilder.engine.csv_reading import read_table
from nnbuilder.spec.errors import DataError

LATE = 60  # past the first lines the quick way looks at

TABLES: dict[str, bytes] = {
    "plain": b"a,b,label\n" + b"".join(b"%d,%d.5,%d\n" % (i, i, i % 2) for i in range(80)),
    "semicolons and decimal commas": b"a;b;c\n" + b"".join(b"%d,5;%d;x%d\n" % (i, i, i % 3) for i in range(80)),
    "tabs": b"a\tb\n" + b"".join(b"%d\t%d\n" % (i, -i) for i in range(80)),
    "windows line endings": b"a,b\r\n" + b"".join(b"%d,%d\r\n" % (i, i) for i in range(80)),
    "old mac line endings": b"a,b\r" + b"".join(b"%d,%d\r" % (i, i) for i in range(80)),
    "utf-8 bom": b"\xef\xbb\xbfa,b\n" + b"".join(b"%d,%d\n" % (i, i) for i in range(80)),
    "trailing delimiters": b"a,b,c\n" + b"".join(b"%d,%d,%d,\n" % (i, i, i) for i in range(80)),
    "a late row with an extra value": b"a,b,c\n" + b"".join(b"%d,%d,%d\n" % (i, i, i) for i in range(LATE)) + b"1,2,3,4\n",
    "a late row missing a value": b"a,b,c\n" + b"".join(b"%d,%d,%d\n" % (i, i, i) for i in range(LATE)) + b"1,2\n",
    "a late row with two trailing delimiters": b"a,b,c\n"
    + b"".join(b"%d,%d,%d\n" % (i, i, i) for i in range(LATE))
    + b"1,2,3,,\n",
    "the first row with an extra value": b"a,b,c\n1,2,3,4\n" + b"".join(b"%d,%d,%d\n" % (i, i, i) for i in range(LATE)),
    "missing values at the end of rows": b"a,b,c\n" + b"".join(b"%d,%d,%s\n" % (i, i, b"" if i % 7 else b"?") for i in range(80)),
    "blank lines and rows of delimiters": b"a,b\n1,2\n\n3,4\n,\n" + b"".join(b"%d,%d\n" % (i, i) for i in range(LATE)),
    "quoted values over two lines": b'note,x\n"two\nlines",1\n' + b"".join(b"plain%d,%d\n" % (i, i) for i in range(LATE)),
    "quoted delimiters late": b"name,x\n" + b"".join(b"n%d,%d\n" % (i, i) for i in range(LATE)) + b'"a, b",9\n',
    "spaces after delimiters late": b"kind,x\n"
    + b"".join(b"k%d,%d\n" % (i % 3, i) for i in range(LATE))
    + b"".join(b"k%d, %d\n" % (i % 3, i) for i in range(20)),
    "windows-1252 late": b"town,x\n" + b"".join(b"t%d,%d\n" % (i, i) for i in range(LATE)) + "Çorum,1\n".encode("cp1252"),
    "a repeated column name": b"a,b,a\n" + b"".join(b"%d,%d,%d\n" % (i, i, i) for i in range(80)),
    "a header and no rows": b"a,b,c\n",
    "an unnamed column with values": b"a,,c\n" + b"".join(b"%d,%d,%d\n" % (i, i, i) for i in range(80)),
    "quoted decimal commas": b"a,b\n" + b"".join(b'"%d,5",%d\n' % (i, i) for i in range(80)),
    "empty": b"",
}

# Tables the quick way answers by itself (the others it hands to the careful reading).
QUICK = {
    "plain", "semicolons and decimal commas", "tabs", "windows line endings", "utf-8 bom", "a late row missing a value",
    "missing values at the end of rows", "blank lines and rows of delimiters", "quoted delimiters late",
    "spaces after delimiters late", "a repeated column name", "an unnamed column with values", "quoted decimal commas",
}  # fmt: skip


def outcome(path: Path) -> tuple[str, object, object]:
    try:
        frame, warnings = read_table(path)
    except DataError as error:
        return ("error", str(error), None)
    return ("table", frame, warnings)


def assert_same(quick: tuple[str, object, object], careful: tuple[str, object, object]) -> None:
    assert quick[0] == careful[0], (quick, careful)
    if quick[0] == "error":
        assert quick[1] == careful[1]
    else:
        pd.testing.assert_frame_equal(quick[1], careful[1])
        assert quick[2] == careful[2]


@pytest.mark.parametrize("name", TABLES)
def test_the_quick_way_gives_the_careful_answer(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "table.csv"
    path.write_bytes(TABLES[name])
    monkeypatch.setattr(reading, "PLAIN_READ_BYTES", 1 << 40)  # every file read carefully
    careful = outcome(path)
    monkeypatch.setattr(reading, "PLAIN_READ_BYTES", 0)  # every file tried the quick way first
    carefully: list[Path] = []
    original = reading._read_carefully
    monkeypatch.setattr(reading, "_read_carefully", lambda path, steps: carefully.append(path) or original(path, steps))
    assert_same(outcome(path), careful)
    assert (not carefully) == (name in QUICK)


def test_two_trailing_delimiters_are_an_error_that_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(TABLES["a late row with two trailing delimiters"])
    with pytest.raises(DataError) as excinfo:
        read_table(path)
    assert str(excinfo.value) == f"t.csv: line {LATE + 2} has 5 fields but the header has 3; remove the extra ',' at its end"


@pytest.fixture(scope="module")
def big_rows() -> list[bytes]:
    """Rows enough for pandas to read the file in parallel pieces (it does from 5 MB)."""
    return [b"%d,%d.25,%d" % (i, 2 * i, i % 7) for i in range(330_000)]


@pytest.mark.parametrize("kind", ["extra value", "missing value", "missing last value"])
def test_a_ragged_row_anywhere_in_a_big_file_is_found(
    kind: str, big_rows: list[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.csv"
    rng = np.random.default_rng(len(kind))
    for position in [0, 1_000, *rng.integers(2, len(big_rows), 3).tolist(), len(big_rows) - 1]:
        rows = list(big_rows)
        row = rows[position]
        rows[position] = {
            "extra value": row + b",9",
            "missing value": row.rsplit(b",", 1)[0],
            "missing last value": row.rsplit(b",", 1)[0] + b",",
        }[kind]
        path.write_bytes(b"a,b,c\n" + b"\n".join(rows) + b"\n")
        assert path.stat().st_size > 5 << 20
        monkeypatch.setattr(reading, "PLAIN_READ_BYTES", 1 << 40)
        careful = outcome(path)
        monkeypatch.undo()
        quick = outcome(path)
        assert_same(quick, careful)
        if kind == "missing last value":  # an empty cell: the row is read, with a missing value
            assert quick[0] == "table" and quick[1]["c"].isna().sum() == 1
        else:
            assert quick[0] == "error" and f"line {position + 2} has" in str(quick[1])


def test_a_clean_big_file_is_read_by_pandas_from_the_file(big_rows: list[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b,c\n" + b"\n".join(big_rows) + b"\n")
    read_whole: list[int | None] = []
    original = reading._read_bytes
    monkeypatch.setattr(reading, "_read_bytes", lambda *args, **kwargs: read_whole.append(kwargs.get("limit")) or original(*args, **kwargs))
    frame, warnings = read_table(path)
    assert read_whole == [reading.HEAD_BYTES]  # only the first megabyte was read here
    pd.testing.assert_frame_equal(frame, pd.read_csv(path))
    assert warnings == []
