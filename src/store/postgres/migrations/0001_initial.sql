-- withk's shared state, for any number of processes on any number of machines.
-- Applied once, in a transaction, by whichever process starts first (see migrate.ts). Tables are created in the
-- schema named by DATABASE_SCHEMA (the connection's search_path), so the file names none.

-- Per-guild digest settings. Never deleted on failure: a refusal pauses them with a reason.
create table digest_settings (
  guild_id      text primary key,
  channel_id    text not null,
  time          text not null check (time ~ '^\d{2}:\d{2}$'),
  time_zone     text not null,
  enabled       boolean not null,
  paused_reason text,
  paused_at     timestamptz,
  updated_by    text not null,
  updated_at    timestamptz not null,
  check ((paused_reason is null) = (paused_at is null))
);

-- Digest deliveries: a claim (pending) recorded before the send, confirmed (sent) or failed after it.
create table deliveries (
  id          integer generated always as identity primary key,
  guild_id    text not null,
  local_date  date not null,
  status      text not null check (status in ('pending', 'sent', 'failed')),
  channel_id  text not null,
  at          timestamptz not null,
  late        boolean,
  message_id  text,
  error       text,
  data_date   date,
  claimed_by  text,
  taken_over  boolean not null default false
);
-- The claim: one pending or sent delivery per guild and local day. An insert only one process can win; failed
-- attempts stay beside it as history (they count towards the retry limit).
create unique index deliveries_one_per_day on deliveries (guild_id, local_date) where status <> 'failed';
create index deliveries_by_guild on deliveries (guild_id, id);
create index deliveries_pending on deliveries (at) where status = 'pending';
create index deliveries_by_age on deliveries (at);

-- Each automatic source refresh: when it was last tried and why it failed, if it did.
create table refresh_status (
  source_id       text primary key,
  last_attempt_at timestamptz not null,
  failures        integer not null check (failures >= 0),
  last_error      text
);

-- The hash of the registered command JSON, to skip needless re-registration. One row at most.
create table command_registration (
  id    boolean primary key default true check (id),
  hash  text not null,
  scope text not null,
  at    timestamptz not null
);

-- Published catalogs: the whole catalog document as gzip-compressed JSON, one row per version. A few recent
-- versions are kept; catalog_current names the one every process serves.
create table catalog_versions (
  version      integer generated always as identity primary key,
  document     bytea not null,
  bytes        integer not null,
  published_at timestamptz not null default now()
);

create table catalog_current (
  id      boolean primary key default true check (id),
  version integer not null references catalog_versions (version)
);
