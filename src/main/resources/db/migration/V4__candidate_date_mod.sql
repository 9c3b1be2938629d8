-- The tagger's TIMEX3 mod of a candidate's date (START, MID, END, APPROX, ...), kept instead of being
-- guessed back from day numbers. Candidates stored before this column get the mod their bounds imply.
alter table date_candidate add column date_mod varchar(20);

update date_candidate set date_mod = case
        when extract(day from earliest) = 11 and extract(day from latest) = 20 then 'MID'
        when extract(day from earliest) = 21 then 'END'
        when extract(day from earliest) = 1 and extract(day from latest) = 10 then 'START'
    end
where granularity = 'MONTH';
