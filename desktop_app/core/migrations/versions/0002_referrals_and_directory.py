"""referrals and directory

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

The directory of partners (organisations, their locations and offers, as HSDS has them),
referrals with their private link to the visitor and their steps, consents, and the
facility's contact person for the slip's letterhead.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partner",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("network_facility_id", sa.Uuid(), nullable=True),
        sa.Column("search_terms", sa.Text(), nullable=False),
        sa.Column("filter_terms", sa.Text(), nullable=False),
        sa.Column("open_days", sa.SmallInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("contact_name", sa.String(length=100), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("contact_email", sa.String(length=254), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_partner_facility_id_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index("ix_partner_name", ["name", "id"], unique=False)

    op.create_table(
        "partner_location",
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("opening_hours", sa.JSON(), nullable=False),
        sa.Column("opening_hours_note", sa.Text(), nullable=False),
        sa.Column("accessibility", sa.Text(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_partner_location_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_location_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_location")),
    )
    with op.batch_alter_table("partner_location", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_location_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partner_location_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "partner_offer",
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("field_of_action", sa.String(length=120), nullable=False),
        sa.Column("target_groups", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("schedule", sa.JSON(), nullable=False),
        sa.Column("schedule_note", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("search_terms", sa.Text(), nullable=False),
        sa.Column("filter_terms", sa.Text(), nullable=False),
        sa.Column("open_days", sa.SmallInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("contact_name", sa.String(length=100), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("contact_email", sa.String(length=254), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_partner_offer_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["partner_location.id"],
            name=op.f("fk_partner_offer_location_id_partner_location"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_offer_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_offer")),
    )
    with op.batch_alter_table("partner_offer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_offer_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            "ix_partner_offer_partner_position", ["partner_id", "position"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("partner_location_id", sa.Uuid(), nullable=True),
        sa.Column("partner_offer_id", sa.Uuid(), nullable=True),
        sa.Column("receiving_facility_id", sa.Uuid(), nullable=True),
        sa.Column("target", sa.JSON(), nullable=False),
        sa.Column("field_of_action", sa.String(length=120), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("appointment_at", sa.DateTime(), nullable=True),
        sa.Column("person_label", sa.String(length=40), nullable=False),
        sa.Column("slip_language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=False),
        sa.Column("shared_with_receiver", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_referral_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_referral_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["partner_location_id"],
            ["partner_location.id"],
            name=op.f("fk_referral_partner_location_id_partner_location"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_offer_id"],
            ["partner_offer.id"],
            name=op.f("fk_referral_partner_offer_id_partner_offer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
        sa.UniqueConstraint("code", name=op.f("uq_referral_code")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_receiving_facility_id"), ["receiving_facility_id"], unique=False
        )
        batch_op.create_index("ix_referral_status_issued_on", ["status", "issued_on"], unique=False)

    op.create_table(
        "consent",
        sa.Column("visitor_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=120), nullable=False),
        sa.Column("data_shared", sa.Text(), nullable=False),
        sa.Column("purpose_text", sa.Text(), nullable=False),
        sa.Column("text_version", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("manner", sa.String(length=12), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("referral_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_consent_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referral.id"], name=op.f("fk_consent_referral_id_referral")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitor.id"], name=op.f("fk_consent_visitor_id_visitor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_referral_id"), ["referral_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_visitor_id"), ["visitor_id"], unique=False)

    op.create_table(
        "referral_event",
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_referral_event_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referral.id"], name=op.f("fk_referral_event_referral_id_referral")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_event")),
    )
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_event_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referral_event_referral_id"), ["referral_id"], unique=False
        )

    op.create_table(
        "referral_person",
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("visitor_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_referral_person_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referral.id"], name=op.f("fk_referral_person_referral_id_referral")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitor.id"], name=op.f("fk_referral_person_visitor_id_visitor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_person")),
        sa.UniqueConstraint("referral_id", name=op.f("uq_referral_person_referral_id")),
    )
    with op.batch_alter_table("referral_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_person_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referral_person_visitor_id"), ["visitor_id"], unique=False
        )

    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("contact_person", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.drop_column("contact_person")

    with op.batch_alter_table("referral_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_person_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_referral_person_facility_id"))

    op.drop_table("referral_person")
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_event_referral_id"))
        batch_op.drop_index(batch_op.f("ix_referral_event_facility_id"))

    op.drop_table("referral_event")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_consent_referral_id"))
        batch_op.drop_index(batch_op.f("ix_consent_facility_id"))

    op.drop_table("consent")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_status_issued_on")
        batch_op.drop_index(batch_op.f("ix_referral_receiving_facility_id"))
        batch_op.drop_index(batch_op.f("ix_referral_facility_id"))

    op.drop_table("referral")
    with op.batch_alter_table("partner_offer", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_offer_partner_position")
        batch_op.drop_index(batch_op.f("ix_partner_offer_facility_id"))

    op.drop_table("partner_offer")
    with op.batch_alter_table("partner_location", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_location_partner_id"))
        batch_op.drop_index(batch_op.f("ix_partner_location_facility_id"))

    op.drop_table("partner_location")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_name")
        batch_op.drop_index(batch_op.f("ix_partner_facility_id"))

    op.drop_table("partner")
