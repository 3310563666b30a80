"""Build a synthetic inbox of N articles from the real sample articles, no two files equal.

Each file is a sample article with its persons renamed, its dates moved, its document numbers
changed and its middle paragraphs shuffled, so extraction does real work on every file and the
warehouse grows like a real archive (new persons, new documents), not like N copies.

    python -m bench.make_inbox --n 10000 --out bench/work/inbox-10000
"""

import argparse
import random
import re
from pathlib import Path

from hoinghi.transforms.decode import decode_bytes
from hoinghi.transforms.persons import find_persons

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "inbox").rglob("*.txt"))

SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lương Trịnh Tạ".split()
MIDDLES = "Văn Thị Đức Minh Quang Thanh Hữu Ngọc Xuân Hồng Anh Kim Bảo Gia".split()
GIVEN = (
    "An Bình Chính Dũng Giang Hà Hải Hùng Khánh Lan Linh Long Mai Nam Nga Phong Phúc Quân Sơn "
    "Tâm Thảo Thắng Thành Thu Trung Tuấn Vinh Yến"
).split()
_DATE_RE = re.compile(r"\b(\d{1,2})([/-])(\d{1,2})([/-])(20\d\d)\b")
_DOC_NUMBER_RE = re.compile(r"\b(\d{1,3})(-(?:NQ|KL|QĐ|CT|HD|KH|ĐA|TB|QC)\b)")


def _templates() -> list[tuple[str, list[str]]]:
    """Each sample's text and the person names found in it (renamed in every copy)."""
    out = []
    for path in SAMPLES:
        text = decode_bytes(path.read_bytes()).text
        out.append((text, sorted({p.full_name for p in find_persons(text)}, key=len, reverse=True)))
    return out


def _vary(text: str, names: list[str], rng: random.Random, serial: int) -> str:
    for name in names:
        new = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"
        text = text.replace(name, new)
    year_shift = rng.randint(-3, 2)
    text = _DATE_RE.sub(
        lambda m: f"{rng.randint(1, 28)}{m.group(2)}{m.group(3)}{m.group(4)}{int(m.group(5)) + year_shift}", text
    )
    text = _DOC_NUMBER_RE.sub(lambda m: f"{rng.randint(1, 400)}{m.group(2)}", text)
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 5:  # keep headline, stamp and lead; shuffle the body after them
        middle = paragraphs[3:-1]
        rng.shuffle(middle)
        paragraphs = paragraphs[:3] + middle + paragraphs[-1:]
    # A serial in the last line makes every file distinct even when the variations coincide.
    return "\n\n".join(paragraphs) + f"\n\nMã bài: {serial}\n"


def make_inbox(n: int, out: Path, seed: int = 7) -> Path:
    """Write N files (100 per folder) under `out`; reuse it when it already holds N files."""
    if out.is_dir() and sum(1 for _ in out.rglob("*.txt")) == n:
        return out
    rng = random.Random(seed)
    templates = _templates()
    for i in range(n):
        text, names = templates[i % len(templates)]
        folder = out / f"{i // 100:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:07d}.txt").write_text(_vary(text, names, rng, i), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    make_inbox(args.n, args.out)
    print(f"{args.n} articles in {args.out}")


if __name__ == "__main__":
    main()
