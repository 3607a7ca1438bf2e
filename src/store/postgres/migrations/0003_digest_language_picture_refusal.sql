-- Digest settings gained a language (issue 12), an opt-in movers picture (issue 13) and the refusal that paused
-- them as data (so /digest status can explain it in the moderator's language).
alter table digest_settings
  add column language text check (language in ('en', 'ko', 'ja')),
  add column picture boolean,
  add column paused_refusal jsonb;
