"""The schema: every record a country office keeps, with the identity that lets packages from many offices meet.

Every record (``Record`` subclasses) carries a UUID that never changes, a revision that grows on every save, created and
updated times in UTC and the code of the office that owns it. Deleting a record leaves a ``Tombstone`` so that the
deletion can travel in a package. ``ChangeLog`` keeps who changed which field of which record, and when.
The bookkeeping itself (revisions, tombstones, history) lives in ``db.session``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    inspect,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, object_session, relationship

from db.types import DecimalText, MinorUnits, UTCDateTime, utcnow

# Stable constraint names make Alembic batch migrations on SQLite possible (unnamed constraints cannot be dropped).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


#: A record row's provenance columns (Record.source, Record.edited_by): written by imports only, never a value of the
#: record itself.
PROVENANCE = ("source", "edited_by")


def record_columns(table: Any) -> list[Any]:
    """A table's columns without the provenance of a record row: the record's own values."""
    return [column for column in table.columns if not column.info.get("provenance")]


class Record(Base):
    """Identity every exchanged record carries."""

    __abstract__ = True
    #: The entity name used in packages, tombstones and history; stable, never translated.
    entity: str = ""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    office_code: Mapped[str] = mapped_column(String(16), index=True)
    # Provenance, not part of the record (PROVENANCE: no package, form or rule sees it). ``source``: the data digest of
    # the imported package the current version came from (NULL: entered in this store), so every figure traces back
    # to a package and an import can be undone; ``edited_by``: who changed that version by hand in a spreadsheet after
    # it was exported (the package said so: name, time, file, as JSON, as the importer writes it), NULL when it came as
    # the office's software wrote it. Kept on the record's own row: a table of its own, keyed by record, cost an
    # import more than writing any record table.
    source: Mapped[str | None] = mapped_column(String(64), index=True, info={"provenance": True})
    edited_by: Mapped[str | None] = mapped_column(Text, info={"provenance": True})

    def __init__(self, **values: object) -> None:
        # The id exists from construction, not from the first flush: undo, DTOs and links can name a new record.
        values.setdefault("id", uuid.uuid4())
        super().__init__(**values)

    def as_dict(self) -> dict[str, object]:
        """Every column value by attribute name: the plain form rules, packages and table models work with."""
        return {attr.key: getattr(self, attr.key) for attr in self.__mapper__.column_attrs
                if attr.key not in PROVENANCE}


class Office(Record):
    """An office profile. An office store holds one; a headquarters store holds one per reporting office."""

    __tablename__ = "office"
    entity = "office"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(3))  # ISO 3166-1 alpha-3
    region: Mapped[str] = mapped_column(String(8))
    currency: Mapped[str] = mapped_column(String(3))  # ISO 4217, the office's default
    language: Mapped[str] = mapped_column(String(8), default="en")


class Initiative(Record):
    __tablename__ = "initiative"
    entity = "initiative"
    __table_args__ = (
        UniqueConstraint("office_code", "code", name="uq_initiative_office_code_code"),
        Index("ix_initiative_status", "status"),
        Index("ix_initiative_country", "country"),
        Index("ix_initiative_flagship", "flagship_code"),
    )

    # Indexed: the initiative list opens sorted by code, a page at a time (migration 0009).
    code: Mapped[str] = mapped_column(String(40), index=True)  # office-local, for people; identity is the UUID
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pipeline")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(3))
    admin1: Mapped[str] = mapped_column(String(200), default="")
    locality: Mapped[str] = mapped_column(String(200), default="")
    flagship_code: Mapped[str | None] = mapped_column(String(8))
    subprogramme_code: Mapped[str | None] = mapped_column(String(8))
    outcome_code: Mapped[str | None] = mapped_column(String(8))
    crisis_context: Mapped[str] = mapped_column(String(16), default="none")

    sdg_links: Mapped[list[InitiativeSdgTarget]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan", order_by="InitiativeSdgTarget.target_code"
    )
    partner_links: Mapped[list[InitiativePartner]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan"
    )
    beneficiary_counts: Mapped[list[BeneficiaryCount]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan"
    )
    funding_lines: Mapped[list[FundingLine]] = relationship(back_populates="initiative", cascade="all, delete-orphan")

    def as_dict(self) -> dict[str, object]:
        return {**super().as_dict(), "sdg_targets": frozenset(self.sdg_targets)}

    @property
    def sdg_targets(self) -> list[str]:
        return sorted(link.target_code for link in self.sdg_links)

    def set_sdg_targets(self, codes: list[str] | set[str] | tuple[str, ...]) -> None:
        """Replace the SDG targets, touching only the links that change (history shows a real diff)."""
        wanted = set(codes)
        session = object_session(self)
        for link in list(self.sdg_links):
            if link.target_code not in wanted:
                self.sdg_links.remove(link)
                if session is not None and inspect(link).persistent:
                    session.delete(link)  # now, not as an orphan at flush: the revision bump must see it
        have = {link.target_code for link in self.sdg_links}
        for code in sorted(wanted - have):
            self.sdg_links.append(InitiativeSdgTarget(target_code=code))


class InitiativeSdgTarget(Base):
    """An SDG target an initiative contributes to. Part of the initiative: it travels and is versioned with it."""

    __tablename__ = "initiative_sdg_target"

    initiative_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True
    )
    target_code: Mapped[str] = mapped_column(String(8), primary_key=True, index=True)

    initiative: Mapped[Initiative] = relationship(back_populates="sdg_links")


class Partner(Record):
    __tablename__ = "partner"
    entity = "partner"

    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    partner_type: Mapped[str] = mapped_column(String(16), index=True)
    country: Mapped[str | None] = mapped_column(String(3))

    initiative_links: Mapped[list[InitiativePartner]] = relationship(
        back_populates="partner", cascade="all, delete-orphan"
    )


class InitiativePartner(Record):
    __tablename__ = "initiative_partner"
    entity = "initiative_partner"
    __table_args__ = (UniqueConstraint("initiative_id", "partner_id", "role", name="uq_initiative_partner_role"),)

    # No index of its own: the unique constraint above starts with it (migration 0006).
    initiative_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("initiative.id", ondelete="CASCADE"))
    partner_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))

    initiative: Mapped[Initiative] = relationship(back_populates="partner_links")
    partner: Mapped[Partner] = relationship(back_populates="initiative_links")


#: Disaggregation columns of a beneficiary count, for ``targeted_`` and ``reached_`` alike.
SEX_PARTS = ("female", "male", "other")
AGE_PARTS = ("children", "youth", "adults", "older")
#: The age bands in years, as the UN counts them (youth 15–24, older persons 60 and over); shown to the person
#: entering counts (the grid's tooltips, the user guide). ``None``: no upper bound.
AGE_BAND_YEARS: dict[str, tuple[int, int | None]] = {
    "children": (0, 14), "youth": (15, 24), "adults": (25, 59), "older": (60, None)}
COUNT_PARTS = (*SEX_PARTS, *AGE_PARTS, "pwd")
COUNT_COLUMNS = tuple(f"{kind}_{part}" for kind in ("targeted", "reached") for part in ("total", *COUNT_PARTS))


class BeneficiaryCount(Record):
    """Aggregate counts of people for one initiative, reporting period, group and reach type. Never personal data.

    ``None`` means not known (not disaggregated); 0 means counted and none.
    """

    __tablename__ = "beneficiary_count"
    entity = "beneficiary_count"
    __table_args__ = (
        UniqueConstraint("initiative_id", "period", "group_code", "reach_type", name="uq_beneficiary_count_cell"),
        Index("ix_beneficiary_count_period", "period"),
    )

    # No index of its own: the unique constraint above starts with it (migration 0006).
    initiative_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("initiative.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(8))  # 2023-H2, 2023-Q3 or 2023: see desktop.core.periods
    group_code: Mapped[str] = mapped_column(String(16))
    reach_type: Mapped[str] = mapped_column(String(8), default="direct")

    targeted_total: Mapped[int | None] = mapped_column(Integer)
    targeted_female: Mapped[int | None] = mapped_column(Integer)
    targeted_male: Mapped[int | None] = mapped_column(Integer)
    targeted_other: Mapped[int | None] = mapped_column(Integer)
    targeted_children: Mapped[int | None] = mapped_column(Integer)
    targeted_youth: Mapped[int | None] = mapped_column(Integer)
    targeted_adults: Mapped[int | None] = mapped_column(Integer)
    targeted_older: Mapped[int | None] = mapped_column(Integer)
    targeted_pwd: Mapped[int | None] = mapped_column(Integer)
    reached_total: Mapped[int | None] = mapped_column(Integer)
    reached_female: Mapped[int | None] = mapped_column(Integer)
    reached_male: Mapped[int | None] = mapped_column(Integer)
    reached_other: Mapped[int | None] = mapped_column(Integer)
    reached_children: Mapped[int | None] = mapped_column(Integer)
    reached_youth: Mapped[int | None] = mapped_column(Integer)
    reached_adults: Mapped[int | None] = mapped_column(Integer)
    reached_older: Mapped[int | None] = mapped_column(Integer)
    reached_pwd: Mapped[int | None] = mapped_column(Integer)

    initiative: Mapped[Initiative] = relationship(back_populates="beneficiary_counts")


class FundingLine(Record):
    """One funding transaction (IATI/FTS style): pledge → commitment → incoming funds → expenditure."""

    __tablename__ = "funding_line"
    entity = "funding_line"
    __table_args__ = (
        # Covering the KPI sums (and, starting with it, every search by transaction type — migration 0006 dropped
        # the index on that column alone): one index-only pass gives funds by type, source and modality, dated or not.
        # (funder_id too: the partners funding in a period come from the same index, without the table.)
        Index("ix_funding_line_sums", "transaction_type", "source_type", "modality", "transaction_date", "amount_usd",
              "initiative_id", "funder_id"),
        # The same sums for selected initiatives (a flagship, a country): found by initiative, read without the table;
        # also the cascade's index when an initiative is deleted (migration 0006).
        Index("ix_funding_line_initiative_id", "initiative_id", "transaction_type", "source_type", "modality",
              "transaction_date", "amount_usd"),
        CheckConstraint("length(currency) = 3", name="currency_len"),
    )

    initiative_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("initiative.id", ondelete="CASCADE"))
    funder_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    source_type: Mapped[str] = mapped_column(String(16))
    modality: Mapped[str] = mapped_column(String(20))
    transaction_type: Mapped[str] = mapped_column(String(16))
    transaction_date: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(DecimalText(38, 6))  # in the original currency, its precision
    usd_rate: Mapped[Decimal] = mapped_column(DecimalText(24, 10))  # USD per one unit of the currency
    amount_usd: Mapped[Decimal] = mapped_column(MinorUnits(2))  # integer cents: SQL sums stay exact
    reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    initiative: Mapped[Initiative] = relationship(back_populates="funding_lines")
    funder: Mapped[Partner | None] = relationship()


class KnowledgeProduct(Record):
    __tablename__ = "knowledge_product"
    entity = "knowledge_product"

    title: Mapped[str] = mapped_column(String(500))
    product_type: Mapped[str] = mapped_column(String(16))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("initiative.id", ondelete="SET NULL"), index=True
    )
    link: Mapped[str] = mapped_column(String(2000), default="")

    initiative: Mapped[Initiative | None] = relationship()


class Tombstone(Base):
    """What is left of a deleted record: enough for the deletion to travel in a package and win over older copies."""

    __tablename__ = "tombstone"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    office_code: Mapped[str] = mapped_column(String(16), index=True)


class ChangeLog(Base):
    """One changed field of one record: who, when, old value → new value (as display text)."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "entity", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(8))  # create, update, delete
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)


class CountedBeneficiary(Base):
    """Derived, never exchanged: the counting rule of docs/counting-rule.md kept ready (by ``db.counting``). One row
    per beneficiary row that counts for some span — a copy of its figures, and in ``counted`` the spans it counts for
    and for which kind, as bits (:func:`db.counting.kind_bit`): the span ``all``, and the year, half-year and quarter
    its period lies inside. A row that counts for no span has no row here.
    """

    __tablename__ = "counted_beneficiary"
    # Keyed as the beneficiary row is (initiative first, no rowid on SQLite): refreshing one initiative's rows, the
    # cascade when it is deleted and the sums for selected initiatives read one stretch of it. Covering: the sums for
    # all initiatives read the index alone, in the order they are grouped by (migration 0011: a row per counting
    # beneficiary row instead of one per span, group and reach type — a third of the rows to write per import).
    __table_args__ = (Index("ix_counted_beneficiary_sums", "period", "reach_type", "group_code", "counted",
                            *COUNT_COLUMNS),
                      PrimaryKeyConstraint("initiative_id", "period", "group_code", "reach_type"),
                      {"sqlite_with_rowid": False})

    initiative_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("initiative.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(8))
    group_code: Mapped[str] = mapped_column(String(16))
    reach_type: Mapped[str] = mapped_column(String(8))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # the beneficiary row
    counted: Mapped[int] = mapped_column(Integer)  # where it counts: db.counting.kind_bit
    targeted_total: Mapped[int | None] = mapped_column(Integer)
    targeted_female: Mapped[int | None] = mapped_column(Integer)
    targeted_male: Mapped[int | None] = mapped_column(Integer)
    targeted_other: Mapped[int | None] = mapped_column(Integer)
    targeted_children: Mapped[int | None] = mapped_column(Integer)
    targeted_youth: Mapped[int | None] = mapped_column(Integer)
    targeted_adults: Mapped[int | None] = mapped_column(Integer)
    targeted_older: Mapped[int | None] = mapped_column(Integer)
    targeted_pwd: Mapped[int | None] = mapped_column(Integer)
    reached_total: Mapped[int | None] = mapped_column(Integer)
    reached_female: Mapped[int | None] = mapped_column(Integer)
    reached_male: Mapped[int | None] = mapped_column(Integer)
    reached_other: Mapped[int | None] = mapped_column(Integer)
    reached_children: Mapped[int | None] = mapped_column(Integer)
    reached_youth: Mapped[int | None] = mapped_column(Integer)
    reached_adults: Mapped[int | None] = mapped_column(Integer)
    reached_older: Mapped[int | None] = mapped_column(Integer)
    reached_pwd: Mapped[int | None] = mapped_column(Integer)


class PackageLedger(Base):
    """One imported package: importing the same digest again changes nothing, and a gap in sequences shows."""

    __tablename__ = "package_ledger"
    __table_args__ = (Index("ix_package_ledger_office_seq", "office_code", "period", "sequence"),)

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the data content
    office_code: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(8))
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(260))
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(Text)  # JSON: created, updated, unchanged, stale, deleted, conflicts, …
    snapshot: Mapped[str | None] = mapped_column(String(500))  # SQLite backup taken before this import
    sources: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the packages a merged package was made from
    # How the package's origin was judged, for a person reading the ledger later: "signed by KEN-NBO key SHA256:…",
    # or "UNSIGNED, accepted with --accept-unsigned by NAME". NULL: imported before packages were signed.
    trust: Mapped[str | None] = mapped_column(Text)


class ImportReversal(Base):
    """What undoing one imported package needs beyond what the record rows already say (their ``source``: the records
    it wrote): its import run, how many records it was the source of, and the history rows it wrote. See
    ``desktop.exchange.reversal``."""

    __tablename__ = "import_reversal"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # the package_ledger row it undoes
    run: Mapped[str] = mapped_column(String(36), index=True)  # the import run (one undo takes back a whole run)
    position: Mapped[int] = mapped_column(Integer)  # its place in the run: undone from the last one back
    sources: Mapped[int] = mapped_column(Integer)  # records it was the source of (a later import or undo changes it)
    log_mark: Mapped[int] = mapped_column(Integer)  # change_log's highest id before it: a later id is a later edit
    log_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the change_log rows it wrote (hand edits)


class ImportReversalRow(Base):
    """One record an imported package replaced, revived, deleted (also by cascade) or unlinked, as it was before:
    undone in reverse ``step`` order, guarded by the revision the import left. Records it created are not listed
    (their ``source`` names them), so an import of new records writes no row here."""

    __tablename__ = "import_reversal_row"
    __table_args__ = (PrimaryKeyConstraint("digest", "step"),)

    digest: Mapped[str] = mapped_column(String(64))
    step: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(8))  # update, revive, delete, bury, unlink
    revision: Mapped[int] = mapped_column(Integer)  # the row's (update, revive, unlink) or tombstone's revision it left
    before: Mapped[str | None] = mapped_column(Text)  # JSON: the row before (with SDG targets); unlink: {column: id}
    tombstone: Mapped[str | None] = mapped_column(Text)  # JSON: the tombstone before, if any
    source: Mapped[str | None] = mapped_column(Text)  # JSON: the row's provenance before (source, edited_by), if any


class SigningKeyEntry(Base):
    """A public key headquarters knows for an office (or a region that merges packages), and how far it trusts it.

    Rows are never deleted: a retired key still vouches for the packages it signed before its rotation, and a
    revoked one must stay known so that it is refused rather than trusted again on first use. The registry's rules
    live in ``desktop.exchange.keys``.
    """

    __tablename__ = "signing_key"
    __table_args__ = (
        CheckConstraint("status IN ('trusted', 'retired', 'revoked')", name="status"),
    )

    holder: Mapped[str] = mapped_column(String(16), primary_key=True)  # an office code (KEN-NBO) or a region (ROAF)
    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)  # "SHA256:ab12 cd34 …", as people read it
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32-byte Ed25519 key, canonical
    status: Mapped[str] = mapped_column(String(10))  # trusted, retired, revoked
    trusted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    trusted_by: Mapped[str] = mapped_column(String(100))
    how: Mapped[str] = mapped_column(String(200))  # "confirmed on first use", "rotation signed by SHA256:…", …
    # When a signed rotation replaced this key (the time the office's statement gives): packages signed before it
    # are still the office's.
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)


def is_model_object(name: str | None, type_: str, _parent: object = None) -> bool:
    """False for the lists' search indexes (migration 0009: FTS5 tables and their shadow tables on SQLite; migration
    0010: the generated column ``search_text`` and its trigram index on PostgreSQL), which the database keeps beside
    the models; an ``include_name`` for comparing the models with a store
    (``MigrationContext.configure(conn, opts={"include_name": is_model_object})``)."""
    return not (name or "").startswith("search_")


#: Entities exchanged in packages, parents before children (the order to insert in).
RECORD_TYPES: tuple[type[Record], ...] = (
    Office,
    Partner,
    Initiative,
    InitiativePartner,
    BeneficiaryCount,
    FundingLine,
    KnowledgeProduct,
)
ENTITY_TYPES: dict[str, type[Record]] = {cls.entity: cls for cls in RECORD_TYPES}
