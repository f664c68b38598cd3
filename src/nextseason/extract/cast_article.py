"""What the article being read says of a name, and memos kept while it is read.

A capitalised run whose every word the article also writes in lower case is a phrase, not a person
("Delayed Return"). The cast finder asks the same of a name in sentence after sentence: the
answers (and names cleaned, full names) are kept for the article, and dropped when another comes.
"""

from __future__ import annotations

import re

# the article being read, with what its sentences ask again: (text, names cleaned, common-word
# answers, full names); a new article starts them afresh (see article)
_ARTICLE: tuple[str, dict[str, str | None], dict[str, bool], dict[str, str]] = ("", {}, {}, {})


def article(text: str) -> tuple[str, dict[str, str | None], dict[str, bool], dict[str, str]]:
    """The memos of the article ``text`` (new ones when another article was read last)."""
    global _ARTICLE
    memo = _ARTICLE
    if memo[0] is not text:
        memo = _ARTICLE = (text, {}, {}, {})
    return memo


def remembered_names() -> dict[str, str | None]:
    """The names cleaned in the article read last (any article's will do: cleaning is pure)."""
    return _ARTICLE[1]


def common_words(name: str, text: str) -> bool:
    """Every word of the candidate is written elsewhere in lower case ("Delayed Return",
    "Industry Trend"): a heading or a phrase, not a person (remembered for the article)."""
    answers = article(text)[2]
    common = answers.get(name)
    if common is None:
        common = answers[name] = all(t in _COMMON or written_lower(text, t) for t in (w.lower() for w in name.split()))
    return common


def written_lower(text: str, word: str) -> bool:
    """Whether ``word`` is one of ``document_words(text)``: a whole run of ``[a-z'’-]`` that opens
    with a letter after no word character, found where it is written instead of listing every one."""
    if _LOWER_RUN.fullmatch(word) is None:
        return False
    at = text.find(word)
    while at >= 0:
        stop = at + len(word)
        if (at == 0 or not _run_char(text[at - 1], word_too=True)) and (stop == len(text) or not _run_char(text[stop])):
            return True
        at = text.find(word, at + 1)
    return False


_LOWER_RUN = re.compile(r"[a-z][a-z'’-]+")


def _run_char(char: str, word_too: bool = False) -> bool:
    """A character of a lower-case run (``[a-z'’-]``), or with ``word_too`` any word character too."""
    return "a" <= char <= "z" or char in "'’-" or word_too and (char.isalnum() or char == "_")


# common words that headings capitalise; a person's name is never made only of these
_COMMON = {
    "delayed", "return", "returns", "trend", "trends", "industry", "ending", "tone", "film", "monster",
    "palace", "game", "games", "east", "west", "north", "south", "new", "old", "big", "little", "first", "last",
    "update", "latest", "breaking", "exclusive", "release", "date", "cast", "plot", "story", "teaser",
    "trailer", "review", "recap", "spoilers", "explained", "final", "finale", "why", "what", "where", "how",
}
