"""resolve_status on small hand-written claim sets (sentences are the project's own)."""

from __future__ import annotations

from datetime import date

import pytest

from nextseason.models import CastValue, Claim, ClaimRecord, Interval, ProductionValue, RenewalValue
from nextseason.resolve import Status, resolve_status
from nextseason.resolve.windows import label_of, make, subtract

D = date.fromisoformat


def rec(kind, value, published, *, certainty="reported", polarity="affirmed", work="Harbor Lights",
        season=2, domain="a.example", doc=None, cluster=None, quote="a sentence of our own"):
    doc = doc or f"{domain}-{published}-{kind}-{id(value)}"
    return ClaimRecord(Claim(work, season, kind, value, polarity, certainty, quote=quote), doc, doc, D(published),
                       False, f"https://{domain}/x", domain, cluster)


def window(start, end):
    return Interval(D(start), D(end) if end else None)


def test_claims_published_after_as_of_are_ignored():
    records = [rec("release", window("2026-01-01", "2026-12-31"), "2025-01-10"),
               rec("release", window("2027-01-01", "2027-04-30"), "2025-06-01")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-03-01"))
    assert (status.release.window.start, status.release.window.end) == (D("2026-01-01"), D("2026-12-31"))
    assert status.claims_used == 1


def test_newer_credible_window_supersedes_older():
    records = [rec("release", window("2025-01-01", "2025-12-31"), "2024-01-10"),
               rec("release", window("2026-05-01", "2026-08-31"), "2025-02-01")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-03-01"))
    assert status.release.label == "mid 2026"


def test_official_date_beats_speculative_guess_and_makes_it_dated():
    records = [rec("release", window("2025-10-01", "2025-12-31"), "2025-03-01", certainty="speculative", domain="b.example"),
               rec("release", window("2025-09-12", "2025-09-12"), "2025-02-20", certainty="official")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-04-01"))
    assert status.stage == "dated"
    assert status.release.window.start == D("2025-09-12")


def test_past_premiere_reported_after_the_fact_means_released_that_day():
    records = [rec("release", window("2025-09-12", "2025-09-12"), "2025-09-20", certainty="reported"),
               rec("production", ProductionValue("filming", "end", window("2025-01-01", "2025-01-31")), "2025-02-01")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-10-01"))
    assert status.stage == "released"
    assert status.release.window.start == status.release.window.end == D("2025-09-12")


def test_negated_window_cuts_the_older_claim():
    records = [rec("release", window("2026-01-01", "2027-04-30"), "2025-01-01"),
               rec("release", window("2026-01-01", "2026-12-31"), "2025-02-01", polarity="negated")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-03-01"))
    assert status.release.label == "early 2027"
    assert any("not 2026" in cut for cut in status.release.bounds)


def test_filming_end_bounds_the_premiere_from_below():
    records = [rec("release", window("2025-01-01", "2025-12-31"), "2024-06-01", certainty="expected"),
               rec("production", ProductionValue("filming", "end", window("2025-08-01", "2025-08-31")),
                   "2024-07-01", certainty="official")]
    status = resolve_status(records, "Harbor Lights", 2, D("2024-08-01"))
    assert status.release.window.start == D("2025-08-01")
    assert status.stage == "filming"


def test_window_that_ended_without_premiere_is_lapsed_with_who_said_it():
    records = [rec("release", window("2024-01-01", "2024-12-31"), "2023-05-01", certainty="speculative", domain="guess.example"),
               rec("release", window("2026-01-01", "2026-12-31"), "2025-05-01")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-06-01"))
    assert [(item.window.start, item.claimed_by) for item in status.lapsed] == [(D("2024-01-01"), ("guess.example",))]
    assert status.stage not in ("released", "dated")


def test_renewal_dates_that_disagree_are_a_contradiction_with_each_side():
    records = [rec("renewal", RenewalValue("renewed", window("2022-06-06", "2022-06-06")), "2022-06-07", domain="x.example", certainty="official"),
               rec("renewal", RenewalValue("renewed", window("2022-06-01", "2022-06-30")), "2023-01-07", domain="y.example"),
               rec("renewal", RenewalValue("renewed", window("2023-06-06", "2023-06-06")), "2023-08-01", domain="z.example")]
    status = resolve_status(records, "Harbor Lights", 2, D("2024-01-01"))
    assert status.renewal.status == "renewed"
    assert status.renewal.date.start == D("2022-06-06")
    (conflict,) = [c for c in status.contradictions if c.field == "renewal.date"]
    values = {side.value: side.sources for side in conflict.sides}
    assert values["6 June 2023"] == ("z.example",)
    assert set(values) == {"6 June 2022", "June 2022", "6 June 2023"}


def test_near_duplicate_copies_count_once():
    copies = [rec("renewal", RenewalValue("renewed", window("2023-06-06", "2023-06-06")), "2023-08-01",
                  domain=f"copy{i}.example", cluster="c1", doc=f"copy{i}") for i in range(4)]
    original = [rec("renewal", RenewalValue("renewed", window("2022-06-06", "2022-06-06")), "2022-06-07",
                    domain=f"o{i}.example", certainty="official") for i in range(2)]
    status = resolve_status(copies + original, "Harbor Lights", 2, D("2024-01-01"))
    assert status.renewal.date.start == D("2022-06-06")


def test_title_with_number_counts_as_that_season():
    records = [rec("release", window("2026-09-01", "2026-11-30"), "2025-05-01", work="Harbor Lights 2", season=None)]
    status = resolve_status(records, "harbor lights", 2, D("2025-06-01"))
    assert status.release.label == "fall 2026"


def test_cast_spellings_group_with_reasons():
    records = [rec("cast", CastValue("Han Ji-hu", "Mira"), "2025-01-01"),
               rec("cast", CastValue("Han Ji Hoo", None), "2025-01-02"),
               rec("cast", CastValue("Seo Dae-yeon", "Mira"), "2025-01-03")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-06-01"))
    groups = {c.person: c for c in status.cast}
    assert set(groups["Han Ji-hu"].aliases) == {"Han Ji Hoo"}
    assert groups["Han Ji-hu"].joined_by
    assert "Seo Dae-yeon" in groups  # same character, no shared name part: kept apart


def test_status_json_has_the_contract_fields():
    records = [rec("release", window("2026-01-01", "2026-04-30"), "2025-01-01")]
    data = resolve_status(records, "Harbor Lights", 2, D("2025-06-01")).to_json()
    for key in ("work", "season", "as_of", "stage", "release", "renewal", "cast", "lapsed", "contradictions"):
        assert key in data
    assert data["release"]["label"] == "early 2026"
    assert 0 <= data["release"]["confidence"] <= 1


def test_no_claims_gives_unknown_and_no_window():
    status = resolve_status([], "Harbor Lights", 2, D("2025-06-01"))
    assert isinstance(status, Status)
    assert status.stage == "unknown" and status.release is None


@pytest.mark.parametrize("start,end,label", [
    ("2027-01-01", "2027-04-30", "early 2027"), ("2024-12-01", "2024-12-31", "December 2024"),
    ("2024-05-01", "2024-12-31", "mid to late 2024"), ("2026-09-01", "2027-04-30", "late 2026 to early 2027"),
    ("2025-01-01", None, "2025 or later"), ("2024-12-26", "2024-12-26", "26 December 2024"),
])
def test_window_labels_keep_precision(start, end, label):
    assert label_of(make(D(start), D(end) if end else None)) == label


def test_subtracting_a_middle_year_keeps_the_later_side():
    kept = subtract(make(D("2025-01-01"), D("2027-12-31")), make(D("2026-01-01"), D("2026-12-31")))
    assert (kept.start, kept.end) == (D("2027-01-01"), D("2027-12-31"))


def test_a_premiere_that_newer_claims_contradict_does_not_release_the_season():
    records = [rec("release", window("2023-11-08", "2023-11-08"), "2023-11-14", certainty="official", domain="x.example"),
               rec("production", ProductionValue("filming", "ongoing"), "2024-05-01", domain="y.example"),
               rec("release", None, "2024-06-01", polarity="negated", domain="z.example"),
               rec("release", window("2025-08-06", "2025-08-06"), "2025-02-01", certainty="official", domain="w.example")]
    status = resolve_status(records, "Harbor Lights", 2, D("2025-03-01"))
    assert status.stage == "dated"
    assert status.release.window.start == D("2025-08-06")


def test_a_season_out_in_parts_premiered_with_its_first_part():
    records = [rec("release", window("2025-11-26", "2025-11-26"), "2025-11-28", certainty="official", domain=f"a{i}.example")
               for i in range(2)]
    records += [rec("release", window("2025-12-25", "2025-12-25"), "2025-12-27", certainty="official", domain=f"b{i}.example")
                for i in range(3)]
    status = resolve_status(records, "Harbor Lights", 2, D("2026-01-10"))
    assert status.stage == "released" and status.release.window.start == D("2025-11-26")


def test_an_article_that_reports_a_premiere_and_future_filming_backs_no_premiere():
    doc = "self-contradicting"
    records = [rec("release", window("2023-11-08", "2023-11-08"), "2023-11-14", certainty="official", doc=doc),
               rec("production", ProductionValue("filming", "start", window("2024-04-01", "2024-04-30")),
                   "2023-11-14", certainty="speculative", doc=doc)]
    status = resolve_status(records, "Harbor Lights", 2, D("2024-02-01"))
    assert status.stage != "released"


def test_an_official_month_that_passed_releases_only_with_two_reports():
    one = [rec("release", window("2024-06-01", "2024-06-30"), "2024-03-05", certainty="official", domain="a.example")]
    two = one + [rec("release", window("2024-06-01", "2024-06-30"), "2024-03-06", certainty="expected", domain="b.example")]
    assert resolve_status(one, "Harbor Lights", 2, D("2024-07-16")).stage != "released"
    assert resolve_status(two, "Harbor Lights", 2, D("2024-07-16")).stage == "released"


def test_same_role_without_a_shared_name_is_flagged_not_merged():
    records = [rec("cast", CastValue("Quillon", "Dae-ho"), "2025-01-01"),
               rec("cast", CastValue("Park Solenne", "Kang Dae-ho"), "2025-01-02", domain="b.example")]
    cast = {c.person: c for c in resolve_status(records, "Harbor Lights", 2, D("2025-06-01")).cast}
    assert set(cast) == {"Quillon", "Park Solenne"}
    assert cast["Quillon"].possibly_same == ("Park Solenne",)
    assert cast["Park Solenne"].possibly_same == ("Quillon",)


def test_credible_cancellation_makes_the_season_cancelled():
    records = [rec("renewal", RenewalValue("renewed"), "2023-01-01", certainty="official"),
               rec("renewal", RenewalValue("cancelled"), "2024-03-01", certainty="official", domain="b.example"),
               rec("renewal", RenewalValue("cancelled"), "2024-03-02", certainty="reported", domain="c.example")]
    assert resolve_status(records, "Harbor Lights", 2, D("2024-06-01")).stage == "cancelled"


def test_outlets_whose_predictions_lapse_earn_less_trust_than_those_that_came_true():
    from nextseason.resolve.reliability import outlet_records_from

    records = [rec("release", window("2025-09-12", "2025-09-12"), "2025-09-20", certainty="official", domain="news.example"),
               rec("release", window("2025-01-01", "2025-12-31"), "2024-01-05", certainty="expected", domain="right.example"),
               rec("release", window("2025-06-01", "2025-12-31"), "2024-02-05", certainty="expected", domain="right.example"),
               rec("release", window("2024-01-01", "2024-06-30"), "2023-06-05", certainty="expected", domain="wrong.example"),
               rec("release", window("2024-05-01", "2024-08-31"), "2023-09-05", certainty="expected", domain="wrong.example")]
    outlets = {s.outlet: s for s in outlet_records_from(records, D("2025-10-01"))}
    assert (outlets["right.example"].came_true, outlets["right.example"].lapsed) == (2, 0)
    assert (outlets["wrong.example"].came_true, outlets["wrong.example"].lapsed) == (0, 2)
    assert outlets["right.example"].reliability > outlets["wrong.example"].reliability


def test_truth_discovery_trusts_the_source_that_agrees_with_the_others():
    from nextseason.resolve.reliability import discover

    triples = [(s, f"obj{i}", "x") for s in ("a", "b", "c") for i in range(5)]
    triples += [("d", f"obj{i}", "y") for i in range(5)] + [("d", "obj5", "z"), ("a", "obj5", "w")]
    found = discover(triples)
    assert all(found.truth[f"obj{i}"] == "x" for i in range(5))
    assert found.weight["a"] > found.weight["d"]
    assert found.truth["obj5"] == "w"  # the reliable source wins the one-against-one object


@pytest.mark.parametrize(("title", "target", "same"), [
    ("All of Us is Dead", "All of Us Are Dead", True),
    ("Squid Games", "Squid Game", True),
    ("House of Dragon", "House of the Dragon", True),
    ("Money Heist: Korea", "Money Heist", False),
    ("Sweet Home 3", "Sweet Home 2", False),
    ("The Boys", "The Bays", False),
])
def test_titles_spelled_with_other_small_words_are_one_work(title: str, target: str, same: bool) -> None:
    from nextseason.resolve.aliases import split_title

    assert split_title(title, target)[0] is same
