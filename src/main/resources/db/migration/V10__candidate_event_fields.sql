-- Candidates that are events: a title in the chronology's style, the actors, new names and places the
-- sentence names (joined with "; "), a suggested category, how the date was reached (STATED,
-- RESOLVED, INHERITED, PUBLICATION), and the group of candidates from several articles that report
-- the same event (the first candidate of the group, with the score and reason of the match).
alter table date_candidate add column date_origin varchar(20);
alter table date_candidate add column actors varchar(1000);
alter table date_candidate add column new_names varchar(1000);
alter table date_candidate add column places varchar(1000);
alter table date_candidate add column category varchar(20);
alter table date_candidate add column group_id bigint;
alter table date_candidate add column group_score double precision;
alter table date_candidate add column group_reason varchar(300);

create index date_candidate_by_group on date_candidate (group_id);
