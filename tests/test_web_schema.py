"""Schemathesis against the OpenAPI description: generated requests never get a server error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from test_web_support import make_small_store

from nextseason.web.app import create_app


def _app():  # type: ignore[no-untyped-def]
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="nextseason-schema-"))
    url = make_small_store(folder / "schema.db")
    return create_app(url, today=date(2026, 11, 30), token="schema-token")


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_generated_requests_never_get_a_server_error(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code}"
    if response.status_code >= 400 and "json" in response.headers.get("content-type", [""])[0]:
        body = response.json()
        assert set(body) == {"error"} and {"status", "message"} <= set(body["error"])


def test_openapi_is_valid_enough_for_schemathesis() -> None:
    operations = list(schema.get_all_operations())
    assert len(operations) >= 15
    assert all(op.ok() for op in operations)
