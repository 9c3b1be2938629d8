-- How many published events cite each article, kept by the chronology on every edit (ArticleEventCounts), so that
-- the articles list sorts by it without counting a million events for every page. Derived data: a backup leaves it
-- out and a restore counts again.
create table article_event_count (
    article_id       bigint  not null primary key,
    published_events integer not null,
    constraint article_event_count_article foreign key (article_id) references article (id) on delete cascade
);

insert into article_event_count (article_id, published_events)
select a.id,
       (select count(distinct ev.event_id)
        from evidence ev
                 join event e on e.id = ev.event_id
        where ev.article_id = a.id
          and e.status = 'PUBLISHED')
from article a;
