"""The rules that pick the article among extractor candidates (ingest.extract_rules), one by one.

Each test gives the rules the kind of candidates a real page structure produces (the page-level
versions of these structures are in test_extract.py) and checks the pick, the rule that made it,
and which extractors had to run: the point of the design is that two agreeing extractors are
enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from digest.ingest.extract_rules import (
    ALL_RULES,
    BROAD,
    CASCADE,
    NOTED,
    PRECISE,
    READABLE,
    TRIMMED,
    Candidates,
    Choice,
    Evidence,
    Thresholds,
    agreement,
    choose,
    shingles,
)

TITLE = "Council approves harbour wall plan"
DESCRIPTION = "The council approved a plan to rebuild the harbour wall damaged by winter storms."
STORY = [
    f"Paragraph {n}: the council approved the plan on Tuesday to rebuild the harbour wall, which "
    f"storms damaged twice last winter; the mayor said work would start in spring ({n})."
    for n in range(20)
]  # about 600 words
MENU = ["News", "Sport", "Business", "Opinion", "Culture", "Travel", "Weather", "Puzzles"]
TEASER = [
    "Fishermen protest new quota rules at the port",
    "Dozens of boats blocked the port entrance on Monday as fishermen protested against quota "
    "rules that the ministry announced last week, saying the limits would ruin small crews.",
]
NEWSLETTER = [
    "The Morning Brief",
    "Sign up for our free morning newsletter and get the top stories, weather and events "
    "delivered to your inbox every weekday. We will never share your address with anyone.",
    "By signing up you agree to our terms of use and privacy policy.",
]
RELATED = [f"Harbour town story number {n} about boats, storms and the budget" for n in range(12)]
AUTHOR_BIO = [
    f"Anna Berg has covered the harbour district for the Times since 2009 ({n}); before that "
    "she reported on shipping and fisheries, and she won a regional press award in 2016."
    for n in range(20)
]


def lines(*blocks: list[str]) -> str:
    return "\n".join(line for block in blocks for line in block)


class Recorder:
    """Candidates made from fixed texts, remembering which the rules asked for."""

    def __init__(self, **texts: str) -> None:
        self.asked: list[str] = []
        self.cands = Candidates({name: self._maker(name, text) for name, text in texts.items()})

    def _maker(self, name: str, text: str) -> Callable[[], str]:
        def make() -> str:
            self.asked.append(name)
            return text

        return make


def evidence(*link_blocks: list[str]) -> Evidence:
    """The page's evidence; `link_blocks` are texts that appear on the page as link titles."""
    keys = frozenset(
        tuple(w.lower() for w in re.findall(r"\w+", line)) for b in link_blocks for line in b
    )
    return Evidence(
        title_forms=(TITLE,),
        title=TITLE,
        description=DESCRIPTION,
        link_titles=lambda: keys,
    )


def pick(rec: Recorder, ev: Evidence) -> Choice:
    return choose(rec.cands, ev)


def test_agreeing_candidates_are_enough_and_the_precision_pass_never_runs() -> None:
    # the second failure: the precision pass takes an author-bio sidebar while the other
    # two agree on the article; here it is never even computed
    rec = Recorder(broad=lines(STORY), readable=lines(STORY), precise=lines(AUTHOR_BIO))
    assert pick(rec, evidence()) == Choice(BROAD, "agree")
    assert rec.asked == [BROAD, READABLE]


def test_split_article_takes_readability_when_it_holds_trafilatura_and_twice_more() -> None:
    rec = Recorder(broad=lines(STORY[:6]), readable=lines(STORY))
    assert pick(rec, evidence()) == Choice(READABLE, "split")


def test_split_needs_more_than_twice_the_text() -> None:
    rec = Recorder(broad=lines(STORY[:12]), readable=lines(STORY))  # 1.7x: not a split
    assert pick(rec, evidence()).name == BROAD


def test_short_post_with_a_comment_thread_readability_kept_is_not_a_split() -> None:
    # a short post whose comment thread has no "comment" class (here "comentarios"):
    # readability keeps the thread under the post, so it holds trafilatura's text and is
    # far longer; the thread repeats its per-comment "Responder", a split story does not
    post = STORY[:3]
    thread = [
        line for n in range(6) for line in (f"Reader {n} · 12 May 2024", AUTHOR_BIO[n], "Responder")
    ]
    rec = Recorder(broad=lines(post), readable=lines(post, ["12 comentários"], thread))
    assert pick(rec, evidence(["Responder"])) == Choice(BROAD, "thread")
    without = choose(rec.cands, evidence(["Responder"]), Thresholds(), rules={"split", "disjoint"})
    assert without == Choice(READABLE, "split")


def test_what_readability_adds_must_be_about_the_story_for_a_split() -> None:
    # set C's Tumblr pages: a short post, then its notes ("x reblogged this from y and added:
    # ..."): readability holds the post and the notes, twice its length, with no "Reply" label
    # to tell a thread. The notes share no names or terms with the post (0-5% of their words);
    # a story's second part does (12-28% on every real split seen)
    post = STORY[:3]
    notes = [
        f"wanderer{n} reblogged this from quietcoast and added: lovely colours, where was "
        "this photographed? Absolutely gorgeous light over those mountains, want to visit."
        for n in range(8)
    ]
    rec = Recorder(broad=lines(post), readable=lines(post, notes))
    assert pick(rec, evidence()) == Choice(BROAD, "topic")
    assert choose(rec.cands, evidence(), Thresholds(), ALL_RULES - {"topic"}).rule == "split"


def test_the_topic_share_sits_between_other_posts_notes_and_a_story_s_second_part() -> None:
    # 40 distinct words in what readability adds; 4 of them (10%, below every real split's 12%)
    # are the story's words (harbour, council, storms, mayor): a second part; 2 (5%, the most
    # any notes list had): other posts' text
    other = [f"{w}{n:02d}" for n in range(40) for w in ("alpha",)]
    for shared, rule in (
        (("harbour", "council", "storms", "mayor"), "split"),
        (("harbour", "council"), "topic"),
    ):
        words = [*shared, *other[len(shared) :]]
        extra = [" ".join(words[i : i + 8]) + "." for i in range(0, 40, 8)] * 12
        rec = Recorder(broad=lines(STORY[:3]), readable=lines(STORY[:3], extra))
        assert rec.cands.extra_on_topic(READABLE, BROAD, evidence()) == len(shared) / 40
        assert pick(rec, evidence()).rule == rule


def test_a_kicker_and_subtitle_above_the_story_do_not_make_a_forum_its_second_part() -> None:
    # set T's Standard-like page (t-at-quality-06): readability adds the kicker and the subtitle
    # above the story (the title's own words) and the forum below it; counted together they
    # passed the topic share (0.10), the forum alone does not (0.04): F1 0.60 -> 0.99
    head = ["Harbour", "Council approves harbour wall plan after storms damaged the harbour"]
    forum = [
        f"poster{n}: Honestly who cares about this, the trains were late again today and "
        f"nobody answers the phone at the ticket office ({n} replies)."
        for n in range(10)
    ]
    rec = Recorder(broad=lines(STORY[:3]), readable=lines(head, STORY[:3], forum))
    assert pick(rec, evidence()) == Choice(BROAD, "topic")
    # a second part after the story is still judged on what follows it
    rec = Recorder(broad=lines(STORY[:3]), readable=lines(head, STORY[:3], STORY[3:12]))
    assert pick(rec, evidence()) == Choice(READABLE, "split")


def test_a_split_story_with_a_label_between_its_parts_is_still_a_split() -> None:
    # "Advertisement" between the parts of a split story repeats, but it is no link
    parts = [STORY[6:9], STORY[9:12], STORY[12:15], STORY[15:]]
    rest = [line for part in parts for line in ("Advertisement", *part)]
    rec = Recorder(broad=lines(STORY[:6]), readable=lines(STORY[:6], rest))
    assert pick(rec, evidence()) == Choice(READABLE, "split")


def test_a_teaser_card_above_the_story_is_not_its_first_part() -> None:
    # set C's article-cards pages: a lead card (`<article>`) above the story; trafilatura takes
    # the card, readability the card, the story and the "More stories" cards around it; the
    # split rule read the card as the story's first part (F1 0.37-0.67 against 0.94-1.00)
    cards = [line for n in range(6) for line in (RELATED[n], AUTHOR_BIO[n])]
    rec = Recorder(
        broad=lines(TEASER),
        readable=lines(TEASER, STORY, NEWSLETTER, cards),
        cascade=lines(STORY),
    )
    ev = evidence(TEASER[:1], RELATED)
    assert pick(rec, ev) == Choice(CASCADE, "teaser")
    assert choose(rec.cands, ev, Thresholds(), ALL_RULES - {"teaser"}) == Choice(READABLE, "split")


def test_the_cascade_replaces_a_teaser_only_when_it_holds_something_readability_holds() -> None:
    cards = [line for n in range(6) for line in (RELATED[n], AUTHOR_BIO[n])]
    readable = lines(TEASER, STORY, NEWSLETTER, cards)
    ev = evidence(TEASER[:1], RELATED)
    # the cascade took the cards too (it opens with a link title): no better than the split
    rec = Recorder(broad=lines(TEASER), readable=readable, cascade=lines(cards, STORY))
    assert pick(rec, ev) == Choice(READABLE, "split")
    # the cascade found a block readability does not hold: no evidence for it
    other = [
        f"Another block of text number {n}, the site's about page and its history."
        for n in range(40)
    ]
    rec = Recorder(broad=lines(TEASER), readable=readable, cascade=lines(other))
    assert pick(rec, ev) == Choice(READABLE, "split")


def test_a_story_opening_with_its_own_linked_headline_is_no_teaser() -> None:
    # the headline is often a link to the page itself: a split story all the same
    head = [TITLE, *STORY[:3]]
    rec = Recorder(broad=lines(head), readable=lines(head, STORY[3:]), cascade=lines(STORY))
    no_guard = ALL_RULES - {"guard"}  # the guard asks the cascade of a pick 3x broad's length
    assert choose(rec.cands, evidence([TITLE]), Thresholds(), no_guard) == Choice(READABLE, "split")
    assert CASCADE not in rec.asked  # the teaser rule did not
    assert pick(rec, evidence([TITLE])) == Choice(READABLE, "split")


def test_menu_from_trafilatura_loses_to_readability_story() -> None:
    # the first failure: a 16-word menu kept while readability holds the story
    rec = Recorder(broad=lines(MENU), readable=lines(STORY))
    assert pick(rec, evidence(MENU)) == Choice(READABLE, "disjoint")


def test_teaser_for_another_story_loses_to_readability_story() -> None:
    rec = Recorder(broad=lines(TEASER), readable=lines(STORY))
    assert pick(rec, evidence(TEASER[:1])) == Choice(READABLE, "disjoint")


def test_newsletter_form_loses_to_readability_story() -> None:
    rec = Recorder(broad=lines(NEWSLETTER), readable=lines(STORY))
    assert pick(rec, evidence()) == Choice(READABLE, "disjoint")


def test_short_post_under_its_headline_beats_a_longer_unrelated_block() -> None:
    # a quotes site: trafilatura finds the short post under the headline, readability a longer
    # column of other quotes (benchmark page b3c19dd5): the headline decides, not the length
    post = [TITLE, *STORY[:4]]
    other = [
        f"Another quotation number {n} about hope, courage and getting up again." for n in range(60)
    ]
    rec = Recorder(broad=lines(post), readable=lines(other))
    assert pick(rec, evidence()) == Choice(BROAD, "disjoint")


def test_without_evidence_the_longer_disjoint_block_wins() -> None:
    bare = Evidence()
    rec = Recorder(broad=lines(NEWSLETTER), readable=lines(STORY))
    assert pick(rec, bare).name == READABLE
    rec = Recorder(broad=lines(STORY), readable=lines(NEWSLETTER))
    assert pick(rec, bare).name == BROAD


def test_a_level_anchoring_score_is_a_tie_and_the_longer_block_wins() -> None:
    # set A's held-out soup pages: with the comment thread gone from both candidates,
    # readability held ~100 words of leftovers (cards' excerpts), trafilatura the 380-word
    # article; set C's gutenberg-12: the same, with a "Related" list of three links inside the
    # post. Neither opens under the headline or holds the title's words, so the scores differ
    # only by those link lines (0.50 vs 0.43-0.48): not evidence
    leftovers = [f"Leftover excerpt {n} of a card for another story, on prices." for n in range(9)]
    related = ["Bridge could miss rest of season", "Arthur Hailey: King of the bestsellers"]
    rec = Recorder(broad=lines(STORY[:6], related, STORY[6:12]), readable=lines(leftovers))
    links = frozenset(tuple(r.lower().replace(":", "").split()) for r in related)
    bare = Evidence(link_titles=lambda: links)
    assert pick(rec, bare) == Choice(BROAD, "disjoint")
    for margin in (0.0, 0.05):
        level = choose(rec.cands, bare, Thresholds(anchor_margin=margin))
        assert level == Choice(READABLE, "disjoint")


def test_a_comment_thread_is_not_the_article_in_a_disjoint_pair() -> None:
    # set A seed 17: readability's text was a whole comment thread (1,200 words, "Antworten"
    # after every comment), trafilatura's the 340-word post: level scores otherwise, and the
    # longer block would win the tie
    thread = [
        line
        for n in range(12)
        for line in (f"Reader {n} · 12 May 2024", AUTHOR_BIO[n], AUTHOR_BIO[n + 1], "Antworten")
    ]
    post = [*STORY[:10], "See all posts in this series"]
    rec = Recorder(broad=lines(post), readable=lines(thread))
    links = frozenset({("antworten",), tuple(post[-1].lower().split())})
    bare = Evidence(link_titles=lambda: links)
    assert pick(rec, bare) == Choice(BROAD, "disjoint")
    assert rec.cands.anchoring(READABLE, bare) < rec.cands.anchoring(BROAD, bare) - 0.5


def test_readability_trims_furniture_trafilatura_kept() -> None:
    story = lines(STORY[:10])
    rec = Recorder(broad=lines(STORY[:10], NEWSLETTER, RELATED[:4]), readable=story)
    assert pick(rec, evidence(RELATED)) == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == story
    assert rec.cands.computed() == (BROAD, READABLE)  # a cut of two texts, not an extraction


def test_trim_keeps_what_trafilatura_alone_holds_inside_the_story() -> None:
    # an embedded tweet (or a live blog's post) that readability's scoring dropped, between
    # two paragraphs both hold, is story; the standfirst before and the newsletter after are not
    tweet = ["Storm update: the harbour wall is holding, crews out all night. (@harbourcouncil)"]
    standfirst = ["Work starts in spring, the mayor says"]
    broad = lines(standfirst, STORY[:10], tweet, STORY[10:], NEWSLETTER, RELATED[:6])
    rec = Recorder(broad=broad, readable=lines(STORY))
    assert pick(rec, evidence()) == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == lines(STORY[:10], tweet, STORY[10:])
    assert rec.cands.text(TRIMMED) == rec.cands.text(NOTED)  # no notes: the same cut
    without = choose(rec.cands, evidence(), Thresholds(), rules={"trim"})
    assert without == Choice(READABLE, "trim")


def test_trim_does_not_drop_a_large_part_of_the_story() -> None:
    rec = Recorder(broad=lines(STORY), readable=lines(STORY[:10]))  # half: not furniture
    assert pick(rec, evidence()).name == BROAD


OTHER_RELEASES = [f"Harbour board report number {n} on the new ferry berths" for n in range(12)]
EXCERPT = (
    "The board said on Monday that the two berths would open next year, after a delay caused "
    "by the storms, and that ferry timetables would change in the spring."
)


def test_a_tail_of_teasers_for_other_pages_is_cut_where_readability_ends() -> None:
    # a press release: trafilatura also keeps "Also from this source" (each teaser a link title
    # with its excerpt, as one list item) and "Explore more news releases" (titles with a date
    # glued to them); readability holds the release alone, well under trim's range
    release = STORY[:6]
    also = ["Also from this source", *(f"- {t} {EXCERPT}" for t in OTHER_RELEASES[:5])]
    more = ["Explore more news releases", *(f"- {t}May 2, 2024" for t in OTHER_RELEASES[5:])]
    rec = Recorder(broad=lines(release, also, more), readable=lines(release))
    assert rec.cands.words(READABLE) < Thresholds().trim_min * rec.cands.words(BROAD)
    assert pick(rec, evidence(OTHER_RELEASES)) == Choice(NOTED, "tail")
    assert rec.cands.text(NOTED) == lines(release)
    assert sorted(rec.cands.computed()) == [BROAD, READABLE]  # no third extraction
    without = choose(rec.cands, evidence(OTHER_RELEASES), Thresholds(), ALL_RULES - {"tail"})
    assert without == Choice(BROAD, "agree")


def test_teasers_on_their_own_lines_with_excerpts_under_them_are_a_tail_too() -> None:
    also = ["Recommended"]
    for title in OTHER_RELEASES[:6]:
        also += [title, EXCERPT]
    rec = Recorder(broad=lines(STORY[:5], also), readable=lines(STORY[:5]))
    assert pick(rec, evidence(OTHER_RELEASES)) == Choice(NOTED, "tail")


def test_a_story_that_goes_on_after_a_linked_line_is_not_a_teaser_tail() -> None:
    # what readability missed is prose: two paragraphs in a row that no link leads
    broad = lines(STORY[:6], OTHER_RELEASES[:3], STORY[6:16])
    rec = Recorder(broad=broad, readable=lines(STORY[:6]))
    assert pick(rec, evidence(OTHER_RELEASES)) == Choice(BROAD, "agree")


LINE_UPS = [
    "Line-ups",
    "Harbour Rovers",
    *(f"- {n} A. Player{n}" for n in range(1, 12)),
    "Substitutes",
    *(f"- B. Bench{n}" for n in range(7)),
    "Referee: J. Walker",
    "Match Stats",
    "| 65% | Possession | 35% |",
    "|---|---|---|",
    *(f"| {n} | Shots on target | {n + 2} |" for n in range(3)),
    "Live Text",
    *(
        f"- {90 - n}' Attempt blocked. A. Player{n} right footed shot from outside the box is "
        "blocked by a defender."
        for n in range(3)
    ),
]


def test_a_tail_of_list_items_and_table_rows_with_no_paragraph_is_cut() -> None:
    # a match report: after the story trafilatura keeps the line-ups, the statistics table and
    # the minute-by-minute list, none of them a paragraph and no line a link title; readability
    # holds the report alone, under trim's range
    rec = Recorder(broad=lines(STORY[:6], LINE_UPS), readable=lines(STORY[:6]))
    assert rec.cands.words(READABLE) < Thresholds().trim_min * rec.cands.words(BROAD)
    assert pick(rec, evidence()) == Choice(NOTED, "tail")
    assert rec.cands.text(NOTED) == lines(STORY[:6])
    assert sorted(rec.cands.computed()) == [BROAD, READABLE]  # no third extraction


def test_a_tail_with_a_paragraph_among_its_items_is_not_cut() -> None:
    # the story goes on after readability's end: a lead-in sentence and its list, which
    # readability's scoring dropped, are story, not furniture
    lead_in = [
        "The council listed the works it will pay for from the harbour fund this year, after "
        "the storms damaged the wall twice:"
    ]
    rec = Recorder(broad=lines(STORY[:6], lead_in, LINE_UPS), readable=lines(STORY[:6]))
    assert pick(rec, evidence()) == Choice(BROAD, "agree")


def test_a_footnoted_ending_is_kept_with_its_footnotes() -> None:
    # readability drops everything with "foot" in its class: the <sup> note link in the last
    # paragraph and the footnotes block after it; trafilatura keeps both
    story = [*STORY[:10], STORY[10] + "1"]
    notes = ["The wall was last rebuilt in 1953. \u21a9\ufe0e", "Figures from the port. \u21a9"]
    furniture = ["Tags", "harbour", "council", *NEWSLETTER]
    rec = Recorder(
        broad=lines(["Harbour works"], story, notes, furniture),
        readable=lines(STORY[:11]),
    )
    assert pick(rec, evidence()) == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == lines(story, notes)
    without = choose(rec.cands, evidence(), Thresholds(), ALL_RULES - {"notes"})
    assert without == Choice(TRIMMED, "trim")
    assert rec.cands.text(TRIMMED) == lines(story[:10])  # the marked line and the notes lost


def test_disagreement_at_similar_size_asks_the_precision_pass() -> None:
    rec = Recorder(broad=lines(AUTHOR_BIO), readable=lines(STORY), precise=lines(STORY[2:]))
    assert pick(rec, evidence()) == Choice(READABLE, "third")
    assert rec.asked == [BROAD, READABLE, PRECISE]


def test_precision_pass_siding_with_trafilatura_keeps_it() -> None:
    rec = Recorder(broad=lines(STORY), readable=lines(AUTHOR_BIO), precise=lines(STORY[1:]))
    assert pick(rec, evidence()) == Choice(BROAD, "third")


def test_related_list_everywhere_asks_trafilatura_cascade() -> None:
    # the third failure: every fast candidate is the related-stories list
    listing = lines(RELATED)
    rec = Recorder(broad=listing, readable=listing, cascade=lines(STORY))
    assert pick(rec, evidence(RELATED)) == Choice(CASCADE, "links")
    assert CASCADE in rec.asked


def test_link_list_is_kept_when_nothing_better_exists() -> None:
    listing = lines(RELATED)
    rec = Recorder(broad=listing, readable=listing, cascade=listing)
    assert pick(rec, evidence(RELATED)).name == BROAD


def test_empty_candidate_gives_way_to_the_other() -> None:
    assert pick(Recorder(broad="", readable=lines(STORY)), evidence()).name == READABLE
    assert pick(Recorder(broad=lines(STORY), readable=""), evidence()).name == BROAD


def test_readability_finding_nothing_leaves_trafilatura_s_own_default_to_decide() -> None:
    """Set H's ASP.NET pages: readability found nothing, and the broad pass (no fallbacks) kept
    the layout table around the story, navigation rows and all; trafilatura's default, with its
    fallbacks, found the story alone. Where that is empty too, the precision pass is asked."""
    table = lines([f"| {m} |" for m in MENU], STORY[:8])
    rec = Recorder(broad=table, readable="", cascade=lines(STORY[:8]))
    assert pick(rec, evidence()) == Choice(CASCADE, "alone")
    rec = Recorder(broad="", readable="", cascade="", precise=lines(STORY[:8]))
    assert pick(rec, evidence()) == Choice(PRECISE, "alone")


def test_rules_can_be_switched_off_for_the_benchmark() -> None:
    rec = Recorder(broad=lines(STORY[:6]), readable=lines(STORY))
    assert choose(rec.cands, evidence(), Thresholds(), rules={"trim"}).name == BROAD


def test_agreement_is_symmetric_and_bounded() -> None:
    a, b = shingles(lines(STORY)), shingles(lines(STORY[:10]))
    assert agreement(a, b) == agreement(b, a)
    assert 0.0 < agreement(a, b) < 1.0
    assert agreement(a, a) == 1.0
    assert agreement(a, shingles(lines(MENU))) == 0.0


OTHER_HEADLINES = [f"Harbour town headline number {n} (May {n + 1}, 2024)" for n in range(8)]


def test_trim_keeps_readability_when_trafilatura_glued_its_lines_into_one() -> None:
    # a table layout: the story is <br><br> runs straight in a <td>; trafilatura renders the cell
    # as one table-row line, so no line of readability's matches a line of trafilatura's except
    # the "Printer-friendly" row, and the span would be that one stray line
    printer = ["Printer-friendly version | E-mail this story"]
    broad = lines(
        ["| " + " ".join(STORY[:14]) + " |"], printer, ["Other headlines"], OTHER_HEADLINES
    )
    rec = Recorder(broad=broad, readable=lines(STORY[:14], printer))
    assert pick(rec, evidence(OTHER_HEADLINES)) == Choice(READABLE, "trim")
    without = choose(rec.cands, evidence(OTHER_HEADLINES), Thresholds(), ALL_RULES - {"held"})
    assert without == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == lines(printer)


COMMENTS = [
    f"Re: harbour wall (Score: {n}) I think the council is right to rebuild it, reader {n} says."
    for n in range(6)
]


def test_trim_keeps_readability_when_the_story_is_glued_into_a_line_outside_the_span() -> None:
    # set I's portal pages: the story cell is one table-row line in trafilatura's text, the
    # comments under it one line each in both texts; matched line by line, the span was the
    # comments (F1 0), and it held more than `span_held` of readability's text
    broad = lines(["| " + " ".join(STORY[:8]) + " |"], COMMENTS, RELATED[:3])
    rec = Recorder(broad=broad, readable=lines(STORY[:8], COMMENTS))
    assert rec.cands.coverage(READABLE, NOTED) >= Thresholds().span_held
    assert pick(rec, evidence(RELATED)) == Choice(READABLE, "trim")
    without = choose(rec.cands, evidence(RELATED), Thresholds(), ALL_RULES - {"held"})
    assert without == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == lines(COMMENTS)


def test_short_lines_of_readability_inside_a_longer_line_are_no_glued_story() -> None:
    # readability's own short lines ("Share this story") recur inside trafilatura's menus and
    # bars: only lines of prose (_GLUED_MIN_WORDS words) found inside a longer one are a glued
    # story; the span over the matched lines stands
    bar = ["Share this story", "Contact us today"]
    menu = ["Home | News | Share this story | Weather | Sport | Contact us today | Jobs"]
    rec = Recorder(
        broad=lines(menu, STORY[:10], NEWSLETTER, RELATED[:4]), readable=lines(bar, STORY[:10])
    )
    assert pick(rec, evidence(RELATED)) == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == lines(STORY[:10])


GUIDE_MENU = [f"Guide to harbour works, part {n}: berths, walls and ferries" for n in range(10)]
OTHER_GUIDES = [f"Harbour guide {n}: {EXCERPT}" for n in range(5)]  # paragraphs, not items


def test_the_precision_pass_agreeing_with_readability_outvotes_the_broad_pass() -> None:
    # a guide page: the broad pass also keeps a table of contents before the story and a list of
    # other guides after it (paragraphs whose excerpts are not links: no teaser tail, no list
    # tail, extract_tail); readability is
    # well under trim's range. The precision pass agrees with readability: two against one
    story = STORY[:8]
    broad = lines(GUIDE_MENU, [TITLE], story, ["Related guides"], OTHER_GUIDES)
    rec = Recorder(broad=broad, readable=lines(story), precise=lines([TITLE], story))
    assert rec.cands.words(READABLE) < Thresholds().trim_min * rec.cands.words(BROAD)
    assert pick(rec, evidence(GUIDE_MENU)) == Choice(NOTED, "witness")
    assert rec.cands.text(NOTED) == lines(story)
    assert sorted(rec.asked) == [BROAD, PRECISE, READABLE]  # a third extraction, asked once
    without = choose(rec.cands, evidence(GUIDE_MENU), Thresholds(), ALL_RULES - {"witness"})
    assert without == Choice(BROAD, "agree")


def test_the_precision_pass_siding_with_the_broad_pass_keeps_it() -> None:
    # a story whose first half readability lost (a live blog's early posts): the precision pass
    # holds the whole story too, so the broad pass's extra text is story, not furniture
    rec = Recorder(broad=lines(STORY), readable=lines(STORY[10:]), precise=lines(STORY[1:]))
    assert pick(rec, evidence()) == Choice(BROAD, "agree")
    assert PRECISE in rec.asked


def test_trim_allows_readability_a_few_lines_of_its_own() -> None:
    # readability keeps "Advertisement" labels between paragraphs that trafilatura drops: a few
    # lines of its own are no disagreement (trim_covered 0.95; at 0.99 the furniture stayed)
    ads = ["ADVERTISEMENT", "Story continues below advertisement"]
    readable = lines(STORY[:5], ads, STORY[5:10])
    rec = Recorder(broad=lines(STORY[:10], NEWSLETTER, RELATED[:4]), readable=readable)
    assert 0.95 <= rec.cands.coverage(READABLE, BROAD) < 0.99
    assert pick(rec, evidence(RELATED)) == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == lines(STORY[:10])


# The guard against losing the story (`_guard`): trafilatura's full text (the cascade) replaces a
# pick that disagrees with both trafilatura passes when the description says the pick lost the
# story. Every description word of these tests' DESCRIPTION is in each line of STORY.
OTHER_STORY = [
    f"Item {n}: fishermen blocked the port entrance again on Monday, saying that the ministry's "
    f"new quota rules would ruin the small crews who work the northern grounds ({n})."
    for n in range(3)
]  # another story's card: none of the description's words
CARDS = [line for n in range(8) for line in (RELATED[n], f"Anna Berg \u00b7 May {n + 1}, 2024")]


def test_a_pick_holding_trafilatura_s_text_and_other_stories_cards_gives_way_to_it() -> None:
    # set C's article-cards pages: trafilatura's broad pass takes a lead card for another story,
    # readability the card, the story and the cards and newsletter around it; the cascade is the
    # story, under twice the card's length, so the teaser rule keeps the split (F1 0.37 vs 0.94)
    story = STORY[:3]
    readable = lines(OTHER_STORY, story, NEWSLETTER, CARDS)
    rec = Recorder(broad=lines(OTHER_STORY), readable=readable, cascade=lines(story))
    assert rec.cands.words(CASCADE) < Thresholds().longer * rec.cands.words(BROAD)
    ev = evidence(RELATED)
    assert pick(rec, ev) == Choice(CASCADE, "guard")
    assert choose(rec.cands, ev, Thresholds(), ALL_RULES - {"guard"}) == Choice(READABLE, "split")


FIRST_PART = [
    f"Part one, {n}: residents filled the town hall on Monday evening to hear the engineers "
    f"explain the timetable, the road closures and the noise they should expect ({n})."
    for n in range(5)
]  # a story's first part that names none of the description's words


def test_a_split_story_whose_second_part_holds_the_description_stays_whole() -> None:
    # a split story where trafilatura (both passes) stops at the first part: readability's second
    # part holds the description's words that trafilatura's text lacks, so it is story, not
    # replies or cards (wired.com on the 181: the first part alone is F1 0.52-0.62)
    rec = Recorder(
        broad=lines(FIRST_PART), readable=lines(FIRST_PART, STORY[:12]), cascade=lines(FIRST_PART)
    )
    assert pick(rec, evidence()) == Choice(READABLE, "split")
    assert CASCADE in rec.asked  # the description differs: the guard asked
    ev_less = Evidence(title_forms=(TITLE,), title=TITLE, description=None)
    rec = Recorder(
        broad=lines(FIRST_PART), readable=lines(FIRST_PART, STORY[:12]), cascade=lines(FIRST_PART)
    )
    assert pick(rec, ev_less) == Choice(READABLE, "split")
    assert CASCADE not in rec.asked  # no description: nothing says either text lost the story


def test_a_split_story_whose_first_part_holds_the_description_costs_no_extra_extraction() -> None:
    # set J's Times of India-like pages: readability holds the rest of a body collapsed behind
    # "Read more"; both texts hold the description alike, so the guard asks nothing more
    rec = Recorder(broad=lines(STORY[:3]), readable=lines(STORY[:16]), cascade=lines(STORY[:16]))
    assert pick(rec, evidence()) == Choice(READABLE, "split")
    assert CASCADE not in rec.asked


OFF_TOPIC_COMMENTS = [
    f"Re: great piece (Score: {n}) Thanks for posting this, I will share it with my friends "
    f"and family tonight, says reader number {n}."
    for n in range(6)
]


def test_a_cut_that_lost_the_description_gives_way_to_trafilatura_s_text() -> None:
    # set I's portal before the glued check: the story cell is one line in trafilatura's text,
    # the span over readability's lines was the comments (F1 0); the comments hold none of the
    # description's words that trafilatura's text holds
    broad = lines(["| " + " ".join(STORY[:8]) + " |"], OFF_TOPIC_COMMENTS, RELATED[:3])
    rec = Recorder(broad=broad, readable=lines(STORY[:8], OFF_TOPIC_COMMENTS), cascade=broad)
    ev = evidence(RELATED)
    no_held = ALL_RULES - {"held"}  # the glued check, which also catches this page
    assert choose(rec.cands, ev, Thresholds(), no_held - {"guard"}) == Choice(NOTED, "trim")
    assert rec.cands.text(NOTED) == lines(OFF_TOPIC_COMMENTS)
    assert choose(rec.cands, ev, Thresholds(), no_held) == Choice(CASCADE, "guard")


def test_a_cut_of_other_stories_teasers_that_keeps_the_description_stands() -> None:
    # a press release and the teasers of other releases after it (the tail rule's page): the cut
    # keeps about half of trafilatura's text, so the guard looks, but all of the description's
    # words too: nothing says it lost the story, and the cascade is not asked
    release = STORY[:6]
    also = ["Also from this source", *(f"- {t} {EXCERPT}" for t in OTHER_RELEASES[:5])]
    more = ["Explore more news releases", *(f"- {t}May 2, 2024" for t in OTHER_RELEASES[5:])]
    broad = lines(release, also, more)
    rec = Recorder(broad=broad, readable=lines(release), cascade=broad)
    assert pick(rec, evidence(OTHER_RELEASES)) == Choice(NOTED, "tail")
    assert rec.cands.agreement(NOTED, BROAD) < Thresholds().guard_agree
    assert CASCADE not in rec.asked
    # a cut's agreement with the broad pass is its share of the two (the guard counts it so)
    n, n_broad = (rec.cands.words(name) - 3 for name in (NOTED, BROAD))
    assert rec.cands.agreement(NOTED, BROAD) == 2 * n / (n + n_broad)


def test_trafilatura_s_text_replaces_a_longer_pick_only_from_within_it() -> None:
    # the cascade found a block the pick does not hold (another part of the page): no evidence
    # that the pick is that block plus furniture, so the pick stands
    readable = lines(OTHER_STORY, STORY[:3], NEWSLETTER, CARDS)
    rec = Recorder(broad=lines(OTHER_STORY), readable=readable, cascade=lines(STORY[10:14]))
    assert pick(rec, evidence(RELATED)) == Choice(READABLE, "split")
    assert CASCADE in rec.asked


def test_a_cut_gives_way_only_to_a_text_that_holds_the_description() -> None:
    # trafilatura's full text disagrees with the cut but holds no more of the description:
    # it is no better evidence of the story than the cut
    broad = lines(["| " + " ".join(STORY[:8]) + " |"], OFF_TOPIC_COMMENTS, RELATED[:3])
    rec = Recorder(
        broad=broad, readable=lines(STORY[:8], OFF_TOPIC_COMMENTS), cascade=lines(RELATED)
    )
    no_held = ALL_RULES - {"held"}
    assert choose(rec.cands, evidence(RELATED), Thresholds(), no_held) == Choice(NOTED, "trim")
    assert CASCADE in rec.asked


def test_a_cut_that_keeps_most_of_trafilatura_s_text_is_no_lost_story() -> None:
    # the cut drops a standfirst that held the description's words, and a newsletter box: it
    # agrees with the broad pass (over `guard_agree`), so the guard does not look at it
    broad = lines([DESCRIPTION], FIRST_PART, NEWSLETTER)
    rec = Recorder(
        broad=broad, readable=lines(FIRST_PART), cascade=lines([DESCRIPTION], RELATED[:8])
    )
    assert pick(rec, evidence()) == Choice(NOTED, "trim")
    assert rec.cands.agreement(NOTED, BROAD) >= Thresholds().guard_agree
    assert CASCADE not in rec.asked


def test_a_short_disjoint_pick_the_precision_pass_rejects_gives_way_to_the_long_block() -> None:
    # set M's m-nonprofit-update-06: no description; trafilatura's broad pass held a 52-word
    # earlier update under the headline, readability the 412-word story, the precision pass both.
    # The headline anchored the short block; the precision pass, agreeing with the long one and
    # not the short one, outvotes it (without the rule: the short block, F1 0)
    update = [TITLE, "Update five: the volunteers met on Saturday and counted the sandbags."]
    rec = Recorder(broad=lines(update), readable=lines(STORY), precise=lines(update, STORY))
    ev = Evidence(title_forms=(TITLE,), title=TITLE)
    assert pick(rec, ev) == Choice(READABLE, "outvoted")
    without = choose(rec.cands, ev, Thresholds(), rules=ALL_RULES - {"outvoted"})
    assert without == Choice(BROAD, "disjoint")
    # a precision pass that holds the short block, or neither, is no witness against it
    for precise in (lines(update), lines(RELATED)):
        rec = Recorder(broad=lines(update), readable=lines(STORY), precise=precise)
        assert pick(rec, ev) == Choice(BROAD, "disjoint")


def test_a_headline_over_page_furniture_does_not_anchor_a_block_by_its_own_words() -> None:
    # set AA's Invision forum topic: the post sits in the `#comments` feed, so trafilatura drops
    # it and keeps the headline with the sign-in box under it; readability holds the post. The
    # headline earns "opens under the headline" once; its words count only where the block
    # repeats them below it (the furniture repeats none), so the post is the better anchored
    furniture = [
        TITLE,
        "Followers 1",
        "Create an account or sign in to comment",
        "You need to be a member in order to leave a comment",
        "Register a new account",
        "Recently browsing this topic 4 members",
    ]
    post = [DESCRIPTION, *(line.replace("council", "board") for line in STORY[:8])]
    rec = Recorder(broad=lines(furniture), readable=lines(post))
    assert pick(rec, evidence()) == Choice(READABLE, "disjoint")
