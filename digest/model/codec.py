"""Plain dict/JSON forms of the pipeline's types (for the store and for `digest.json`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from digest.model.types import DigestItem, Issue, RelatedLink, Section


def link_to_dict(link: RelatedLink) -> dict[str, str]:
    return {"title": link.title, "url": link.url, "source": link.source}


def link_from_dict(data: dict[str, Any]) -> RelatedLink:
    return RelatedLink(title=data["title"], url=data["url"], source=data.get("source", ""))


def item_to_dict(item: DigestItem) -> dict[str, Any]:
    """An item as JSON. `image`/`image_width` are written only when the item has a picture, so
    issues without pictures keep the keys they always had."""
    data: dict[str, Any] = {
        "article_id": item.article_id,
        "title": item.title,
        "url": item.url,
        "source": item.source,
        "published": item.published.isoformat(),
        "summary": list(item.summary),
        "check_also": (
            {"title": item.check_also.title, "url": item.check_also.url}
            if item.check_also
            else None
        ),
        "check_also_source": item.check_also.source if item.check_also else None,
        "also": [link_to_dict(link) for link in item.also],
    }
    if item.image:
        data["image"] = item.image
        data["image_width"] = item.image_width
    return data


def item_from_dict(data: dict[str, Any]) -> DigestItem:
    check = data.get("check_also")
    return DigestItem(
        article_id=data["article_id"],
        title=data["title"],
        url=data["url"],
        source=data["source"],
        published=datetime.fromisoformat(data["published"]),
        summary=tuple(data["summary"]),
        check_also=(
            RelatedLink(check["title"], check["url"], data.get("check_also_source") or "")
            if check
            else None
        ),
        also=tuple(link_from_dict(link) for link in data.get("also", [])),
        image=data.get("image") or "",
        image_width=_width(data.get("image_width")),
    )


def _width(value: Any) -> int | None:
    """A stored width back as a positive int; anything else (None, "", junk) is no width."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def issue_to_dict(issue: Issue) -> dict[str, Any]:
    return {
        "id": issue.id,
        "schedule": issue.schedule,
        "title": issue.title,
        "subject": issue.subject,
        "status": issue.status,
        "window_start": issue.window_start.isoformat(),
        "window_end": issue.window_end.isoformat(),
        "created_at": issue.created_at.isoformat(),
        "sections": [
            {"name": section.name, "items": [item_to_dict(item) for item in section.items]}
            for section in issue.sections
        ],
    }


def issue_from_dict(data: dict[str, Any]) -> Issue:
    return Issue(
        id=data["id"],
        schedule=data["schedule"],
        title=data["title"],
        subject=data["subject"],
        status=data.get("status", "pending"),
        window_start=datetime.fromisoformat(data["window_start"]),
        window_end=datetime.fromisoformat(data["window_end"]),
        created_at=datetime.fromisoformat(data["created_at"]),
        sections=tuple(
            Section(
                name=section["name"],
                items=tuple(item_from_dict(item) for item in section["items"]),
            )
            for section in data["sections"]
        ),
    )
