"""The pure per-document function: document + settings in, result out, no store access.

Local ingest and the Spark batch mode both map ``process_document`` over documents.
"""

from __future__ import annotations

from .extract import extract_claims
from .models import Document, ProcessedDocument
from .settings import DEFAULT, Settings


def process_document(document: Document, settings: Settings = DEFAULT) -> ProcessedDocument:
    return ProcessedDocument(document, tuple(extract_claims(document, settings)))
