"""Cast claims: which names are cast members of the next season (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from nextseason.extract import extract_claims
from nextseason.models import Document
from nextseason.settings import Settings

INTRO = "Harbor Lights season 2 is in the works. "


def cast_of(text: str) -> dict[str, tuple[str, str]]:
    document = Document(id="t", doc_id="t", text=text, published=date(2024, 3, 10))
    return {c.value.person: (c.value.status, c.polarity) for c in extract_claims(document, Settings()) if c.kind == "cast"}


def test_a_present_tense_cast_list_without_a_later_season_is_not_a_claim():
    assert cast_of(INTRO + "The cast includes Mara Quill, Tom Vance, Seo Ji-an and Arlo.") == {}


def test_a_cast_list_that_names_the_new_season_is_a_claim():
    found = cast_of(INTRO + "The cast of season 2 includes Mara Quill and Tom Vance.")
    assert set(found) == {"Mara Quill", "Tom Vance"}


def test_actors_who_appeared_in_the_first_run_in_addition_are_not_new_cast():
    assert cast_of(INTRO + "In addition, actors Mara Quill, Tom Vance, Seo Ji-an, etc. appeared as nurses.") == {}


def test_names_after_as_well_as_new_cast_members_are_people_not_roles():
    found = cast_of(INTRO + "The studio confirmed returning cast members Mara Quill and Tom Vance, "
                            "as well as new cast members Kim Do Hyun and Lena Hart.")
    assert set(found) == {"Mara Quill", "Tom Vance", "Kim Do Hyun", "Lena Hart"}


def test_actors_reading_their_scripts_at_a_table_read_are_cast():
    found = cast_of(INTRO + "A clip shows actors Mara Quill, Tom Vance, Seo Ji-an reading their Season 2 scripts.")
    assert set(found) == {"Mara Quill", "Tom Vance", "Seo Ji-an"}


def test_an_actor_in_talks_to_join_is_new_cast():
    assert cast_of(INTRO + "Lena Hart is in talks for a leading part in the new season.") == {
        "Lena Hart": ("new", "affirmed")}


def test_characters_after_their_roles_as_are_not_people():
    found = cast_of(INTRO + "Mara Quill and Tom Vance reprise their roles as Captain Reyes and Dana Cole.")
    assert set(found) == {"Mara Quill", "Tom Vance"}


def test_a_list_of_names_after_each_as_keeps_every_actor():
    found = cast_of(INTRO + "Mara Quill as Reyes and Tom Vance as Cole return.")
    assert set(found) == {"Mara Quill", "Tom Vance"}


def test_titles_after_shows_like_are_not_cast():
    found = cast_of(INTRO + "Mara Quill, who beat shows like Blue Fields and Red Moon at the awards, will return.")
    assert set(found) == {"Mara Quill"}


def test_a_korean_given_name_takes_the_family_name_the_article_wrote():
    found = cast_of(INTRO + "Actress Seo Ji-an was first named for a role. Later, Ji-an was confirmed to join the cast.")
    assert set(found) == {"Seo Ji-an"}


def test_leaving_a_place_in_the_plot_is_not_leaving_the_cast():
    assert cast_of(INTRO + "In the new season, Tom Vance and the survivors leave the harbor to find shelter.") == {}


def test_leaving_the_show_is_leaving_the_cast():
    assert cast_of(INTRO + "Tom Vance will leave the show before the new season.") == {"Tom Vance": ("leaving", "affirmed")}


def test_an_agency_saying_nothing_is_decided_negates_the_casting():
    found = cast_of(INTRO + "Reports say Seo Ji-an will take on a lead role in the series. "
                            "In response, Seo Ji-an's agency Bright Star said, \"Nothing has been decided yet.\"")
    assert found == {"Seo Ji-an": ("new", "negated")}


def test_her_agency_refers_to_the_actress_named_just_before():
    document = Document(id="t", doc_id="t", published=date(2024, 3, 10), text=(
        INTRO + "Actress Lena Hart was in talks for a role in the new season. "
        "Her agency told the outlet that no decision has been made yet."))
    claims = [c for c in extract_claims(document, Settings()) if c.kind == "cast"]
    assert {(c.value.person, c.polarity, c.certainty) for c in claims} == {
        ("Lena Hart", "affirmed", "reported"), ("Lena Hart", "negated", "official")}


def test_an_agency_statement_without_a_denial_is_no_cast_claim():
    assert cast_of(INTRO + "Seo Ji-an's agency Bright Star said the actress is resting after a long shoot.") == {}


def test_a_lowercase_word_inside_the_role_parenthesis_stays_in_the_role():
    found = cast_of(INTRO + "Mara Quill (Dana Cole su), Tom Vance (Lee Eun Yu), and more will join the lineup.")
    assert set(found) == {"Mara Quill", "Tom Vance"}


def test_a_title_outside_the_parenthesis_makes_it_the_character():
    document = Document(id="t", doc_id="t", published=date(2024, 3, 10),
                        text=INTRO + "Princess Ana (Mara Quill) and Eun-ho (Tom Vance) will return.")
    claims = [c for c in extract_claims(document, Settings()) if c.kind == "cast"]
    assert {(c.value.person, c.value.character) for c in claims} == {("Mara Quill", "Princess Ana"), ("Tom Vance", "Eun-ho")}


def test_character_actor_pairs_in_a_sentence_about_the_coming_season_are_cast():
    found = cast_of(INTRO + "Once again, Hana-ri (Mara Quill) will have to run from the storm.")
    assert found == {"Mara Quill": ("returning", "affirmed")}


def test_character_actor_pairs_in_a_recap_of_the_first_season_are_not_cast():
    assert cast_of(INTRO + "In season 1, Hana-ri (Mara Quill) ran from the storm.") == {}


def test_pairs_whose_order_does_not_show_follow_the_articles_convention():
    found = cast_of(INTRO + "The new season will also follow survivors, including Cheong-ja (Yoon Da-hee), "
                            "Jin Bo-ra (Tom Vance), and Su-ri (Lomon).")
    assert set(found) == {"Yoon Da-hee", "Tom Vance", "Lomon"}


def test_a_surname_that_is_also_a_word_keeps_the_person():
    found = cast_of(INTRO + "The studio confirmed that Mara Quill, Eve Best and Jon Hall will all return.")
    assert set(found) == {"Mara Quill", "Eve Best", "Jon Hall"}


def test_someone_on_board_as_a_producer_is_crew_not_cast():
    assert cast_of(INTRO + "Tom Vance is officially on board as an executive producer in the new season.") == {}


def test_a_name_before_shared_is_the_speaker_not_cast():
    assert cast_of(INTRO + "Speaking on set, Vance shared that the upcoming season will feature new characters.") == {}


def test_characters_put_back_on_ice_are_not_returning_cast():
    assert cast_of(INTRO + "The finale saw the death of Red Falcon and Iron Moth being put back on ice.") == {}


def test_a_show_named_after_series_comma_is_not_a_person():
    found = cast_of(INTRO + "Adapting the older series, Blue Fields, the new season will star Mara Quill again.")
    assert set(found) == {"Mara Quill"}


def test_played_by_in_a_parenthesis_counts_in_a_sentence_about_the_new_part():
    found = cast_of(INTRO + "The trailer for Part 2 opens on the Harbor character (played by Jeon Mi-rae), who warns the crew.")
    assert set(found) == {"Jeon Mi-rae"}


def test_a_show_named_before_actor_is_a_credit_not_a_cast_member():
    found = cast_of(INTRO + "The new season trailer features the Berlin character (played by Blue Fields actor Park Hae-jin).")
    assert set(found) == {"Park Hae-jin"}


def test_a_first_season_character_description_is_not_cast():
    assert cast_of(INTRO + "The hero is the lawyer Dario Venn (played by Mara Quill).") == {}


def test_the_original_cast_of_a_named_later_season_is_cast():
    found = cast_of("Harbor Lights season 2 features the original cast, including Lee Jin Ho, Wi Ha Rin and Mara Quill.")
    assert set(found) == {"Lee Jin Ho", "Wi Ha Rin", "Mara Quill"}


def test_a_given_name_written_first_takes_the_family_name_after_it():
    found = cast_of(INTRO + "Actors Ji-An Seo and Mara Quill will join the cast. Fans cheered for Ji-an, who joins the cast too.")
    assert set(found) == {"Ji-An Seo", "Mara Quill"}


def test_a_list_of_names_called_shows_is_not_cast():
    assert cast_of(INTRO + "Blue Fields, Red Moon and Harbor Lights are just some shows that should be back soon.") == {}


def test_actors_listed_in_news_about_the_named_season_are_cast():
    found = cast_of(INTRO + "\"Season 2 news from actors Mara Quill, Tom Vance, and Lomon at the fan event,\" it reads.")
    assert set(found) == {"Mara Quill", "Tom Vance", "Lomon"}


def test_actors_listed_without_a_season_are_not_cast():
    assert cast_of(INTRO + "The upcoming gala will honour actors Mara Quill, Tom Vance and Lomon.") == {}


def test_as_after_a_name_followed_by_a_verb_is_a_conjunction_not_a_role():
    found = cast_of(INTRO + "A return looks likely as Tom Vance revealed a script. "
                            "Tom Vance is set to come back as the lead hero Dana Cole.")
    assert set(found) == {"Tom Vance"}


def test_new_actors_after_as_well_as_are_new_cast_without_roles():
    document = Document(id="t", doc_id="t", published=date(2024, 3, 10),
                        text=INTRO + "Mara Quill returns as well as new actors Lena Hart and Tom Vance.")
    claims = {c.value.person: c.value for c in extract_claims(document, Settings()) if c.kind == "cast"}
    assert (claims["Lena Hart"].character, claims["Lena Hart"].status) == (None, "new")
    assert claims["Mara Quill"].character is None


def test_the_young_actress_refers_to_the_actress_named_before():
    document = Document(id="t", doc_id="t", published=date(2024, 3, 10), text=(
        INTRO + "Lead star Lena Hart's agency shared the news. The young actress is set to return as Dana Cole."))
    claims = [c.value for c in extract_claims(document, Settings()) if c.kind == "cast"]
    assert [(c.person, c.character) for c in claims] == [("Lena Hart", "Dana Cole")]


def test_the_actor_without_anyone_named_before_is_no_claim():
    assert cast_of(INTRO + "The young actor is set to return as Dana Cole.") == {}


def test_a_name_after_a_long_possessive_title_stays_whole():
    found = cast_of(INTRO + "Season 2 added Susan Hale and The Long Cold Road's Jeffrey Dean Marlow to the cast.")
    assert set(found) == {"Susan Hale", "Jeffrey Dean Marlow"}


def test_another_works_credits_after_known_from_are_not_cast():
    found = cast_of(INTRO + "The trailer for Part 2 opens on the Harbor character (played by Jeon Mi-rae, "
                            "known from the film Dawn starring award nominee Steven Hale).")
    assert set(found) == {"Jeon Mi-rae"}


def test_an_actor_who_played_a_part_before_is_not_cast_by_the_next_clause():
    found = cast_of(INTRO + "Award star Tom Vance played the Storm King in season 3 and Mara Quill is set to show up as a friend.")
    assert set(found) == {"Mara Quill"}


def test_a_character_named_after_lead_character_comma_is_not_a_person():
    found = cast_of(INTRO + "The series will once again feature Mara Quill as the lead character, Dana Cole.")
    assert set(found) == {"Mara Quill"}


def test_a_character_described_before_who_was_played_by_is_not_a_person():
    found = cast_of(INTRO + "Dana Cole, a teacher and a villain, who was played by actor Tom Vance, will return.")
    assert set(found) == {"Tom Vance"}


def test_cast_as_and_tapped_to_play_give_the_role():
    document = Document(id="t", doc_id="t", published=date(2024, 3, 10), text=(
        INTRO + "Mara Quill has been cast as Dana in season 2. Tom Vance has been tapped to play Rook in season 2."))
    claims = {c.value.person: c.value for c in extract_claims(document, Settings()) if c.kind == "cast"}
    assert (claims["Mara Quill"].character, claims["Tom Vance"].character) == ("Dana", "Rook")


def test_a_firm_cue_decides_the_status_over_who_plays():
    assert cast_of(INTRO + "Mara Quill, who plays Dana, confirmed she will be back.") == {"Mara Quill": ("returning", "affirmed")}


def test_an_exit_after_the_first_season_is_leaving():
    assert cast_of(INTRO + "Tom Vance exited the series after season 1.") == {"Tom Vance": ("leaving", "affirmed")}


def test_promoted_to_series_regular_is_cast():
    assert set(cast_of(INTRO + "Lena Hart has been promoted to series regular for season 2.")) == {"Lena Hart"}


def test_season_n_stars_lists_the_cast():
    assert set(cast_of(INTRO + "Season 2 stars Mara Quill, Tom Vance and Lena Hart.")) == {"Mara Quill", "Tom Vance", "Lena Hart"}


def test_a_speaker_talking_about_herself_is_cast():
    assert cast_of(INTRO + "Mara Quill told Variety that she will be back.") == {"Mara Quill": ("returning", "affirmed")}


def test_a_speaker_talking_about_someone_else_is_not_cast():
    assert set(cast_of(INTRO + "Mara Quill said the new season will bring back Tom Vance.")) == {"Tom Vance"}


def test_more_ways_to_name_new_cast():
    text = INTRO + ("Season 2 will introduce Lena Hart as Rook. Tom Vance, Ada Lind, and Arlo Benn round out the cast. "
                    "Both Mara Quill and Jon Park are confirmed for the second season.")
    assert set(cast_of(text)) == {"Lena Hart", "Tom Vance", "Ada Lind", "Arlo Benn", "Mara Quill", "Jon Park"}


def test_not_reprising_a_role_is_leaving():
    assert cast_of(INTRO + "Mara Quill will not be reprising her role.") == {"Mara Quill": ("leaving", "affirmed")}


def test_welcoming_someone_in_the_plot_is_not_cast():
    assert cast_of(INTRO + "They welcome Dana Cole to the Harbor Guard as a team leader.") == {}


def test_part_of_the_cast_is_cast_and_not_part_of_it_is_leaving():
    assert cast_of(INTRO + "Tom Vance is part of the season 2 cast.") == {"Tom Vance": ("returning", "affirmed")}
    assert cast_of(INTRO + "Tom Vance is not part of the season 2 cast.") == {"Tom Vance": ("leaving", "affirmed")}


def test_a_replacement_is_new_and_the_replaced_actor_leaves():
    found = cast_of(INTRO + "Tom Vance replaces Mara Quill as Dana in season 2.")
    assert found == {"Tom Vance": ("new", "affirmed"), "Mara Quill": ("leaving", "affirmed")}


def test_taking_over_from_someone_makes_them_leave():
    found = cast_of(INTRO + "Tom Vance will take over the role of Dana from Mara Quill.")
    assert found == {"Tom Vance": ("new", "affirmed"), "Mara Quill": ("leaving", "affirmed")}


def test_an_exit_named_by_a_possessive_is_leaving_and_not_the_next_persons():
    found = cast_of(INTRO + "Following Mara Quill's exit, Tom Vance was cast as Dana.")
    assert found == {"Tom Vance": ("new", "affirmed"), "Mara Quill": ("leaving", "affirmed")}


def test_stepping_away_and_stepping_in():
    found = cast_of(INTRO + "Mara Quill is stepping away from the role, with Tom Vance stepping in.")
    assert found == {"Tom Vance": ("new", "affirmed"), "Mara Quill": ("leaving", "affirmed")}


def test_names_with_lower_case_particles_stay_whole():
    found = cast_of(INTRO + "The new season will bring back Mara J. Quill and Ana de la Cruz. Pieter van der Berg joins the cast.")
    assert set(found) == {"Mara J. Quill", "Ana de la Cruz", "Pieter van der Berg"}


def test_recurring_and_promoted_outside_casting_are_no_cue():
    text = INTRO + "Tom Vance was promoted to head of drama at the studio. A recurring theme links Mara Quill and Lena Hart."
    assert cast_of(text) == {}


def test_a_recurring_role_is_cast():
    assert set(cast_of(INTRO + "Per the trade, Lena Hart has joined season 2 in a recurring role.")) == {"Lena Hart"}


def test_speech_verbs_and_plot_are_not_casting():
    text = INTRO + ("Mara Quill praised the script, adding that fans will love the new season. "
                    "In season 1, Dana Cole (Tom Vance) died without warning. Lena Hart rounded out her year with a film.")
    assert cast_of(text) == {}


def test_a_speaker_hoping_for_someone_else_is_not_cast():
    assert set(cast_of(INTRO + "Mara Quill told Variety that she hopes Lena Hart returns.")) == {"Lena Hart"}


def test_returning_or_joining_something_else_is_not_casting():
    text = INTRO + ("Tom Vance is also returning to Broadway. Lena Hart joined Instagram to tease the new season. "
                    "Mara Quill will star in the upcoming film Red Moon. Ada Lind joins Arlo Benn on the podcast.")
    assert cast_of(text) == {}


def test_returning_to_the_series_and_joining_the_cast_are_casting():
    text = INTRO + "Mara Quill returns to the series as Dana. Lena Hart joins the star-studded cast. Tom Vance will join."
    assert set(cast_of(text)) == {"Mara Quill", "Lena Hart", "Tom Vance"}


def test_a_one_word_name_beside_a_full_name_in_parentheses_is_the_character():
    document = Document(id="t", doc_id="t", published=date(2024, 3, 10),
                        text=INTRO + "In the new season, Dana (Mara Quill) will face new foes, and Tom Vance (Rook) will return.")
    claims = {(c.value.person, c.value.character) for c in extract_claims(document, Settings()) if c.kind == "cast"}
    assert claims == {("Mara Quill", "Dana"), ("Tom Vance", "Rook")}


def test_coming_back_from_the_dead_is_plot():
    assert cast_of(INTRO + "Tom Vance returns from the dead in the new season, and Dana returns home.") == {}


def test_an_unconfirmed_return_is_negated():
    found = cast_of(INTRO + "Netflix has not announced whether Tom Vance and Mara Quill will be back.")
    assert found == {"Tom Vance": ("returning", "negated"), "Mara Quill": ("returning", "negated")}
