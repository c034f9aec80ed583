"""Fixtures of the document tests."""

import pytest


@pytest.fixture(params=["de", "en", "tr", "ar"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)
