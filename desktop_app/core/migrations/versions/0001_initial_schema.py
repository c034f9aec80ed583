"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25

The visitor search index is an FTS5 table over ``visitor.search_terms``, kept
current by triggers so that every writer, the demo generator included, feeds it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "facility",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("last_name_required", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facility")),
    )
    op.create_table(
        "local_state",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_state")),
    )
    op.create_table(
        "field_of_action",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_field_of_action_facility_id_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_of_action")),
    )
    with op.batch_alter_table("field_of_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_field_of_action_facility_id"), ["facility_id"], unique=False
        )

    op.create_table(
        "visitor",
        sa.Column("number", sa.String(length=7), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_year", sa.SmallInteger(), nullable=True),
        sa.Column("age_band", sa.String(length=8), nullable=True),
        sa.Column("gender", sa.String(length=12), nullable=False),
        sa.Column("preferred_language", sa.String(length=8), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=201), nullable=False),
        sa.Column("search_terms", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_visitor_facility_id_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitor")),
    )
    with op.batch_alter_table("visitor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visitor_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index("uq_visitor_facility_number", ["facility_id", "number"], unique=True)
        batch_op.create_index(
            "ix_visitor_facility_sort_name",
            ["facility_id", "sort_name"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "offer",
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("field_of_action_id", sa.Uuid(), nullable=True),
        sa.Column("target_groups", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("schedule", sa.JSON(), nullable=False),
        sa.Column("is_counselling", sa.Boolean(), nullable=False),
        sa.Column("jobcenter_suited", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_offer_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["field_of_action_id"],
            ["field_of_action.id"],
            name=op.f("fk_offer_field_of_action_id_field_of_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer")),
    )
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_facility_id"), ["facility_id"], unique=False)

    op.create_table(
        "tally_mark",
        sa.Column("offer_id", sa.Uuid(), nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("counted_at", sa.DateTime(), nullable=False),
        sa.Column("age_band", sa.String(length=8), nullable=True),
        sa.Column("gender", sa.String(length=12), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_tally_mark_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["offer.id"], name=op.f("fk_tally_mark_offer_id_offer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tally_mark")),
    )
    with op.batch_alter_table("tally_mark", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tally_mark_counted_on_offer", ["counted_on", "offer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_tally_mark_facility_id"), ["facility_id"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("visitor_id", sa.Uuid(), nullable=False),
        sa.Column("offer_id", sa.Uuid(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("visited_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_visit_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(["offer_id"], ["offer.id"], name=op.f("fk_visit_offer_id_offer")),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitor.id"], name=op.f("fk_visit_visitor_id_visitor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_offer_id"), ["offer_id"], unique=False)
        batch_op.create_index("ix_visit_visited_on", ["visited_on"], unique=False)
        batch_op.create_index(
            "ix_visit_visitor_visited_at", ["visitor_id", "visited_at"], unique=False
        )

    op.execute(
        "CREATE VIRTUAL TABLE visitor_search USING fts5("
        "search_terms, content='visitor', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER visitor_search_insert AFTER INSERT ON visitor BEGIN "
        "INSERT INTO visitor_search(rowid, search_terms) VALUES (new.rowid, new.search_terms); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER visitor_search_delete AFTER DELETE ON visitor BEGIN "
        "INSERT INTO visitor_search(visitor_search, rowid, search_terms) "
        "VALUES ('delete', old.rowid, old.search_terms); END"
    )
    op.execute(
        "CREATE TRIGGER visitor_search_update AFTER UPDATE OF search_terms ON visitor BEGIN "
        "INSERT INTO visitor_search(visitor_search, rowid, search_terms) "
        "VALUES ('delete', old.rowid, old.search_terms); "
        "INSERT INTO visitor_search(rowid, search_terms) VALUES (new.rowid, new.search_terms); "
        "END"
    )


def downgrade() -> None:
    for trigger in ("visitor_search_insert", "visitor_search_delete", "visitor_search_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE visitor_search")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_visitor_visited_at")
        batch_op.drop_index("ix_visit_visited_on")
        batch_op.drop_index(batch_op.f("ix_visit_offer_id"))
        batch_op.drop_index(batch_op.f("ix_visit_facility_id"))

    op.drop_table("visit")
    with op.batch_alter_table("tally_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tally_mark_facility_id"))
        batch_op.drop_index("ix_tally_mark_counted_on_offer")

    op.drop_table("tally_mark")
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_facility_id"))

    op.drop_table("offer")
    with op.batch_alter_table("visitor", schema=None) as batch_op:
        batch_op.drop_index("uq_visitor_facility_number")
        batch_op.drop_index(batch_op.f("ix_visitor_facility_id"))

    op.drop_table("visitor")
    with op.batch_alter_table("field_of_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_field_of_action_facility_id"))

    op.drop_table("field_of_action")
    op.drop_table("local_state")
    op.drop_table("facility")
