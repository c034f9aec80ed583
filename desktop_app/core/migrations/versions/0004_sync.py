"""sync

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

What the desk needs to sync with the shared database: the outbox of local changes, the
hybrid logical clock, the pull cursors, and the conflicts the shared database reports.
The capture triggers follow the models: each connection creates them as TEMP triggers
(``desktop_app.core.capture``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("column_name", sa.String(length=40), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=8), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_sync_conflict_facility_id_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)

    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("column_name", sa.String(length=40), nullable=True),
        sa.Column("old_json", sa.Text(), nullable=True),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock")),
    )
    op.execute("INSERT INTO sync_clock (id, hlc, applying) VALUES (1, 0, 0)")
    op.create_table(
        "sync_cursor",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("txid", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_sync_cursor")),
    )


def downgrade() -> None:
    # This connection's capture triggers write to the tables dropped here.
    triggers = op.get_bind().exec_driver_sql(
        "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'sync%'"
    )
    for trigger in list(triggers.scalars()):
        op.execute(f"DROP TRIGGER temp.{trigger}")
    for name in ("sync_cursor", "sync_clock", "sync_outbox", "sync_conflict"):
        op.execute(f"DROP TABLE {name}")
