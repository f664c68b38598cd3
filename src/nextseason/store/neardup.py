"""Near-duplicate detection: MinHash signatures over word shingles, an LSH index in memory.

Syndicated copies and the same wire story on two sites differ in a few words, their
boilerplate and their headline; they share most word shingles. A document's signature is
computed once, at ``add`` time, from its text without boilerplate lines, and stored; the
LSH index is rebuilt from stored signatures when a store is opened (lazily) and kept
up to date as documents are added.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..models import Document
from ..settings import Settings

if TYPE_CHECKING:
    import numpy as np

# numpy and datasketch (which imports scipy: about a second) are imported on first use, by a
# write: a process that only reads claims (``nextseason status``) never pays for them

_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 1
# Our signatures are computed here with numpy, one multiply-shift hash per permutation
# (h(x) = ((a*x + b) mod 2**64) >> 32, a odd: no division, so fast); datasketch's LSH bands
# them. datasketch 2.0 wants a scheme named for given hash values ("legacy": plain uint64
# values); older versions have one scheme and no argument.
_PERMUTATIONS: dict[int, tuple[np.ndarray, np.ndarray]] = {}
_WORD_HASHES: dict[str, int] = {}  # words recur across articles: hash each once per process


@cache
def _datasketch() -> tuple[Any, Any, dict[str, str]]:
    """(LeanMinHash, MinHashLSH, the scheme argument), imported once."""
    import inspect

    from datasketch import LeanMinHash, MinHashLSH  # type: ignore[import-untyped]

    scheme = {"scheme": "legacy"} if "scheme" in inspect.signature(LeanMinHash.__init__).parameters else {}
    return LeanMinHash, MinHashLSH, scheme


def _lean(values: np.ndarray) -> Any:
    lean, _lsh, scheme = _datasketch()
    return lean(seed=_SEED, hashvalues=values, **scheme)


def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of each permutation, fixed by the seed so signatures compare across runs."""
    import numpy as np

    if num_perm not in _PERMUTATIONS:
        generator = np.random.RandomState(_SEED)
        a = generator.randint(0, np.iinfo(np.uint64).max, size=num_perm, dtype=np.uint64) | np.uint64(1)
        b = generator.randint(0, np.iinfo(np.uint64).max, size=num_perm, dtype=np.uint64)
        _PERMUTATIONS[num_perm] = (a, b)
    return _PERMUTATIONS[num_perm]


def content_words(document: Document) -> list[str]:
    """The case-folded words of the text outside boilerplate lines."""
    text = document.text
    if document.boilerplate:
        parts, last = [], 0
        for span in sorted(document.boilerplate, key=lambda s: s.start):
            parts.append(text[last:span.start])
            last = max(last, span.end)
        parts.append(text[last:])
        text = "\n".join(parts)
    return _WORD.findall(text.casefold())


def shingle_hashes(words: list[str], size: int) -> np.ndarray:
    """32-bit hashes of the distinct word shingles (a rolling combination of word hashes)."""
    import numpy as np

    if not words:
        return np.empty(0, dtype=np.uint64)
    cache = _WORD_HASHES
    if len(cache) > 1_000_000:
        cache.clear()
    for word in set(words).difference(cache):
        cache[word] = zlib.crc32(word.encode())
    hashes = np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))
    size = min(size, len(words))
    count = len(words) - size + 1
    combined = np.zeros(count, dtype=np.uint64)
    for k in range(size):
        combined = (combined * np.uint64(1_000_003) + hashes[k:k + count]) & np.uint64(0xFFFFFFFF)
    return np.unique(combined)


def signature(document: Document, settings: Settings) -> np.ndarray | None:
    """The MinHash hash values (uint64 array), or None for a document without words."""
    import numpy as np

    grams = shingle_hashes(content_words(document), settings.shingle_size)
    if not len(grams):
        return None
    a, b = _permutations(settings.minhash_perm)
    permuted = (grams[:, None] * a + b) >> np.uint64(32)  # uint64 arithmetic wraps: mod 2**64
    return np.asarray(permuted.min(axis=0), dtype=np.uint64)


def to_bytes(values: np.ndarray | None) -> bytes | None:
    return None if values is None else values.astype("<u8").tobytes()


def from_bytes(blob: bytes | memoryview | None) -> np.ndarray | None:
    import numpy as np

    return None if blob is None else np.frombuffer(bytes(blob), dtype="<u8").astype(np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    import numpy as np

    return float(np.count_nonzero(a == b)) / float(len(a))


@dataclass
class NearDuplicateIndex:
    """An in-memory LSH index over stored signatures (one per store instance)."""

    threshold: float
    num_perm: int

    def __post_init__(self) -> None:
        self._lsh = _datasketch()[1](threshold=self.threshold, num_perm=self.num_perm)
        self._signatures: dict[str, np.ndarray] = {}
        self.last_seq = 0

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def add(self, key: str, values: np.ndarray) -> None:
        if key in self._signatures or len(values) != self.num_perm:
            return
        self._signatures[key] = values
        self._lsh.insert(key, _lean(values))

    def add_rows(self, rows: Iterable[tuple[str, np.ndarray | None, int]]) -> None:
        for key, values, seq in rows:
            if values is not None:
                self.add(key, values)
            self.last_seq = max(self.last_seq, seq)

    def nearest(self, values: np.ndarray) -> tuple[str, float] | None:
        """The most similar indexed document at or above the threshold, if any."""
        if len(values) != self.num_perm or not self._signatures:
            return None
        candidates = self._lsh.query(_lean(values))
        best: tuple[str, float] | None = None
        for key in candidates:
            score = similarity(values, self._signatures[key])
            if score >= self.threshold and (best is None or (score, key) > (best[1], best[0])):
                best = (key, score)
        return best
