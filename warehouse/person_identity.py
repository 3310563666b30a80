"""Person identity in the warehouse: the evidence read, the rule applied (transforms/person_identity.py),
and what 70_person_identity.sql needs to re-point each parted name's articles at their person.
"""

from collections import defaultdict

import duckdb
import pandas as pd

from hoinghi.transforms.extract import stable_id
from hoinghi.transforms.person_identity import LOCAL_LEVELS, Anchor, identities

SPLIT_COLUMNS = ("article_id", "name_key", "person_id", "identity_basis")
_LEVELS = ", ".join(f"'{level}'" for level in LOCAL_LEVELS)
# Every place an article gives a name that appears in two articles or more: its titles' (held when
# not nguyên/tân, a post or membership, in an article reporting no change of the person's post), and
# the posts its appointments move them to (link only).
ANCHORS_SQL = f"""
WITH names AS (
    SELECT p.name_key FROM bridge_article_person b JOIN dim_person p USING (person_id)
    {{batch_names}}
    GROUP BY p.name_key HAVING count(DISTINCT b.article_id) >= 2
),
persons AS (SELECT person_id, name_key FROM dim_person WHERE name_key IN (SELECT name_key FROM names)),
changed AS (SELECT DISTINCT article_id, person_id FROM fact_appointment)
SELECT p.name_key, bt.article_id, t.level, t.place, bt.seen_on,
       coalesce(t.status, '') NOT IN ('former', 'new') AND t.kind IN ('post', 'membership')
       AND c.article_id IS NULL AS held
FROM bridge_person_title bt
JOIN persons p USING (person_id)
JOIN dim_title t USING (title_id)
LEFT JOIN changed c USING (article_id, person_id)
WHERE t.place IS NOT NULL AND t.level IN ({_LEVELS})
UNION ALL
SELECT p.name_key, a.article_id, t.level, t.place, a.effective_date, false
FROM fact_appointment a
JOIN persons p USING (person_id)
JOIN dim_title t USING (title_id)
WHERE t.place IS NOT NULL AND t.level IN ({_LEVELS})
"""


def identity_id(name_key: str, key: str) -> int:
    """The person_id of a name's identity other than its main one (which keeps the name's own id)."""
    return stable_id("person", name_key, key)


# A name's persons depend on that name's evidence only, so a load recomputes the names its batch
# names (the staging table of the batch's mentions), not every name of the warehouse.
BATCH_NAMES = "WHERE p.name_key IN (SELECT name_key FROM stg_person_mention)"


def split_frames(con: duckdb.DuckDBPyConnection, batch_only: bool = True) -> dict[str, pd.DataFrame]:
    """`person_split`: for every article of a parted name outside its main identity, the identity's
    person_id and basis (70_person_identity.sql re-points the rest to the name's own id). With
    `batch_only`, the names of the batch being loaded (`stg_person_mention`); else every name."""
    by_name: dict[str, list[Anchor]] = defaultdict(list)
    sql = ANCHORS_SQL.replace("{batch_names}", BATCH_NAMES if batch_only else "")
    for name_key, article_id, level, place, seen_on, held in con.execute(sql).fetchall():
        by_name[name_key].append(Anchor(article_id, level, place, seen_on, bool(held)))
    rows = [
        (article_id, name_key, identity_id(name_key, ident.key), ident.basis)
        for name_key in sorted(by_name)
        for ident in identities(by_name[name_key])
        for article_id in sorted(ident.articles)
    ]
    frame = pd.DataFrame(rows, columns=list(SPLIT_COLUMNS))
    return {
        "person_split": frame.astype(
            {"article_id": "int64", "person_id": "int64", "name_key": "string", "identity_basis": "string"}
        )
    }
