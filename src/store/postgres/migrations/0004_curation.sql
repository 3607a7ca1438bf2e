-- Curation by people (issue 11): every change editors made, kept apart from the published catalogs and applied on
-- top of the current one by every process. Append-only, numbered in the order the changes were appended: seq is
-- 1, 2, 3 … without gaps (an append takes the next numbers under an advisory lock, see postgres/curation.ts), and
-- it is how people name a change (#12).
create table curation_changes (
  seq       integer primary key check (seq > 0),
  -- Unique across withk instances, so histories can be merged (npm run curate -- import).
  id        text not null unique,
  -- What the change does, for people reading the table; `change` holds the whole change as withk validates it.
  action    text not null check (action in ('add-deal', 'add-company', 'add-alias', 'edit', 'retire', 'undo')),
  at        timestamptz not null,
  editor_id text not null,
  change    jsonb not null,
  saved_at  timestamptz not null default now()
);

-- Set once the first start moved the seed catalog's hand-typed deals (or a lowdb DATA_DIR's curated.json) into
-- curation_changes, so that happens exactly once per schema, however many processes start together.
create table curation_seeded (
  id        boolean primary key default true check (id),
  origin    text not null,
  seeded_at timestamptz not null default now()
);
