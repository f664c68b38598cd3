"""Claim extraction on sentences written for these tests (one behaviour per test)."""

from __future__ import annotations

from datetime import date

import pytest

from nextseason.extract import extract_claims
from nextseason.extract.certainty import attribute, clause_bounds, find_source, is_negated
from nextseason.extract.mentions import _people_named, find_works
from nextseason.extract.sentences import split_sentences
from nextseason.models import CastValue, Document, Interval, ProductionValue, RenewalValue, Span
from nextseason.settings import Settings

PUBLISHED = date(2024, 3, 10)


def doc(text: str, published: date | None = PUBLISHED, **extra) -> Document:
    return Document(id="t", doc_id="t", text=text, published=published, **extra)


def claims_of(text: str, kind: str | None = None, **extra):
    found = extract_claims(doc(text, **extra), Settings())
    return [c for c in found if kind is None or c.kind == kind]


# ------------------------------------------------------------------ sentences and titles


def test_sentences_keep_exact_offsets_and_skip_link_lines():
    text = "Read more: Another Show season 9 is cancelled\nThe Lantern Keepers season 2 is coming. It will be great."
    sentences = split_sentences(doc(text))
    assert [s.text for s in sentences] == ["The Lantern Keepers season 2 is coming.", "It will be great."]
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_boilerplate_spans_from_ingest_are_skipped():
    text = "Harbor Lights season 3 premieres in May 2025.\nHarbor Lights season 3 premieres in June 2025."
    second = text.index("\n") + 1
    found = claims_of(text, "release", boilerplate=(Span(second, len(text)),))
    assert [c.value for c in found] == [Interval(date(2025, 5, 1), date(2025, 5, 31), "month", "May 2025")] or \
        [(c.value.start, c.value.end) for c in found] == [(date(2025, 5, 1), date(2025, 5, 31))]


def test_title_found_from_title_season_pattern_without_a_list_of_shows():
    text = "Fans of Harbor Lights season 2 are waiting. Harbor Lights was a hit."
    works = find_works(text, [(0, len(text))])
    assert works.name(works.subject) == "Harbor Lights"


def test_title_found_from_nth_season_of_pattern():
    text = "The second season of Copper Valley is on the way, and Copper Valley fans are thrilled."
    works = find_works(text, [(0, len(text))])
    assert works.name(works.subject) == "Copper Valley"


def test_the_show_resolves_to_the_article_subject_and_its_season():
    text = ("Copper Valley season 2 has been confirmed by the streamer. "
            "The show will premiere in October 2024.")
    release = claims_of(text, "release")
    assert [(c.work, c.season) for c in release] == [("Copper Valley", 2)]


def test_claims_about_another_show_keep_that_show():
    text = ("Copper Valley season 2 is filming now. Meanwhile, Night Orchard season 3 will be released "
            "in December 2024.")
    release = claims_of(text, "release")
    assert [(c.work, c.season) for c in release] == [("Night Orchard", 3)]


def test_title_with_short_season_form():
    text = "Night Orchard S2 premieres in July 2025 on Netflix. Night Orchard fans rejoice."
    release = claims_of(text, "release")
    assert [(c.work, c.season) for c in release] == [("Night Orchard", 2)]


# ------------------------------------------------------------------ kinds


def test_renewal_with_announcement_day_is_official():
    text = "Netflix has renewed Copper Valley for a second season on June 6, 2022."
    (claim,) = claims_of(text, "renewal")
    assert claim.value == RenewalValue("renewed", claim.value.date)
    assert claim.value.date is not None and claim.value.date.start == date(2022, 6, 6)
    assert claim.certainty == "official"
    assert claim.season == 2


def test_cancellation_is_a_cancelled_renewal():
    text = "Copper Valley season 2 was in the works, but the streamer has cancelled Copper Valley."
    statuses = {c.value.status for c in claims_of(text, "renewal")}
    assert "cancelled" in statuses


def test_release_window_from_hedged_projection_is_speculative():
    text = "Copper Valley season 2 might premiere in late 2025."
    (claim,) = claims_of(text, "release")
    assert (claim.value.start, claim.value.end) == (date(2025, 9, 1), date(2025, 12, 31))
    assert claim.certainty == "speculative"


def test_release_with_set_to_is_expected():
    text = "Copper Valley season 2 is set to launch in December 2024."
    (claim,) = claims_of(text, "release")
    assert claim.certainty == "expected"


def test_no_release_date_announced_is_a_negated_null_release():
    text = "Copper Valley season 2 is coming, but no release date has been announced yet."
    release = claims_of(text, "release")
    assert any(c.value is None and c.polarity == "negated" for c in release)


def test_past_premiere_is_an_official_release_of_the_earlier_season():
    text = "Copper Valley season 2 is in the works. The series first premiered on January 12, 2022."
    release = claims_of(text, "release")
    assert [(c.season, c.value.start, c.certainty) for c in release] == [(1, date(2022, 1, 12), "official")]


def test_production_filming_start_with_month():
    text = "Filming on Copper Valley season 2 began in February 2024."
    (claim,) = claims_of(text, "production")
    assert claim.value.stage == "filming" and claim.value.event == "start"
    assert claim.value.when is not None and claim.value.when.start == date(2024, 2, 1)


def test_production_wrap_is_filming_end():
    text = "Copper Valley season 2 has officially wrapped filming."
    (claim,) = claims_of(text, "production")
    assert claim.value == ProductionValue("filming", "end", None)


def test_negated_production_keeps_scope():
    text = "Copper Valley season 2 is confirmed, but filming hasn't begun."
    production = claims_of(text, "production")
    assert [c.polarity for c in production] == ["negated"]
    renewal = claims_of(text, "renewal")
    assert renewal and all(c.polarity == "affirmed" for c in renewal)


def test_cast_list_with_roles_and_return_cue():
    text = "In Copper Valley season 2, Mina Park as Hae-won and Daniel Ortiz as Rook will return."
    cast = {c.value.person: c.value for c in claims_of(text, "cast")}
    assert cast["Mina Park"] == CastValue("Mina Park", "Hae-won", "returning")
    assert cast["Daniel Ortiz"].character == "Rook"


def test_cast_joins_is_new_and_hyphenated_korean_names_survive():
    text = "Copper Valley season 2 adds to its ensemble: Seo Ji-an and Kwon Do-yun join the cast."
    people = {c.value.person: c.value.status for c in claims_of(text, "cast")}
    assert people == {"Seo Ji-an": "new", "Kwon Do-yun": "new"}


def test_first_season_cast_without_return_is_not_a_claim():
    text = "Copper Valley season 2 is coming. The first season starred Mina Park, Daniel Ortiz and Lee Ha-eun."
    assert claims_of(text, "cast") == []


def test_episode_count_with_at_least():
    text = "Copper Valley season 2 will likely have at least 10 episodes."
    (claim,) = claims_of(text, "episodes")
    assert claim.value.count == 10 and claim.value.at_least


def test_platform_from_streaming_on():
    text = "Copper Valley season 2 will stream exclusively on Netflix in 2025."
    assert [c.value.name for c in claims_of(text, "platform")] == ["Netflix"]


def test_delay_reason_strike():
    text = "Copper Valley season 2 was delayed because of the writers' strike."
    assert [c.value.reason for c in claims_of(text, "delay_reason")] == ["strike"]


def test_delay_reason_negated_with_not_because_of():
    text = "Copper Valley season 2 was not delayed because of the pandemic."
    (claim,) = claims_of(text, "delay_reason")
    assert claim.value.reason == "covid" and claim.polarity == "negated"


# ------------------------------------------------------------------ certainty, polarity, source


@pytest.mark.parametrize("sentence, expected", [
    ("Netflix announced that the show returns in May.", "official"),
    ("According to reports, the show returns in May.", "reported"),
    ("The show is expected to return in May.", "expected"),
    ("The show could return in May.", "speculative"),
    ("Perhaps the show returns in May.", "speculative"),
])
def test_certainty_levels(sentence, expected):
    at = sentence.index("return")
    assert attribute(sentence, at, at + 6, kind="release").certainty == expected


@pytest.mark.parametrize("sentence, trigger, negated", [
    ("Filming hasn't begun yet.", "begun", True),
    ("The show won't be back this year.", "back", True),
    ("A 2026 release is not possible.", "release", True),
    ("It was renewed, and filming has begun.", "begun", False),
    ("It was not renewed, but filming has begun.", "begun", False),
    ("We can't wait for the premiere.", "premiere", False),
])
def test_negation_scope(sentence, trigger, negated):
    at = sentence.index(trigger)
    assert is_negated(sentence, at, at + len(trigger)) is negated


def test_clause_bounds_cut_at_but():
    sentence = "It was renewed, but no date is set."
    start, end = clause_bounds(sentence, sentence.index("renewed"))
    assert sentence[start:end].strip(" ,") == "It was renewed"


@pytest.mark.parametrize("sentence, source", [
    ("Mina Park told Teen Gazette that the show is back.", "Mina Park"),
    ("According to Screen Ledger, filming starts soon.", "Screen Ledger"),
    ("The show is back, an insider revealed.", "an insider"),
    ("Filming starts soon.", None),
])
def test_source_attribution(sentence, source):
    assert find_source(sentence) == source


def test_as_of_is_pinned_by_as_of_phrase():
    text = "As of March 2023, filming on Copper Valley season 2 had not started."
    (claim,) = claims_of(text, "production")
    assert claim.polarity == "negated"
    assert claim.as_of is not None and claim.as_of.start == date(2023, 3, 1)


def test_one_claim_per_distinct_value_keeps_the_strongest_certainty():
    text = ("Copper Valley season 2 could premiere in May 2025. "
            "Netflix confirmed that Copper Valley season 2 will premiere in May 2025.")
    release = claims_of(text, "release")
    assert len(release) == 1 and release[0].certainty == "official"


def test_questions_and_headlines_are_not_claims():
    text = "Is Copper Valley Season 2 Renewed Or Cancelled?\nCopper Valley Season 2 Release Date News"
    assert claims_of(text) == []


def test_alias_file_adds_known_titles(tmp_path):
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("title: Lantern | The Lantern Show\n", encoding="utf-8")
    text = "Netflix has renewed Lantern. Lantern will premiere in 2025."
    found = extract_claims(doc(text), Settings(alias_file=aliases))
    assert {c.work for c in found} == {"Lantern"}


# ------------------------------------------------------------------ integration fixes


def test_a_dated_announcement_is_not_a_premiere():
    text = ("Harbor Lights season 2 is on the way. On Monday, March 4, the streaming service announced "
            "the new season of the drama with a short video.")
    assert claims_of(text, "release") == []


def test_streaming_service_is_not_a_release_word():
    text = "Harbor Lights season 2 is coming. The streaming service said in May 2023 that fans love the show."
    assert claims_of(text, "release") == []


def test_cast_list_lines_take_the_certainty_of_their_introduction():
    text = ("Harbor Lights season 2 is coming.\n\nThe expected cast members are as follows:\n\n"
            "  • Seo Min-ha as Ri-na\n  • Baek Jun-ho as Do-yun\n")
    found = claims_of(text, "cast")
    assert {c.value.person for c in found} == {"Seo Min-ha", "Baek Jun-ho"}
    assert {c.certainty for c in found} == {"speculative"}
    assert {c.value.character for c in found} == {"Ri-na", "Do-yun"}


def test_the_character_before_a_parenthesised_actor_is_not_the_person():
    text = "Harbor Lights season 2 is coming. The Ferryman (Oh Dae-jin) returns for the new season."
    found = claims_of(text, "cast")
    assert [(c.value.person, c.value.character) for c in found] == [("Oh Dae-jin", "Ferryman")]


def test_heading_words_and_titles_are_not_cast_members():
    text = ("Harbor Lights season 2 is coming. The delayed return hurt the industry trend.\n"
            "Delayed Return and Industry Trend stars will return, says a report. "
            "Following Oh Dae-jin's Lantern return, Seo Min-ha will return to the cast.")
    people = {c.value.person for c in claims_of(text, "cast")}
    assert "Seo Min-ha" in people
    assert not people & {"Delayed Return", "Industry Trend", "Lantern", "Following Oh Dae-jin"}


def test_returns_to_play_names_the_character():
    text = "Harbor Lights season 2 is coming. In the new season, Oh Dae-jin returns to play Han Seo-ri."
    found = claims_of(text, "cast")
    assert [(c.value.person, c.value.character) for c in found] == [("Oh Dae-jin", "Han Seo-ri")]


def test_an_article_without_a_season_pattern_takes_the_name_it_leads_with():
    text = ("Lantern Bay is one of the most talked-about series on the streamer right now. "
            "Fans hope for more.\n\nFilming on the next season of Lantern Bay begins in June 2025.")
    found = claims_of(text, "production")
    assert [c.work for c in found] == ["Lantern Bay"]


def test_a_start_cue_later_in_the_clause_makes_a_production_claim():
    text = "Filming for the long-awaited second season of Lantern Bay is set to begin in May 2025."
    (claim,) = claims_of(text, "production")
    assert claim.value.event == "start" and claim.season == 2


def test_negated_confirmation_of_a_next_season_is_a_negated_renewal():
    text = "Lantern Bay season 2 is a fan wish. The streamer has yet to confirm Lantern Bay season 2 officially."
    (claim,) = claims_of(text, "renewal")
    assert claim.polarity == "negated" and claim.season == 2


def test_a_date_that_was_later_pushed_back_no_longer_holds():
    text = "Lantern Bay season 2 was going to be released in 2024 but was postponed after the strike."
    (claim,) = claims_of(text, "release")
    assert claim.polarity == "negated"


def test_reported_speech_would_is_not_a_hedge():
    text = "Lantern Bay season 2 is coming. The showrunner said the new season would be released in May 2025."
    (claim,) = claims_of(text, "release")
    assert claim.certainty != "speculative"


def test_an_unknown_exact_date_is_a_negated_release_date():
    text = "Lantern Bay season 2 is coming. The exact date is unknown."
    (claim,) = claims_of(text, "release")
    assert claim.polarity == "negated" and claim.value is None


def test_a_report_the_article_calls_wrong_is_negated():
    text = "The early claims that Lantern Bay season 2 would premiere in May 2024 were wrong."
    (claim,) = claims_of(text, "release")
    assert claim.polarity == "negated"


def test_a_hedged_statement_on_record_stays_official():
    text = "Lantern Bay season 2 is coming. Network chief Dana Whitfield said she thinks it could premiere in May 2025."
    (claim,) = claims_of(text, "release")
    assert claim.certainty == "official"


def test_single_names_in_a_list_that_ends_with_a_return_cue_are_cast():
    text = "Lantern Bay season 2 is coming. Cast members Lomira, Tavo, and Oh Dae-jin are confirmed to return."
    people = {c.value.person for c in claims_of(text, "cast")}
    assert people == {"Lomira", "Tavo", "Oh Dae-jin"}


def test_places_titles_with_the_and_cut_runs_are_not_people():
    text = ("Lantern Bay season 2 is coming. The Navigator returns to the series. "
            "Season 2 added Mara Quill and The Long Road's Jonah Pell Avery Stone to the cast, filmed in Los Angeles.")
    people = {c.value.person for c in claims_of(text, "cast")}
    assert "Navigator" not in people and "Los Angeles" not in people and "Avery Stone" not in people


def test_production_event_is_the_cue_nearest_the_trigger():
    text = "Lantern Bay season 2 is coming. The shoot was completed last spring and post-production began in May 2025."
    events = {(c.value.stage, c.value.event) for c in claims_of(text, "production")}
    assert ("post_production", "start") in events


def test_seasons_being_filmed_are_ongoing_and_carry_on_into_opens_the_end():
    text = ("Lantern Bay seasons 2 and 3 are being filmed back-to-back. "
            "The showrunner said filming on Lantern Bay season 2 will carry on into 2026.")
    found = claims_of(text, "production")
    assert any(c.value.event == "ongoing" for c in found)
    carry = [c for c in found if c.value.when is not None]
    assert carry and carry[0].value.when.end is None and carry[0].value.when.start == date(2026, 1, 1)


def test_they_will_all_be_back_refers_to_the_cast_listed_just_before():
    text = ("Lantern Bay season 2 is coming.\nThe show stars Oh Dae-jin, Seo Min-ha, Baek Jun-ho and Han Ri-na.\n"
            "It was written by Moon Tae-il.\nIt seems they will all be back for Lantern Bay season 2.")
    found = claims_of(text, "cast")
    assert {c.value.person for c in found} == {"Oh Dae-jin", "Seo Min-ha", "Baek Jun-ho", "Han Ri-na"}
    assert {c.certainty for c in found} == {"speculative"}
    assert all(c.quote.startswith("It seems") for c in found)


def test_no_reports_of_scrapping_is_a_negated_cancellation():
    text = "Lantern Bay season 2 is running late. So far there are no reports of the network scrapping the series."
    found = claims_of(text, "renewal")
    assert [(c.value.status, c.polarity) for c in found] == [("cancelled", "negated")]


def test_a_reason_said_not_to_matter_is_negated():
    text = "Lantern Bay season 2 is delayed, but it is made in Seoul, where strikes are not an issue."
    found = claims_of(text, "delay_reason")
    assert [(c.value.reason, c.polarity) for c in found] == [("strike", "negated")]


def test_still_being_made_does_not_hide_a_release_window():
    text = "Lantern Bay Season 2 is still being made, so it will not be released until 2026."
    (claim,) = claims_of(text, "release")
    assert claim.polarity == "affirmed" and claim.value.start == date(2026, 1, 1) and claim.value.end is None


def test_more_ways_to_say_someone_joins_or_returns():
    text = ("Lantern Bay season 2 is coming. She will be portrayed by Oh Dae-jin. "
            "Seo Min-ha takes over the role of the captain. The previous actors include Baek Jun-ho and Han Ri-na.")
    found = {c.value.person: c.value.status for c in claims_of(text, "cast")}
    assert found == {"Oh Dae-jin": "new", "Seo Min-ha": "new", "Baek Jun-ho": "returning", "Han Ri-na": "returning"}


def test_renewed_for_a_later_season_names_that_season():
    text = "There will be more Lantern Bay after season 2, with the streamer renewing the series for a third season."
    found = claims_of(text, "renewal")
    assert [c.season for c in found] == [3]


def test_returning_to_a_platform_for_a_season_is_a_renewal():
    text = "Lantern Bay is returning to Netflix for a second season. A third season has already been confirmed too."
    assert {c.season for c in claims_of(text, "renewal")} == {2, 3}


def test_a_first_n_episode_season_counts_the_first_season():
    text = "Lantern Bay season 2 is coming, two years after the show debuted its first 8-episode season."
    found = claims_of(text, "episodes")
    assert [(c.season, c.value.count) for c in found] == [(1, 8)]


def test_a_show_named_once_after_series_is_its_own_work():
    text = ("Lantern Bay season 2 arrives in June 2025. Lantern Bay fans rejoice; Lantern Bay is back. "
            "The month will also bring the new fantasy series Harbor Crown, premiering on June 12, 2025.")
    works = {c.work for c in claims_of(text, "release")}
    assert "Harbor Crown" in works


def test_prime_video_is_not_a_video_release_and_hit_amazon_prime_is_a_release():
    text = "Lantern Bay season 4 is coming. Coming June 13 on Prime Video. It is scheduled to hit Amazon Prime on June 20."
    values = {c.value.start for c in claims_of(text, "release")}
    assert values == {date(2024, 6, 13), date(2024, 6, 20)}


def test_a_release_that_depends_on_something_has_no_date_yet():
    text = "Lantern Bay season 4 is finished. When season 4 drops depends on how long the strike goes."
    (claim,) = claims_of(text, "release")
    assert claim.polarity == "negated" and claim.value is None


def test_be_shooting_is_ongoing_and_not_go_ahead_is_a_negated_start():
    text = ("Lantern Bay season 2 is coming. The crew will be shooting for eight months of 2025. "
            "The production of season 2 will not go ahead during the strike.")
    found = {(c.value.event, c.polarity) for c in claims_of(text, "production")}
    assert found == {("ongoing", "affirmed"), ("start", "negated")}


def test_an_official_channel_makes_a_claim_official():
    text = "Lantern Bay will return for season 2, according to an announcement from the studio."
    (claim,) = claims_of(text, "renewal")
    assert claim.certainty == "official"


def test_a_subtitled_spinoff_is_its_own_work_and_a_new_show_starts_at_season_one():
    text = ("Lantern Bay season 2 is filming now. Lantern Bay fans are waiting, and Lantern Bay is a hit. "
            "Lantern Bay: The Contest is also set to hit Netflix in November 2025.")
    found = [(c.work, c.season) for c in claims_of(text, "release")]
    assert found == [("Lantern Bay: The Contest", 1)]


def test_a_first_broadcast_is_the_first_season_even_near_a_later_season():
    text = ("Lantern Bay season 2 is coming. "
            "Lantern Bay first launched on 28 January 2022, and within a year the season 2 teaser was out.")
    found = [(c.season, c.value.start) for c in claims_of(text, "release")]
    assert found == [(1, date(2022, 1, 28))]


def test_the_day_an_announcement_was_made_is_not_the_shoot_date():
    text = "Lantern Bay season 2 has started production in Busan, the network revealed April 11."
    (claim,) = claims_of(text, "production")
    assert claim.value.event == "start" and claim.value.when is None


def test_a_surname_alone_takes_the_full_name_the_article_gave():
    text = ("Lantern Bay season 2 is coming. Mara Quill led the first season. "
            "The returning cast includes Quill as Captain Reyes and Tom Vance as the mayor.")
    people = {c.value.person for c in claims_of(text, "cast")}
    assert "Mara Quill" in people and "Quill" not in people


def test_a_first_season_is_not_renewed_in_an_article_about_a_later_one():
    text = "Lantern Bay season 2 is filming. The studio confirmed that season one cast members Mara Quill and Tom Vance return."
    assert [c.season for c in claims_of(text, "renewal")] == []


def test_episode_numbers_and_plot_are_not_counts_or_reasons():
    text = ("Lantern Bay season 2 is coming. A fan said: I just finished season 2 episode 2. "
            "In the story, a virus causing a deadly pandemic spreads through the town.")
    assert claims_of(text, "episodes") == [] and claims_of(text, "delay_reason") == []


def test_a_caption_placing_actors_in_a_later_season_is_cast():
    text = "Lantern Bay season 3 is coming.\n(From left) Oh Dae-jin, Seo Min-ha and Baek Jun-ho in Lantern Bay 3.\n"
    found = claims_of(text, "cast")
    assert {(c.value.person, c.season) for c in found} == {("Oh Dae-jin", 3), ("Seo Min-ha", 3), ("Baek Jun-ho", 3)}


def test_no_longer_part_of_the_season_is_leaving():
    text = "Lantern Bay season 2 is coming. A report says actress Seo Min-ha will no longer be a part of Lantern Bay season 2."
    found = [(c.value.person, c.value.status) for c in claims_of(text, "cast")]
    assert found == [("Seo Min-ha", "leaving")]


def test_we_could_see_title_season_n_is_a_release_window():
    text = "Lantern Bay season 2 is coming. Midway through the year 2025, we could see Lantern Bay Season 2."
    (claim,) = claims_of(text, "release")
    assert claim.certainty == "speculative" and claim.value.start == date(2025, 5, 1)


def test_a_premiere_on_the_day_the_article_is_dated_is_a_past_official_release():
    text = "Lantern Bay season 2 premiered on March 10, 2024, and viewers are already hooked."
    (claim,) = claims_of(text, "release")
    assert claim.certainty == "official" and claim.value.start == date(2024, 3, 10)


def test_a_caption_of_a_new_season_still_is_official():
    text = "Lantern Bay season 3 is coming.\n(From left) Oh Dae-jin, Seo Min-ha and Baek Jun-ho in Lantern Bay 3.\n"
    assert {c.certainty for c in claims_of(text, "cast")} == {"official"}


@pytest.mark.parametrize("sentence, expected", [
    ("No date has been given, but the show will stream exclusively on Netflix.", "expected"),
    ("The new season is dropping on Netflix in a few days.", "expected"),
])
def test_a_coming_platform_is_a_projection_and_exclusively_is_not_a_report(sentence, expected):
    at = sentence.index("Netflix")
    assert attribute(sentence, at, at + 7, kind="platform").certainty == expected


@pytest.mark.parametrize("sentence, expected", [
    ("“We are so happy to be filming again with the whole family of actors and crew.", "official"),
    ("The filming for the new season has begun in the capital.”", "official"),
    ("“Lantern Bay 2” has started filming in the capital.", "reported"),
    ("At the time, filming was expected to start in May.", "reported"),
    ("According to the Instagram account of the studio, filming will start in May.", "official"),
    ("The new season is now official and filming will start in May.", "official"),
    ("The team confirmed that filming will not start before May.", "official"),
    ("A new season has already been confirmed, and filming will start in May.", "expected"),
    ("The director indicated that filming will start in May.", "official"),
])
def test_statements_and_agentless_confirmations(sentence, expected):
    at = sentence.index("filming")
    assert attribute(sentence, at, at + 7, kind="production").certainty == expected


def test_an_undated_article_gives_a_bare_month_day_the_year_written_nearest_it():
    text = ("The series first aired in March 2019 and ran for two years.\n"
            "In 2025 the streamer said that Lantern Bay season 2 will premiere on November 26 worldwide.")
    found = extract_claims(doc(text, published=None), Settings())
    releases = [c for c in found if c.kind == "release" and c.season == 2]
    assert [(c.value.start, c.value.end) for c in releases] == [(date(2025, 11, 26), date(2025, 11, 26))]


def test_a_wished_for_shoot_without_a_time_is_not_a_claim():
    text = "Lantern Bay season 2 is coming. Fans hope that filming will start soon without more delays."
    assert claims_of(text, "production") == []


def test_a_premiere_told_as_background_is_not_a_platform_claim():
    text = "Lantern Bay season 2 is coming. Since its debut on Netflix in 2021, Lantern Bay has topped the charts."
    assert claims_of(text, "platform") == []
    text = "Lantern Bay season 2 is coming. The first season was released on Netflix on May 3, 2021."
    assert [c.value.name for c in claims_of(text, "platform")] == ["Netflix"]


def test_a_confirmed_premiere_date_is_not_a_renewal():
    text = "Lantern Bay season 3 is coming. The streamer has officially confirmed that season 3 will premiere on May 3, 2024."
    assert claims_of(text, "renewal") == []
    assert [c.kind for c in claims_of(text, "release")] == ["release"]


@pytest.mark.parametrize("sentence, reason", [
    ("The delay of Lantern Bay season 2 is meant to ensure a better final product.", "other"),
    ("Lantern Bay season 2 was delayed further after the sudden death of a lead actor.", "other"),
    ("Lantern Bay season 2 is not here yet: the writer is still working on scripts.", "script"),
])
def test_delay_reasons_beyond_strikes(sentence, reason):
    assert reason in {c.value.reason for c in claims_of(sentence, "delay_reason")}


def test_max_after_hbo_is_a_platform_too():
    text = "Lantern Bay season 2 will premiere on HBO/Max in June."
    assert {c.value.name for c in claims_of(text, "platform")} == {"HBO", "Max"}


def test_an_undated_article_awaiting_a_dated_window_was_written_before_it_ends():
    text = ("Lantern Bay season 3 will be released in the summer of 2024.\n"
            "Lantern Bay season 2, which was released on Dec 1st, ended on a cliffhanger.")
    window = Interval(None, date(2024, 12, 31), "open", "inferred")
    found = extract_claims(doc(text, published=None, published_range=window), Settings())
    second = [c.value.start for c in found if c.kind == "release" and c.season == 2]
    assert second == [date(2023, 12, 1)]


def test_a_title_with_two_season_numbers_puts_the_cast_in_both():
    text = "Lantern Bay season 2 is coming. Lantern Bay 2 and 3 will see Oh Dae-jin and Seo Min-ha reprise their roles."
    found = {(c.value.person, c.season) for c in claims_of(text, "cast")}
    assert found == {("Oh Dae-jin", 2), ("Oh Dae-jin", 3), ("Seo Min-ha", 2), ("Seo Min-ha", 3)}


def test_renewed_by_a_month_only_bounds_the_renewal_even_when_written_that_month():
    text = "Lantern Bay season 2 is coming. The series was renewed for another season by June 2022."
    (claim,) = claims_of(text, "renewal", published=date(2022, 6, 1))
    assert claim.value.date is not None and (claim.value.date.start, claim.value.date.end) == (None, date(2022, 6, 30))


def test_this_season_is_the_season_the_sentence_before_named():
    text = ("Lantern Bay season 2 drew big audiences last winter. Lantern Bay 3 is dated for June 27, 2025. "
            "This upcoming season is made up of six episodes.")
    assert [(c.season, c.value.count) for c in claims_of(text, "episodes", published=date(2025, 2, 10))] == [(3, 6)]


def test_characters_after_who_play_and_crew_are_not_cast():
    text = ("Lantern Bay season 2 is coming. Returning for season two are Oh Dae-jin and Seo Min-ha, "
            "who play Marta Vell and Jonas Brandt. Creator Baek Jun-ho returns to write the new season.")
    assert {c.value.person for c in claims_of(text, "cast")} == {"Oh Dae-jin", "Seo Min-ha"}


def test_an_undated_article_was_written_after_the_latest_event_it_tells_as_past():
    text = ("Lantern Bay season 2 is in the works.\n"
            "Premiering in November 2022, the first season drew huge audiences around the world.")
    found = extract_claims(doc(text, published=None), Settings())
    first = [c for c in found if c.kind == "release" and c.season == 1]
    assert first and all(c.certainty == "official" for c in first)


def test_also_star_lists_cast_of_the_new_season():
    text = "Lantern Bay season 2 arrives in May. Oh Dae-jin, Seo Min-ha and Baek Jun-ho also star."
    assert {(c.value.person, c.season) for c in claims_of(text, "cast")} == {
        ("Oh Dae-jin", 2), ("Seo Min-ha", 2), ("Baek Jun-ho", 2)}


def test_played_by_in_parentheses_names_a_cast_member():
    text = "Lantern Bay season 2 arrives in May. The trailer opens with the Captain character (played by Oh Dae-jin) staring at the sea."
    assert [(c.value.person, c.season) for c in claims_of(text, "cast")] == [("Oh Dae-jin", 2)]


def test_the_streamer_stands_for_the_platform_the_article_names_most():
    text = ("Lantern Bay season 2 is a Netflix hit. Season 1 topped Netflix charts. "
            "Lantern Bay season 2 will return to the streamer in May 2025.")
    found = [(c.value.name, c.season) for c in claims_of(text, "platform")]
    assert ("Netflix", 2) in found


def test_a_year_that_describes_a_work_is_not_the_year_of_a_bare_date():
    text = ("In 2025 the streamer said that Lantern Bay season 2 is coming.\n"
            "Based on the 2017 novel, Lantern Bay season 2 will premiere on November 26 worldwide.")
    window = Interval(date(2024, 1, 1), None, "open", "inferred")
    found = extract_claims(doc(text, published=None, published_range=window), Settings())
    days = [c.value.start for c in found if c.kind == "release" and c.season == 2 and c.value.precision == "day"]
    assert days == [date(2025, 11, 26)]


def test_the_first_name_after_such_as_or_including_is_a_cast_member():
    text = "Dark Harbor season 2 is coming. New additions such as Kang Min-ho and Yim Seo-jin join the ensemble."
    people = {c.value.person for c in claims_of(text, "cast")}
    assert people == {"Kang Min-ho", "Yim Seo-jin"}
    text = "Dark Harbor season 2 is coming. Older characters including Yoon Tae-young and Cho Mi-hyun will return."
    assert {c.value.person for c in claims_of(text, "cast")} == {"Yoon Tae-young", "Cho Mi-hyun"}


def test_a_creator_pair_is_not_taken_for_the_title():
    text = ("Netflix on Friday said the spooky hit has been renewed for a final season. "
            "Series creators Ann and Lee Porter have confirmed it will be split in two parts.")
    spans = [(s.start, s.end) for s in split_sentences(doc(text))]
    assert {"ann", "leeporter"} <= _people_named(text, spans)
    assert find_works(text, spans).subject not in {"leeporter", "ann", "porter"}


def test_a_bare_month_after_a_future_verb_is_the_coming_one_despite_an_earlier_past_date():
    text = ("In November the studio boss told reporters the new run might arrive in late summer. Fans waited. "
            "We have Harbor Lights season 2 coming in June, he said.")
    releases = [c for c in claims_of(text, "release", published=date(2024, 3, 5)) if "June" in c.quote]
    assert releases and all(c.value.start == date(2024, 6, 1) for c in releases)


def test_a_speech_tag_after_a_comma_does_not_take_the_release_date():
    text = "Harbor Lights season 2 will premiere on HBO/Max in June, said Jo Perrette, the head of streaming."
    releases = claims_of(text, "release", published=date(2024, 3, 5))
    assert [c.value.start for c in releases] == [date(2024, 6, 1)]


def test_a_later_season_which_was_announced_in_a_past_year_was_renewed_then():
    text = "The second season of Harbor Lights, which was first announced by the streamer in 2022, is finally moving."
    renewals = claims_of(text, "renewal")
    assert [(c.season, c.value.status, c.value.date.start) for c in renewals] == [(2, "renewed", date(2022, 1, 1))]
    assert not claims_of("The second season of Harbor Lights, which was announced next spring, is moving.", "renewal")


def test_a_full_stop_without_a_space_still_ends_a_sentence_between_words():
    text = "Fans saw the scripts.The video marks a first. A fan said.\"Wow.\" See e.g. the list."
    assert [s.text for s in split_sentences(doc(text))] == [
        "Fans saw the scripts.", "The video marks a first.", "A fan said.", "\"Wow.\"", "See e.g. the list."]


def test_a_renewal_takes_the_day_the_next_sentence_gives_its_announcement():
    text = "Netflix has renewed Harbor Lights for a second season. The news came on Monday at a fan event."
    renewals = claims_of(text, "renewal", published=date(2024, 3, 7))
    assert [c.value.date.start for c in renewals] == [date(2024, 3, 4)]
    text = "Netflix has renewed Harbor Lights for a second season. The show premiered in May 2023."
    assert [c.value.date for c in claims_of(text, "renewal", published=date(2024, 3, 7))] == [None]


def test_a_confirmed_departure_or_renewing_several_shows_is_no_renewal():
    assert not claims_of("Harbor Lights season 2 is coming. Ann Lee’s departure from the series was confirmed in 2022.",
                         "renewal")
    assert not claims_of("Harbor Lights season 2 is coming. The streamer has renewed several dramas lately.", "renewal")
    assert claims_of("Harbor Lights is a drama. Season 2 of Harbor Lights was confirmed in 2022.", "renewal")


def test_prose_after_a_click_here_prompt_on_the_same_line_is_kept():
    text = "Click here to read the full article. Harbor Lights’ ending is within sight.\nRead more: Another Show is back"
    assert [s.text for s in split_sentences(doc(text))] == ["Harbor Lights’ ending is within sight."]


def test_an_article_opening_with_a_repeated_title_has_it_as_subject():
    text = ("Harbor Lights’ ending is within sight. Netflix on Thursday announced that the drama has been renewed "
            "for a fifth and final season. The creators said the story arc for Harbor Lights was planned long ago.")
    renewals = claims_of(text, "renewal", published=date(2024, 3, 10))
    assert [(c.work, c.season, c.source) for c in renewals] == [("Harbor Lights", 5, None)]


def test_a_title_with_an_appositive_before_has_been_renewed_is_the_subject():
    text = ("\"Harbor Lights\", the long-awaited “Sea Kings” prequel, has been renewed for a second season. "
            "The original “Sea Kings” series ran for eight seasons.")
    assert [c.work for c in claims_of(text, "renewal")] == ["Harbor Lights"]


def test_post_production_work_still_to_be_done_is_ongoing():
    text = "Harbor Lights season 3 has wrapped filming, but there is still post-production work to be done."
    events = {(c.value.stage, c.value.event) for c in claims_of(text, "production")}
    assert ("post_production", "ongoing") in events and ("post_production", "end") not in events


def test_will_be_filmed_is_a_filming_start_not_an_end():
    text = "The showrunner said Harbor Lights season 3 will be filmed in Scotland next spring."
    events = {(c.value.stage, c.value.event) for c in claims_of(text, "production")}
    assert ("filming", "start") in events and ("filming", "end") not in events


def test_a_cue_in_an_earlier_clause_does_not_set_the_production_event():
    text = "Harbor Lights season 3 still has scripts in the works, while production is set to resume in June 2025."
    filming = [c for c in claims_of(text, "production") if c.value.stage == "filming"]
    assert [c.value.event for c in filming] == ["start"]


def test_began_and_then_wrapped_gives_a_dated_start_and_a_dated_end():
    text = "Filming on Harbor Lights season 3 began in May 2024 and wrapped in March 2025."
    found = {(c.value.event, c.value.when.start if c.value.when else None) for c in claims_of(text, "production")}
    assert ("start", date(2024, 5, 1)) in found and ("end", date(2025, 3, 1)) in found


def test_an_undated_production_claim_gives_way_to_the_same_dated_one():
    text = ("Harbor Lights season 3 has wrapped filming, the studio said. "
            "Filming on Harbor Lights season 3 wrapped in March 2025, in Glasgow.")
    ends = [c for c in claims_of(text, "production") if c.value.event == "end"]
    assert [c.value.when.start if c.value.when else None for c in ends] == [date(2025, 3, 1)]


def test_cameras_stopped_rolling_is_a_dated_filming_end():
    text = "The cameras stopped rolling on Harbor Lights season 3 in March 2025."
    found = [(c.value.stage, c.value.event, c.value.when.start if c.value.when else None)
             for c in claims_of(text, "production")]
    assert found == [("filming", "end", date(2025, 3, 1))]


def test_production_reports_are_a_source_not_a_production_claim():
    text = "Harbor Lights season 3 has been pushed to 2027, according to production reports."
    assert claims_of(text, "production") == []


def test_a_year_naming_another_event_does_not_date_the_wrap():
    text = "Two years after the 2023 renewal, filming on Harbor Lights season 3 has finally wrapped."
    found = [(c.value.event, c.value.when) for c in claims_of(text, "production")]
    assert found == [("end", None)]


def test_a_delay_in_production_is_not_production_in_progress():
    text = "Fans of Harbor Lights season 3 keep complaining about the delay in production."
    assert [c for c in claims_of(text, "production") if c.value.event == "ongoing"] == []


def test_an_undated_denial_stays_beside_a_dated_one():
    text = ("Filming on Harbor Lights season 3 did not begin in May 2024 as planned. "
            "Filming on Harbor Lights season 3 still hasn't started.")
    denials = [c for c in claims_of(text, "production") if c.polarity == "negated"]
    assert {c.value.when is None for c in denials} == {True, False}


def test_cameras_start_rolling_is_a_dated_filming_start():
    text = "The studio says cameras start rolling on Harbor Lights season 3 in late 2025."
    found = [(c.value.stage, c.value.event, c.value.when.start if c.value.when else None)
             for c in claims_of(text, "production")]
    assert found == [("filming", "start", date(2025, 9, 1))]
