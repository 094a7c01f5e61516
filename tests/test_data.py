"""What a student notices when nnbuilder reads their table and turns it into training arrays."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from nnbuilder.engine.data import (
    LoadCancelled,
    MedianImputer,
    Suggestion,
    Task,
    column_roles,
    describe_columns,
    infer_task,
    load_source,
    prepare,
    prepare_table,
    read_table,
    suggest_output,
    with_role,
)
from nnbuilder.spec.errors import DataError
from nnbuilder.spec.project import DataSpec

RED_WINE = Path(__file__).resolve().parents[2] / "shared" / "data" / "red-wine.csv"
WINE_FEATURES = [
    "fixed acidity", "volatile acidity", "citric acid", "residual sugar", "chlorides", "free sulfur dioxide",
    "total sulfur dioxide", "density", "pH", "sulphates", "alcohol",
]


def write(folder: Path, text: str, name: str = "data.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def numbers_table(rows: int = 40, seed: int = 0) -> str:
    """A comma CSV with two numeric features and a 0/1 target."""
    rng = np.random.default_rng(seed)
    lines = ["a,b,label"]
    for _ in range(rows):
        a, b = rng.normal(size=2)
        lines.append(f"{a:.4f},{b:.4f},{int(a + b > 0)}")
    return "\n".join(lines) + "\n"


def error_text(excinfo: pytest.ExceptionInfo[DataError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message, "a DataError is one line"
    return message


# ---------------------------------------------------------------------------------------------
# Reading files


def test_semicolon_and_decimal_comma_read_as_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "fixed acidity;pH;quality\n7,4;3,51;5\n7,8;3,2;5\n11,2;3,16;6\n")
    frame, warnings = read_table(path)
    assert list(frame.columns) == ["fixed acidity", "pH", "quality"]
    assert frame["fixed acidity"].tolist() == [7.4, 7.8, 11.2]
    assert frame["pH"].tolist() == [3.51, 3.2, 3.16]
    assert pd.api.types.is_integer_dtype(frame["quality"])
    assert warnings == []


def test_quoted_decimal_commas_in_a_comma_file_become_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, 'name,weight\nanna,"7,4"\nben,"12,25"\ncleo,8\n')
    frame, warnings = read_table(path)
    assert frame["weight"].tolist() == [7.4, 12.25, 8.0]
    assert any("decimal comma" in warning and "weight" in warning for warning in warnings)


def test_tab_separated(tmp_path: Path) -> None:
    frame, _ = read_table(write(tmp_path, "x\ty\tcolour name\n1.5\t2\tred\n3.5\t4\tdark blue\n", "data.tsv"))
    assert list(frame.columns) == ["x", "y", "colour name"]
    assert frame["x"].tolist() == [1.5, 3.5]
    assert frame["colour name"].tolist() == ["red", "dark blue"]


def test_pipe_separated(tmp_path: Path) -> None:
    frame, _ = read_table(write(tmp_path, "a|b\n1|2\n3|4\n"))
    assert frame.to_dict("list") == {"a": [1, 3], "b": [2, 4]}


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    frame, warnings = read_table(write(tmp_path, "alcohol,quality\n9.4,5\n9.8,6\n", encoding="utf-8-sig"))
    assert list(frame.columns) == ["alcohol", "quality"]
    assert warnings == []


def test_latin1_header_keeps_its_accent(tmp_path: Path) -> None:
    frame, warnings = read_table(write(tmp_path, "acidité;qualité\n7,4;5\n7,8;6\n", encoding="latin-1"))
    assert list(frame.columns) == ["acidité", "qualité"]
    assert frame["acidité"].tolist() == [7.4, 7.8]
    assert any("UTF-8" in warning for warning in warnings)


def test_utf8_non_ascii_headers_kept(tmp_path: Path) -> None:
    frame, warnings = read_table(write(tmp_path, "größe,Ölpreis €\n1,2\n3,4\n"))
    assert list(frame.columns) == ["größe", "Ölpreis €"]
    assert warnings == []


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings(tmp_path: Path, newline: str) -> None:
    frame, _ = read_table(write(tmp_path, newline.join(["a,b", "1,x", "2,y", ""])))
    assert frame.to_dict("list") == {"a": [1, 2], "b": ["x", "y"]}


def test_headers_with_spaces_are_kept(tmp_path: Path) -> None:
    frame, _ = read_table(write(tmp_path, "fixed acidity,total sulfur dioxide\n7.4,34\n"))
    assert list(frame.columns) == ["fixed acidity", "total sulfur dioxide"]


def test_trailing_delimiters_from_a_spreadsheet_are_ignored(tmp_path: Path) -> None:
    frame, _ = read_table(write(tmp_path, "a,b,\n1,2,\n3,4,\n,,\n"))
    assert frame.to_dict("list") == {"a": [1, 3], "b": [2, 4]}


def test_unnamed_column_with_values_is_named_in_a_warning(tmp_path: Path) -> None:
    frame, warnings = read_table(write(tmp_path, ",a\n0,1\n1,2\n"))
    assert list(frame.columns) == ["Unnamed: 0", "a"]
    assert warnings == ["column 1 of data.csv has no name, so it is called 'Unnamed: 0'; name it in the header row"]


def test_question_marks_are_missing_values(tmp_path: Path) -> None:
    frame, _ = read_table(write(tmp_path, "mpg,horsepower\n18,130\n25,?\n"))
    assert frame["horsepower"].isna().tolist() == [False, True]
    assert pd.api.types.is_float_dtype(frame["horsepower"])


def test_reading_never_changes_the_file(tmp_path: Path) -> None:
    text = "acidité;qualité\r\n7,4;5\r\n7,8;6\r\n"
    path = write(tmp_path, text, encoding="cp1252")
    before = path.read_bytes()
    read_table(path)
    prepare(DataSpec(source=path.name, target="qualité", validation_split=0), tmp_path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ["data.csv", "empty"]),
        (b"  \n\n", ["data.csv", "empty"]),
        (b"a,b,c\n", ["data.csv", "header", "no rows"]),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", ["data.csv", "not a text table", "CSV"]),
        (bytes(range(256)) * 4, ["data.csv", "not a text table"]),
        (bytes(range(1, 256)) * 4, ["data.csv", "not a text table"]),
    ],
    ids=["empty", "blank-lines", "header-only", "xlsx", "binary", "binary-without-nul"],
)
def test_unusable_files_say_why(tmp_path: Path, content: bytes, words: list[str]) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    with pytest.raises(DataError) as excinfo:
        read_table(path)
    message = error_text(excinfo)
    for word in words:
        assert word in message


def test_ragged_row_names_the_line(tmp_path: Path) -> None:
    rows = ["a,b,c,d"] + [f"{i},{i},{i},{i}" for i in range(5)] + ["1,2,3,4,5", "1,2,3,4"]
    with pytest.raises(DataError) as excinfo:
        read_table(write(tmp_path, "\n".join(rows) + "\n"))
    message = error_text(excinfo)
    assert "line 7 has 5 fields but the header has 4" in message
    assert "data.csv" in message and "quotes" in message and "decimal comma" in message


def test_short_row_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(DataError) as excinfo:
        read_table(write(tmp_path, "a;b;c\n1;2;3\n1;2\n"))
    assert "line 3 has 2 fields but the header has 3" in error_text(excinfo)


def test_quoted_delimiters_are_not_ragged(tmp_path: Path) -> None:
    frame, _ = read_table(write(tmp_path, 'name,notes\nanna,"likes red, blue"\nben,"line one\nline two"\n'))
    assert frame["notes"].tolist() == ["likes red, blue", "line one\nline two"]


def test_a_quoted_value_over_two_lines_still_finds_the_ragged_row(tmp_path: Path) -> None:
    path = write(tmp_path, 'note,x\n"two\nlines",1\nplain,2\nextra,3,4\n')
    with pytest.raises(DataError) as excinfo:
        read_table(path)
    assert "line 5 has 3 fields but the header has 2" in error_text(excinfo)
    frame, _ = read_table(write(tmp_path, 'note,x\n"two\nlines",1\nplain,2\n', "ok.csv"))
    assert frame["note"].tolist() == ["two\nlines", "plain"]


def test_progress_is_reported_and_reading_can_be_stopped(tmp_path: Path) -> None:
    path = write(tmp_path, numbers_table(2000))
    before = path.read_bytes()
    seen: list[float] = []
    frame, _ = read_table(path, lambda fraction: seen.append(fraction) or True)
    assert len(frame) == 2000
    assert seen == sorted(seen) and seen[0] == 0.0 and seen[-1] == 1.0

    asked: list[float] = []
    with pytest.raises(LoadCancelled):
        read_table(path, lambda fraction: asked.append(fraction) or fraction < 0.2)
    assert max(asked) < 1.0
    with pytest.raises(LoadCancelled):
        load_source(DataSpec(source="builtin:iris"), None, lambda fraction: False)
    assert path.read_bytes() == before


def test_a_large_file_reads_as_pandas_reads_it(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    expected = pd.DataFrame(
        {"x": rng.normal(size=60_000).round(4), "n": rng.integers(0, 9, 60_000), "kind": rng.choice(["a", "b"], 60_000)}
    )
    path = tmp_path / "large.csv"
    expected.to_csv(path, index=False)
    frame, warnings = read_table(path)
    pd.testing.assert_frame_equal(frame, pd.read_csv(path))
    assert warnings == []


def test_duplicate_column_names_name_the_column(tmp_path: Path) -> None:
    header = "a,b,pH,c,d,e,f,g,pH"
    with pytest.raises(DataError) as excinfo:
        read_table(write(tmp_path, header + "\n" + ",".join("1" * 9) + "\n"))
    assert "column 'pH' appears twice (columns 3 and 9); rename one" in error_text(excinfo)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError) as excinfo:
        read_table(tmp_path / "nope.csv")
    assert "nope.csv" in error_text(excinfo) and "does not exist" in str(excinfo.value)
    with pytest.raises(DataError) as excinfo:
        read_table(tmp_path)
    assert "folder" in error_text(excinfo)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a,b\n1,2\n")

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # chmod does not stop root, who may run the tests
    with pytest.raises(DataError) as excinfo:
        read_table(path)
    assert "data.csv" in error_text(excinfo) and "permission denied" in str(excinfo.value)


def test_load_source_resolves_relative_paths_against_the_project_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    write(tmp_path / "data", "a,b\n1,2\n", "t.csv")
    table = load_source(DataSpec(source="data/t.csv"), tmp_path)
    assert (table.name, table.default_target, len(table.frame)) == ("t.csv", None, 1)
    table = load_source(DataSpec(source="builtin:iris"), None)
    assert (table.name, table.default_target) == ("builtin:iris", "species")
    with pytest.raises(DataError, match="unknown built-in data set 'irs'"):
        load_source(DataSpec(source="builtin:irs"), None)
    with pytest.raises(DataError, match="data.source is empty"):
        load_source(DataSpec(source=""), None)


# ---------------------------------------------------------------------------------------------
# Choosing features


def test_spreadsheet_dates_are_left_out_with_a_warning(tmp_path: Path) -> None:
    months = ["7-Apr", "3-Mar", "12-Jan", "5.5", "6.1", "8-Feb"] * 5
    lines = ["acid,ph,label"] + [f"{i % 7}.5,{m},{i % 2}" for i, m in enumerate(months)]
    prepared = prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label"), None)
    assert prepared.input_columns == ["acid"]
    assert prepared.feature_names == ["acid"]
    (warning,) = [w for w in prepared.warnings if "'ph'" in w]
    assert "7-Apr" in warning and "left out" in warning and "formatted as numbers" in warning


def test_spoiled_column_in_a_european_file_shows_the_date(tmp_path: Path) -> None:
    values = ["7,4", "7-Apr", "3,2", "6,1"] * 5
    lines = ["acid;ph;label"] + [f"{i},5;{v};{i % 2}" for i, v in enumerate(values)]
    prepared = prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label"), None)
    assert prepared.input_columns == ["acid"]
    assert any("'ph'" in w and "'7-Apr'" in w for w in prepared.warnings)


def test_numbers_with_stray_text_are_left_out(tmp_path: Path) -> None:
    values = ["7.4", "7.8", "7.8 g", "11.2", "about 8", "9.1"] * 4
    lines = ["acid,weight,label"] + [f"{i},{v},{i % 2}" for i, v in enumerate(values)]
    prepared = prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label"), None)
    assert prepared.input_columns == ["acid"]
    assert any("'weight'" in w and "7.8 g" in w for w in prepared.warnings)


def test_text_categories_become_one_hot_inputs(tmp_path: Path) -> None:
    colours = ["red", "white", "rosé"] * 10
    lines = ["alcohol,colour,label"] + [f"{9 + i % 5},{c},{i % 2}" for i, c in enumerate(colours)]
    prepared = prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label"), None)
    assert prepared.feature_names == ["alcohol", "colour=red", "colour=rosé", "colour=white"]
    assert prepared.input_width == 4
    one_hot = np.vstack([prepared.x_train, prepared.x_val])[:, 1:]
    assert set(np.unique(one_hot)) == {0.0, 1.0} and (one_hot.sum(axis=1) == 1).all()


def test_id_like_text_column_is_left_out(tmp_path: Path) -> None:
    lines = ["student,score,passed"] + [f"name{i},{i % 10},{i % 2}" for i in range(30)]
    prepared = prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="passed"), None)
    assert prepared.input_columns == ["score"]
    assert any("'student'" in w and "30 different" in w for w in prepared.warnings)


def test_bool_columns_become_zero_and_one(tmp_path: Path) -> None:
    lines = ["smoker,age,label"] + [f"{['True', 'False'][i % 2]},{20 + i},{i % 3 == 0}" for i in range(20)]
    spec = DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label", scaling="none", validation_split=0)
    prepared = prepare(spec, None)
    assert prepared.feature_names == ["smoker", "age"]
    assert set(prepared.x_train[:, 0]) == {0.0, 1.0}
    assert prepared.task.classes == ["False", "True"]


def test_no_usable_feature_is_an_error(tmp_path: Path) -> None:
    lines = ["student,label"] + [f"name{i},{i % 2}" for i in range(30)]
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label"), None)
    assert "no usable feature" in error_text(excinfo)


def test_unknown_target_and_feature_suggest_close_names(tmp_path: Path) -> None:
    path = str(write(tmp_path, numbers_table()))
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=path, target="lable"), None)
    assert "target column 'lable'" in error_text(excinfo) and "'label'" in str(excinfo.value)
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=path, target="label", features=["a", "zzz"]), None)
    assert "feature column 'zzz'" in error_text(excinfo) and "a, b, label" in str(excinfo.value)


def test_no_target_lists_the_columns(tmp_path: Path) -> None:
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=str(write(tmp_path, numbers_table()))), None)
    assert "no target column chosen; set data.target to one of: a, b, label" == error_text(excinfo)


def test_builtin_target_is_the_default() -> None:
    prepared = prepare(DataSpec(source="builtin:iris"), None)
    assert prepared.task.target == "species" and prepared.input_width == 4


# ---------------------------------------------------------------------------------------------
# Missing values


def gappy_table(tmp_path: Path) -> str:
    lines = ["a,colour,label"]
    for i in range(40):
        a = "" if i in (3, 17) else str(i)
        colour = "" if i == 25 else ["red", "blue"][i % 2]
        label = "" if i in (8, 9, 10) else str(i % 2)
        lines.append(f"{a},{colour},{label}")
    return str(write(tmp_path, "\n".join(lines) + "\n"))


def test_missing_feature_values_dropped(tmp_path: Path) -> None:
    prepared = prepare(DataSpec(source=gappy_table(tmp_path), target="label", missing="drop"), None)
    assert prepared.rows_dropped == 6
    assert len(prepared.x_train) + len(prepared.x_val) == 34
    assert any("dropped 3 rows with no value in the target 'label'" in w for w in prepared.warnings)
    assert any("dropped 3 rows with missing feature values" in w for w in prepared.warnings)


def test_missing_feature_values_imputed(tmp_path: Path) -> None:
    prepared = prepare(DataSpec(source=gappy_table(tmp_path), target="label", missing="impute"), None)
    assert prepared.rows_dropped == 3  # only the rows without a target
    assert len(prepared.x_train) + len(prepared.x_val) == 37
    assert not np.isnan(prepared.x_train).any() and not np.isnan(prepared.x_val).any()
    assert any("filled in missing feature values in 3 rows" in w for w in prepared.warnings)


def test_imputer_learns_from_training_rows_only(tmp_path: Path) -> None:
    # An unscaled id column shows exactly which rows went to training.
    a = {i: float(i * i) for i in range(40) if i % 6 != 0}
    lines = ["id,a,label"] + [f"{i},{a.get(i, '')},{i % 2}" for i in range(40)]
    spec = DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label", missing="impute", scaling="none")
    prepared = prepare(spec, None)
    train_ids = prepared.x_train[:, 0].astype(int)
    learned = prepared.preprocessor.named_transformers_["numbers"].named_steps["impute"].statistics_[1]
    assert learned == np.median([a[i] for i in train_ids if i in a])
    val_ids = prepared.x_val[:, 0].astype(int)
    filled = prepared.x_val[[i not in a for i in val_ids], 1]
    assert len(filled) > 0 and (filled == learned).all()


# ---------------------------------------------------------------------------------------------
# Scaling, splitting, encoding


def test_median_imputer_gives_scikit_learns_numbers() -> None:
    from sklearn.impute import SimpleImputer

    train = pd.DataFrame({"a": [1.0, np.nan, 4.0, 10.0], "b": [np.nan] * 4, "c": [2.0, 3.0, np.nan, np.nan]})
    new = pd.DataFrame({"a": [np.nan, 5.0], "b": [np.nan, 1.0], "c": [np.nan, np.nan]})
    ours = MedianImputer().fit(train)
    theirs = SimpleImputer(strategy="median", keep_empty_features=True).fit(train)
    np.testing.assert_array_equal(ours.statistics_, theirs.statistics_)
    np.testing.assert_array_equal(ours.transform(new), theirs.transform(new))
    assert list(ours.get_feature_names_out()) == ["a", "b", "c"]
    assert new.isna().sum().sum() == 4  # the table given is left as it is


def test_scaler_is_fitted_on_the_training_split_only(tmp_path: Path) -> None:
    prepared = prepare(DataSpec(source=str(write(tmp_path, numbers_table(60))), target="label"), None)
    np.testing.assert_allclose(prepared.x_train.mean(axis=0), 0.0, atol=1e-6)
    np.testing.assert_allclose(prepared.x_train.std(axis=0), 1.0, atol=1e-5)
    assert np.abs(prepared.x_val.mean(axis=0)).max() > 1e-3


def test_minmax_and_no_scaling(tmp_path: Path) -> None:
    path = str(write(tmp_path, numbers_table(60)))
    minmax = prepare(DataSpec(source=path, target="label", scaling="minmax"), None)
    assert minmax.x_train.min() == 0.0 and minmax.x_train.max() == 1.0
    raw = prepare(DataSpec(source=path, target="label", scaling="none", validation_split=0), None)
    expected = pd.read_csv(path)[["a", "b"]].to_numpy(dtype=np.float32)
    np.testing.assert_array_equal(raw.x_train, expected)
    assert raw.x_val is None and raw.y_val is None


def test_stratified_split_keeps_class_proportions(tmp_path: Path) -> None:
    lines = ["x,kind"] + [f"{i},{'rare' if i % 10 == 0 else 'common'}" for i in range(200)]
    prepared = prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="kind"), None)
    assert prepared.task.classes == ["common", "rare"]
    assert prepared.y_train.mean() == pytest.approx(0.1, abs=0.01)
    assert prepared.y_val.mean() == pytest.approx(0.1, abs=0.01)


def test_too_few_rows_to_split(tmp_path: Path) -> None:
    path = str(write(tmp_path, numbers_table(4)))
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=path, target="label", validation_split=0.2), None)
    message = error_text(excinfo)
    assert "4 rows" in message and "validation_split" in message and "add rows" in message


def test_class_with_one_member_cannot_be_stratified(tmp_path: Path) -> None:
    lines = ["x,kind"] + [f"{i},{'a' if i % 2 else 'b'}" for i in range(20)] + ["99,c"]
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="kind"), None)
    message = error_text(excinfo)
    assert "class 'c'" in message and "only 1 row" in message


def test_without_stratify_a_lonely_class_is_fine(tmp_path: Path) -> None:
    lines = ["x,kind"] + [f"{i},{'a' if i % 2 else 'b'}" for i in range(20)] + ["99,c"]
    path = str(write(tmp_path, "\n".join(lines)))
    prepared = prepare(DataSpec(source=path, target="kind", stratify=False), None)
    assert prepared.task.classes == ["a", "b", "c"]
    assert len(prepared.y_train) + len(prepared.y_val) == 21


def test_prepare_table_prepares_a_table_already_read(tmp_path: Path) -> None:
    spec = DataSpec(source=str(write(tmp_path, numbers_table(30))), target="label", scaling="minmax")
    table = load_source(spec, None)
    frame = table.frame.copy()
    from_table = prepare_table(table, spec)
    from_file = prepare(spec, None)
    np.testing.assert_array_equal(from_table.x_train, from_file.x_train)
    np.testing.assert_array_equal(from_table.y_val, from_file.y_val)
    pd.testing.assert_frame_equal(table.frame, frame)  # the table is left as it was read
    with pytest.raises(DataError, match="data.scaling 'wide'"):
        prepare_table(table, DataSpec(source=spec.source, target="label", scaling="wide"))


def test_columns_are_described_in_words() -> None:
    frame = pd.DataFrame({"x": [1.5, None, 2.5], "n": [1, 2, 2], "ok": [True, False, True], "name": ["a", "b", None]})
    described = [(c.name, c.kind, c.missing, c.distinct) for c in describe_columns(frame)]
    assert described == [
        ("x", "number", 1, 2), ("n", "whole number", 0, 2), ("ok", "true/false", 0, 2), ("name", "text", 1, 2)
    ]


def test_a_column_of_measurements_is_counted_only_to_over_ten_thousand_values() -> None:
    rows = 60_000
    frame = pd.DataFrame({
        "x": np.arange(rows) * 0.5,  # every value different
        "few": np.arange(rows) % 7,
        "late": np.r_[np.zeros(rows // 2), np.arange(rows // 2)],  # the first rows look like a category
        "some": np.arange(rows) % 9_000,
    })  # fmt: skip
    described = {c.name: (c.distinct, c.many_distinct) for c in describe_columns(frame)}
    assert described == {"x": (10_000, True), "few": (7, False), "late": (10_000, True), "some": (9_000, False)}


def test_roles_follow_target_and_features() -> None:
    columns = ["a", "b", "c", "y"]
    assert column_roles(columns, DataSpec(source="t.csv", target="y")) == {
        "a": "feature", "b": "feature", "c": "feature", "y": "target"
    }
    spec = DataSpec(source="t.csv", target="y", features=["a", "c"])
    assert column_roles(columns, spec)["b"] == "ignored"
    # A new target: the old one becomes a feature; features stays a list only when some are ignored.
    moved = with_role(spec, columns, "a", "target")
    assert (moved.target, moved.features) == ("a", ["c", "y"])
    everything = with_role(DataSpec(source="t.csv", target="y"), columns, "b", "target")
    assert (everything.target, everything.features) == ("b", None)
    ignored = with_role(everything, columns, "c", "ignored")
    assert ignored.features == ["a", "y"]
    assert with_role(ignored, columns, "c", "feature").features is None
    assert spec.features == ["a", "c"]  # the spec given is never changed
    # A built-in set's own target stays implicit.
    builtin = DataSpec(source="builtin:circles")
    assert column_roles(["x1", "x2", "label"], builtin, "label")["label"] == "target"
    assert with_role(builtin, ["x1", "x2", "label"], "x2", "ignored", "label").target is None


@pytest.mark.parametrize(
    ("task", "loss", "expected"),
    [
        (Task("regression", "y", [], 0.0, 9.0), "mae", Suggestion(1, "linear", "mae", ())),
        (Task("regression", "y", [], 0.0, 9.0), "binary_crossentropy", Suggestion(1, "linear", "mse", ("mae",))),
        (Task("binary", "y", ["no", "yes"]), None, Suggestion(1, "sigmoid", "binary_crossentropy", ("accuracy",))),
        (Task("binary", "y", ["no", "yes"]), "sparse_categorical_crossentropy",
         Suggestion(2, "softmax", "sparse_categorical_crossentropy", ("accuracy",))),
        (Task("multiclass", "y", ["a", "b", "c"]), "mse",
         Suggestion(3, "softmax", "sparse_categorical_crossentropy", ("accuracy",))),
        (Task("multiclass", "y", ["a", "b", "c"]), "categorical_crossentropy",
         Suggestion(3, "softmax", "categorical_crossentropy", ("accuracy",))),
    ],
)  # fmt: skip
def test_suggested_output_fits_the_task(task: Task, loss: str | None, expected: Suggestion) -> None:
    assert suggest_output(task, loss) == expected


def test_suggestion_in_words() -> None:
    binary = suggest_output(Task("binary", "y", ["no", "yes"]))
    assert binary.describe() == "last layer Dense(1, sigmoid), loss binary_crossentropy, metric accuracy"
    assert suggest_output(Task("regression", "y", []), "mae").describe() == "last layer Dense(1, linear), loss mae"


def test_single_class_target_is_an_error(tmp_path: Path) -> None:
    lines = ["x,label"] + [f"{i},yes" for i in range(10)]
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="label"), None)
    assert "only one value ('yes')" in error_text(excinfo)


def test_multiclass_encodings(tmp_path: Path) -> None:
    sparse = prepare(DataSpec(source="builtin:iris"), None, "sparse_categorical_crossentropy")
    assert sparse.y_train.dtype == np.int32 and sparse.y_train.shape == (105,)
    assert set(sparse.y_train) == {0, 1, 2}
    assert prepare(DataSpec(source="builtin:iris"), None).y_train.dtype == np.int32
    one_hot = prepare(DataSpec(source="builtin:iris"), None, "categorical_crossentropy")
    assert one_hot.y_train.dtype == np.float32 and one_hot.y_train.shape == (105, 3)
    np.testing.assert_array_equal(one_hot.y_train.argmax(axis=1), sparse.y_train)


def test_binary_encoding_follows_sorted_labels() -> None:
    prepared = prepare(DataSpec(source="builtin:breast-cancer"), None, "binary_crossentropy")
    assert prepared.task.classes == ["benign", "malignant"]
    assert prepared.y_train.dtype == np.float32 and prepared.y_train.shape[1] == 1
    assert set(np.unique(prepared.y_train)) == {0.0, 1.0}
    circles = prepare(DataSpec(source="builtin:circles", validation_split=0, scaling="none"), None)
    frame = load_source(DataSpec(source="builtin:circles"), None).frame
    np.testing.assert_array_equal(circles.y_train[:, 0], frame["label"].to_numpy(dtype=np.float32))


def test_prepare_is_deterministic_and_seeded(tmp_path: Path) -> None:
    spec = DataSpec(source=str(write(tmp_path, numbers_table(50))), target="label", split_seed=7)
    first, second = prepare(spec, None), prepare(spec, None)
    for name in ("x_train", "y_train", "x_val", "y_val"):
        np.testing.assert_array_equal(getattr(first, name), getattr(second, name))
    spec.split_seed = 8
    assert not np.array_equal(prepare(spec, None).x_train, first.x_train)


def test_preprocessor_turns_new_rows_into_the_same_inputs(tmp_path: Path) -> None:
    lines = ["alcohol,colour,label"] + [f"{9 + i % 5},{['red', 'white'][i % 2]},{i % 2}" for i in range(30)]
    path = write(tmp_path, "\n".join(lines))
    prepared = prepare(DataSpec(source=str(path), target="label", validation_split=0), None)
    new_rows = pd.DataFrame({"alcohol": [9.0, np.nan], "colour": ["white", "green"]})
    inputs = prepared.preprocessor.transform(new_rows[prepared.input_columns])
    assert inputs.shape == (2, prepared.input_width)
    assert inputs[1, 1:].tolist() == [0.0, 0.0]  # an unseen colour lights no one-hot input


# ---------------------------------------------------------------------------------------------
# The task


@pytest.mark.parametrize(
    ("values", "loss", "kind", "classes"),
    [
        (["cat", "dog", "cat"], None, "binary", ["cat", "dog"]),
        (["a", "b", "c", "a"], None, "multiclass", ["a", "b", "c"]),
        ([True, False, True], None, "binary", ["False", "True"]),
        ([0, 1, 1, 0], "mse", "binary", ["0", "1"]),
        ([0.0, 1.0, np.nan], None, "binary", ["0", "1"]),
        ([3, 5, 8, 10, 4], "mae", "regression", []),
        ([3, 5, 8, 10, 4], None, "regression", []),
        ([3, 5, 8, 10, 4], "sparse_categorical_crossentropy", "multiclass", ["3", "4", "5", "8", "10"]),
        ([3, 5, 8, 10, 4], "categorical_crossentropy", "multiclass", ["3", "4", "5", "8", "10"]),
        ([0.5, 1.5, 2.25], "sparse_categorical_crossentropy", "regression", []),
        (list(range(30)), "sparse_categorical_crossentropy", "regression", []),
    ],
)
def test_infer_task(values: list[object], loss: str | None, kind: str, classes: list[str]) -> None:
    task = infer_task(pd.Series(values, name="t"), loss)
    assert (task.kind, task.target, task.classes) == (kind, "t", classes)


def test_regression_task_knows_its_range() -> None:
    task = infer_task(pd.Series([3.5, -1.0, 7.25], name="y"))
    assert (task.target_min, task.target_max) == (-1.0, 7.25)
    assert task.describe() == "predicting a number"


def test_task_descriptions() -> None:
    assert Task("binary", "t", ["a", "b"]).describe() == "one of two classes"
    assert Task("multiclass", "t", ["a", "b", "c"]).describe() == "one of 3 classes"


def test_infer_task_refuses_single_value_and_id_like_targets() -> None:
    with pytest.raises(DataError, match="only one value"):
        infer_task(pd.Series([4, 4, 4], name="t"))
    with pytest.raises(DataError, match="looks like ids or names"):
        infer_task(pd.Series([f"person{i}" for i in range(60)], name="t"))


def test_spoiled_target_is_an_error(tmp_path: Path) -> None:
    lines = ["x,quality"] + [f"{i},{['5', '6', '5-Mar', '7'][i % 4]}" for i in range(20)]
    with pytest.raises(DataError) as excinfo:
        prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="quality"), None)
    assert "'5-Mar'" in error_text(excinfo)


# ---------------------------------------------------------------------------------------------
# The course's red wine table


@pytest.mark.skipif(not RED_WINE.exists(), reason="shared red-wine.csv is not beside the repository")
def test_red_wine_is_a_regression_on_eleven_features() -> None:
    before = RED_WINE.read_bytes()
    prepared = prepare(DataSpec(source=str(RED_WINE), target="quality", validation_split=0.3), None, "mae")
    assert prepared.task.kind == "regression"
    assert (prepared.task.target_min, prepared.task.target_max) == (3.0, 8.0)
    assert prepared.input_columns == WINE_FEATURES and prepared.feature_names == WINE_FEATURES
    assert prepared.x_train.shape == (1119, 11) and prepared.x_val.shape == (480, 11)
    assert prepared.y_train.shape == (1119, 1) and prepared.y_val.shape == (480, 1)
    assert prepared.x_train.dtype == np.float32 and prepared.y_train.dtype == np.float32
    assert prepared.rows_dropped == 0 and prepared.warnings == []
    assert RED_WINE.read_bytes() == before


@pytest.mark.skipif(not RED_WINE.exists(), reason="shared red-wine.csv is not beside the repository")
def test_red_wine_saved_the_european_way_reads_the_same(tmp_path: Path) -> None:
    frame = pd.read_csv(RED_WINE)
    european = tmp_path / "rotwein.csv"
    frame.to_csv(european, sep=";", decimal=",", index=False, encoding="cp1252")
    again, _ = read_table(european)
    pd.testing.assert_frame_equal(again, frame)


def test_validation_rows_know_their_row_of_the_table_after_rows_are_dropped(tmp_path: Path) -> None:
    # Rows 3 and 8 have no target and are dropped; every validation row still names its own row.
    lines = ["x,y"] + [f"{i},{'' if i in (3, 8) else i * 10}" for i in range(40)]
    prepared = prepare(DataSpec(source=str(write(tmp_path, "\n".join(lines))), target="y", scaling="none"), None)
    rows = prepared.validation_rows
    assert rows is not None and len(rows) == len(prepared.y_val) and not {3, 8} & set(rows.tolist())
    np.testing.assert_array_equal(prepared.y_val.ravel(), rows * 10.0)  # y is ten times the row number
    np.testing.assert_array_equal(prepared.x_val.ravel(), rows)


@pytest.mark.parametrize("missing", ["drop", "impute"])
@pytest.mark.parametrize("target", ["height", "kind"])
def test_the_plan_the_data_tab_shows_is_what_training_prepares(missing, target):
    """The Data tab summarises plan_table (nothing fitted to a million rows); training then prepares
    the same inputs, names, rows and warnings."""
    from nnbuilder.engine.data import Table, plan_table, prepare_table

    rng = np.random.default_rng(1)
    rows = 300
    frame = pd.DataFrame({
        "water": rng.normal(size=rows), "soil": rng.choice(["sand", "clay", "loam"], rows),
        "light": rng.normal(size=rows), "height": rng.normal(size=rows), "kind": rng.choice(["a", "b"], rows),
    })  # fmt: skip
    frame.loc[::17, "light"] = np.nan
    frame.loc[5, "soil"] = "peat"  # a category in one row only: it may fall on either side of the split
    table = Table(frame, "plants.csv", None, [])
    spec = DataSpec(source="plants.csv", target=target, missing=missing, validation_split=0.3)
    plan = plan_table(table, spec, "mse" if target == "height" else "binary_crossentropy")
    prepared = prepare_table(table, spec, "mse" if target == "height" else "binary_crossentropy")
    assert plan.feature_names(spec.scaling) == prepared.feature_names
    assert (len(plan.train), len(plan.val)) == (len(prepared.x_train), len(prepared.x_val))
    assert (plan.train_rows, plan.validation_rows) == (len(plan.train), len(plan.val))  # counted before splitting
    assert plan.warnings == prepared.warnings and plan.rows_dropped == prepared.rows_dropped
    assert plan.inputs == prepared.input_columns and plan.task == prepared.task
