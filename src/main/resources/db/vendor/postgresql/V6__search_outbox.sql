-- The tables of Hibernate Search's outbox-polling coordination (profile "opensearch"): each node writes its changes to
-- the outbox in the transaction of the change, and the nodes' agents, which register in hsearch_agent and share the
-- outbox between them, send them to the shared index. Unused (and empty) when the index is the embedded Lucene one.
-- Column names and types are the ones Hibernate Search 7.2 maps, checked by ddl-auto=validate; enumerations are stored
-- as their names. The payloads are bytes, which Hibernate expects as bytea on PostgreSQL but as a blob on H2: hence one
-- copy of this migration per database (db/vendor/h2, db/vendor/postgresql), identical but for that type.

create table hsearch_outbox_event (
    id             uuid         not null primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash integer      not null,
    payload        bytea        not null,
    retries        integer      not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(20)  not null,
    tenant_id      varchar(255)
);

create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid         not null primary key,
    type                 varchar(40)  not null,
    name                 varchar(255) not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(20)  not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
