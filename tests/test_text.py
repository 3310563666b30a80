"""The text helpers give exactly what their plain definitions give (they are written for speed)."""

import random
import re

from hoinghi.transforms import text as T

_PLAIN_SPACE_RE = re.compile(r"\s+")
_PIECES = ["toà", "Uỷ", "uý", "hoạ", "oè", "o", "à", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "x", "Đ", "đồng chí"]


def _random_strings(seed: int, n: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_squash_spaces_is_the_regex_definition():
    for text in _random_strings(1):
        assert T.squash_spaces(text) == _PLAIN_SPACE_RE.sub(" ", text).strip(), repr(text)


def test_new_tone_style_in_lower_case_text_is_the_regex_definition():
    for text in _random_strings(2):
        low = text.lower()
        assert T._new_tone_lower(low) == T._TONE_RE.sub(lambda m: T._TONE_STYLE[m.group()], low)


def test_fold_aligned_keeps_offsets():
    assert T.fold_aligned("Hoà Bình, Uỷ ban") == "hòa bình, ủy ban"
    for text in _random_strings(3, 500):
        assert len(T.fold_aligned(text)) == len(text.lower())


def test_occurrences_finds_every_overlapping_occurrence():
    assert list(T.occurrences("ông không ôngông", "ông")) == [0, 6, 10, 13]
    assert list(T.occurrences("abc", "x")) == []


def test_phrase_at_finds_the_first_listed_phrase_as_whole_words_with_or_without_its_index():
    from hoinghi.transforms.text import phrase_at

    short = ("bí thư tỉnh ủy", "bí thư")
    long = ("phó chủ tịch", "chủ tịch", "bí thư tỉnh ủy", "bí thư", "ủy viên", "trưởng ban")  # indexed
    for phrases in (short, long):
        assert phrase_at("bí thư tỉnh ủy nghệ an", phrases) == "bí thư tỉnh ủy"  # longest listed first
        assert phrase_at("bí thư huyện ủy", phrases) == "bí thư"
        assert phrase_at("bí thưa", phrases) is None  # not a whole word
        assert phrase_at("ông a, bí thư", phrases, 7) == "bí thư"
        assert phrase_at("bí thư", phrases, 6) is None  # past the end
    assert phrase_at("chủ tịch ubnd", long) == "chủ tịch" and phrase_at("ủy viên,", long) == "ủy viên"


def test_phrase_at_with_its_index_answers_as_a_plain_scan_of_the_list():
    """The index keys a phrase by its first word; phrases whose first word ends at punctuation ('t.ư',
    'lđ-tb&xh'), a bracket or a digit must still be found exactly where a scan of the whole list finds them."""
    from hoinghi.transforms.text import phrase_at

    phrases = ("lđ-tb&xh tỉnh", "lđ-tb&xh", "t.ư đoàn", "t.ư", "(cũ)", "quận 8", "quận", "ban chỉ đạo", "ban", "x")

    def scan(text: str, pos: int) -> str | None:
        for p in phrases:
            end = pos + len(p)
            if text.startswith(p, pos) and (end == len(text) or not text[end].isalnum()):
                return p
        return None

    text = "sở lđ-tb&xh tỉnh, ban, t.ư đoàn và t.ưa, (cũ), quận 8. quận 80 ban chỉ đạo bang x; xa ban"
    for pos in range(len(text) + 1):
        assert phrase_at(text, phrases, pos) == scan(text, pos), (pos, text[pos:])


def test_the_extractors_give_phrase_at_lists_built_once(monkeypatch):
    """phrase_at indexes a list by its identity: a list built per call is indexed again on every call,
    and fills the index table (up to its limit, after which nothing new is indexed)."""
    import functools
    import sys
    from pathlib import Path

    from hoinghi.transforms.decode import decode_bytes
    from hoinghi.transforms.extract import extract_article

    memos = [  # emptied before each pass, so that the second pass calls what the first called
        f
        for name, module in list(sys.modules.items())
        if name.startswith("hoinghi.transforms")
        for f in vars(module).values()
        if isinstance(f, functools._lru_cache_wrapper)
    ]

    inbox = Path(__file__).resolve().parent.parent / "samples" / "inbox"
    texts = [decode_bytes(p.read_bytes()).text for p in sorted(inbox.rglob("*.txt"))]
    monkeypatch.setattr(T, "_PHRASE_INDEXES", {})  # empty: earlier tests may have filled it to its limit
    sizes = []
    for _ in range(2):
        for memo in memos:
            memo.cache_clear()
        for i, text in enumerate(texts):
            extract_article(text, f"t{i}", f"{i:064x}", "utf-8")
        sizes.append(len(T._PHRASE_INDEXES))
    assert sizes[0] == sizes[1], "a pass over the same articles indexed new phrase lists"


def test_a_dotted_degree_before_a_name_ends_no_sentence():
    text = "Dự hội nghị có TS. Đoàn Thị Mỹ Hạnh và PGS.TS. Trần Văn An. Hội nghị bế mạc."
    assert [text[a:b] for a, b in T.sentence_spans(text)] == [
        "Dự hội nghị có TS. Đoàn Thị Mỹ Hạnh và PGS.TS. Trần Văn An.",
        "Hội nghị bế mạc.",
    ]


def test_a_dotted_medical_degree_or_honour_before_a_name_ends_no_sentence():
    from hoinghi.transforms.text import sentence_spans

    for degree in ("TS.BSCKII.", "BSCKI.", "NGƯT.", "PGS.TS."):
        text = f"Báo cáo do {degree} Trịnh Thu Hằng trình bày. Hội nghị bế mạc."
        assert len(sentence_spans(text)) == 2, degree


def test_a_names_initial_ends_its_sentence_where_a_districts_abbreviation_does_not():
    text = "Tòa xử bị cáo Nguyễn Văn P. Ông Trần Văn Hùng được bổ nhiệm. Đảng bộ Q. Bình Thạnh và UBND P. Bến Nghé họp."
    assert [text[a:b] for a, b in T.sentence_spans(text)] == [
        "Tòa xử bị cáo Nguyễn Văn P.",
        "Ông Trần Văn Hùng được bổ nhiệm.",
        "Đảng bộ Q. Bình Thạnh và UBND P. Bến Nghé họp.",
    ]
