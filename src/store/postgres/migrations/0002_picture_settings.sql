-- Per-guild picture settings (/pictures on|off), beside the digest settings.
create table picture_settings (
  guild_id   text primary key,
  enabled    boolean not null,
  updated_by text not null,
  updated_at timestamptz not null
);
