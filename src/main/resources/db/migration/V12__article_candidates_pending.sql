-- Whether an article's dated sentences are still to be proposed for review: set when the application stores an
-- article and cleared in the same transaction, once they are proposed (ReviewService). A start proposes those of any
-- article where it is still set. Articles written by other means (the generate command, a restore) are not proposed.
alter table article add column candidates_pending boolean default false not null;

-- Articles stored before: one that has no candidate and is cited by no evidence never had its sentences proposed
-- (an import killed between storing the article and proposing them); the next start proposes them.
update article set candidates_pending = true
where not exists (select 1 from date_candidate c where c.article_id = article.id)
  and not exists (select 1 from evidence e where e.article_id = article.id);
