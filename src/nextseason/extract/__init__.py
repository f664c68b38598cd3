"""Claim extraction: sentences -> title+season mentions -> temporal expressions -> claims."""

from __future__ import annotations

from ..models import Claim, Document
from ..settings import Settings


def extract_claims(document: Document, settings: Settings) -> list[Claim]:
    """All claims the article makes. (Filled in by the claim-extraction work, issue 4.)"""
    return []
