"""Fixtures of the document tests."""

import pytest

from desktop_app.core.referral_records import SLIP_LANGUAGES


@pytest.fixture(params=SLIP_LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)
