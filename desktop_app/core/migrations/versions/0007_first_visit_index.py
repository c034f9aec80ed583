"""a person's first visit read from the index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

The index of ``visit_month`` by person also holds the row's kind (offer or house) and the
first visit, so that a person's first visit is read from the index alone: by the triggers
as each visit is counted, and by the statistics of a period of days, for every person
who came in it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index(op.f("ix_visit_month_visitor_id"), table_name="visit_month")
    op.create_index(
        "ix_visit_month_first_visit", "visit_month", ["visitor_id", "offer_key", "first_on"]
    )


def downgrade() -> None:
    op.drop_index("ix_visit_month_first_visit", table_name="visit_month")
    op.create_index(op.f("ix_visit_month_visitor_id"), "visit_month", ["visitor_id"])
