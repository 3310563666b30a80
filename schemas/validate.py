"""Lazy validation: good rows go on, each bad row becomes a reject with its reason.

A failure is always pinned on the rows that cause it, never on their neighbours: pandera reports
some failures without a row (a column that cannot be coerced as a whole, a check that raises on
it), so those are traced back to rows, value by value for a coercion, by halving the frame
otherwise.
"""

import json
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors


@dataclass(frozen=True)
class Reject:
    source_path: str | None
    stage: str
    reason: str
    record: str  # the row as JSON


def validate(df: pd.DataFrame, schema: pa.DataFrameSchema, stage: str) -> tuple[pd.DataFrame, list[Reject]]:
    """Validate every row of `df` against `schema`; return the valid rows (coerced) and the rejects."""
    if df.empty:
        return schema.validate(df), []
    reasons: dict[object, list[str]] = {}
    rest = df
    while True:  # each round rejects at least one row of `rest`, so this ends
        if rest.empty:
            good = schema.validate(rest)
            break
        try:
            good = schema.validate(rest, lazy=True)
            break
        except SchemaErrors as err:
            found = _in(rest, _row_reasons(err.failure_cases))
            if not found:  # nothing names a row: find the rows that fail on their own
                found = _in(rest, _uncoercible(rest, schema, err.failure_cases)) or _isolate(rest, schema)
            if not found:  # the rows pass one by one but not together: every one is suspect
                found = {i: _table_reasons(err.failure_cases) for i in rest.index}
            for i, why in found.items():
                reasons.setdefault(i, []).extend(why)
            rest = rest[~rest.index.isin(list(found))]
    rejects = [
        Reject(
            source_path=str(df.at[i, "source_path"]) if "source_path" in df.columns else None,
            stage=stage,
            reason="; ".join(dict.fromkeys(why)) or "failed validation",
            record=json.dumps(df.loc[i].to_dict(), ensure_ascii=False, default=str),
        )
        for i, why in ((i, reasons[i]) for i in df.index if i in reasons)  # in the frame's order
    ]
    return good, rejects


def _row_reasons(cases: pd.DataFrame) -> dict[object, list[str]]:
    """The failures pandera pins on a row, by row index."""
    found: dict[object, list[str]] = {}
    for row in cases.itertuples():
        if pd.isna(row.index):
            continue
        what = f"{row.column}: {row.check}" if isinstance(row.column, str) else str(row.check)
        found.setdefault(row.index, []).append(f"{what} (got {row.failure_case!r})")
    return found


def _in(df: pd.DataFrame, found: dict[object, list[str]]) -> dict[object, list[str]]:
    """Only the rows of `df` (a failure case's index always is one; this makes sure the loop ends)."""
    return {i: why for i, why in found.items() if i in df.index}


def _table_reasons(cases: pd.DataFrame) -> list[str]:
    return [str(c) for c in cases["check"].unique()]


def _uncoercible(df: pd.DataFrame, schema: pa.DataFrameSchema, cases: pd.DataFrame) -> dict[object, list[str]]:
    """Rows holding a value its column's dtype cannot take, for each column whose coercion failed.

    pandera coerces a column at once (a date column through datetime64[ns], so one year 3023
    fails the whole column) and then cannot say which value failed: try them one by one.
    """
    columns = schema.columns
    failed = cases.loc[cases["check"].astype(str).str.startswith("coerce_dtype"), "column"]
    found: dict[object, list[str]] = {}
    for name in dict.fromkeys(failed):
        if name not in columns or name not in df.columns:
            continue
        dtype = columns[name].dtype
        series = df[name]
        for i in series.index:
            try:
                dtype.coerce(series.loc[[i]])
            except Exception:  # noqa: BLE001 - whatever the dtype raises, the value cannot be taken
                found.setdefault(i, []).append(f"{name}: cannot be read as {dtype} (got {series.at[i]!r})")
    return found


def _isolate(df: pd.DataFrame, schema: pa.DataFrameSchema) -> dict[object, list[str]]:
    """The rows that fail validation on their own, found by halving: about k·log2(n) validations."""
    try:
        schema.validate(df, lazy=True)
        return {}
    except SchemaErrors as err:
        if len(df) == 1:
            found = _row_reasons(err.failure_cases)
            return {df.index[0]: [r for why in found.values() for r in why] or _table_reasons(err.failure_cases)}
    half = len(df) // 2
    return _isolate(df.iloc[:half], schema) | _isolate(df.iloc[half:], schema)
