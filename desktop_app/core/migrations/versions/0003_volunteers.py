"""volunteers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Volunteers with their trainings, their hours (with the trail of corrections), allowance
payments, and the Bürgergeld flag that only this desk keeps.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "volunteer",
        sa.Column("visitor_id", sa.Uuid(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.SmallInteger(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("activities", sa.JSON(), nullable=False),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("police_certificate_seen_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("school_pass", sa.Boolean(), nullable=False),
        sa.Column("sort_name", sa.String(length=201), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_volunteer_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitor.id"], name=op.f("fk_volunteer_visitor_id_visitor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer")),
    )
    with op.batch_alter_table("volunteer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volunteer_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_volunteer_visitor_id"), ["visitor_id"], unique=False)

    op.create_table(
        "allowance_payment",
        sa.Column("volunteer_id", sa.Uuid(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("activity", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_allowance_payment_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_allowance_payment_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allowance_payment")),
    )
    with op.batch_alter_table("allowance_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_allowance_payment_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_allowance_payment_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "volunteer_benefit_flag",
        sa.Column("volunteer_id", sa.Uuid(), nullable=False),
        sa.Column("consent_given_on", sa.Date(), nullable=False),
        sa.Column("consent_manner", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_volunteer_benefit_flag_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("volunteer_id", name=op.f("pk_volunteer_benefit_flag")),
    )
    op.create_table(
        "volunteer_hours",
        sa.Column("volunteer_id", sa.Uuid(), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=120), nullable=False),
        sa.Column("offer_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("replaces_id", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_volunteer_hours_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["offer.id"], name=op.f("fk_volunteer_hours_offer_id_offer")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_volunteer_hours_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_hours")),
    )
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_hours_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            "ix_volunteer_hours_volunteer_day", ["volunteer_id", "worked_on"], unique=False
        )
        batch_op.create_index(
            "ix_volunteer_hours_current",
            ["volunteer_id", "activity", "worked_on", "minutes"],
            unique=False,
            sqlite_where=sa.text("status = 'active' AND deleted_at IS NULL"),
            postgresql_where=sa.text("status = 'active' AND deleted_at IS NULL"),
        )

    op.create_table(
        "volunteer_training",
        sa.Column("volunteer_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"],
            ["facility.id"],
            name=op.f("fk_volunteer_training_facility_id_facility"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_volunteer_training_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_training")),
    )
    with op.batch_alter_table("volunteer_training", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_training_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_volunteer_training_volunteer_id"), ["volunteer_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("volunteer_training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_training_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_volunteer_training_facility_id"))

    op.drop_table("volunteer_training")
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_hours_current")
        batch_op.drop_index("ix_volunteer_hours_volunteer_day")
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_facility_id"))

    op.drop_table("volunteer_hours")
    op.drop_table("volunteer_benefit_flag")
    with op.batch_alter_table("allowance_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allowance_payment_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_allowance_payment_facility_id"))

    op.drop_table("allowance_payment")
    with op.batch_alter_table("volunteer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_volunteer_facility_id"))

    op.drop_table("volunteer")
