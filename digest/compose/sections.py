"""Articles → the issue's sections: merge same-story coverage, relate, rank, cap, and summarise
the items kept.

Pure: the same articles in (in any order) give the same sections out, byte for byte.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from digest.model.types import Article, DigestItem, RelatedLink, Section


def _lead_key(article: Article) -> tuple[object, ...]:
    return (article.is_teaser, -len(article.text), article.published, article.id)


def _picture(lead: Article, group: Sequence[Article]) -> tuple[str, int | None]:
    """The lead's picture, else the first other coverage's (in lead order), else none."""
    if lead.image:
        return lead.image, lead.image_width
    found = next((a for a in sorted(group, key=_lead_key) if a.image), None)
    return (found.image, found.image_width) if found is not None else ("", None)


def _teaser_summary(text: str, title: str, max_words: int = 60) -> tuple[str, ...]:
    """A teaser cut short ("…") has no whole sentence to pick: show its opening as it is."""
    from digest.compose.summarise import split_sentences

    words: list[str] = []
    for sentence in split_sentences(text):
        if sentence.strip() == title.strip():
            continue
        words.extend(sentence.split())
        if len(words) >= max_words:
            break
    if not words:
        return ()
    clipped = " ".join(words[:max_words])
    return (clipped if len(words) <= max_words else clipped + " …",)


def _site_link(group: Sequence[Article], by_url: Mapping[str, Article]) -> Article | None:
    """The site's own "Check Also" link, when it points to an article we have stored."""
    own = {a.url for a in group}
    for article in group:
        for link in article.related:
            target = by_url.get(link.url)
            if target is not None and target.url not in own:
                return target
    return None


def _rank_key(lead: Article, sources: int) -> tuple[object, ...]:
    # More sources first, then newer, then a deterministic tie-break (the item's title and
    # article id are its lead's).
    return (-sources, -lead.published.timestamp(), lead.title.casefold(), lead.id)


def build_sections(
    articles: Sequence[Article],
    archive: Sequence[Article] = (),
    *,
    max_items_per_section: int = 10,
    summary_sentences: int = 3,
    section_order: Sequence[str] = (),
) -> tuple[Section, ...]:
    """Group articles into ranked, capped sections of digest items."""
    # Here, not at the top: whoever only filters sections (every `digest send`, send/loop.py)
    # then starts without numpy (0.1 s CPU per process start).
    from digest.compose.related import group_same_story, pick_check_also

    ordered = sorted(articles, key=lambda a: a.id)
    merged = group_same_story(ordered)
    # The article that speaks for a story is the one grouping put first: full text over teasers,
    # then the most central report. Not the longest: a long piece in a group is often the one
    # that strays from the event (an analysis, a blog post), and it would title the item.
    leads = {min(a.id for a in group): group[0] for group in merged}
    groups = [tuple(sorted(group, key=lambda a: a.id)) for group in merged]
    seen_ids = {a.id for a in ordered}
    candidates = [a for a in archive if a.id not in seen_ids]
    follow_ups = pick_check_also(merged, candidates)  # lead first: it is the one to link to
    by_url = {a.url: a for a in [*candidates, *ordered] if a.url}
    # Ranked and capped before any item is made: the rank reads only the lead and the number of
    # sources, so only the items an issue keeps are summarised (on the 62 real feeds 751 of
    # 1,258 stories, and summarising was a third of the build).
    by_section: dict[str, list[tuple[tuple[object, ...], tuple[Article, ...]]]] = {}
    for group in groups:
        lead = leads[group[0].id]
        sources = len({a.source for a in group})
        by_section.setdefault(lead.section, []).append((_rank_key(lead, sources), group))
    rank = {name: i for i, name in enumerate(section_order)}
    names = sorted(by_section, key=lambda n: (rank.get(n, len(rank)), n.casefold(), n))
    return tuple(
        Section(
            name=name,
            items=tuple(
                _item(group, leads[group[0].id], follow_ups, by_url, summary_sentences)
                for _, group in sorted(by_section[name], key=lambda p: p[0])[:max_items_per_section]
            ),
        )
        for name in names
    )


def _item(
    group: tuple[Article, ...],
    lead: Article,
    follow_ups: Mapping[str, Article | None],
    by_url: Mapping[str, Article],
    summary_sentences: int,
) -> DigestItem:
    """One story's item: the lead's title, link and summary, its other coverage, Check Also."""
    from digest.compose.summarise import summarise

    others = [a for a in group if a.id != lead.id]
    also = tuple(
        RelatedLink(title=a.title, url=a.url, source=a.source)
        for a in sorted(others, key=lambda a: (a.source.casefold(), a.id))
        if a.url
    )
    follow = follow_ups.get(lead.id) or _site_link(group, by_url)
    image, image_width = _picture(lead, group)
    return DigestItem(
        article_id=lead.id,
        title=lead.title,
        url=lead.url,
        source=lead.source,
        published=lead.published,
        summary=summarise(lead.text, lead.title, n=summary_sentences)
        or _teaser_summary(lead.text, lead.title),
        check_also=(
            RelatedLink(title=follow.title, url=follow.url, source=follow.source)
            if follow is not None and follow.url
            else None
        ),
        also=also,
        image=image,
        image_width=image_width,
    )


def filter_sections(
    sections: Sequence[Section], wanted: Sequence[str] | None
) -> tuple[Section, ...]:
    """Only the sections a subscriber or schedule asked for (None = all)."""
    if wanted is None:
        return tuple(sections)
    keep = {w.casefold() for w in wanted}
    return tuple(s for s in sections if s.name.casefold() in keep)


def subject_for(
    title: str, sections: Sequence[Section], when: datetime, template: str | None
) -> str:
    """The subject line: the digest title, the date and the top story."""
    top = next((item.title for s in sections for item in s.items), "")
    date = f"{when:%a %-d %b %Y}"
    if template:
        return template.format(title=title, date=date, top=top)
    return f"{title} — {date}" + (f": {top}" if top else "")
