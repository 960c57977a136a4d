"""Initial schema: the whole journal, plus full-text search kept in sync by triggers.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-26 06:52:43.556623
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "promotion",
                "skill",
                "certification",
                "lateral_move",
                "custom",
                name="goal_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("target_role_title", sa.String(length=200), nullable=False),
        sa.Column("target_level", sa.String(length=50), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "achieved",
                "dropped",
                name="goal_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= created_on", name=op.f("ck_goal_dates_in_order")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_goal_title_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("career_start", sa.Date(), nullable=True),
        sa.Column(
            "skill_scale",
            sa.Enum(
                "dreyfus",
                "sfia",
                name="skill_scale",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("week_start", sa.Integer(), nullable=False),
        sa.Column("next_appraisal", sa.Date(), nullable=True),
        sa.Column("stage_override", sa.String(length=16), nullable=True),
        sa.Column("band_share", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "band_share > 0 AND band_share <= 1", name=op.f("ck_profile_band_share_range")
        ),
        sa.CheckConstraint("week_start BETWEEN 0 AND 6", name=op.f("ck_profile_week_start_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=100), nullable=False),
        sa.Column("level", sa.String(length=50), nullable=False),
        sa.Column("level_rank", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "move_kind",
            sa.Enum(
                "first",
                "promotion",
                "lateral",
                "diagonal",
                "new_employer",
                name="move_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("pay", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("volunteer", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_role_dates_in_order")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_role_title_not_empty")),
        sa.CheckConstraint("pay IS NULL OR pay >= 0", name=op.f("ck_role_pay_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
    )
    with op.batch_alter_table("role", schema=None) as batch_op:
        batch_op.create_index("ix_role_start_date", ["start_date"], unique=False)

    op.create_table(
        "skill_band",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_skill_band_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_band")),
        sa.UniqueConstraint("name", name=op.f("uq_skill_band_name")),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_tag_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "promotion",
                "skill",
                "certification",
                "project",
                "responsibility",
                "recognition",
                "feedback",
                "learning",
                "network",
                "compensation",
                "other",
                name="entry_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("measurable_result", sa.String(length=300), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("trashed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name=op.f("ck_entry_impact_range")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_entry_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_entry_role_id_role"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry")),
        sqlite_autoincrement=True,  # a purged id is never handed out again (undo relies on it)
    )
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.create_index("ix_entry_kind_occurred_on", ["kind", "occurred_on"], unique=False)
        batch_op.create_index("ix_entry_occurred_on", ["occurred_on"], unique=False)
        batch_op.create_index("ix_entry_role_id", ["role_id"], unique=False)
        batch_op.create_index(
            "ix_entry_trashed",
            ["trashed_at"],
            unique=False,
            sqlite_where=sa.text("trashed_at IS NOT NULL"),
            postgresql_where=sa.text("trashed_at IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_entry_live_occurred_on",
            ["occurred_on", "id"],
            unique=False,
            sqlite_where=sa.text("trashed_at IS NULL"),
            postgresql_where=sa.text("trashed_at IS NULL"),
        )

    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column(
            "criterion_kind",
            sa.Enum(
                "manual",
                "skill_level",
                "entry_count",
                "certification_tag",
                name="criterion_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("criterion", sa.JSON(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_milestone_title_not_empty")),
        sa.CheckConstraint("weight > 0", name=op.f("ck_milestone_weight_positive")),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_milestone_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index("ix_milestone_goal_id", ["goal_id"], unique=False)

    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_review_role_id_role"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index("ix_review_held_on", ["held_on"], unique=False)

    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("band_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("target_level", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_skill_name_not_empty")),
        sa.CheckConstraint(
            "target_level IS NULL OR target_level >= 1", name=op.f("ck_skill_target_positive")
        ),
        sa.ForeignKeyConstraint(
            ["band_id"],
            ["skill_band.id"],
            name=op.f("fk_skill_band_id_skill_band"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("band_id", "name", name="uq_skill_band_id_name"),
    )
    op.create_table(
        "entry_tag",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_entry_tag_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_entry_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", "tag_id", name=op.f("pk_entry_tag")),
    )
    with op.batch_alter_table("entry_tag", schema=None) as batch_op:
        batch_op.create_index("ix_entry_tag_tag_id", ["tag_id"], unique=False)

    op.create_table(
        "evidence_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.CheckConstraint("length(trim(url)) > 0", name=op.f("ck_evidence_link_url_not_empty")),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entry.id"],
            name=op.f("fk_evidence_link_entry_id_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_link")),
    )
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.create_index("ix_evidence_link_entry_id", ["entry_id"], unique=False)

    op.create_table(
        "milestone_evidence",
        sa.Column("milestone_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entry.id"],
            name=op.f("fk_milestone_evidence_entry_id_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_milestone_evidence_milestone_id_milestone"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("milestone_id", "entry_id", name=op.f("pk_milestone_evidence")),
    )
    with op.batch_alter_table("milestone_evidence", schema=None) as batch_op:
        batch_op.create_index("ix_milestone_evidence_entry_id", ["entry_id"], unique=False)

    op.create_table(
        "skill_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "self",
                "manager",
                "peer",
                "certification",
                name="assessment_source",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("evidence_entry_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("level >= 1", name=op.f("ck_skill_assessment_level_positive")),
        sa.ForeignKeyConstraint(
            ["evidence_entry_id"],
            ["entry.id"],
            name=op.f("fk_skill_assessment_evidence_entry_id_entry"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_skill_assessment_skill_id_skill"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_assessment")),
    )
    with op.batch_alter_table("skill_assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_skill_assessment_evidence_entry_id", ["evidence_entry_id"], unique=False
        )
        batch_op.create_index(
            "ix_skill_assessment_skill_id_assessed_on", ["skill_id", "assessed_on"], unique=False
        )

    _create_search()


def downgrade() -> None:
    _drop_search()
    with op.batch_alter_table("skill_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_skill_assessment_skill_id_assessed_on")
        batch_op.drop_index("ix_skill_assessment_evidence_entry_id")

    op.drop_table("skill_assessment")
    with op.batch_alter_table("milestone_evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_milestone_evidence_entry_id")

    op.drop_table("milestone_evidence")
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_link_entry_id")

    op.drop_table("evidence_link")
    with op.batch_alter_table("entry_tag", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_tag_tag_id")

    op.drop_table("entry_tag")
    op.drop_table("skill")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index("ix_review_held_on")

    op.drop_table("review")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index("ix_milestone_goal_id")

    op.drop_table("milestone")
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_live_occurred_on")
        batch_op.drop_index("ix_entry_trashed")
        batch_op.drop_index("ix_entry_role_id")
        batch_op.drop_index("ix_entry_occurred_on")
        batch_op.drop_index("ix_entry_kind_occurred_on")

    op.drop_table("entry")
    op.drop_table("tag")
    op.drop_table("skill_band")
    with op.batch_alter_table("role", schema=None) as batch_op:
        batch_op.drop_index("ix_role_start_date")

    op.drop_table("role")
    op.drop_table("profile")
    op.drop_table("goal")


# Full-text search. SQLite: an FTS5 table with one row per entry (rowid = entry id). PostgreSQL: a
# tsvector per entry. Triggers keep both in step with entries and their tags on every write.
_SQLITE_SEARCH = [
    """CREATE VIRTUAL TABLE entry_fts USING fts5(
        title, body, tags, result, tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
        INSERT INTO entry_fts(rowid, title, body, tags, result)
        VALUES (new.id, new.title, new.body, '', new.measurable_result);
    END""",
    """CREATE TRIGGER entry_fts_update AFTER UPDATE OF title, body, measurable_result ON entry BEGIN
        UPDATE entry_fts SET title = new.title, body = new.body, result = new.measurable_result
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
        DELETE FROM entry_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER entry_fts_tag_insert AFTER INSERT ON entry_tag BEGIN
        UPDATE entry_fts SET tags = (SELECT coalesce(group_concat(t.name, ' '), '')
            FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = new.entry_id)
        WHERE rowid = new.entry_id;
    END""",
    """CREATE TRIGGER entry_fts_tag_delete AFTER DELETE ON entry_tag BEGIN
        UPDATE entry_fts SET tags = (SELECT coalesce(group_concat(t.name, ' '), '')
            FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = old.entry_id)
        WHERE rowid = old.entry_id;
    END""",
    """CREATE TRIGGER entry_fts_tag_rename AFTER UPDATE OF name ON tag BEGIN
        UPDATE entry_fts SET tags = (SELECT coalesce(group_concat(t.name, ' '), '')
            FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = entry_fts.rowid)
        WHERE rowid IN (SELECT entry_id FROM entry_tag WHERE tag_id = new.id);
    END""",
]

_ACCENTED = (
    "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž"
)
_PLAIN = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz"

_POSTGRES_SEARCH = [
    """CREATE TABLE entry_search (
        entry_id integer PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
        document tsvector NOT NULL)""",
    "CREATE INDEX ix_entry_search_document ON entry_search USING gin (document)",
    # Words as SQLite's unicode61 tokenizer sees them: lower case, common accents folded,
    # anything but letters and digits a separator (so "example.com" is two words).
    f"""CREATE FUNCTION cj_search_fold(doc text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT regexp_replace(translate(lower(doc), '{_ACCENTED}', '{_PLAIN}'),
                              '[^[:alnum:]]+', ' ', 'g')
    $$""",
    """CREATE FUNCTION cj_entry_search_refresh(eid integer) RETURNS void LANGUAGE sql AS $$
        INSERT INTO entry_search (entry_id, document)
        SELECT e.id, to_tsvector('simple', cj_search_fold(e.title || ' ' || e.body || ' '
            || e.measurable_result || ' ' || coalesce((SELECT string_agg(t.name, ' ')
            FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = e.id), '')))
        FROM entry e WHERE e.id = eid
        ON CONFLICT (entry_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
    """CREATE FUNCTION cj_entry_search_entry() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM cj_entry_search_refresh(NEW.id); RETURN NULL; END $$""",
    """CREATE FUNCTION cj_entry_search_entry_tag() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN PERFORM cj_entry_search_refresh(OLD.entry_id);
        ELSE PERFORM cj_entry_search_refresh(NEW.entry_id); END IF;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION cj_entry_search_tag() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM cj_entry_search_refresh(entry_id) FROM entry_tag WHERE tag_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER entry_search_entry AFTER INSERT OR UPDATE OF title, body, measurable_result
        ON entry FOR EACH ROW EXECUTE FUNCTION cj_entry_search_entry()""",
    """CREATE TRIGGER entry_search_entry_tag AFTER INSERT OR DELETE ON entry_tag
        FOR EACH ROW EXECUTE FUNCTION cj_entry_search_entry_tag()""",
    """CREATE TRIGGER entry_search_tag AFTER UPDATE OF name ON tag
        FOR EACH ROW EXECUTE FUNCTION cj_entry_search_tag()""",
]


def _create_search() -> None:
    dialect = op.get_bind().dialect.name
    statements = {"sqlite": _SQLITE_SEARCH, "postgresql": _POSTGRES_SEARCH}.get(dialect, [])
    for statement in statements:
        op.execute(statement)


def _drop_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("insert", "update", "delete", "tag_insert", "tag_delete", "tag_rename"):
            op.execute(f"DROP TRIGGER IF EXISTS entry_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS entry_fts")
    elif dialect == "postgresql":
        op.execute("DROP TABLE IF EXISTS entry_search")
        for fn in ("cj_entry_search_tag", "cj_entry_search_entry_tag", "cj_entry_search_entry"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS cj_entry_search_refresh(integer)")
        op.execute("DROP FUNCTION IF EXISTS cj_search_fold(text)")
