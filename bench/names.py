"""Benchmark extraction of one article that names N persons; print a markdown table.

    .venv/bin/python -m bench.names                     # N = 1000, 2000, 5000
    .venv/bin/python -m bench.names --sizes 1000 10000

Two shapes of article: a meeting whose attendees are listed in one sentence ('Tham dự có các
đồng chí: Nguyễn Văn An, Bí thư Huyện ủy; ...'), and one sentence per person ('Đồng chí ... phát
biểu ý kiến.'). Time is the CPU time of `extract_article` (the median of --repeat runs), so other
work on the machine does not count. Linear time means the last column stays flat. Not part of
the tests.
"""

import argparse
import itertools
import statistics
import time

from bench.make_inbox import GIVEN, MIDDLES, SURNAMES
from hoinghi.transforms.extract import extract_article

HEAD = (
    "Hội nghị giao ban công tác tổ chức xây dựng Đảng\n\n"
    "Sáng 3-4-2024, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.\n\n"
)


def names(n: int) -> list[str]:
    """N distinct names ('Nguyễn Văn An'; 'Nguyễn Văn Đức An' once the three-word ones run out)."""
    three = [f"{s} {m} {g}" for m, g, s in itertools.product(MIDDLES, GIVEN, SURNAMES)]
    four = (f"{s} {m} {m2} {g}" for m2, m, g, s in itertools.product(MIDDLES, MIDDLES, GIVEN, SURNAMES) if m != m2)
    return list(itertools.islice(itertools.chain(three, four), n))


def article(n: int, shape: str) -> str:
    if shape == "list":
        listed = "; ".join(f"{name}, Bí thư Huyện ủy" for name in names(n))
        return HEAD + f"Tham dự hội nghị có các đồng chí: {listed}.\n"
    return HEAD + " ".join(f"Đồng chí {name} phát biểu ý kiến." for name in names(n)) + "\n"


def cpu_seconds(text: str) -> tuple[float, int]:
    started = time.process_time()
    records = extract_article(text, "names.txt", "0" * 64, "utf-8")
    return time.process_time() - started, len(records.person_mentions)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print("| article | names | persons found | CPU s (median) | µs per name |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for shape in ("list", "sentences"):
        for n in args.sizes:
            text = article(n, shape)
            runs = [cpu_seconds(text) for _ in range(args.repeat)]
            seconds = statistics.median(r[0] for r in runs)
            label = "one sentence lists them" if shape == "list" else "one sentence each"
            print(f"| {label} | {n:,} | {runs[0][1]:,} | {seconds:.2f} | {seconds / n * 1e6:.0f} |", flush=True)


if __name__ == "__main__":
    main()
