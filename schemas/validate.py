"""Lazy validation: good rows go on, each bad row becomes a reject with its reason."""

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


def validate(df: pd.DataFrame, model: type[pa.DataFrameModel], stage: str) -> tuple[pd.DataFrame, list[Reject]]:
    """Validate every row of `df` against `model`; return the valid rows (coerced) and the rejects."""
    if df.empty:
        return model.validate(df), []
    try:
        return model.validate(df, lazy=True), []
    except SchemaErrors as err:
        cases = err.failure_cases
        bad_index = cases["index"].dropna()
        reasons: dict[object, list[str]] = {}
        for row in cases.itertuples():
            if pd.isna(row.index):
                continue
            what = f"{row.column}: {row.check}" if isinstance(row.column, str) else str(row.check)
            reasons.setdefault(row.index, []).append(f"{what} (got {row.failure_case!r})")
        bad = df.index.isin(bad_index)
        if not bad.any():  # a table-level failure (missing column, wrong dtype): every row is suspect
            reasons = {i: [str(c) for c in cases["check"].unique()] for i in df.index}
            bad = df.index.isin(list(reasons))
        rejects = [
            Reject(
                source_path=str(df.at[i, "source_path"]) if "source_path" in df.columns else None,
                stage=stage,
                reason="; ".join(dict.fromkeys(reasons.get(i, ["failed validation"]))),
                record=json.dumps(df.loc[i].to_dict(), ensure_ascii=False, default=str),
            )
            for i in df.index[bad]
        ]
        good = df[~bad]
        return (model.validate(good, lazy=True) if not good.empty else good), rejects
