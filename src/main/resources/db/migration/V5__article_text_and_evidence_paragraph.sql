-- An article's text (up to a million characters) moves to a table of its own, so that loading an
-- article for a list, an event's evidence or the filters no longer reads it; only the reader and
-- the review queue do. Evidence keeps the paragraph its quote starts in, which used to be worked
-- out from the article's paragraphs on every read.

create table article_text (
    article_id   bigint           not null primary key references article (id) on delete cascade,
    text_content varchar(1000000) not null
);

insert into article_text (article_id, text_content) select id, text_content from article;

alter table article drop column text_content;

-- Null when the quote starts in the white space between two paragraphs, as before.
alter table evidence add column passage_index integer;

update evidence set passage_index = (
    select p.passage_index from passage p
    where p.article_id = evidence.article_id
      and p.start_offset <= evidence.start_offset and evidence.start_offset < p.end_offset);

alter table evidence_aud add column passage_index integer;

update evidence_aud set passage_index = (
    select p.passage_index from passage p
    where p.article_id = evidence_aud.article_id
      and p.start_offset <= evidence_aud.start_offset and evidence_aud.start_offset < p.end_offset);
