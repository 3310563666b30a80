"""Vietnamese words live in transforms/vocabulary.py: no regular expression elsewhere spells one out.

Patterns are built from the vocabulary's tables, so a word added there reaches every rule that
reads it. This test reads the source of every other module of transforms/ and fails when a string
used as a pattern contains a word of the vocabulary.
"""

import ast
import re
from functools import lru_cache
from pathlib import Path

import pytest

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.text import fold

TRANSFORMS = Path(V.__file__).parent
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
# An escape with its quantifier ('\s+', '\b', '\d{1,2}') separates words: 'hôm\s+nay' reads 'hôm nay'
# and '\bcó\b' reads ' có '.
_ESCAPE = re.compile(r"\\[A-Za-z](?:[+*?]|\{\d*,?\d*\})?")


def _strings(value: object):
    """Every str inside a vocabulary table: items of tuples, lists and sets, and dict keys, nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key in value:
            yield from _strings(key)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)


# Tables of the vocabulary that hold no words: the letter groups of the spelling model ('ng', 'ch':
# fragments of any word, and of patterns such as '[^\\W\\d_]'), the two-letter tone spellings ('oà')
# and the English names of roles ('chair'), which are identifiers, not text read in articles.
NOT_WORD_TABLES = {"SYLLABLE_ONSETS", "SYLLABLE_VOWELS", "SYLLABLE_CODAS", "TONE_SPELLINGS", "ROLE_PRIORITY"}


def vocabulary_words() -> set[str]:
    """The words of every table in the vocabulary, folded.

    Left out: the tables above, and words of one letter ('a', 'y': letters of any pattern) or with
    no letters ('>'). Words without a diacritic stay in ('trao', 'cho', 'tp'): Vietnamese writes
    many so, and no pattern in transforms/ spells one by chance.
    """
    words = set()
    for name, value in vars(V).items():
        if name.startswith("_") or name in NOT_WORD_TABLES:
            continue
        for word in _strings(value):
            word = fold(word).strip()
            if sum(c.isalpha() for c in word) >= 2:
                words.add(word)
    return words


def _module_assignments(tree: ast.Module) -> dict[str, ast.expr]:
    assigned = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            assigned[node.target.id] = node.value
    return assigned


def _is_re_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in RE_FUNCTIONS
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
    )


def pattern_strings(path: Path) -> list[tuple[int, str]]:
    """(line, string) for every string constant a module uses as a pattern.

    A pattern is the first argument of a `re` function, or a module-level constant named *_RE or
    *_PATTERN. Its strings are the constants in that expression, in the module-level names it
    uses (followed, so '_TOD' in an f-string counts) and, for a pattern compiled in a
    comprehension, in what the comprehension iterates over.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assigned = _module_assignments(tree)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    roots: list[ast.AST] = [value for name, value in assigned.items() if name.endswith(("_RE", "_PATTERN"))]
    for node in ast.walk(tree):
        if _is_re_call(node) and node.args:
            roots.append(node.args[0])
            up = parents.get(node)
            while up is not None:
                if isinstance(up, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                    roots.extend(g.iter for g in up.generators)
                up = parents.get(up)
    found, seen_names = [], set()
    while roots:
        root = roots.pop()
        for node in ast.walk(root):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((node.lineno, node.value))
            elif isinstance(node, ast.Name) and node.id in assigned and node.id not in seen_names:
                seen_names.add(node.id)
                roots.append(assigned[node.id])
    return sorted(set(found))  # a module-level *_RE is also a `re` call's argument


def vocabulary_words_in(pattern: str, words: set[str]) -> list[str]:
    """The vocabulary words `pattern` spells as whole words (the longest, where one contains another)."""
    return sorted({m.group() for m in _words_re(frozenset(words)).finditer(fold(_ESCAPE.sub(" ", pattern)))})


@lru_cache(maxsize=4)
def _words_re(words: frozenset[str]) -> re.Pattern:
    """Any of `words` as a whole word: one pattern, the longest first, finds one wherever there is one."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)")


MODULES = sorted(p for p in TRANSFORMS.glob("*.py") if p.name not in ("vocabulary.py", "__init__.py"))


def test_the_scan_sees_patterns_and_words():
    """The test below would pass on nothing: check it reads what it must."""
    words = vocabulary_words()
    assert {"hội nghị", "chủ trì", "đồng chí", "sáng", "quyết định", "trao", "tp"} <= words
    assert vocabulary_words_in(r"(?:sáng|chiều)\s+x|\bhội\s+nghị\b", words) == ["chiều", "hội nghị", "sáng"]
    assert vocabulary_words_in(r"xsáng|chiềux|xhội nghịx", words) == []  # whole words only
    strings = [s for _, s in pattern_strings(TRANSFORMS / "meetings.py")]
    assert any("(?<!\\w)" in s for s in strings)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_pattern_spells_a_vocabulary_word(path):
    words = vocabulary_words()
    spelled = [
        f"{path.name}:{line}: {found} in {text!r}"
        for line, text in pattern_strings(path)
        if (found := vocabulary_words_in(text, words))
    ]
    assert not spelled, "move these words to transforms/vocabulary.py:\n" + "\n".join(spelled)
