-- A revision that brought back an earlier one names it, so that the history can say "restored from revision N".
alter table revision add column restored_from bigint;
