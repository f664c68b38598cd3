"""Which work, season and time a claim takes when one sentence names several (own example sentences)."""

from __future__ import annotations

from datetime import date

from nextseason.extract import extract_claims
from nextseason.models import Document
from nextseason.settings import Settings


def claims_of(text: str, kind: str, published: date = date(2024, 3, 5)):
    document = Document(id="t", doc_id="t", text=text, published=published)
    return [c for c in extract_claims(document, Settings()) if c.kind == kind]


def test_each_show_in_a_list_keeps_its_own_season():
    text = ("Lunar Harbor season 2 is coming in June. June will also see the return of "
            "Tin Crown season 3, Copper Fields season 4 and the rest of the lineup.")
    pairs = {(c.work, c.season) for c in claims_of(text, "release")}
    assert ("Tin Crown", 3) in pairs and ("Copper Fields", 4) in pairs
    assert ("Tin Crown", 4) not in pairs


def test_the_month_may_is_not_a_hedge_that_makes_a_past_premiere_future():
    text = ("Lantern Bay season 2 is coming. The series was announced in May 2020 and premiered "
            "on the streamer in February 2021.")
    releases = claims_of(text, "release", published=date(2025, 8, 5))
    first = [c for c in releases if c.value.start == date(2021, 2, 1)]
    assert first and first[0].season == 1


def test_a_script_reading_owns_its_month_not_the_release():
    text = ("Lantern Bay season 2 is coming. The first script reading took place in August and "
            "the show premiered in February 2021.")
    months = {c.value.start for c in claims_of(text, "release", published=date(2025, 8, 5))}
    assert date(2021, 2, 1) in months
    assert not any(m is not None and m.month == 8 for m in months)


def test_production_slated_for_a_month_is_the_shoot_not_the_premiere():
    text = ("Lantern Bay season 2 is in the works. Production on the new season is slated for late April, "
            "so new episodes could arrive in early 2025.")
    production = claims_of(text, "production", published=date(2023, 11, 14))
    assert [(c.value.event, c.value.when.start) for c in production] == [("start", date(2024, 4, 21))]
    assert all(c.value.start != date(2024, 4, 21) for c in claims_of(text, "release", published=date(2023, 11, 14)))


def test_lower_case_small_words_stay_inside_a_title():
    text = ("The director says All of us are Gone season 2 is possible. "
            "Netflix has renewed All of us are Gone for a second season.")
    works = {c.work for c in claims_of(text, "renewal")}
    assert works and all(w.lower() == "all of us are gone" for w in works)


def test_a_season_that_is_part_of_a_dated_lineup_is_dated_but_a_teased_lineup_dates_nothing():
    dated = claims_of("Lantern Bay season 2 is coming. The streamer said Tin Crown season 2 is part of its 2025 lineup.",
                      "release", published=date(2024, 12, 1))
    assert [(c.work, c.season, c.value.start) for c in dated] == [("Tin Crown", 2, date(2025, 1, 1))]
    teased = claims_of("Lantern Bay season 2 is coming. While teasing the fall lineup, the streamer said nothing "
                       "about the second season.", "release", published=date(2024, 7, 1))
    assert all(c.value is None or c.value.start is None or c.value.start.month != 9 for c in teased)


def test_reportedly_eyeing_a_day_is_a_release_date_not_an_announcement():
    releases = claims_of("Lantern Bay season 2 is reportedly eyeing October 30 as its release date.", "release",
                         published=date(2024, 6, 10))
    assert [(c.value.start, c.certainty) for c in releases] == [(date(2024, 10, 30), "reported")]


def test_return_for_a_later_season_in_a_future_year_is_a_release_window_and_an_undated_renewal():
    text = "The teaser confirmed that Tin Crown will return for a third and final season in 2025."
    releases = claims_of(text, "release", published=date(2024, 6, 10))
    renewals = claims_of(text, "renewal", published=date(2024, 6, 10))
    assert [(c.work, c.season, c.value.start) for c in releases] == [("Tin Crown", 3, date(2025, 1, 1))]
    assert [(c.season, c.value.date) for c in renewals] == [(3, None)]


def test_a_past_premiere_does_not_take_the_season_of_the_next_clause():
    text = "Lantern Bay season 2 is coming. Lantern Bay debuted in 2020 and was renewed through Season 3 in 2022."
    first = [c for c in claims_of(text, "release", published=date(2024, 6, 10)) if c.value.start == date(2020, 1, 1)]
    assert [c.season for c in first] == [1]


def test_a_season_after_the_one_in_the_news_spoken_of_as_coming_was_ordered():
    lead = "Lantern Bay season 4 is coming. Lantern Bay season 4 will be great. "
    for sentence in ("The series also has a fifth and final season coming.",
                     "Its producer says Seasons 4 and 5 are being shot one after the other, back-to-back."):
        renewals = claims_of(lead + sentence, "renewal", published=date(2024, 6, 10))
        assert [(c.season, c.polarity) for c in renewals if c.season == 5] == [(5, "affirmed")], sentence
    hedged = claims_of(lead + "A fifth season could be coming if the ratings hold.", "renewal", published=date(2024, 6, 10))
    assert not [c for c in hedged if c.season == 5 and c.polarity == "affirmed"]


def test_a_wish_for_a_season_with_no_promise_is_a_denied_renewal():
    text = "Lantern Bay season 1 ended. The director said: a second season is my dream, though I cannot promise it to anyone."
    renewals = claims_of(text, "renewal", published=date(2024, 6, 10))
    assert [(c.season, c.polarity) for c in renewals] == [(2, "negated")]


def test_a_premiere_date_shared_with_a_teaser_is_still_the_premiere_date():
    releases = claims_of("Lantern Bay season 2 is coming. The streamer shared a premiere date, Dec. 1, and a teaser "
                         "for Season 2.", "release", published=date(2023, 11, 1))
    assert [(c.season, c.value.start) for c in releases] == [(2, date(2023, 12, 1))]


def test_the_day_a_weekly_run_ends_with_its_finale_is_not_the_premiere():
    releases = claims_of("Lantern Bay season 2 starts on June 13 with three episodes before a weekly release "
                         "ending on July 18 with the season finale.", "release", published=date(2024, 2, 24))
    assert [c.value.start for c in releases] == [date(2024, 6, 13)]


def test_a_sentence_sending_the_reader_elsewhere_makes_no_claim():
    assert claims_of("Lantern Bay season 2 is in the works. Or, check out the new films coming in 2025.", "release") == []


def test_quarter_of_the_year_with_a_year_and_this_spring_said_in_winter():
    from nextseason.extract.timex import find_timexes

    quarter = find_timexes("It may launch in the third quarter of the year 2023.", date(2022, 11, 8))
    assert [(t.interval.start, t.interval.end) for t in quarter] == [(date(2023, 7, 1), date(2023, 9, 30))]
    spring = find_timexes("The debut this spring will mark four years since the last one.", date(2025, 12, 3))
    assert spring[0].interval.start == date(2026, 3, 1)


def test_a_shoot_on_hold_or_halted_is_a_denied_ongoing_production():
    held = claims_of("Lantern Bay season 2 is coming. Development of the new season is currently on hold "
                     "because of the strike, and nobody knows when work can resume.", "production",
                     published=date(2023, 6, 5))
    assert [(c.value.stage, c.value.event, c.polarity) for c in held] == [("pre_production", "ongoing", "negated")]
    halted = claims_of("Lantern Bay season 2 is coming. Filming ran for three weeks before a flood halted the "
                       "entire production.", "production", published=date(2023, 6, 5))
    assert ("filming", "ongoing", "negated") in [(c.value.stage, c.value.event, c.polarity) for c in halted]


def test_filming_said_to_happen_in_a_later_window_is_its_start_and_each_cue_keeps_its_own_time():
    later = claims_of("Lantern Bay season 2 is rumored to be filming in the first half of 2024.", "production",
                      published=date(2023, 6, 5))
    assert [(c.value.event, c.value.when.start) for c in later] == [("start", date(2024, 1, 1))]
    both = claims_of("Lantern Bay season 2 is coming. Its scripts are in the works and production is set to resume "
                     "in April, the studio says.", "production", published=date(2023, 11, 14))
    by_stage = {c.value.stage: c.value.when for c in both}
    assert by_stage["pre_production"] is None and by_stage["filming"].start == date(2024, 4, 1)


def test_neither_nor_denies_and_a_possible_or_doubted_renewal_is_no_claim():
    denied = claims_of("Lantern Bay season 1 ended. Neither the network nor the creators of the series have "
                       "announced a season 2 renewal.", "renewal")
    assert [(c.season, c.polarity) for c in denied] == [(2, "negated")]
    for sentence in ("Its lead actor talked about the possibility of the drama being renewed for one more season.",
                     "Lantern Bay season 2 renewal uncertain despite strong reviews"):
        assert claims_of("Lantern Bay season 1 ended. " + sentence, "renewal") == [], sentence


def test_a_participle_opening_the_sentence_is_not_part_of_the_title():
    text = ("The Tin Crown season 4 returns soon. Entering The Tin Crown season 4, we know the series also has a fifth and "
            "final season coming.")
    assert {c.work for c in claims_of(text, "renewal")} == {"The Tin Crown"}


def test_a_subtitled_title_with_a_dashed_part_is_one_work_and_its_short_form_stands_for_it():
    text = ("Fans of Night Market loved the remake. Night Market: Seoul – Harbor District Part 2 is coming. "
            "Night Market: Seoul – Harbor District will return in December 2024. "
            "Night Market: Seoul will have six episodes in its second part.")
    works = {c.work for c in claims_of(text, "release", published=date(2024, 6, 1))}
    assert works == {"Night Market: Seoul – Harbor District"}


def test_a_show_that_started_airing_on_a_network_is_a_work_of_its_own():
    text = "Lantern Bay season 2 is coming in 2023. Meanwhile, Copper Rich started airing on JTBC on November 18, 2022."
    first = [(c.work, c.season) for c in claims_of(text, "release", published=date(2022, 11, 21))
             if c.value.start == date(2022, 11, 18)]
    assert first == [("Copper Rich", 1)]


def test_a_time_joined_to_the_next_clause_by_and_stays_with_its_own_cue():
    text = ("Lantern Bay season 5 is coming. Writing on the scripts started in August 2022 and filming was "
            "planned to start in June 2023.")
    starts = {c.value.stage: c.value.when.start for c in claims_of(text, "production", published=date(2023, 5, 9))}
    assert starts == {"pre_production": date(2022, 8, 1), "filming": date(2023, 6, 1)}


def test_a_labelled_cast_line_is_prose_though_every_word_is_capitalised():
    from nextseason.extract.sentences import not_prose

    assert not not_prose("Main Cast: Wren Hollis, Ada Quill, Bo Lark")
    assert not_prose("Everything We Know About The New Season")


def test_one_order_for_several_seasons_names_each():
    cases = {
        "In 2022 the studio said Lantern Bay was not only ordered for Season 2 but also for a Season 3.": {2, 3},
        "Lantern Bay debuted in 2020 and received a two-season renewal a year later.": {2, 3},
        "Lantern Bay season 2 is coming. The show was renewed through Season 3 in 2022.": {2, 3},
    }
    for text, seasons in cases.items():
        found = {c.season for c in claims_of("Lantern Bay season 2 is coming. " + text, "renewal",
                                               published=date(2023, 11, 1)) if c.polarity == "affirmed"}
        assert seasons <= found, text


def test_a_declared_return_for_a_season_is_a_renewal_and_a_continuing_sentence_takes_the_occasions_day():
    declared = claims_of("Lantern Bay is a hit. The network made an announcement on June 6, declaring the return "
                         "of Lantern Bay for Season 2.", "renewal", published=date(2022, 6, 7))
    assert [(c.season, c.value.date.start) for c in declared] == [(2, date(2022, 6, 6))]
    continued = claims_of("Lantern Bay is a hit. On June 6 at the fan event, a video with the cast was shown. "
                          "They shared a message: Lantern Bay has been renewed for a second season.", "renewal",
                          published=date(2022, 6, 7))
    assert [(c.season, c.value.date.start) for c in continued] == [(2, date(2022, 6, 6))]


def test_release_windows_said_in_a_remark_ruled_out_or_doubted():
    def releases(sentence: str, published: date = date(2023, 8, 19)):
        found = claims_of("Lantern Bay season 2 is in the works. " + sentence, "release", published=published)
        return [(c.value.start if c.value else None, c.polarity) for c in found]

    assert releases("The studio chief mentioned in 2024 that Lantern Bay would be back on screens in late 2025.") == \
        [(date(2025, 9, 1), "affirmed")]
    assert (date(2025, 1, 1), "negated") in releases("The expected 2025 release window is no longer realistic.")
    assert releases("There is no reason to think that the satire is coming out this year.") == \
        [(date(2023, 1, 1), "negated")]
    assert releases("A report suggests there won't be new episodes until 2025.") == [(date(2025, 1, 1), "affirmed")]
    assert releases("The season will premiere during the second half of 2024.") == [(date(2024, 7, 1), "affirmed")]


def test_production_phrasings_for_preparation_floors_and_a_shoot_moving():
    def production(sentence: str):
        found = claims_of("Lantern Bay season 2 is in the works. " + sentence, "production", published=date(2025, 1, 10))
        return [(c.value.stage, c.value.event, c.value.when.start if c.value.when else None) for c in found]

    assert production("Production on the second season is still in its early days.") == \
        [("pre_production", "ongoing", None)]
    assert production("We're in the preparation phase of that now.") == [("pre_production", "ongoing", None)]
    assert production("The sequel should go on the floors later this year.") == \
        [("filming", "start", date(2025, 1, 10))]
    assert production("More filming will take place downtown on January 17 and 18.") == \
        [("filming", "ongoing", date(2025, 1, 17))]
    assert production("Production is confirmed to return to the coast as early as spring 2025.") == \
        [("filming", "start", date(2025, 3, 1))]
    moved = claims_of("Lantern Bay season 2 is in the works. With filming now pushed to 2026, fans must wait.", "release",
                      published=date(2025, 1, 10))
    assert moved == []


def test_episode_counts_told_in_the_future_and_seasons_named_in_a_trailing_clause():
    future = claims_of("Lantern Bay season 3 is coming. Lantern Bay season 3 will be great. All eight episodes of the "
                       "drama will be released in one go.", "episodes", published=date(2024, 6, 1))
    assert [(c.season, c.value.count) for c in future] == [(3, 8)]
    trailing = claims_of("Lantern Bay season 3 is coming. Lantern Bay season 3 will be great. It is expected to be "
                         "seven episodes long, building on how well season 2 did when it wrapped up in December.", "episodes",
                         published=date(2024, 6, 1))
    assert [c.season for c in trailing] == [3]


def test_an_unnamed_shows_renewal_is_no_claim_and_no_longer_matters_is_no_denial():
    assert claims_of("Lantern Bay season 2 is coming. At the fan event, a popular TV show's renewal was announced.",
                     "renewal", published=date(2023, 3, 21)) == \
        claims_of("Lantern Bay season 2 is coming.", "renewal", published=date(2023, 3, 21))
    renewals = claims_of("Lantern Bay season 2 is coming. The leak was debated, but that no longer matters as the "
                         "series will be returning.", "renewal", published=date(2023, 3, 21))
    assert all(c.polarity == "affirmed" for c in renewals)


def test_a_show_named_like_a_weekday_is_not_read_as_a_date_unless_used_as_one():
    text = ("Tuesday season 2 is coming. After one week of release, Tuesday was streamed for 90 million hours. "
            "The new season arrives on Tuesday, August 6.")
    releases = claims_of(text, "release", published=date(2025, 4, 23))
    assert [(c.work, c.season, c.value.start) for c in releases] == [("Tuesday", 2, date(2025, 8, 6))]


def test_a_later_volume_named_at_the_start_of_a_long_clause_is_not_the_premiere():
    text = ("Lantern Bay season 5 is coming. Volume one arrives on November 26. "
            "Volume two, with three episodes, will be released on Christmas Day.")
    releases = claims_of(text, "release", published=date(2025, 7, 16))
    assert [c.value.start for c in releases] == [date(2025, 11, 26)]
