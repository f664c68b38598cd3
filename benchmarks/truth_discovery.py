"""Truth discovery: nextseason's reliability core against majority vote on third-party sets.

Reads ../shared/benchmarks/td-{book,population,weather,flight,restaurant} where they are.
For each set, the same (source, object, value) triples go to plain majority vote and to
``nextseason.resolve.reliability.discover`` (CRH-style source weights + TruthFinder-style
support between similar values); both are scored against the set's gold in the same run.

Normalisation (applied alike to claims, gold, and both methods):
- book: ISBN-10 -> ISBN-13; HTML entities decoded. An author list becomes the set of its name words (case, accents and
  punctuation folded; initials, "and", "editor", "not available" and the like dropped). A chosen
  list is correct when it names the same people as the gold list: every gold family name is in it,
  and each of its words is a word of a gold name or starts like a gold initial (the
  "same authors, any order and name format" protocol of Yin et al. / Dong et al.).
- population: integers, exact match (as the reference number).
- weather: numbers parsed; pressure in millibars converted to inches of mercury; temperature,
  humidity, visibility rounded to integers, pressure to one decimal; unparseable values dropped.
- flight (HoloClean/PClean 100-flight subset): times to 24-hour HH:MM; exact match.
- restaurant (evolving truth, 8 weekly snapshots): a site that listed a restaurant and still lists
  it in the last snapshot votes "open", one that dropped it votes "closed"; gold = phone calls.

Method settings are one for all sets (copy discount off: measured, it merged independent accurate
sources with their copiers on flight); per set only the normalisation, the implication between
values (book: a shorter author list supports a longer list containing it when the extra names are
corroborated by >= 3 sources; population: numbers within about 1% support each other) and, for
flight, the official/reported certainty prior differ.

usage: python benchmarks/truth_discovery.py [--json] [--sets book,population,...]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import math
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path

from nextseason.resolve.evidence import CERTAINTY_PRIOR
from nextseason.resolve.reliability import discover, majority

BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
Triple = tuple[Hashable, Hashable, Hashable]


# ---------------------------------------------------------------- book

_DROP = {"and", "editor", "editors", "ed", "eds", "phd", "jr", "sr", "et", "al", "by", "not", "available",
         "author", "authors", "foreword", "introduction", "edited", "with", "contributor", "translator"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def author_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'\-]*", _fold(html.unescape(text)))
    return frozenset(w.replace("'", "").replace("-", "") for w in words if len(w) > 1 and w not in _DROP)


def isbn13(isbn: str) -> str:
    digits = re.sub(r"[^0-9Xx]", "", isbn)
    if len(digits) != 10:
        return digits
    core = "978" + digits[:9]
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core)) % 10) % 10
    return core + str(check)


def _gold_authors(text: str) -> list[tuple[str, set[str]]]:
    """[(family name, all words of that author)] from 'last, first m.;  last2, first2;'."""
    out = []
    for author in (a.strip() for a in text.split(";")):
        if not author:
            continue
        if "," in author:  # "last, first m." (gold)
            family, _, given = author.partition(",")
        else:  # "first m last" (silver)
            given, _, family = author.rpartition(" ")
        fam = author_words(family)
        words = set(fam) | set(re.findall(r"[a-z]+", _fold(given)))
        out.append(("".join(sorted(fam)) if len(fam) != 1 else next(iter(fam)), words))
    return out


def book_correct(value: frozenset[str], gold: list[tuple[str, set[str]]]) -> bool:
    if not value:
        return False
    families = {f for f, _ in gold}
    words = set().union(*(w for _, w in gold))
    initials = {w[0] for w in words}
    if not families <= value:
        return False
    return all(w in words or (w not in families and w[0] in initials and len(w) > 2) for w in value)


def load_book(gold_file: str = "book_golden.txt") -> tuple[list[Triple], Callable[[Hashable, Hashable], bool], Iterable[Hashable]]:
    folder = BENCH / "td-book"
    triples = []
    with open(folder / "book.txt", encoding="latin-1") as handle:
        for line in handle:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 4:
                continue
            words = author_words(parts[3])
            if words:
                triples.append((parts[0], isbn13(parts[1]), words))
    gold = {}
    with open(folder / gold_file, encoding="latin-1") as handle:
        for line in handle:
            isbn, _, authors = line.rstrip("\r\n").partition("\t")
            if isbn.strip():
                gold[isbn13(isbn.strip())] = _gold_authors(authors)
    return triples, lambda obj, value: book_correct(value, gold[obj]), gold.keys()


CORROBORATION = 3  # sources that must give a name before a longer list may absorb a shorter one


def list_implication(triples: list[Triple]) -> Callable[[Hashable, list[Hashable]], Callable[[Hashable, Hashable], float]]:
    """TruthFinder's implication for author lists: a shorter list supports a longer list that
    contains it (incomplete lists are common: first author only), when every extra name of the
    longer list is given by at least CORROBORATION sources of that book; never the reverse."""
    sources_of: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
    for _source, obj, value in triples:
        sources_of[obj][value] += 1

    def for_object(obj: Hashable, values: list[Hashable]) -> Callable[[Hashable, Hashable], float]:
        given: Counter[str] = Counter()
        for value in values:
            for word in value:  # type: ignore[attr-defined]
                given[word] += sources_of[obj][value]

        def implication(shorter: Hashable, longer: Hashable) -> float:
            if shorter < longer:  # type: ignore[operator]
                return 1.0 if all(given[w] >= CORROBORATION for w in longer - shorter) else 0.0  # type: ignore[operator]
            return 0.0
        return implication
    return for_object


# ---------------------------------------------------------------- numeric sets


def _csv_triples(paths: Iterable[Path], norm: Callable[[str, str], Hashable | None]) -> list[Triple]:
    latest: dict[tuple[str, tuple[str, str]], tuple[str, Hashable]] = {}
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as handle:  # type: ignore[operator]
            for row in csv.DictReader(handle):
                value = norm(row["PropertyID"], row["PropertyValue"])
                if value is None:
                    continue
                key = (row["SourceID"], (row["ObjectID"], row["PropertyID"]))
                stamp = row.get("TimeStamp") or ""
                if key not in latest or stamp >= latest[key][0]:
                    latest[key] = (stamp, value)
    return [(source, obj, value) for (source, obj), (_stamp, value) in latest.items()]


def _gold_csv(path: Path, norm: Callable[[str, str], Hashable | None]) -> dict[Hashable, Hashable]:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return {(r["ObjectID"], r["PropertyID"]): norm(r["PropertyID"], r["PropertyValue"])
                for r in csv.DictReader(handle)}


def population_value(_prop: str, value: str) -> Hashable | None:
    digits = re.sub(r"[^0-9]", "", value)
    return int(digits) if digits else None


def weather_value(prop: str, value: str) -> Hashable | None:
    match = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*", value)
    if not match:
        return None
    number = float(match.group(1))
    if prop == "Pressure":
        if number > 500:
            number = number / 33.8639
        return round(number, 1)
    return math.floor(number + 0.5)


def numeric_similarity(scale: float) -> Callable[[Hashable, Hashable], float]:
    def similarity(a: Hashable, b: Hashable) -> float:
        if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
            return 0.0
        return math.exp(-abs(a - b) / max(scale * max(abs(a), abs(b), 1.0), 1e-9))
    return similarity


def load_population() -> tuple[list[Triple], dict[Hashable, Hashable]]:
    folder = BENCH / "td-population"
    return (_csv_triples([folder / "population_claims.csv"], population_value),
            _gold_csv(folder / "population_truth.csv", population_value))


def load_weather() -> tuple[list[Triple], dict[Hashable, Hashable]]:
    folder = BENCH / "td-weather"
    gold: dict[Hashable, Hashable] = {}
    for path in sorted((folder / "ground_truth").iterdir()):
        gold.update(_gold_csv(path, weather_value))
    return _csv_triples(sorted((folder / "claims").iterdir()), weather_value), gold


# ---------------------------------------------------------------- flight


def flight_time(value: str) -> str | None:
    match = re.search(r"(\d{1,2}):(\d{2})\s*([ap])\.?\s*m", value.strip().lower())
    if not match:
        return None
    hour = int(match.group(1)) % 12 + (12 if match.group(3) == "p" else 0)
    return f"{hour:02d}:{match.group(2)}"


def flight_official(triples: list[Triple]) -> dict[tuple[Hashable, Hashable], float]:
    """The certainty prior of resolution: the operating airline's or an airport's own page is an
    official statement, every other site reports (weight official / reported)."""
    ratio = CERTAINTY_PRIOR["official"] / CERTAINTY_PRIOR["reported"]
    out = {}
    for source, obj, _value in triples:
        airline, _number, origin, destination = str(obj[0]).split("-")[:4]  # type: ignore[index]
        if str(source).lower() in (airline.lower(), origin.lower(), destination.lower()):
            out[(source, obj)] = ratio
    return out


def load_flight() -> tuple[list[Triple], dict[Hashable, Hashable]]:
    folder = BENCH / "td-flight" / "pclean_holoclean_subset"
    fields = ("sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time")
    triples: list[Triple] = []
    gold: dict[Hashable, Hashable] = {}
    with open(folder / "flights_dirty.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in fields:
                value = flight_time(row[name] or "")
                if value is not None:
                    triples.append((row["src"], (row["flight"], name), value))
    with open(folder / "flights_clean.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in fields:
                value = flight_time(row[name] or "")
                if value is not None:
                    gold[(row["flight"], name)] = value
    return triples, gold


# ---------------------------------------------------------------- restaurant (evolving truth)


_GENERIC = {"restaurant", "restaurants", "cafe", "caffe", "bar", "and", "the", "nyc", "grill", "inc"}


def _name_key(name: str) -> tuple[str, bool]:
    """(matching key, marked closed): '(CLOSED)' in a listing's name is the site saying so;
    generic words (restaurant, cafe, bar, and ...) are dropped for matching."""
    words = re.findall(r"[a-z0-9]+", _fold(name.replace("\xa0", " ")))
    closed = "closed" in words
    kept = [w for w in words if w != "closed" and w not in _GENERIC] or [w for w in words if w != "closed"]
    return "".join(kept), closed


def load_restaurant() -> tuple[list[Triple], dict[Hashable, Hashable], dict[tuple[Hashable, Hashable], float]]:
    """Votes as of the last snapshot: listed -> open; dropped, or marked closed -> closed. For
    nextseason also the silent sites: a site that never listed the restaurant is a weak closed
    vote weighted by the site's coverage (how likely it would list an open place)."""
    folder = BENCH / "td-restaurant"
    gold = {}
    with open(folder / "restaurants_golden.txt", encoding="latin-1") as handle:
        for line in handle:
            name, _, flag = line.rstrip("\r\n").rpartition("\t")
            if name.strip():
                gold[_name_key(name)[0]] = "open" if flag.strip().upper() == "Y" else "closed"
    snapshots = sorted((folder / "snapshots").iterdir(), key=lambda p: [int(x) for x in re.findall(r"\d+", p.name)])
    seen: dict[tuple[str, str], tuple[int, bool]] = {}  # (source, restaurant) -> (last snapshot, marked closed)
    listed: dict[str, set[str]] = defaultdict(set)
    for index, path in enumerate(snapshots):
        with gzip.open(path, "rt", encoding="latin-1") as handle:
            for line in handle:
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) >= 2 and parts[0].strip():
                    key, closed = _name_key(parts[1])
                    listed[parts[0].strip()].add(key)
                    if key in gold:
                        seen[(parts[0].strip(), key)] = (index, closed)
    last = len(snapshots) - 1
    triples: list[Triple] = [(source, name, "open" if index == last and not closed else "closed")
                             for (source, name), (index, closed) in seen.items()]
    everything = set().union(*listed.values())
    silent: list[Triple] = []
    weights: dict[tuple[Hashable, Hashable], float] = {}
    for source, names in listed.items():
        coverage = len(names) / len(everything)
        for name in gold:
            if (source, name) not in seen:
                silent.append((source, name, "closed"))
                weights[(source, name)] = coverage
    return triples, gold, {"silent": silent, "weights": weights}  # type: ignore[dict-item]


# ---------------------------------------------------------------- scoring


def _accuracy(chosen: dict[Hashable, Hashable], objects: Iterable[Hashable],
              correct: Callable[[Hashable, Hashable], bool]) -> float:
    objects = list(objects)
    return sum(obj in chosen and correct(obj, chosen[obj]) for obj in objects) / len(objects)


def run_set(name: str) -> dict[str, float]:
    started = time.perf_counter()
    similarity: Callable[[Hashable, Hashable], float] | None = None
    similarity_for = None
    if name in ("book", "book-silver"):
        triples, correct, objects = load_book("book_golden.txt" if name == "book" else "book_silver.txt")
        similarity_for = list_implication(triples)
    else:
        loader = {"population": load_population, "weather": load_weather, "flight": load_flight,
                  "restaurant": load_restaurant}[name]
        triples, gold, *extra = loader()  # type: ignore[operator]
        objects = [o for o, v in gold.items() if v is not None]
        correct = lambda obj, value: gold[obj] == value
        similarity = {"population": numeric_similarity(0.01)}.get(name)
    objects = list(objects)
    wanted = set(objects)
    triples = [t for t in triples if t[1] in wanted or name in ("book", "book-silver", "population", "restaurant")]
    voted = majority(triples)
    claim_weight = flight_official(triples) if name == "flight" else None
    if name == "restaurant":
        claim_weight = extra[0]["weights"]
        found = discover(triples + extra[0]["silent"], claim_weight=claim_weight, copies=COPIES)
    else:
        found = discover(triples, similarity=similarity, similarity_for=similarity_for,
                         claim_weight=claim_weight, copies=COPIES)
    return {"nextseason": round(_accuracy(dict(found.truth), objects, correct), 4),
            "majority": round(_accuracy(voted, objects, correct), 4),
            "objects": len(objects), "claims": len(triples), "seconds": round(time.perf_counter() - started, 1)}


COPIES = False  # discount sources that copy one another (one setting for every set)
SETS = ("book", "population", "weather", "flight", "restaurant")  # also: book-silver (1,264 silver books)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args(argv)
    results = {name: run_set(name) for name in args.sets.split(",")}
    if args.json:
        print(json.dumps({k: {"nextseason": v["nextseason"], "majority": v["majority"]} for k, v in results.items()}))
        return 0
    print(f"{'set':<12}{'objects':>8}{'claims':>9}{'majority':>10}{'nextseason':>12}{'ratio':>7}{'sec':>6}")
    for name, r in results.items():
        ratio = r["nextseason"] / r["majority"] if r["majority"] else float("nan")
        print(f"{name:<12}{r['objects']:>8}{r['claims']:>9}{r['majority']:>10.3f}{r['nextseason']:>12.3f}"
              f"{ratio:>7.2f}{r['seconds']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
