select  
  sample_0.flag as c0, 
  sample_0.data as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (3.8) 
where true
limit 87;

select  
  case when cast(null as anyenum) <= cast(null as anyenum) then cast(coalesce(sample_0.Label,
      sample_0.Label) as text) else cast(coalesce(sample_0.Label,
      sample_0.Label) as text) end
     as c0, 
  sample_0.Id as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (6.2) 
where (sample_0.Id is not NULL) 
  or (case when sample_0.Id is NULL then pg_catalog.int8multirange() else pg_catalog.int8multirange() end
       && pg_catalog.tstzmultirange())
limit 101;

update public.orders set 
  id = public.orders.customer_id, 
  customer_id = public.orders.id, 
  items = public.orders.items
returning 
  public.orders.customer_id as c0, 
  public.orders.items as c1;

insert into public.customers values (
pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
pg_catalog.jsonb_typeof(
  cast(cast(null as jsonb) as jsonb)), 
cast(null as "varchar"), 
default, 
cast(null as "numeric"), 
default, 
cast(null as jsonb)) on conflict on constraint customers_pkey do update  set 
  created_at = pg_catalog.pg_stat_get_snapshot_timestamp(), 
  profile = cast(null as jsonb) where (false) 
  or (cast(null as timestamptz) <> cast(null as date));

select  
  subq_0.c1 as c0, 
  subq_0.c1 as c1, 
  subq_0.c0 as c2, 
  subq_0.c1 as c3, 
  subq_0.c0 as c4, 
  pg_catalog.random() as c5
from 
  (select  
        sample_0.flag as c0, 
        (select flag from public.MixedCase limit 1 offset 1)
           as c1
      from 
        public.MixedCase as sample_0 tablesample bernoulli (8.7) 
      where (sample_0.span is not NULL) 
        and (cast(null as point) <@ cast(null as box))) as subq_0
where false
limit 95;

insert into public.MixedCase values (
pg_catalog.timestamptz_cmp(
  cast(cast(null as timestamptz) as timestamptz),
  cast(cast(null as timestamptz) as timestamptz)), 
cast(null as text), 
(select flag from public.MixedCase limit 1 offset 12)
  , 
cast(coalesce(cast(null as bytea),
  cast(null as bytea)) as bytea), 
cast(null as int4range));

select  
  ref_0.placed_at as c0, 
  ref_0.id as c1, 
  (select Label from public.MixedCase limit 1 offset 6)
     as c2
from 
  public.orders as ref_0
where ref_0.id is not NULL
limit 99;

insert into public.MixedCase values (
cast(nullif(74,
  pg_catalog.pg_backend_pid()) as int4), 
default, 
false, 
(select data from public.MixedCase limit 1 offset 1)
  , 
default);

select  
  71 as c0, 
  sample_0.created_at as c1, 
  1 as c2, 
  (select name from public.customers limit 1 offset 71)
     as c3, 
  cast(coalesce(case when sample_0.id is not NULL then sample_0.id else sample_0.id end
      ,
    sample_0.id) as int8) as c4, 
  (select created_at from public.customers limit 1 offset 5)
     as c5
from 
  public.customers as sample_0 tablesample system (5.7) 
where (false) 
  or (sample_0.email is NULL)
limit 110;

update public.orders set 
  id = public.orders.id, 
  customer_id = public.orders.customer_id, 
  status = pg_catalog.pg_get_wal_replay_pause_state(), 
  total = public.orders.total, 
  placed_at = public.orders.placed_at
returning 
  pg_catalog.pg_current_wal_insert_lsn() as c0, 
  public.orders.total as c1, 
  public.orders.total as c2, 
  public.orders.items as c3, 
  public.orders.placed_at as c4;

select  
  sample_0.profile as c0, 
  sample_0.profile as c1, 
  sample_0.name as c2
from 
  public.customers as sample_0 tablesample system (2.3) 
where sample_0.name is NULL
limit 193;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (6.6) 
ON target_0.data = sample_0.data 
WHEN MATCHED AND cast(null as polygon) <<| cast(null as polygon)
   THEN UPDATE  set 
    Label = pg_catalog.pg_get_wal_replay_pause_state(), 
    span = target_0.span;

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
default, 
default, 
default, 
default, 
default) on conflict on constraint customers_pkey do update  set 
  name = (select name from public.customers limit 1 offset 65)
    , 
  created_at = cast(null as timestamptz), 
  profile = cast(null as jsonb) where cast(null as int8) >= cast(null as int2);

insert into public.customers values (
cast(null as int8), 
case when cast(null as name) !~~* (select Label from public.MixedCase limit 1 offset 4)
       then (select status from public.orders limit 1 offset 2)
     else (select status from public.orders limit 1 offset 2)
     end
  , 
default, 
cast(null as timestamptz), 
pg_catalog.numeric_ln(
  cast(cast(null as "numeric") as "numeric")), 
cast(null as _text), 
cast(null as jsonb));

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag
returning 
  (select span from public.MixedCase limit 1 offset 6)
     as c0;

insert into public.orders values (
default, 
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
default, 
case when cast(null as record) *< cast(null as record) then cast(null as "numeric") else cast(null as "numeric") end
  , 
default, 
6);

MERGE INTO public.customers as target_0
USING public.orders as sample_0 tablesample bernoulli (0.8) 
ON target_0.balance = sample_0.total 
WHEN MATCHED AND cast(coalesce(5,
      11) as int4) is NULL
   THEN UPDATE  set 
    id = target_0.id;

select  
  ref_0.placed_at as c0, 
  ref_0.items as c1, 
  ref_0.customer_id as c2
from 
  public.orders as ref_0
where cast(null as bytea) !~~ cast(null as bytea)
limit 116;

select  
  subq_0.c2 as c0, 
  subq_0.c3 as c1, 
  pg_catalog.gen_random_uuid() as c2
from 
  (select  
        sample_0.placed_at as c0, 
        sample_0.status as c1, 
        sample_0.placed_at as c2, 
        (select id from public.orders limit 1 offset 5)
           as c3
      from 
        public.orders as sample_0 tablesample system (2.5) 
      where pg_catalog.plainto_tsquery(
          cast(sample_0.status as text)) <@ cast(null as tsquery)) as subq_0
where subq_0.c3 is NULL
limit 99;

select  
  ref_0.items as c0
from 
  public.orders as ref_0
where (((false) 
      and (false)) 
    or (EXISTS (
      select  
          ref_0.total as c0
        from 
          public.recent_orders as ref_1
        where ref_0.placed_at <> cast(null as date)))) 
  and ((select status from public.recent_orders limit 1 offset 1)
       is not NULL);

insert into public.orders values (
cast(null as int8), 
default, 
pg_catalog.current_query(), 
default, 
default, 
54);

insert into public.customers values (
default, 
cast(nullif(cast(coalesce(cast(null as text),
    (select status from public.orders limit 1 offset 4)
      ) as text),
  cast(null as text)) as text), 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

select  
  cast(nullif(ref_0.balance,
    pg_catalog.numeric_div(
      cast(ref_0.balance as "numeric"),
      cast(cast(null as "numeric") as "numeric"))) as "numeric") as c0, 
  ref_0.created_at as c1, 
  14 as c2, 
  ref_0.id as c3
from 
  public.customers as ref_0
where ref_0.created_at is NULL;

insert into public.MixedCase values (
33, 
cast(null as text), 
(select pg_catalog.bool_or(flag) from public.MixedCase)
  , 
(select data from public.MixedCase limit 1 offset 2)
  , 
cast(coalesce(cast(null as int4range),
  (select span from public.MixedCase limit 1 offset 1)
    ) as int4range));

insert into public.customers values (
pg_catalog.txid_current(), 
default, 
(select email from public.customers limit 1 offset 1)
  , 
(select pg_catalog.max(created_at) from public.customers)
  , 
default, 
case when cast(coalesce(cast(null as anyrange),
      cast(null as anyrange)) as anyrange) @> pg_catalog.datemultirange() then cast(null as _text) else cast(null as _text) end
  , 
cast(null as jsonb));

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
default, 
default, 
cast(null as "timestamp"), 
(select items from public.recent_orders limit 1 offset 6)
  );

select  
  pg_catalog.transaction_timestamp() as c0, 
  sample_0.balance as c1
from 
  public.customers as sample_0 tablesample system (0.2) 
where pg_catalog.pg_last_wal_receive_lsn() <= pg_catalog.pg_switch_wal();

insert into public.orders values (
default, 
cast(null as int8), 
pg_catalog.current_query(), 
default, 
(select placed_at from public.recent_orders limit 1 offset 2)
  , 
98) on conflict on constraint orders_customer_id_fkey do update  set 
  status = cast(null as text), 
  total = cast(null as "numeric"), 
  placed_at = cast(null as "timestamp") where false;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  flag = public.MixedCase.flag, 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  case when public.MixedCase.Id >= public.MixedCase.Id then pg_catalog.pg_stat_get_buf_fsync_backend() else pg_catalog.pg_stat_get_buf_fsync_backend() end
     as c1;

update public.MixedCase set 
  Label = pg_catalog.pg_export_snapshot()
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.span as c1, 
  public.MixedCase.flag as c2;

select  
  ref_0.name as c0, 
  ref_0.email as c1
from 
  public.customers as ref_0
where cast(null as float4) <= cast(nullif(cast(null as float4),
    case when false then cast(null as float4) else cast(null as float4) end
      ) as float4)
limit 116;

select  
  cast(coalesce(ref_0.id,
    ref_0.id) as int8) as c0, 
  ref_0.balance as c1
from 
  public.customers as ref_0
where (cast(nullif(cast(null as anyrange),
      pg_catalog.tstzrange(
        cast(pg_catalog.transaction_timestamp() as timestamptz),
        cast(ref_0.created_at as timestamptz))) as anyrange) &< pg_catalog.int8multirange()) 
  and (ref_0.email is NULL)
limit 39;

update public.customers set 
  balance = cast(coalesce(public.customers.balance,
    (select balance from public.customers limit 1 offset 5)
      ) as "numeric"), 
  tags = public.customers.tags
returning 
  public.customers.id as c0, 
  public.customers.id as c1;

insert into public.MixedCase values (
24, 
default, 
true, 
default, 
(select span from public.MixedCase limit 1 offset 1)
  );

select  
  case when (select balance from public.customers limit 1 offset 1)
         = case when (select id from public.orders limit 1 offset 3)
             = ref_0.Id then cast(null as "numeric") else cast(null as "numeric") end
         then ref_0.flag else ref_0.flag end
     as c0
from 
  public.MixedCase as ref_0
where ref_0.Id is NULL;

select  
  ref_0.Label as c0
from 
  public.MixedCase as ref_0
where case when ref_0.data is NULL then ref_0.Label else ref_0.Label end
     > ref_0.Label
limit 109;

delete from public.customers
where 
public.customers.email is not NULL
returning 
  pg_catalog.getpgusername() as c0, 
  76 as c1;

insert into public.customers values (
case when cast(null as anyrange) &< cast(null as anyrange) then cast(null as int8) else cast(null as int8) end
  , 
cast(null as text), 
default, 
cast(null as timestamptz), 
pg_catalog.extract(
  cast((select status from public.recent_orders limit 1 offset 5)
     as text),
  cast(cast(null as timetz) as timetz)), 
cast(null as _text), 
default);

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
cast(coalesce(cast(null as "numeric"),
  cast(null as "numeric")) as "numeric"), 
default, 
pg_catalog.pg_trigger_depth());

delete from public.customers
where 
(true) 
  and (cast(null as anymultirange) <@ cast(null as anyrange))
returning 
  public.customers.profile as c0, 
  public.customers.email as c1, 
  public.customers.created_at as c2;

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (9.2) 
where true;

select  
  pg_catalog.int8multirange() as c0, 
  sample_0.id as c1
from 
  public.orders as sample_0 tablesample bernoulli (8.9) 
where false;

select  
  ref_0.status as c0
from 
  public.orders as ref_0
where pg_catalog.timestamptz_larger(
    cast(pg_catalog.transaction_timestamp() as timestamptz),
    cast(case when ref_0.status >= ref_0.status then (select created_at from public.customers limit 1 offset 1)
         else (select created_at from public.customers limit 1 offset 1)
         end
       as timestamptz)) <> ref_0.placed_at;

MERGE INTO public.customers as target_0
USING public.recent_orders as ref_0
ON target_0.balance = ref_0.total 
WHEN MATCHED AND (cast(null as tsvector) @@@ cast(null as tsquery)) 
    and (cast(null as date) < (select placed_at from public.orders limit 1 offset 4)
        )
   THEN UPDATE  set 
    email = target_0.email, 
    balance = cast(null as "numeric");

insert into public.orders values (
cast(null as int8), 
default, 
cast(coalesce(pg_catalog.text_larger(
    cast(cast(null as text) as text),
    cast(cast(null as text) as text)),
  cast(null as text)) as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
pg_catalog.inet_server_port());

select  
  sample_0.created_at as c0, 
  sample_0.created_at as c1, 
  sample_0.balance as c2
from 
  public.customers as sample_0 tablesample system (3.5) 
where sample_0.tags = (select tags from public.customers limit 1 offset 3);

update public.orders set 
  total = public.orders.total, 
  placed_at = public.orders.placed_at
returning 
  public.orders.total as c0, 
  (select email from public.customers limit 1 offset 5)
     as c1, 
  public.orders.customer_id as c2, 
  99 as c3, 
  public.orders.placed_at as c4, 
  public.orders.items as c5, 
  public.orders.customer_id as c6, 
  cast(nullif(public.orders.id,
    public.orders.customer_id) as int8) as c7;

select  
  pg_catalog.tstzmultirange() as c0, 
  sample_0.status as c1, 
  sample_0.status as c2, 
  sample_0.id as c3, 
  
    pg_catalog.bit_xor(
      cast(sample_0.items as int4)) over (partition by sample_0.items,sample_0.total order by sample_0.total,sample_0.items) as c4, 
  sample_0.total as c5, 
  sample_0.items as c6
from 
  public.orders as sample_0 tablesample bernoulli (3) 
where sample_0.placed_at is NULL;

select  
  ref_0.span as c0, 
  pg_catalog.now() as c1, 
  ref_0.span as c2
from 
  public.MixedCase as ref_0
where ref_0.data is not NULL
limit 154;

select  
  pg_catalog.pg_notification_queue_usage() as c0, 
  ref_0.placed_at as c1, 
  
    pg_catalog.bool_or(
      cast((select flag from public.MixedCase limit 1 offset 20)
         as bool)) over (partition by ref_0.items order by ref_0.customer_id,ref_0.id) as c2, 
  ref_0.id as c3
from 
  public.orders as ref_0
where false
limit 82;

select  
  sample_0.items as c0, 
  sample_1.name as c1, 
  sample_0.id as c2, 
  sample_0.items as c3, 
  sample_1.balance as c4, 
  pg_catalog.pg_conf_load_time() as c5, 
  cast(coalesce(sample_0.items,
    sample_0.items) as int4) as c6, 
  sample_0.total as c7
from 
  public.orders as sample_0 tablesample system (8.7) 
    right join public.customers as sample_1 tablesample bernoulli (4.1) 
    on (sample_1.name is NULL)
where sample_1.created_at is not NULL
limit 120;

insert into public.MixedCase values (
cast(coalesce(cast(coalesce(43,
    58) as int4),
  62) as int4), 
(select pg_catalog.max(name) from public.customers)
  , 
true, 
default, 
cast(null as int4range));

select  
  7 as c0
from 
  public.customers as sample_0 tablesample system (6.5) 
where sample_0.id >= (select id from public.recent_orders limit 1 offset 3);

select  
  pg_catalog.pg_trigger_depth() as c0, 
  ref_0.id as c1, 
  ref_0.items as c2, 
  ref_0.id as c3, 
  pg_catalog.pg_current_logfile() as c4, 
  ref_0.total as c5
from 
  public.recent_orders as ref_0
where ref_0.status = pg_catalog.pg_get_userbyid(
    cast(cast(nullif(case when cast(null as oid) < cast(null as oid) then cast(null as oid) else cast(null as oid) end
        ,
      pg_catalog.pg_my_temp_schema()) as oid) as oid));

insert into public.customers values (
(select id from public.recent_orders limit 1 offset 1)
  , 
cast(null as text), 
cast(null as "varchar"), 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

select  
  pg_catalog.pg_stat_get_bgwriter_timed_checkpoints() as c0, 
  cast(coalesce(ref_0.flag,
    ref_0.flag) as bool) as c1, 
  30 as c2
from 
  public.MixedCase as ref_0
where true
limit 172;

insert into public.orders values (
default, 
cast(null as int8), 
default, 
default, 
default, 
96) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  customer_id = cast(null as int8), 
  status = pg_catalog.quote_ident(
    cast(cast(null as text) as text)), 
  items = 82 where pg_catalog.tsquery_and(
    cast(cast(null as tsquery) as tsquery),
    cast(cast(null as tsquery) as tsquery)) < pg_catalog.phraseto_tsquery(
    cast(cast(null as text) as text));

select  
  sample_0.status as c0, 
  pg_catalog.to_regoper(
    cast(sample_0.status as text)) as c1, 
  sample_0.customer_id as c2, 
  sample_0.placed_at as c3, 
  sample_0.items as c4, 
  sample_0.customer_id as c5, 
  sample_0.items as c6, 
  sample_0.placed_at as c7
from 
  public.orders as sample_0 tablesample bernoulli (8.8) 
where false
limit 174;

select  
  sample_0.span as c0, 
  sample_0.span as c1, 
  sample_0.Label as c2, 
  sample_0.data as c3
from 
  public.MixedCase as sample_0 tablesample system (9) 
where sample_0.span is not NULL;

select  
  pg_catalog.lastval() as c0, 
  49 as c1, 
  (select Label from public.MixedCase limit 1 offset 5)
     as c2, 
  sample_0.total as c3
from 
  public.orders as sample_0 tablesample system (5.7) 
where pg_catalog.gen_random_uuid() > pg_catalog.gen_random_uuid()
limit 76;

insert into public.MixedCase values (
91, 
cast(null as text), 
false, 
cast(null as bytea), 
(select span from public.MixedCase limit 1 offset 1)
  );

MERGE INTO public.MixedCase as target_0
USING public.customers as ref_0
ON target_0.Label = ref_0.name 
WHEN MATCHED AND false
   THEN UPDATE  set 
    Id = target_0.Id, 
    flag = target_0.flag, 
    data = target_0.data, 
    span = target_0.span;

insert into public.customers values (
default, 
pg_catalog.pg_get_wal_replay_pause_state(), 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

select  
  sample_0.tags as c0
from 
  public.customers as sample_0 tablesample system (1.1) 
where pg_catalog.tsmultirange() &< pg_catalog.int8multirange();

select  
  pg_catalog.pg_stat_get_archiver() as c0, 
  sample_0.data as c1, 
  sample_0.Id as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (5.2) 
where true
limit 177;

select  
  case when sample_0.created_at is NULL then sample_0.tags else sample_0.tags end
     as c0
from 
  public.customers as sample_0 tablesample system (5.2) 
where pg_catalog.to_ascii(
    cast(sample_0.name as text)) <> sample_0.name;

select  
  sample_0.customer_id as c0
from 
  public.orders as sample_0 tablesample bernoulli (3.4) 
where cast(coalesce(sample_0.id,
    sample_0.id) as int8) is not NULL
limit 122;

MERGE INTO public.customers as target_0
USING public.orders as ref_0
ON target_0.id = ref_0.id 
WHEN MATCHED 
  AND cast(null as bytea) > cast(null as bytea)
   THEN DELETE;

select  
  ref_0.id as c0
from 
  public.customers as ref_0
where case when pg_catalog.int8range(
        cast((select id from public.customers limit 1 offset 5)
           as int8),
        cast(ref_0.id as int8),
        cast(ref_0.name as text)) > cast(null as anyrange) then cast(null as anyenum) else cast(null as anyenum) end
     > cast(null as anyenum)
limit 115;

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample system (8.1) 
where true
limit 137;

insert into public.customers values (
(select id from public.orders limit 1 offset 6)
  , 
default, 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
cast(null as _text), 
cast(null as jsonb));

insert into public.orders values (
pg_catalog.txid_current(), 
cast(null as int8), 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
56);

select  
  ref_0.placed_at as c0, 
  ref_0.customer_id as c1, 
  ref_0.name as c2, 
  ref_0.total as c3, 
  pg_catalog.pg_conf_load_time() as c4
from 
  public.recent_orders as ref_0
where cast(null as macaddr8) <= cast(null as macaddr8)
limit 137;

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  span = public.MixedCase.span
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.flag as c1;

insert into public.orders values (
cast(null as int8), 
pg_catalog.txid_current(), 
default, 
case when cast(null as tsvector) <= cast(null as tsvector) then cast(null as "numeric") else cast(null as "numeric") end
  , 
default, 
8);

select  
  ref_0.status as c0, 
  ref_0.items as c1
from 
  public.recent_orders as ref_0
where ref_0.customer_id = case when (ref_0.name is not NULL) 
      or (cast(null as text) @@ cast(null as tsquery)) then (select id from public.orders limit 1 offset 6)
       else (select id from public.orders limit 1 offset 6)
       end
    
limit 89;

select  
  ref_0.span as c0, 
  ref_0.flag as c1
from 
  public.MixedCase as ref_0
where pg_catalog.pg_stat_get_backend_start(
    cast(34 as int4)) <> pg_catalog.statement_timestamp()
limit 74;

update public.MixedCase set 
  Id = pg_catalog.pg_backend_pid(), 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.data as c1, 
  public.MixedCase.span as c2, 
  public.MixedCase.Id as c3, 
  (select status from public.recent_orders limit 1 offset 5)
     as c4, 
  pg_catalog.pg_trigger_depth() as c5, 
  41 as c6, 
  public.MixedCase.flag as c7;

delete from public.customers
where 
public.customers.email is not NULL
returning 
  public.customers.tags as c0, 
  pg_catalog.pg_stat_get_snapshot_timestamp() as c1, 
  public.customers.balance as c2, 
  public.customers.tags as c3, 
  public.customers.balance as c4;

select  
  sample_0.profile as c0
from 
  public.customers as sample_0 tablesample bernoulli (5) 
where pg_catalog.poly_center(
    cast(case when (select span from public.MixedCase limit 1 offset 5)
           is not NULL then pg_catalog.polygon(
        cast(cast(null as path) as path)) else pg_catalog.polygon(
        cast(cast(null as path) as path)) end
       as polygon)) ~= cast(null as point)
limit 109;

delete from public.MixedCase
where 
true
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.Id as c1;

delete from public.customers
where 
pg_catalog.namenetext(
    cast(pg_catalog.current_database() as name),
    cast(public.customers.name as text)) is not NULL
returning 
  public.customers.email as c0;

select  
  sample_0.span as c0, 
  pg_catalog.pg_rotate_logfile() as c1, 
  sample_0.flag as c2, 
  sample_0.span as c3, 
  7 as c4, 
  sample_0.Label as c5, 
  sample_0.span as c6, 
  sample_0.Id as c7, 
  pg_catalog.pg_current_xact_id() as c8, 
  sample_0.Label as c9, 
  sample_0.Label as c10
from 
  public.MixedCase as sample_0 tablesample bernoulli (2.6) 
where sample_0.flag is not NULL;

select  
  ref_0.Label as c0, 
  ref_0.Label as c1, 
  pg_catalog.pg_current_wal_lsn() as c2, 
  pg_catalog.pg_stat_get_buf_alloc() as c3, 
  ref_0.Label as c4, 
  ref_0.flag as c5, 
  ref_0.span as c6, 
  ref_0.span as c7, 
  ref_0.Label as c8
from 
  public.MixedCase as ref_0
where ref_0.flag <> ref_0.flag;

select  
  sample_0.Label as c0, 
  ref_0.items as c1
from 
  public.recent_orders as ref_0
      inner join public.MixedCase as sample_0 tablesample system (4.5) 
      on (ref_0.name > ref_0.name)
    left join public.recent_orders as ref_1
    on (cast(null as date) <> ref_1.placed_at)
where ref_1.customer_id is NULL;

select  
  ref_0.span as c0, 
  ref_0.span as c1, 
  case when true then ref_0.Id else ref_0.Id end
     as c2, 
  ref_0.data as c3, 
  ref_0.data as c4, 
  pg_catalog.pg_is_in_recovery() as c5, 
  case when ref_0.Id is not NULL then ref_0.flag else ref_0.flag end
     as c6
from 
  public.MixedCase as ref_0
where ref_0.span -|- ref_0.span;

update public.customers set 
  id = public.customers.id, 
  name = pg_catalog.pg_get_wal_replay_pause_state(), 
  created_at = (select created_at from public.customers limit 1 offset 4)
    , 
  profile = public.customers.profile
returning 
  public.customers.email as c0, 
  public.customers.tags as c1;

select  
  ref_0.id as c0
from 
  public.recent_orders as ref_0
where case when ref_0.items is NULL then ref_0.name else ref_0.name end
     !~~ ref_0.name
limit 80;

insert into public.orders values (
default, 
cast(null as int8), 
cast(null as text), 
default, 
default, 
34);

update public.orders set 
  id = public.orders.customer_id, 
  customer_id = public.orders.id
returning 
  public.orders.customer_id as c0, 
  pg_catalog.statement_timestamp() as c1, 
  public.orders.status as c2;

select  
  
    pg_catalog.max(
      cast(cast(null as "time") as "time")) over (partition by sample_0.span order by sample_0.data,sample_0.span,sample_0.Id) as c0
from 
  public.MixedCase as sample_0 tablesample system (2.1) 
where true;

select  
  ref_0.placed_at as c0, 
  ref_0.total as c1, 
  pg_catalog.pg_stat_get_buf_fsync_backend() as c2, 
  ref_0.name as c3, 
  pg_catalog.int4multirange() as c4, 
  ref_0.name as c5, 
  ref_0.status as c6
from 
  public.recent_orders as ref_0
where (select status from public.recent_orders limit 1 offset 20)
     ~>~ ref_0.name;

select  
  sample_0.Id as c0, 
  pg_catalog.pg_stat_get_bgwriter_requested_checkpoints() as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (5.3) 
where sample_0.span @> sample_0.span;

select  
  sample_0.flag as c0, 
  12 as c1, 
  sample_0.Label as c2, 
  sample_0.data as c3, 
  pg_catalog.pg_last_wal_receive_lsn() as c4, 
  sample_0.flag as c5
from 
  public.MixedCase as sample_0 tablesample system (1.9) 
where sample_0.data is NULL
limit 47;

select  
  pg_catalog.pg_last_wal_replay_lsn() as c0, 
  case when ref_0.Label is NULL then ref_0.data else ref_0.data end
     as c1, 
  ref_0.span as c2
from 
  public.MixedCase as ref_0
where cast(coalesce(ref_0.Id,
    pg_catalog.pg_trigger_depth()) as int4) is not NULL
limit 85;

select  
  ref_0.Label as c0, 
  ref_0.flag as c1, 
  ref_0.span as c2, 
  ref_0.data as c3, 
  pg_catalog.pg_current_xact_id_if_assigned() as c4, 
  ref_0.Label as c5, 
  ref_0.Id as c6
from 
  public.MixedCase as ref_0
where (true) 
  or ((true) 
    or (cast(null as bpchar) ~>=~ cast(coalesce(pg_catalog.bpchar(
          cast(pg_catalog.charin(
            cast(cast(null as cstring) as cstring)) as "char")),
        cast(null as bpchar)) as bpchar)));

select  
  subq_0.c0 as c0, 
  (select customer_id from public.recent_orders limit 1 offset 6)
     as c1, 
  subq_0.c1 as c2
from 
  (select  
        ref_0.tags as c0, 
        ref_0.name as c1, 
        ref_0.balance as c2, 
        ref_0.email as c3, 
        ref_0.created_at as c4, 
        ref_0.tags as c5
      from 
        public.customers as ref_0
      where ref_0.profile is not NULL
      limit 49) as subq_0
where subq_0.c5 is NULL
limit 100;

select  
  ref_0.items as c0, 
  ref_0.placed_at as c1, 
  ref_0.total as c2, 
  ref_0.customer_id as c3, 
  ref_0.id as c4, 
  ref_0.placed_at as c5, 
  ref_0.customer_id as c6
from 
  public.orders as ref_0
where ref_0.total is not NULL
limit 175;

select  
  ref_0.created_at as c0, 
  ref_0.email as c1, 
  ref_0.tags as c2, 
  ref_0.created_at as c3, 
  ref_0.email as c4, 
  ref_0.email as c5
from 
  public.customers as ref_0
where cast(null as anymultirange) <@ pg_catalog.numrange(
    cast(ref_0.balance as "numeric"),
    cast(ref_0.balance as "numeric"),
    cast(ref_0.name as text));

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.name as c0, 
        ref_0.customer_id as c1, 
        ref_0.id as c2, 
        ref_0.status as c3
      from 
        public.recent_orders as ref_0
      where 37 is NULL
      limit 152) as subq_0
where true
limit 55;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
cast(null as timestamptz), 
default, 
cast(coalesce(cast(null as _text),
  cast(null as _text)) as _text), 
cast(nullif(cast(null as jsonb),
  cast(null as jsonb)) as jsonb));

update public.MixedCase set 
  span = public.MixedCase.span
returning 
  (select placed_at from public.recent_orders limit 1 offset 3)
     as c0, 
  (select status from public.orders limit 1 offset 3)
     as c1, 
  public.MixedCase.Id as c2, 
  cast(coalesce(public.MixedCase.data,
    (select data from public.MixedCase limit 1 offset 6)
      ) as bytea) as c3, 
  public.MixedCase.span as c4, 
  public.MixedCase.Id as c5, 
  public.MixedCase.Id as c6, 
  public.MixedCase.Id as c7;

select  
  sample_0.total as c0, 
  sample_0.placed_at as c1
from 
  public.orders as sample_0 tablesample system (3.7) 
where sample_0.total is not NULL;

select  
  ref_0.tags as c0
from 
  public.customers as ref_0
where ref_0.id is NULL
limit 72;

select  
  cast(coalesce(ref_0.items,
    ref_0.items) as int4) as c0, 
  ref_0.id as c1, 
  (select span from public.MixedCase limit 1 offset 4)
     as c2
from 
  public.orders as ref_0
where ref_0.placed_at < cast(null as date);

insert into public.orders values (
default, 
default, 
pg_catalog.pg_current_logfile(), 
default, 
cast(null as "timestamp"), 
38);

delete from public.orders
where 
public.orders.id is not NULL
returning 
  public.orders.placed_at as c0;

select  
  sample_0.data as c0, 
  sample_0.span as c1, 
  sample_0.data as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (4.1) 
where pg_catalog.querytree(
    cast(cast(null as tsquery) as tsquery)) ~ (select pg_catalog.min(name) from public.customers);

select  
  ref_0.id as c0
from 
  public.orders as ref_0
where EXISTS (
  select  
      ref_1.customer_id as c0, 
      ref_0.items as c1, 
      ref_1.status as c2
    from 
      public.orders as ref_1
    where pg_catalog.random() is not NULL);

select  
  ref_0.status as c0
from 
  public.recent_orders as ref_0
where (select total from public.recent_orders limit 1 offset 2)
     is not NULL
limit 164;

select  
  pg_catalog.pg_last_wal_receive_lsn() as c0, 
  ref_0.name as c1, 
  pg_catalog.ishorizontal(
    cast(cast(null as point) as point),
    cast(cast(null as point) as point)) as c2
from 
  public.customers as ref_0
where pg_catalog.numeric_uplus(
    cast(ref_0.balance as "numeric")) is not NULL
limit 75;

select  
  cast(nullif((select id from public.recent_orders limit 1 offset 4)
      ,
    cast(null as int8)) as int8) as c0
from 
  public.orders as ref_0
where ref_0.id is NULL
limit 128;

insert into public.orders values (
(select id from public.orders limit 1 offset 2)
  , 
cast(null as int8), 
cast(null as text), 
default, 
cast(null as "timestamp"), 
pg_catalog.pg_encoding_max_length(
  cast(52 as int4)));

insert into public.orders values (
cast(null as int8), 
(select id from public.orders limit 1 offset 5)
  , 
default, 
default, 
cast(null as "timestamp"), 
64);

select  
  ref_0.span as c0, 
  
    pg_catalog.min(
      cast(pg_catalog.pg_last_xact_replay_timestamp() as timestamptz)) over (partition by ref_0.data order by ref_0.span) as c1, 
  (select data from public.MixedCase limit 1 offset 3)
     as c2, 
  ref_0.flag as c3
from 
  public.MixedCase as ref_0
where (select id from public.customers limit 1 offset 4)
     <= pg_catalog.masklen(
    cast(pg_catalog.inet_server_addr() as inet));

select  
  ref_0.items as c0, 
  ref_0.items as c1, 
  pg_catalog.pg_current_wal_lsn() as c2, 
  ref_0.total as c3
from 
  public.orders as ref_0
where ref_0.total is not NULL
limit 125;

select  
  (select span from public.MixedCase limit 1 offset 6)
     as c0, 
  subq_0.c1 as c1, 
  subq_0.c0 as c2
from 
  (select  
        sample_0.created_at as c0, 
        sample_0.name as c1
      from 
        public.customers as sample_0 tablesample system (7.2) 
      where cast(null as float4) >= cast(null as float8)
      limit 106) as subq_0
where false
limit 69;

insert into public.orders values (
case when 46 < cast(null as int2) then cast(null as int8) else cast(null as int8) end
  , 
default, 
pg_catalog.pg_get_constraintdef(
  cast(cast(null as oid) as oid),
  cast(true as bool)), 
default, 
cast(coalesce(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
23);

update public.customers set 
  name = (select name from public.customers limit 1 offset 2)
    , 
  email = public.customers.email, 
  created_at = case when true then public.customers.created_at else public.customers.created_at end
    , 
  tags = public.customers.tags, 
  profile = cast(coalesce(public.customers.profile,
    public.customers.profile) as jsonb)
returning 
  public.customers.balance as c0;

select  
  cast(coalesce(subq_0.c0,
    (select total from public.recent_orders limit 1 offset 2)
      ) as "numeric") as c0
from 
  public.MixedCase as ref_0
    inner join (select  
          ref_1.total as c0
        from 
          public.recent_orders as ref_1
        where (select span from public.MixedCase limit 1 offset 2)
             <@ pg_catalog.tsmultirange()
        limit 79) as subq_0
    on (true)
where ref_0.Id is NULL
limit 110;

insert into public.customers values (
cast(null as int8), 
pg_catalog.pg_export_snapshot(), 
case when 19 >= (select id from public.customers limit 1 offset 5)
       then cast(null as "varchar") else cast(null as "varchar") end
  , 
cast(nullif(cast(null as timestamptz),
  cast(null as timestamptz)) as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  span = public.MixedCase.span
returning 
  public.MixedCase.flag as c0, 
  public.MixedCase.data as c1, 
  public.MixedCase.data as c2, 
  cast(nullif(public.MixedCase.span,
    public.MixedCase.span) as int4range) as c3, 
  public.MixedCase.span as c4, 
  public.MixedCase.flag as c5;

select  
  ref_0.items as c0
from 
  public.orders as ref_0
where pg_catalog.random() <= cast(coalesce(pg_catalog.diameter(
      cast(pg_catalog.circle_mul_pt(
        cast(case when true then cast(null as circle) else cast(null as circle) end
           as circle),
        cast(cast(null as point) as point)) as circle)),
    pg_catalog.pg_stat_get_checkpoint_write_time()) as float8);

select  
  case when (select pg_catalog.bit_or(id) from public.customers)
         > (select items from public.orders limit 1 offset 5)
         then ref_0.profile else ref_0.profile end
     as c0
from 
  public.customers as ref_0
where case when cast(null as tid) = cast(null as tid) then cast(null as bpchar) else cast(null as bpchar) end
     <= cast(null as bpchar)
limit 49;

select  
  sample_0.status as c0, 
  sample_0.customer_id as c1, 
  sample_0.total as c2, 
  case when sample_0.id is NULL then sample_0.id else sample_0.id end
     as c3, 
  pg_catalog.pg_my_temp_schema() as c4, 
  sample_0.placed_at as c5
from 
  public.orders as sample_0 tablesample bernoulli (3.5) 
where sample_0.items is NULL
limit 180;

select  
  ref_0.Label as c0, 
  (select status from public.orders limit 1 offset 4)
     as c1, 
  ref_0.Label as c2
from 
  public.MixedCase as ref_0
where cast(null as path) >= cast(coalesce(cast(null as path),
    cast(null as path)) as path)
limit 83;

select  
  case when sample_0.Id >= cast(null as int2) then sample_1.name else sample_1.name end
     as c0, 
  sample_0.Id as c1
from 
  public.MixedCase as sample_0 tablesample system (3.3) 
    inner join public.customers as sample_1 tablesample bernoulli (2.3) 
    on (cast(null as anyelement) <@ sample_0.span)
where sample_1.created_at <= sample_1.created_at
limit 108;

select  
  pg_catalog.clock_timestamp() as c0, 
  sample_0.tags as c1, 
  cast(nullif(sample_0.id,
    sample_0.id) as int8) as c2, 
  sample_0.name as c3
from 
  public.customers as sample_0 tablesample system (2.7) 
where pg_catalog.pg_backend_pid() <= sample_0.id
limit 122;

insert into public.MixedCase values (
53, 
cast(null as text), 
false, 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.created_at as c0
from 
  public.customers as sample_0 tablesample system (9.1) 
where cast(null as int2) < cast(null as int8);

select  
  ref_0.total as c0, 
  ref_0.items as c1, 
  ref_0.customer_id as c2
from 
  public.recent_orders as ref_0
where ref_0.status is NULL
limit 116;

insert into public.orders values (
default, 
pg_catalog.hashinetextended(
  cast(cast(null as inet) as inet),
  cast(cast(null as int8) as int8)), 
cast(null as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
pg_catalog.inet_client_port());

select  
  ref_0.balance as c0, 
  ref_0.created_at as c1
from 
  public.customers as ref_0
where ref_0.created_at = cast(null as "timestamp")
limit 98;

insert into public.customers values (
default, 
cast(null as text), 
default, 
default, 
default, 
pg_catalog.ts_lexize(
  cast(cast(null as regdictionary) as regdictionary),
  cast(cast(null as text) as text)), 
default);

insert into public.customers values (
cast(null as int8), 
pg_catalog.pg_export_snapshot(), 
cast(null as "varchar"), 
pg_catalog.clock_timestamp(), 
cast(null as "numeric"), 
cast(null as _text), 
cast(null as jsonb));

select  
  pg_catalog.pg_is_in_recovery() as c0, 
  ref_0.status as c1, 
  ref_0.status as c2
from 
  public.orders as ref_0
where (ref_0.status is NULL) 
  or (cast(nullif(cast(null as date),
      cast(coalesce(cast(null as date),
        case when cast(null as line) = cast(null as line) then cast(null as date) else cast(null as date) end
          ) as date)) as date) < cast(null as timestamptz));

select  
  sample_0.Label as c0, 
  sample_0.data as c1, 
  pg_catalog.jsonb_build_array() as c2, 
  sample_0.Id as c3, 
  (select flag from public.MixedCase limit 1 offset 1)
     as c4, 
  sample_0.flag as c5
from 
  public.MixedCase as sample_0 tablesample system (2.3) 
where (select data from public.MixedCase limit 1 offset 1)
     >= sample_0.data
limit 36;

select  
  92 as c0, 
  sample_0.span as c1, 
  sample_0.span as c2, 
  sample_0.Label as c3
from 
  public.MixedCase as sample_0 tablesample bernoulli (1.6) 
where 45 is not NULL
limit 146;

select  
  ref_0.total as c0
from 
  public.recent_orders as ref_0
where ref_0.name !~* ref_0.name
limit 93;

select  
  
    pg_catalog.bit_or(
      cast(cast(null as "bit") as "bit")) over (partition by sample_0.name order by sample_0.profile) as c0, 
  sample_0.created_at as c1, 
  sample_0.id as c2, 
  sample_0.profile as c3, 
  sample_0.email as c4
from 
  public.customers as sample_0 tablesample system (9.6) 
where false;

select  
  
    pg_catalog.stddev_pop(
      cast(pg_catalog.pg_trigger_depth() as int4)) over (partition by sample_0.profile order by sample_0.created_at) as c0
from 
  public.customers as sample_0 tablesample bernoulli (7) 
where false
limit 60;

insert into public.MixedCase values (
92, 
default, 
true, 
default, 
default);

select  
  ref_0.status as c0, 
  ref_0.status as c1, 
  ref_0.status as c2
from 
  public.recent_orders as ref_0
where cast(null as xid) <> pg_catalog.xid(
    cast(pg_catalog.xid8in(
      cast(cast(null as cstring) as cstring)) as xid8))
limit 120;

select  
  sample_0.Id as c0, 
  69 as c1, 
  sample_0.Id as c2
from 
  public.MixedCase as sample_0 tablesample system (3.3) 
where EXISTS (
  select  
      ref_0.id as c0, 
      sample_0.span as c1
    from 
      public.orders as ref_0
    where (cast(null as inet) >> case when cast(null as lseg) ?# cast(null as line) then pg_catalog.inet_client_addr() else pg_catalog.inet_client_addr() end
          ) 
      and (ref_0.customer_id <= sample_0.Id)
    limit 67);

select  
  ref_0.customer_id as c0, 
  ref_0.total as c1
from 
  public.orders as ref_0
where (cast(null as path) @> cast(coalesce(cast(null as point),
      case when ref_0.id is not NULL then cast(nullif(cast(null as point),
          cast(null as point)) as point) else cast(nullif(cast(null as point),
          cast(null as point)) as point) end
        ) as point)) 
  and (ref_0.id is not NULL)
limit 25;

select  
  sample_0.customer_id as c0, 
  sample_0.placed_at as c1, 
  sample_0.status as c2, 
  
    pg_catalog.var_samp(
      cast(pg_catalog.pg_stat_get_buf_written_backend() as int8)) over (partition by sample_0.placed_at order by sample_0.id) as c3, 
  pg_catalog.reverse(
    cast(cast(null as text) as text)) as c4
from 
  public.orders as sample_0 tablesample system (7.2) 
where true
limit 84;

select  
  subq_0.c1 as c0, 
  subq_0.c1 as c1, 
  53 as c2
from 
  (select distinct 
        cast(coalesce(sample_0.name,
          sample_0.name) as text) as c0, 
        sample_0.created_at as c1
      from 
        public.customers as sample_0 tablesample system (5) 
      where sample_0.tags is not NULL
      limit 102) as subq_0
where subq_0.c1 is NULL
limit 71;

select  
  pg_catalog.pg_stat_get_buf_alloc() as c0, 
  pg_catalog.pg_notification_queue_usage() as c1, 
  subq_0.c0 as c2, 
  subq_0.c0 as c3, 
  subq_0.c0 as c4
from 
  (select  
        sample_0.tags as c0
      from 
        public.customers as sample_0 tablesample system (0.5) 
      where true
      limit 84) as subq_0
where subq_0.c0 is not NULL
limit 148;

select  
  ref_0.placed_at as c0, 
  ref_0.id as c1, 
  ref_0.placed_at as c2
from 
  public.recent_orders as ref_0
where (ref_0.items <= pg_catalog.pg_stat_get_bgwriter_timed_checkpoints()) 
  or (false);

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  pg_catalog.getpgusername() as c0;

delete from public.orders
where 
case when cast(null as date) < public.orders.placed_at then cast(null as timestamptz) else cast(null as timestamptz) end
     = cast(null as timestamptz)
returning 
  case when true then public.orders.id else public.orders.id end
     as c0;

insert into public.customers values (
pg_catalog.txid_current(), 
cast(null as text), 
default, 
default, 
cast(null as "numeric"), 
default, 
case when cast(null as jsonb) = cast(coalesce(cast(null as jsonb),
      cast(null as jsonb)) as jsonb) then cast(null as jsonb) else cast(null as jsonb) end
  );

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  flag = public.MixedCase.flag, 
  data = public.MixedCase.data
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.data as c1;

select  
  ref_0.total as c0, 
  ref_0.items as c1, 
  ref_0.customer_id as c2
from 
  public.recent_orders as ref_0
where (27 is NULL) 
  and (ref_0.customer_id is NULL)
limit 130;

select  
  ref_0.id as c0
from 
  public.recent_orders as ref_0
where (select created_at from public.customers limit 1 offset 55)
     <> pg_catalog.date(
    cast(ref_0.placed_at as "timestamp"))
limit 74;

delete from public.customers
where 
cast(coalesce(public.customers.name,
    public.customers.name) as text) is not NULL
returning 
  (select status from public.orders limit 1 offset 23)
     as c0;

select  
  sample_0.data as c0, 
  sample_0.data as c1, 
  sample_0.data as c2
from 
  public.MixedCase as sample_0 tablesample system (6.1) 
where cast(null as box) &> cast(null as box);

insert into public.orders values (
default, 
cast(null as int8), 
pg_catalog.regexp_substr(
  cast(cast(null as text) as text),
  cast(cast(null as text) as text)), 
default, 
(select placed_at from public.orders limit 1 offset 2)
  , 
44);

select  
  (select Label from public.MixedCase limit 1 offset 4)
     as c0, 
  sample_0.Id as c1, 
  sample_0.Id as c2, 
  sample_0.data as c3, 
  pg_catalog.pg_current_wal_lsn() as c4, 
  sample_0.Label as c5, 
  cast(nullif(sample_0.Label,
    sample_0.Label) as text) as c6, 
  sample_0.Id as c7
from 
  public.MixedCase as sample_0 tablesample bernoulli (5.4) 
where sample_0.Label is not NULL;

select  
  ref_0.flag as c0, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c1
from 
  public.MixedCase as ref_0
where (ref_0.span is NULL) 
  or (ref_0.span is not NULL)
limit 86;

MERGE INTO public.orders as target_0
USING public.MixedCase as ref_0
ON target_0.status = ref_0.Label 
WHEN NOT MATCHED
  AND cast(null as name) >= pg_catalog.pg_current_logfile()
   THEN DO NOTHING;

select  
  case when sample_0.created_at is NULL then sample_0.tags else sample_0.tags end
     as c0
from 
  public.customers as sample_0 tablesample system (6.6) 
where false
limit 107;

update public.customers set 
  id = (select id from public.customers limit 1 offset 3)
    , 
  email = (select email from public.customers limit 1 offset 78)
    , 
  balance = public.customers.balance, 
  tags = public.customers.tags
returning 
  pg_catalog.jsonb_array_length(
    cast(public.customers.profile as jsonb)) as c0, 
  public.customers.email as c1, 
  pg_catalog.pg_is_wal_replay_paused() as c2;

insert into public.customers values (
default, 
cast(null as text), 
cast(null as "varchar"), 
cast(null as timestamptz), 
default, 
cast(null as _text), 
default) on conflict on constraint customers_pkey do update  set 
  id = cast(null as int8), 
  email = (select email from public.customers limit 1 offset 2)
    , 
  tags = cast(null as _text) where (cast(null as uuid) <= cast(null as uuid)) 
  or (cast(null as box) <^ cast(null as box));

select  
  ref_0.name as c0
from 
  public.recent_orders as ref_0
where cast(null as uuid) = pg_catalog.gen_random_uuid();

select  
  sample_0.name as c0
from 
  public.customers as sample_0 tablesample bernoulli (2.1) 
where pg_catalog.inet_client_port() is NULL;

insert into public.orders values (
case when (cast(null as tsquery) <= cast(null as tsquery)) 
    and (cast(null as date) < cast(null as "timestamp")) then cast(null as int8) else cast(null as int8) end
  , 
default, 
default, 
cast(null as "numeric"), 
default, 
82) on conflict on constraint orders_pkey do update  set 
  status = cast(null as text) where cast(nullif(54,
    (select Id from public.MixedCase limit 1 offset 5)
      ) as int4) is not NULL;

select  
  (select tags from public.customers limit 1 offset 2)
     as c0
from 
  public.orders as sample_0 tablesample system (6.6) 
where sample_0.items is NULL;

select  
  ref_0.tags as c0, 
  ref_0.id as c1, 
  pg_catalog.plpgsql_call_handler() as c2
from 
  public.customers as ref_0
where true;

select  
  pg_catalog.pg_jit_available() as c0
from 
  public.orders as ref_0
where (select placed_at from public.orders limit 1 offset 5)
     is not NULL
limit 70;

select  
  ref_0.status as c0
from 
  public.recent_orders as ref_0
where false
limit 137;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints(), 
cast(null as text), 
default, 
default, 
cast(nullif(93,
  2) as int4));

select  
  pg_catalog.lastval() as c0, 
  (select name from public.customers limit 1 offset 6)
     as c1, 
  sample_0.id as c2
from 
  public.orders as sample_0 tablesample bernoulli (5.7) 
where false
limit 90;

select  
  sample_0.flag as c0
from 
  public.MixedCase as sample_0 tablesample system (1.1) 
where EXISTS (
  select  
      sample_0.flag as c0, 
      sample_1.id as c1, 
      sample_0.data as c2
    from 
      public.customers as sample_1 tablesample system (9.4) 
    where sample_1.email is NULL
    limit 100)
limit 63;

select  
  ref_0.profile as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() > cast(null as int2)
limit 94;

select  
  ref_0.status as c0, 
  (select flag from public.MixedCase limit 1 offset 4)
     as c1
from 
  public.recent_orders as ref_0
where ((false) 
    or (false)) 
  and (ref_0.placed_at is NULL)
limit 120;

insert into public.orders values (
pg_catalog.pg_stat_get_buf_fsync_backend(), 
pg_catalog.lastval(), 
pg_catalog.current_query(), 
cast(null as "numeric"), 
(select placed_at from public.recent_orders limit 1 offset 6)
  , 
25);

insert into public.orders values (
(select id from public.orders limit 1 offset 5)
  , 
pg_catalog.pg_stat_get_buf_written_backend(), 
pg_catalog.current_query(), 
cast(null as "numeric"), 
case when cast(null as inet) < cast(null as inet) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
(select items from public.recent_orders limit 1 offset 5)
  );

delete from public.orders
where 
cast(null as lseg) <@ case when public.orders.status <= public.orders.status then cast(null as box) else cast(null as box) end
    
returning 
  pg_catalog.pg_stat_get_bgwriter_timed_checkpoints() as c0, 
  public.orders.items as c1;

select  
  subq_0.c2 as c0, 
  subq_0.c4 as c1, 
  subq_0.c0 as c2, 
  subq_0.c1 as c3
from 
  (select  
        sample_0.email as c0, 
        sample_0.created_at as c1, 
        sample_0.balance as c2, 
        sample_0.email as c3, 
        sample_0.id as c4
      from 
        public.customers as sample_0 tablesample system (7.5) 
      where sample_0.tags is NULL
      limit 89) as subq_0
where pg_catalog.getpgusername() is NULL
limit 197;

insert into public.MixedCase values (
65, 
default, 
true, 
cast(null as bytea), 
cast(null as int4range));

select  
  ref_0.profile as c0, 
  ref_0.id as c1, 
  ref_0.created_at as c2, 
  ref_0.balance as c3, 
  pg_catalog.pg_is_wal_replay_paused() as c4, 
  pg_catalog.pg_stat_get_checkpoint_sync_time() as c5
from 
  public.customers as ref_0
where (select status from public.orders limit 1 offset 2)
     = pg_catalog.current_schema()
limit 78;

select  
  sample_0.total as c0, 
  sample_0.id as c1, 
  (select name from public.customers limit 1 offset 97)
     as c2
from 
  public.orders as sample_0 tablesample system (9.4) 
where 20 = sample_0.items;

insert into public.orders values (
case when (cast(null as jsonb) > cast(null as jsonb)) 
    and (pg_catalog.void_out(
        cast(cast(null as void) as void)) is not NULL) then cast(null as int8) else cast(null as int8) end
  , 
cast(null as int8), 
default, 
cast(null as "numeric"), 
default, 
74);

select  
  (select placed_at from public.recent_orders limit 1 offset 4)
     as c0
from 
  public.orders as sample_0 tablesample system (4) 
where pg_catalog.int8multirange() <= case when sample_0.total is not NULL then pg_catalog.tstzmultirange() else pg_catalog.tstzmultirange() end
    
limit 86;

select  
  ref_0.profile as c0, 
  ref_0.id as c1, 
  ref_0.created_at as c2, 
  34 as c3, 
  case when ref_0.created_at is NULL then ref_0.email else ref_0.email end
     as c4
from 
  public.customers as ref_0
where ref_0.id <= (select pg_catalog.bit_or(items) from public.orders)
    
limit 81;

select  
  ref_0.placed_at as c0
from 
  public.orders as ref_0
where pg_catalog.bpchar(
    cast(cast(null as name) as name)) !~~ (select status from public.recent_orders limit 1 offset 1)
    
limit 97;

insert into public.orders values (
cast(null as int8), 
pg_catalog.pg_stat_get_buf_written_backend(), 
(select Label from public.MixedCase limit 1 offset 57)
  , 
default, 
cast(null as "timestamp"), 
38);

select  
  sample_0.data as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (0.7) 
where pg_catalog.getpgusername() = sample_0.Label
limit 113;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
default, 
cast(null as "timestamp"), 
pg_catalog.pg_backend_pid()) on conflict on constraint orders_pkey do update  set 
  total = cast(null as "numeric"), 
  items = 55 where cast(null as jsonb) >= cast(null as jsonb);

select  
  pg_catalog.clock_timestamp() as c0, 
  sample_0.created_at as c1
from 
  public.customers as sample_0 tablesample system (5.8) 
where pg_catalog.random() < pg_catalog.pg_stat_get_checkpoint_write_time()
limit 107;

insert into public.MixedCase values (
48, 
case when (select status from public.orders limit 1 offset 5)
       is NULL then cast(null as text) else cast(null as text) end
  , 
false, 
cast(null as bytea), 
default);

select  
  ref_0.name as c0, 
  ref_0.customer_id as c1
from 
  public.recent_orders as ref_0
where pg_catalog.datemultirange() is not NULL
limit 100;

insert into public.orders values (
pg_catalog.bit_count(
  cast(cast(null as bytea) as bytea)), 
pg_catalog.txid_current_if_assigned(), 
cast(null as text), 
default, 
(select placed_at from public.recent_orders limit 1 offset 6)
  , 
13);

select  
  pg_catalog.statement_timestamp() as c0
from 
  public.MixedCase as sample_0 tablesample system (4.3) 
where sample_0.span @> sample_0.span
limit 151;

select  
  pg_catalog.pg_reload_conf() as c0, 
  ref_0.name as c1, 
  pg_catalog.pg_notification_queue_usage() as c2, 
  ref_0.balance as c3, 
  
    pg_catalog.var_pop(
      cast(pg_catalog.inet_server_port() as int4)) over (partition by ref_0.tags,ref_0.profile order by ref_0.id) as c4
from 
  public.customers as ref_0
where pg_catalog.acldefault(
    cast(cast(null as "char") as "char"),
    cast(pg_catalog.oid(
      cast(ref_0.id as int8)) as oid)) @> cast(null as aclitem);

select  
  subq_0.c0 as c0
from 
  (select  
        sample_0.id as c0
      from 
        public.orders as sample_0 tablesample bernoulli (4.1) 
      where pg_catalog.int8multirange() && pg_catalog.tsmultirange()) as subq_0
where subq_0.c0 is NULL;

select  
  sample_0.placed_at as c0
from 
  public.orders as sample_0 tablesample system (4.2) 
where false;

insert into public.customers values (
pg_catalog.pg_stat_get_bgwriter_maxwritten_clean(), 
cast(null as text), 
pg_catalog.varcharin(
  cast(cast(null as cstring) as cstring),
  cast(cast(null as oid) as oid),
  cast(pg_catalog.pg_trigger_depth() as int4)), 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

insert into public.MixedCase values (
71, 
default, 
true, 
default, 
default);

insert into public.customers values (
cast(null as int8), 
pg_catalog.timeofday(), 
cast(null as "varchar"), 
default, 
pg_catalog.round(
  cast(cast(null as "numeric") as "numeric"),
  cast(cast(nullif(pg_catalog.hashtid(
      cast(cast(null as tid) as tid)),
    42) as int4) as int4)), 
default, 
cast(null as jsonb));

select  
  pg_catalog.pg_conf_load_time() as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (0.3) 
where false
limit 35;

select  
  subq_0.c2 as c0, 
  (select pg_catalog.array_agg(tags) from public.customers)
     as c1
from 
  (select  
        ref_0.flag as c0, 
        (select flag from public.MixedCase limit 1 offset 6)
           as c1, 
        ref_0.flag as c2, 
        ref_0.Label as c3, 
        ref_0.Label as c4
      from 
        public.MixedCase as ref_0
      where ref_0.Label is NULL
      limit 83) as subq_0
where pg_catalog.pg_stat_get_bgwriter_buf_written_clean() <= 57;

delete from public.orders
where 
public.orders.status is NULL
returning 
  public.orders.total as c0;

select  
  pg_catalog.transaction_timestamp() as c0, 
  subq_0.c0 as c1, 
  ref_0.placed_at as c2, 
  ref_0.customer_id as c3, 
  pg_catalog.pg_is_in_recovery() as c4, 
  ref_0.status as c5, 
  ref_0.placed_at as c6
from 
  public.recent_orders as ref_0
    right join (select  
          ref_1.total as c0
        from 
          public.recent_orders as ref_1
        where ref_1.status >= ref_1.status) as subq_0
    on (ref_0.status is not NULL)
where false;

select  
  ref_0.items as c0
from 
  public.recent_orders as ref_0
where false
limit 126;

select  
  ref_0.items as c0
from 
  public.orders as ref_0
where cast(null as jsonb) <= cast(null as jsonb);

select  
  pg_catalog.pg_my_temp_schema() as c0, 
  ref_0.total as c1, 
  ref_0.customer_id as c2, 
  ref_0.placed_at as c3, 
  pg_catalog.nummultirange() as c4, 
  ref_0.id as c5, 
  pg_catalog.json_build_object() as c6, 
  86 as c7, 
  ref_0.total as c8, 
  ref_0.items as c9
from 
  public.orders as ref_0
where cast(coalesce(ref_0.placed_at,
    ref_0.placed_at) as "timestamp") >= ref_0.placed_at
limit 111;

select  
  (select Label from public.MixedCase limit 1 offset 35)
     as c0
from 
  public.customers as sample_0 tablesample system (9.4) 
    right join public.orders as sample_1 tablesample bernoulli (2.4) 
    on (sample_0.tags is not NULL)
where false
limit 74;

select  
  cast(coalesce(ref_0.Label,
    ref_0.Label) as text) as c0, 
  (select balance from public.customers limit 1 offset 3)
     as c1, 
  ref_0.data as c2
from 
  public.MixedCase as ref_0
where pg_catalog.inet_server_addr() << cast(null as inet)
limit 55;

update public.orders set 
  customer_id = public.orders.customer_id, 
  status = pg_catalog.timeofday(), 
  total = public.orders.total, 
  placed_at = cast(coalesce(public.orders.placed_at,
    public.orders.placed_at) as "timestamp")
returning 
  public.orders.items as c0, 
  public.orders.placed_at as c1, 
  (select total from public.orders limit 1 offset 4)
     as c2, 
  public.orders.items as c3;

select  
  ref_0.Id as c0
from 
  public.MixedCase as ref_0
where ref_0.Label ~ pg_catalog.pg_get_triggerdef(
    cast(pg_catalog.lo_import(
      cast(ref_0.Label as text)) as oid),
    cast(ref_0.flag as bool))
limit 94;

select  
  ref_0.Label as c0, 
  ref_0.flag as c1, 
  case when cast(null as macaddr) < pg_catalog.trunc(
        cast(cast(null as macaddr) as macaddr)) then ref_0.data else ref_0.data end
     as c2
from 
  public.MixedCase as ref_0
where (ref_0.Label <@ cast(null as anyrange)) 
  or (ref_0.span &> ref_0.span)
limit 26;

insert into public.customers values (
default, 
cast(null as text), 
default, 
case when case when cast(null as lseg) ?-| cast(null as lseg) then cast(null as int8) else cast(null as int8) end
       > cast(null as int8) then cast(null as timestamptz) else cast(null as timestamptz) end
  , 
default, 
cast(null as _text), 
default);

select  
  sample_0.flag as c0, 
  pg_catalog.tstzmultirange(
    cast(case when (select status from public.orders limit 1 offset 6)
           is NULL then cast(null as tstzrange) else cast(null as tstzrange) end
       as tstzrange)) as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (5.7) 
where false
limit 152;

select  
  subq_0.c1 as c0, 
  subq_0.c1 as c1, 
  subq_0.c0 as c2, 
  subq_0.c0 as c3
from 
  (select  
        sample_0.email as c0, 
        sample_0.balance as c1
      from 
        public.customers as sample_0 tablesample system (0.3) 
          inner join public.recent_orders as ref_0
          on (ref_0.name < sample_0.name)
      where true) as subq_0
where pg_catalog.pg_trigger_depth() is not NULL
limit 131;

delete from public.orders
where 
true
returning 
  pg_catalog.int8(
    cast(cast(coalesce(cast(null as float8),
      cast(nullif(pg_catalog.dist_cpoly(
          cast(cast(null as circle) as circle),
          cast(cast(null as polygon) as polygon)),
        cast(null as float8)) as float8)) as float8) as float8)) as c0, 
  public.orders.placed_at as c1;

select  
  sample_0.Label as c0, 
  sample_0.span as c1, 
  sample_0.data as c2, 
  sample_0.Id as c3
from 
  public.MixedCase as sample_0 tablesample system (7.4) 
where (sample_0.Label <> (select name from public.customers limit 1 offset 1)
      ) 
  or (pg_catalog.transaction_timestamp() is not NULL);

update public.MixedCase set 
  Id = case when public.MixedCase.Id <= cast(nullif((select id from public.recent_orders limit 1 offset 3)
          ,
        (select id from public.orders limit 1 offset 3)
          ) as int8) then public.MixedCase.Id else public.MixedCase.Id end
    , 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0;

select distinct 
  ref_0.Id as c0, 
  ref_0.flag as c1
from 
  public.MixedCase as ref_0
where true;

select  
  ref_0.created_at as c0, 
  ref_0.profile as c1, 
  ref_0.profile as c2, 
  ref_0.email as c3
from 
  public.customers as ref_0
where ref_0.name is not NULL;

select  
  ref_0.name as c0
from 
  public.recent_orders as ref_0
where ref_0.status > ref_0.name
limit 70;

insert into public.customers values (
cast(null as int8), 
default, 
cast(null as "varchar"), 
case when 91 is not NULL then (select pg_catalog.min(created_at) from public.customers)
     else (select pg_catalog.min(created_at) from public.customers)
     end
  , 
cast(nullif(cast(null as "numeric"),
  cast(null as "numeric")) as "numeric"), 
cast(null as _text), 
case when cast(null as float8) <> cast(null as float8) then cast(null as jsonb) else cast(null as jsonb) end
  );

insert into public.orders values (
cast(null as int8), 
default, 
pg_catalog.timeofday(), 
pg_catalog.int8_sum(
  cast((select balance from public.customers limit 1 offset 5)
     as "numeric"),
  cast(pg_catalog.int8xor(
    cast(pg_catalog.pg_stat_get_buf_written_backend() as int8),
    cast(cast(null as int8) as int8)) as int8)), 
cast(null as "timestamp"), 
42);

select  
  subq_0.c2 as c0, 
  subq_0.c0 as c1
from 
  (select  
        ref_0.customer_id as c0, 
        ref_0.total as c1, 
        ref_0.id as c2
      from 
        public.orders as ref_0
      where pg_catalog.int2not(
          cast(cast(null as int2) as int2)) is NULL
      limit 71) as subq_0
where true
limit 151;

select  
  pg_catalog.int4(
    cast(
      pg_catalog.bit_xor(
        cast(cast(null as int2) as int2)) over (partition by ref_0.status order by ref_0.customer_id) as int2)) as c0, 
  (select Id from public.MixedCase limit 1 offset 2)
     as c1, 
  ref_0.placed_at as c2, 
  ref_0.items as c3, 
  ref_0.placed_at as c4, 
  case when true then ref_0.placed_at else ref_0.placed_at end
     as c5, 
  ref_0.id as c6
from 
  public.orders as ref_0
where ref_0.id <= ref_0.items
limit 163;

select  
  (select id from public.orders limit 1 offset 5)
     as c0, 
  99 as c1
from 
  public.orders as ref_0
where pg_catalog.numeric_eq(
    cast(ref_0.total as "numeric"),
    cast(ref_0.total as "numeric")) is not NULL
limit 63;

select  
  (select data from public.MixedCase limit 1 offset 5)
     as c0, 
  sample_0.customer_id as c1
from 
  public.orders as sample_0 tablesample system (6.4) 
where true
limit 76;

MERGE INTO public.MixedCase as target_0
USING public.orders as ref_0
ON target_0.Label = ref_0.status 
WHEN MATCHED 
  AND (cast(coalesce(cast(null as int2),
        cast(null as int2)) as int2) > 100) 
    and (true)
   THEN DELETE;

select  
  ref_0.span as c0, 
  ref_0.Id as c1, 
  (select name from public.customers limit 1 offset 1)
     as c2, 
  ref_0.flag as c3
from 
  public.MixedCase as ref_0
where cast(null as box) <<| pg_catalog.box_in(
    cast(cast(null as cstring) as cstring))
limit 80;

select  
  case when ref_0.customer_id is not NULL then ref_0.customer_id else ref_0.customer_id end
     as c0
from 
  public.recent_orders as ref_0
where ref_0.customer_id is not NULL;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
default, 
cast(null as "numeric"), 
cast(null as _text), 
default);

select  
  ref_0.id as c0, 
  ref_0.email as c1, 
  cast(coalesce(ref_0.name,
    ref_0.name) as text) as c2
from 
  public.customers as ref_0
where cast(null as name) < cast(null as name);

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  span = case when case when (cast(null as point) >^ cast(null as point)) 
          and ((select tags from public.customers limit 1 offset 2)
               <> (select tags from public.customers limit 1 offset 3)
              ) then cast(null as money) else cast(null as money) end
         > cast(null as money) then public.MixedCase.span else public.MixedCase.span end
    
returning 
  public.MixedCase.Label as c0;

select  
  sample_0.balance as c0
from 
  public.customers as sample_0 tablesample system (5.8) 
where pg_catalog.to_char(
    cast(pg_catalog.pg_trigger_depth() as int4),
    cast(sample_0.name as text)) >= sample_0.name
limit 25;

select  
  ref_0.id as c0, 
  ref_0.total as c1, 
  ref_0.id as c2, 
  ref_0.name as c3, 
  ref_0.placed_at as c4, 
  ref_0.customer_id as c5
from 
  public.recent_orders as ref_0
where (cast(null as anyarray) >= pg_catalog.session_user()) 
  and (ref_0.name is not NULL);

select  
  ref_0.placed_at as c0, 
  ref_0.customer_id as c1
from 
  public.recent_orders as ref_0
where cast(null as name) < ref_0.name
limit 166;

select  
  ref_0.placed_at as c0, 
  ref_0.id as c1, 
  ref_0.total as c2
from 
  public.orders as ref_0
where ref_0.items is not NULL
limit 71;

insert into public.customers values (
cast(null as int8), 
default, 
cast(null as "varchar"), 
default, 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  balance = (select pg_catalog.stddev(total) from public.recent_orders)
    , 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  (select data from public.MixedCase limit 1 offset 4)
     as c0, 
  public.customers.profile as c1, 
  public.customers.balance as c2;

select  
  sample_0.profile as c0
from 
  public.customers as sample_0 tablesample bernoulli (8.9) 
where cast(null as name) !~~* sample_0.name;

select  
  sample_0.placed_at as c0, 
  sample_0.status as c1, 
  sample_0.id as c2, 
  sample_0.items as c3
from 
  public.orders as sample_0 tablesample system (4.7) 
where pg_catalog.current_user() ~~ (select pg_catalog.max(status) from public.orders);

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
default, 
default, 
22);

select  
  sample_0.span as c0, 
  sample_0.span as c1, 
  sample_0.flag as c2, 
  sample_0.Label as c3, 
  case when true then sample_0.data else sample_0.data end
     as c4, 
  sample_0.flag as c5, 
  sample_0.span as c6
from 
  public.MixedCase as sample_0 tablesample bernoulli (1) 
where pg_catalog.gen_random_uuid() = pg_catalog.gen_random_uuid()
limit 100;

MERGE INTO public.customers as target_0
USING public.MixedCase as ref_0
ON target_0.name = ref_0.Label 
WHEN NOT MATCHED
  AND cast(null as "timestamp") >= cast(null as "timestamp")
   THEN DO NOTHING;

select  
  ref_0.placed_at as c0, 
  ref_0.customer_id as c1, 
  ref_0.items as c2, 
  ref_0.id as c3
from 
  public.recent_orders as ref_0
where pg_catalog.pg_stat_get_bgwriter_stat_reset_time() < cast(nullif((select created_at from public.customers limit 1 offset 100)
      ,
    pg_catalog.now()) as timestamptz)
limit 40;

delete from public.orders
where 
(false) 
  and (pg_catalog.pg_current_wal_insert_lsn() is not NULL)
returning 
  public.orders.id as c0, 
  public.orders.placed_at as c1, 
  public.orders.total as c2, 
  public.orders.id as c3, 
  public.orders.placed_at as c4;

select  
  sample_0.email as c0
from 
  public.customers as sample_0 tablesample system (6.5) 
where sample_0.tags is not NULL;

select  
  ref_1.data as c0
from 
  public.MixedCase as ref_0
    inner join public.MixedCase as ref_1
    on (ref_1.Id is not NULL)
where (ref_0.data <> cast(null as bytea)) 
  or (ref_0.span is NULL);

select  
  ref_0.customer_id as c0, 
  ref_0.placed_at as c1
from 
  public.orders as ref_0
where true
limit 162;

select  
  sample_0.data as c0
from 
  public.MixedCase as sample_0 tablesample system (5.8) 
where false
limit 166;

select  
  (select name from public.customers limit 1 offset 5)
     as c0
from 
  public.orders as sample_0 tablesample bernoulli (7.9) 
where sample_0.id is NULL
limit 131;

select  
  sample_0.items as c0, 
  sample_0.id as c1, 
  sample_0.placed_at as c2, 
  pg_catalog.inet_server_port() as c3, 
  sample_0.customer_id as c4, 
  sample_0.total as c5
from 
  public.orders as sample_0 tablesample bernoulli (0.6) 
where sample_0.customer_id is NULL
limit 80;

select  
  subq_0.c0 as c0, 
  pg_catalog.power(
    cast(pg_catalog.random() as float8),
    cast(pg_catalog.cosh(
      cast(cast(null as float8) as float8)) as float8)) as c1
from 
  (select  
        sample_0.flag as c0, 
        sample_0.flag as c1
      from 
        public.MixedCase as sample_0 tablesample system (8.6) 
      where sample_0.span is not NULL) as subq_0
where cast(null as _text) && (select tags from public.customers limit 1 offset 6);

insert into public.orders values (
default, 
default, 
cast(null as text), 
cast(null as "numeric"), 
default, 
54);

select  
  subq_0.c2 as c0, 
  subq_0.c3 as c1, 
  subq_0.c3 as c2
from 
  (select  
        ref_0.name as c0, 
        ref_0.placed_at as c1, 
        ref_0.customer_id as c2, 
        ref_0.total as c3
      from 
        public.recent_orders as ref_0
      where case when ref_0.status = ref_0.name then pg_catalog.tsmultirange() else pg_catalog.tsmultirange() end
           @> ref_0.status) as subq_0
where subq_0.c3 <> subq_0.c3
limit 123;

delete from public.customers
where 
22 is NULL
returning 
  public.customers.tags as c0;

select  
  (select balance from public.customers limit 1 offset 3)
     as c0, 
  sample_0.created_at as c1, 
  pg_catalog.json_build_array() as c2, 
  sample_0.email as c3, 
  sample_0.created_at as c4, 
  sample_0.email as c5, 
  sample_0.created_at as c6, 
  sample_0.email as c7
from 
  public.customers as sample_0 tablesample bernoulli (3.1) 
where cast(coalesce(sample_0.balance,
    (select pg_catalog.stddev_pop(id) from public.customers)
      ) as "numeric") is NULL
limit 40;

select  
  ref_0.status as c0, 
  pg_catalog.pg_current_wal_lsn() as c1
from 
  public.recent_orders as ref_0
where (false) 
  or (case when ref_0.customer_id is not NULL then cast(null as timestamptz) else cast(null as timestamptz) end
       = (select created_at from public.customers limit 1 offset 3)
      );

insert into public.MixedCase values (
pg_catalog.inet_client_port(), 
cast(null as text), 
false, 
default, 
default);

select  
  ref_0.placed_at as c0
from 
  public.orders as ref_0
where cast(null as macaddr) < cast(null as macaddr)
limit 101;

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.flag as c1;

update public.MixedCase set 
  data = public.MixedCase.data, 
  span = cast(null as int4range)
returning 
  pg_catalog.current_query() as c0;

select  
  sample_0.status as c0, 
  sample_0.items as c1
from 
  public.orders as sample_0 tablesample system (7.3) 
where false
limit 122;

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample system (5.2) 
where (sample_0.data is NULL) 
  and (false);

select  
  ref_0.created_at as c0, 
  ref_0.email as c1, 
  ref_0.tags as c2
from 
  public.customers as ref_0
where true;

update public.customers set 
  id = public.customers.id, 
  tags = public.customers.tags
returning 
  (select pg_catalog.bit_and(items) from public.recent_orders)
     as c0;

insert into public.orders values (
cast(null as int8), 
pg_catalog.pg_stat_get_buf_fsync_backend(), 
cast(null as text), 
(select total from public.orders limit 1 offset 57)
  , 
cast(null as "timestamp"), 
76);

select  
  ref_0.status as c0, 
  (select email from public.customers limit 1 offset 3)
     as c1, 
  ref_0.total as c2
from 
  public.orders as ref_0
where ((true) 
    and (ref_0.placed_at < cast(null as "timestamp"))) 
  or ((pg_catalog.getpgusername() >= cast(null as anyarray)) 
    and (ref_0.customer_id is not NULL))
limit 163;

select  
  pg_catalog.pg_current_wal_flush_lsn() as c0, 
  ref_0.id as c1, 
  ref_0.id as c2, 
  38 as c3
from 
  public.orders as ref_0
where ref_0.status >= pg_catalog.current_query()
limit 131;

select  
  sample_0.profile as c0
from 
  public.customers as sample_0 tablesample bernoulli (7.9) 
where false
limit 137;

select  
  ref_0.email as c0
from 
  public.customers as ref_0
where cast(null as "time") > case when ref_0.balance is not NULL then cast(null as "time") else cast(null as "time") end;

select  
  ref_0.balance as c0, 
  pg_catalog.pg_control_recovery() as c1, 
  ref_0.tags as c2, 
  ref_0.balance as c3
from 
  public.customers as ref_0
where (pg_catalog.pg_last_committed_xact() is NULL) 
  and (false);

select  
  (select total from public.recent_orders limit 1 offset 6)
     as c0
from 
  public.orders as ref_0
where true
limit 140;

select  
  ref_0.id as c0, 
  ref_0.items as c1
from 
  public.orders as ref_0
where ref_0.status <> ref_0.status
limit 87;

insert into public.customers values (
default, 
(select pg_catalog.max(status) from public.recent_orders)
  , 
default, 
pg_catalog.pg_stat_get_bgwriter_stat_reset_time(), 
cast(null as "numeric"), 
cast(coalesce(cast(null as _text),
  cast(null as _text)) as _text), 
default) on conflict on constraint customers_pkey do update  set 
  tags = cast(null as _text) where cast(null as "timestamp") >= pg_catalog.transaction_timestamp();

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (5.9) 
ON target_0.flag = sample_0.flag 
WHEN MATCHED AND (select created_at from public.customers limit 1 offset 5)
       = cast(null as date)
   THEN UPDATE  set 
    flag = (select pg_catalog.every(flag) from public.MixedCase)
      , 
    span = target_0.span;

select  
  ref_0.total as c0, 
  64 as c1, 
  ref_0.items as c2, 
  ref_0.name as c3
from 
  public.recent_orders as ref_0
where case when (ref_0.status is not NULL) 
      or (cast(null as timetz) > cast(null as timetz)) then ref_0.id else ref_0.id end
     is NULL
limit 161;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
default, 
default, 
case when cast(null as anyenum) <> cast(null as anyenum) then cast(null as _text) else cast(null as _text) end
  , 
default) on conflict on constraint customers_pkey do update  set 
  id = cast(null as int8), 
  email = cast(null as "varchar"), 
  balance = cast(null as "numeric"), 
  tags = cast(null as _text) where 58 is not NULL;

select  
  pg_catalog.inet_client_addr() as c0
from 
  public.recent_orders as ref_0
where (select Label from public.MixedCase limit 1 offset 5)
     is not NULL
limit 73;

delete from public.MixedCase
where 
cast(coalesce(case when (false) 
        or (cast(null as bpchar) ~~ public.MixedCase.Label) then pg_catalog.inetnot(
        cast(pg_catalog.inet_server_addr() as inet)) else pg_catalog.inetnot(
        cast(pg_catalog.inet_server_addr() as inet)) end
      ,
    pg_catalog.inet_client_addr()) as inet) > cast(null as inet)
returning 
  public.MixedCase.flag as c0, 
  public.MixedCase.flag as c1, 
  public.MixedCase.span as c2, 
  public.MixedCase.data as c3;

select  
  pg_catalog.jsonb_build_object() as c0, 
  pg_catalog.getdatabaseencoding() as c1, 
  sample_0.total as c2, 
  case when 72 is not NULL then sample_0.items else sample_0.items end
     as c3, 
  sample_0.items as c4, 
  sample_0.status as c5, 
  sample_0.total as c6, 
  sample_0.items as c7, 
  sample_0.total as c8
from 
  public.orders as sample_0 tablesample bernoulli (2.6) 
where cast(coalesce(sample_0.placed_at,
    sample_0.placed_at) as "timestamp") is NULL;

update public.orders set 
  id = public.orders.customer_id, 
  items = public.orders.items
returning 
  public.orders.total as c0, 
  public.orders.items as c1, 
  public.orders.customer_id as c2;

select  
  ref_1.status as c0
from 
  public.recent_orders as ref_0
    right join public.orders as ref_1
    on (ref_0.name = ref_1.status )
where true
limit 164;

select  
  sample_0.span as c0, 
  sample_0.span as c1, 
  sample_0.data as c2, 
  sample_0.data as c3, 
  pg_catalog.pg_current_xact_id_if_assigned() as c4, 
  pg_catalog.macaddr_out(
    cast(cast(null as macaddr) as macaddr)) as c5
from 
  public.MixedCase as sample_0 tablesample system (6) 
where sample_0.Id is not NULL
limit 97;

delete from public.orders
where 
cast(null as anyenum) <= cast(null as anyenum)
returning 
  public.orders.placed_at as c0, 
  public.orders.items as c1, 
  public.orders.customer_id as c2, 
  public.orders.placed_at as c3, 
  case when public.orders.placed_at >= public.orders.placed_at then public.orders.placed_at else public.orders.placed_at end
     as c4;

delete from public.orders
where 
pg_catalog.numrange(
    cast(public.orders.total as "numeric"),
    cast(public.orders.total as "numeric")) &< cast(null as anymultirange)
returning 
  public.orders.placed_at as c0, 
  public.orders.placed_at as c1, 
  cast(coalesce(cast(coalesce(public.orders.status,
      case when public.orders.placed_at is NULL then cast(null as text) else cast(null as text) end
        ) as text),
    public.orders.status) as text) as c2;

select  
  sample_0.balance as c0, 
  sample_0.id as c1
from 
  public.customers as sample_0 tablesample bernoulli (2) 
where sample_0.id is NULL
limit 163;

select  
  sample_0.tags as c0, 
  sample_0.id as c1, 
  cast(nullif(sample_0.email,
    sample_0.email) as "varchar") as c2, 
  sample_0.balance as c3, 
  sample_0.tags as c4, 
  5 as c5
from 
  public.customers as sample_0 tablesample system (7.6) 
where pg_catalog.pg_client_encoding() > sample_0.name
limit 46;

select  
  pg_catalog.int8multirange() as c0, 
  ref_0.Id as c1, 
  ref_0.Label as c2
from 
  public.MixedCase as ref_0
where (pg_catalog.int8multirange() &< pg_catalog.datemultirange()) 
  or (EXISTS (
    select  
        ref_0.data as c0, 
        ref_0.flag as c1
      from 
        public.MixedCase as sample_0 tablesample bernoulli (9.3) 
      where sample_0.Id is NULL
      limit 91));

select  
  pg_catalog.pg_stat_get_archiver() as c0, 
  pg_catalog.varchartypmodout(
    cast(ref_0.Id as int4)) as c1
from 
  public.MixedCase as ref_0
where ref_0.Id = cast(null as int2);

select  
  sample_0.tags as c0, 
  sample_0.balance as c1, 
  sample_0.email as c2
from 
  public.customers as sample_0 tablesample system (5.7) 
where sample_0.created_at is NULL
limit 94;

select  
  pg_catalog.int4multirange() as c0, 
  sample_0.placed_at as c1, 
  sample_0.status as c2, 
  sample_0.total as c3, 
  pg_catalog.cashlarger(
    cast(cast(null as money) as money),
    cast(cast(null as money) as money)) as c4
from 
  public.orders as sample_0 tablesample system (6.7) 
where sample_0.items >= sample_0.id
limit 80;

MERGE INTO public.customers as target_0
USING public.MixedCase as sample_0 tablesample system (2.1) 
ON target_0.name = sample_0.Label 
WHEN MATCHED 
  AND cast(null as anyenum) >= cast(null as anyenum)
   THEN DELETE;

insert into public.customers values (
pg_catalog.pg_stat_get_xact_tuples_inserted(
  cast(cast(null as oid) as oid)), 
default, 
case when cast(null as oidvector) <= cast(null as oidvector) then cast(null as "varchar") else cast(null as "varchar") end
  , 
pg_catalog.pg_stat_get_snapshot_timestamp(), 
cast(null as "numeric"), 
default, 
(select profile from public.customers limit 1 offset 41)
  );

select  
  ref_0.items as c0, 
  ref_0.total as c1, 
  ref_0.items as c2
from 
  public.orders as ref_0
where (select span from public.MixedCase limit 1 offset 2)
     @> ref_0.total
limit 178;

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
cast(nullif(cast(null as text),
  case when cast(null as path) ?# cast(null as path) then cast(null as text) else cast(null as text) end
    ) as text), 
false, 
cast(null as bytea), 
default);

insert into public.customers values (
pg_catalog.txid_current(), 
cast(null as text), 
cast(null as "varchar"), 
default, 
(select total from public.orders limit 1 offset 4)
  , 
default, 
cast(nullif(cast(null as jsonb),
  (select profile from public.customers limit 1 offset 6)
    ) as jsonb));

select  
  subq_0.c2 as c0, 
  (select id from public.orders limit 1 offset 37)
     as c1, 
  subq_0.c0 as c2, 
  subq_0.c3 as c3, 
  subq_0.c0 as c4, 
  subq_0.c2 as c5
from 
  (select  
        sample_0.created_at as c0, 
        sample_0.balance as c1, 
        sample_0.email as c2, 
        sample_0.email as c3
      from 
        public.customers as sample_0 tablesample system (1.4) 
      where false
      limit 154) as subq_0
where false
limit 140;

insert into public.orders values (
pg_catalog.pg_database_size(
  cast(cast(null as oid) as oid)), 
cast(null as int8), 
case when 32 is NULL then cast(null as text) else cast(null as text) end
  , 
cast(null as "numeric"), 
cast(null as "timestamp"), 
19);

update public.customers set 
  id = public.customers.id
returning 
  public.customers.created_at as c0;

select  
  (select placed_at from public.recent_orders limit 1 offset 57)
     as c0, 
  ref_0.email as c1, 
  case when pg_catalog.macaddr8_set7bit(
        cast(cast(null as macaddr8) as macaddr8)) <> case when (ref_0.id = 50) 
          or (true) then cast(null as macaddr8) else cast(null as macaddr8) end
         then ref_0.created_at else ref_0.created_at end
     as c2
from 
  public.customers as ref_0
where ref_0.profile is NULL;

insert into public.customers values (
pg_catalog.hash_record_extended(
  cast(cast(coalesce(cast(null as record),
    cast(null as record)) as record) as record),
  cast(cast(null as int8) as int8)), 
default, 
cast(null as "varchar"), 
default, 
default, 
case when (cast(null as anymultirange) << cast(null as anymultirange)) 
    and (cast(null as int8) >= 8) then cast(null as _text) else cast(null as _text) end
  , 
default);

insert into public.customers values (
default, 
case when false then cast(null as text) else cast(null as text) end
  , 
default, 
cast(nullif((select created_at from public.customers limit 1 offset 2)
    ,
  pg_catalog.pg_stat_get_bgwriter_stat_reset_time()) as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

select  
  ref_0.name as c0
from 
  public.recent_orders as ref_0
where ref_0.total is NULL
limit 103;

select  
  ref_0.status as c0, 
  ref_0.customer_id as c1, 
  (select name from public.recent_orders limit 1 offset 2)
     as c2
from 
  public.recent_orders as ref_0
where pg_catalog.has_function_privilege(
    cast(ref_0.name as text),
    cast(ref_0.name as text)) is NULL
limit 94;

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1, 
  subq_0.c0 as c2, 
  subq_0.c1 as c3, 
  subq_0.c1 as c4, 
  subq_0.c1 as c5
from 
  (select  
        ref_0.data as c0, 
        ref_0.span as c1
      from 
        public.MixedCase as ref_0
      where true
      limit 73) as subq_0
where subq_0.c1 is not NULL
limit 73;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
case when (cast(null as oid) <> pg_catalog.oid(
        cast(cast(null as int8) as int8))) 
    or (cast(null as "interval") <> cast(null as "interval")) then cast(coalesce(cast(null as int8),
    pg_catalog.txid_current_if_assigned()) as int8) else cast(coalesce(cast(null as int8),
    pg_catalog.txid_current_if_assigned()) as int8) end
  , 
default, 
cast(null as "numeric"), 
default, 
17);

select  
  sample_0.created_at as c0, 
  pg_catalog.get_current_ts_config() as c1, 
  sample_0.id as c2
from 
  public.customers as sample_0 tablesample bernoulli (4.2) 
where true;

delete from public.customers
where 
public.customers.email is NULL
returning 
  (select pg_catalog.min(name) from public.customers)
     as c0, 
  public.customers.name as c1;

select  
  66 as c0, 
  ref_0.Id as c1, 
  (select customer_id from public.orders limit 1 offset 4)
     as c2
from 
  public.MixedCase as ref_0
where cast(null as anymultirange) <> pg_catalog.int8multirange(
    cast(cast(null as int8range) as int8range));

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(coalesce((select status from public.recent_orders limit 1 offset 1)
    ,
  cast(null as text)) as text), 
cast(null as "numeric"), 
(select pg_catalog.max(placed_at) from public.recent_orders)
  , 
44);

select  
  ref_0.placed_at as c0
from 
  public.recent_orders as ref_0
where true
limit 69;

select  
  ref_0.status as c0
from 
  public.recent_orders as ref_0
where ref_0.name is NULL
limit 89;

select  
  ref_0.profile as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where false;

select  
  pg_catalog.jsonb_build_array() as c0, 
  pg_catalog.pg_get_wal_replay_pause_state() as c1, 
  subq_0.c1 as c2, 
  subq_0.c0 as c3, 
  subq_0.c0 as c4
from 
  (select  
        ref_0.total as c0, 
        ref_0.placed_at as c1
      from 
        public.recent_orders as ref_0
      where ref_0.status is NULL) as subq_0
where subq_0.c1 = cast(nullif(subq_0.c1,
    subq_0.c1) as "timestamp")
limit 74;

select  
  subq_0.c2 as c0
from 
  (select  
        ref_0.status as c0, 
        ref_0.name as c1, 
        ref_0.status as c2, 
        ref_0.placed_at as c3, 
        ref_0.items as c4, 
        ref_0.customer_id as c5, 
        ref_0.name as c6
      from 
        public.recent_orders as ref_0
      where (ref_0.name is not NULL) 
        or (cast(null as bpchar) ~>=~ pg_catalog.bpchar(
            cast(cast(null as name) as name)))
      limit 85) as subq_0
where true;

select  
  ref_0.status as c0, 
  pg_catalog.getpgusername() as c1
from 
  public.orders as ref_0
where ref_0.items is NULL
limit 24;

select  
  ref_0.data as c0, 
  ref_0.data as c1, 
  (select status from public.orders limit 1 offset 2)
     as c2, 
  ref_0.data as c3, 
  case when ref_0.span is NULL then ref_0.data else ref_0.data end
     as c4, 
  pg_catalog.pg_stat_reset() as c5
from 
  public.MixedCase as ref_0
where true;

delete from public.customers
where 
pg_catalog.pg_client_encoding() is NULL
returning 
  (select name from public.customers limit 1 offset 3)
     as c0, 
  public.customers.created_at as c1, 
  public.customers.created_at as c2, 
  public.customers.profile as c3;

insert into public.customers values (
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
cast(null as text), 
default, 
default, 
pg_catalog.numeric_sub(
  cast(cast(null as "numeric") as "numeric"),
  cast(cast(null as "numeric") as "numeric")), 
pg_catalog.string_to_array(
  cast(cast(null as text) as text),
  cast((select pg_catalog.max(status) from public.recent_orders)
     as text)), 
default);

select  
  sample_0.flag as c0, 
  pg_catalog.pg_my_temp_schema() as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (3.3) 
where sample_0.flag is NULL
limit 165;

insert into public.customers values (
case when cast(null as "timestamp") <= cast(null as date) then pg_catalog.pg_stat_get_buf_written_backend() else pg_catalog.pg_stat_get_buf_written_backend() end
  , 
default, 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
cast(coalesce(cast(null as _text),
  cast(null as _text)) as _text), 
cast(null as jsonb));

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1
from 
  (select  
        ref_0.Label as c0, 
        sample_0.balance as c1
      from 
        public.customers as sample_0 tablesample bernoulli (8.5) 
          left join public.MixedCase as ref_0
          on (ref_0.flag is not NULL)
      where false) as subq_0
where pg_catalog.getpgusername() !~* (select name from public.customers limit 1 offset 1)
    
limit 186;

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample system (0.9) 
where sample_0.Label ~>=~ cast(null as text);

insert into public.MixedCase values (
84, 
default, 
(select pg_catalog.bool_and(flag) from public.MixedCase)
  , 
default, 
cast(null as int4range));

select  
  ref_0.status as c0, 
  ref_0.id as c1, 
  ref_0.id as c2, 
  (select span from public.MixedCase limit 1 offset 2)
     as c3
from 
  public.recent_orders as ref_0
where cast(null as date) = case when ref_0.placed_at > pg_catalog.pg_conf_load_time() then cast(null as date) else cast(null as date) end
    
limit 90;

select  
  subq_0.c0 as c0
from 
  (select  
        sample_0.Label as c0, 
        74 as c1, 
        sample_0.flag as c2, 
        sample_0.Label as c3
      from 
        public.MixedCase as sample_0 tablesample system (6.6) 
      where pg_catalog.current_database() is NULL) as subq_0
where pg_catalog.array_append(
    cast(cast(null as anycompatiblearray) as anycompatiblearray),
    cast(subq_0.c3 as text)) is not NULL
limit 108;

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data
returning 
  public.MixedCase.flag as c0;

update public.customers set 
  name = pg_catalog.pg_get_wal_replay_pause_state(), 
  balance = public.customers.balance
returning 
  pg_catalog.tstzmultirange() as c0, 
  public.customers.tags as c1;

update public.MixedCase set 
  Label = cast(coalesce(public.MixedCase.Label,
    public.MixedCase.Label) as text), 
  flag = public.MixedCase.flag
returning 
  public.MixedCase.flag as c0, 
  public.MixedCase.span as c1, 
  public.MixedCase.flag as c2, 
  pg_catalog.datemultirange() as c3, 
  public.MixedCase.Label as c4;

insert into public.customers values (
(select id from public.recent_orders limit 1 offset 3)
  , 
cast(null as text), 
cast(coalesce((select email from public.customers limit 1 offset 2)
    ,
  cast(null as "varchar")) as "varchar"), 
default, 
default, 
cast(null as _text), 
cast(coalesce(cast(null as jsonb),
  cast(null as jsonb)) as jsonb));

update public.MixedCase set 
  flag = public.MixedCase.flag
returning 
  public.MixedCase.span as c0;

insert into public.orders values (
default, 
cast(null as int8), 
default, 
cast(null as "numeric"), 
default, 
pg_catalog.inet_server_port()) on conflict on constraint orders_pkey do update  set 
  status = cast(null as text), 
  total = (select balance from public.customers limit 1 offset 6)
    , 
  items = 53 where 37 is not NULL;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
(select Label from public.MixedCase limit 1 offset 5)
  , 
cast(null as "numeric"), 
cast(null as "timestamp"), 
89);

select  
  ref_0.flag as c0
from 
  public.MixedCase as ref_0
where ref_0.Label ~ (select status from public.recent_orders limit 1 offset 2);

delete from public.orders
where 
(select flag from public.MixedCase limit 1 offset 3)
     = cast(nullif(pg_catalog.pg_is_wal_replay_paused(),
    true) as bool)
returning 
  public.orders.placed_at as c0;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c1 as c2, 
  subq_0.c1 as c3, 
  subq_0.c0 as c4
from 
  (select  
        sample_0.customer_id as c0, 
        sample_0.items as c1
      from 
        public.orders as sample_0 tablesample system (3.9) 
      where (case when cast(null as oid) = cast(null as oid) then cast(null as name) else cast(null as name) end
             >= sample_0.status) 
        and (sample_0.status = sample_0.status)) as subq_0
where false
limit 93;

select  
  pg_catalog.set_masklen(
    cast(case when ref_0.flag = ref_0.flag then cast(null as cidr) else cast(null as cidr) end
       as cidr),
    cast(ref_0.Id as int4)) as c0, 
  pg_catalog.tstzmultirange() as c1
from 
  public.MixedCase as ref_0
where ref_0.data is not NULL
limit 66;

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  public.customers.balance as c0, 
  public.customers.balance as c1, 
  public.customers.balance as c2;

update public.customers set 
  name = public.customers.name, 
  email = public.customers.email, 
  profile = public.customers.profile
returning 
  pg_catalog.tsmultirange() as c0;

select  
  sample_0.name as c0, 
  sample_0.email as c1, 
  sample_0.created_at as c2
from 
  public.customers as sample_0 tablesample system (6.8) 
where pg_catalog.getpgusername() !~~ sample_0.name;

update public.customers set 
  id = public.customers.id, 
  created_at = public.customers.created_at, 
  balance = public.customers.balance, 
  tags = public.customers.tags
returning 
  public.customers.profile as c0, 
  public.customers.balance as c1;

select  
  pg_catalog.pg_current_xact_id_if_assigned() as c0, 
  12 as c1, 
  cast(nullif(ref_0.name,
    sample_0.name) as text) as c2, 
  ref_0.total as c3
from 
  public.customers as sample_0 tablesample bernoulli (9.7) 
    inner join public.recent_orders as ref_0
    on (sample_0.id = ref_0.id )
where sample_0.email is not NULL
limit 154;

insert into public.MixedCase values (
53, 
default, 
false, 
default, 
default);

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data
returning 
  public.MixedCase.flag as c0, 
  pg_catalog.timeofday() as c1, 
  pg_catalog.pg_stat_force_next_flush() as c2, 
  public.MixedCase.span as c3, 
  public.MixedCase.Label as c4;

select  
  sample_0.balance as c0, 
  pg_catalog.pg_current_xact_id_if_assigned() as c1, 
  sample_0.email as c2, 
  sample_0.id as c3
from 
  public.customers as sample_0 tablesample system (8.8) 
where pg_catalog.pg_stat_get_checkpoint_sync_time() = cast(null as float4);

select  
  ref_0.email as c0
from 
  public.customers as ref_0
where 46 is not NULL
limit 47;

update public.orders set 
  id = public.orders.id, 
  items = public.orders.items
returning 
  public.orders.customer_id as c0, 
  public.orders.placed_at as c1;

select  
  sample_0.data as c0, 
  sample_0.Label as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (6.5) 
where sample_0.span = sample_0.span
limit 60;

select  
  ref_0.Id as c0, 
  case when (ref_0.flag <> ref_0.flag) 
      or (cast(null as date) = pg_catalog.transaction_timestamp()) then ref_0.Label else ref_0.Label end
     as c1, 
  ref_0.flag as c2, 
  ref_0.Label as c3, 
  ref_0.Label as c4
from 
  public.MixedCase as ref_0
where true
limit 30;

select  
  100 as c0, 
  pg_catalog.pg_stat_get_bgwriter_requested_checkpoints() as c1, 
  ref_0.placed_at as c2, 
  ref_0.placed_at as c3
from 
  public.orders as ref_0
where ref_0.id is NULL
limit 57;

insert into public.customers values (
pg_catalog.txid_current_if_assigned(), 
pg_catalog.version(), 
default, 
cast(nullif(cast(coalesce(cast(null as timestamptz),
    cast(null as timestamptz)) as timestamptz),
  pg_catalog.pg_stat_get_last_analyze_time(
    cast(cast(null as oid) as oid))) as timestamptz), 
default, 
default, 
case when cast(null as tsquery) < cast(null as tsquery) then cast(null as jsonb) else cast(null as jsonb) end
  );

select  
  sample_0.flag as c0, 
  sample_0.Label as c1, 
  sample_0.span as c2, 
  sample_0.span as c3, 
  sample_0.flag as c4, 
  sample_0.span as c5
from 
  public.MixedCase as sample_0 tablesample system (2.1) 
where sample_0.Id = (select pg_catalog.bit_and(Id) from public.MixedCase)
    
limit 34;

select  
  sample_0.created_at as c0, 
  sample_0.profile as c1, 
  sample_0.created_at as c2, 
  pg_catalog.pg_is_wal_replay_paused() as c3, 
  pg_catalog.jsonb_build_array() as c4, 
  pg_catalog.pg_get_wal_replay_pause_state() as c5
from 
  public.customers as sample_0 tablesample system (3.6) 
where sample_0.name @@ sample_0.name;

update public.orders set 
  customer_id = (select pg_catalog.max(id) from public.orders)
    , 
  status = public.orders.status, 
  total = public.orders.total
returning 
  public.orders.id as c0, 
  public.orders.status as c1, 
  public.orders.total as c2, 
  case when pg_catalog.plainto_tsquery(
        cast(public.orders.status as text)) = cast(null as tsquery) then public.orders.customer_id else public.orders.customer_id end
     as c3;

select  
  sample_0.customer_id as c0, 
  (select pg_catalog.min(status) from public.orders)
     as c1, 
  sample_0.status as c2, 
  sample_0.items as c3, 
  sample_0.customer_id as c4
from 
  public.orders as sample_0 tablesample bernoulli (0.7) 
where (select items from public.orders limit 1 offset 5)
     is not NULL
limit 72;

delete from public.customers
where 
(select pg_catalog.min(placed_at) from public.recent_orders)
     = pg_catalog.now()
returning 
  public.customers.created_at as c0, 
  public.customers.tags as c1, 
  public.customers.created_at as c2, 
  public.customers.tags as c3, 
  public.customers.balance as c4;

select  
  ref_0.id as c0, 
  ref_1.id as c1
from 
  public.customers as ref_0
    inner join public.orders as ref_1
    on (ref_0.name = ref_1.status )
where ref_1.id > ref_1.customer_id
limit 115;

select  
  sample_0.flag as c0, 
  (select span from public.MixedCase limit 1 offset 4)
     as c1, 
  sample_0.data as c2, 
  sample_0.Id as c3, 
  sample_0.data as c4
from 
  public.MixedCase as sample_0 tablesample system (4) 
where sample_0.Label is NULL
limit 13;

select  
  ref_0.data as c0, 
  pg_catalog.txid_current() as c1, 
  26 as c2, 
  pg_catalog.current_schema() as c3, 
  pg_catalog.nameeqtext(
    cast(cast(null as name) as name),
    cast((select pg_catalog.max(status) from public.orders)
       as text)) as c4
from 
  public.orders as sample_0 tablesample system (7) 
    inner join public.MixedCase as ref_0
    on ((cast(null as int8) < sample_0.customer_id) 
        or (true))
where ref_0.Label is NULL;

insert into public.MixedCase values (
case when 76 is not NULL then 83 else 83 end
  , 
cast(null as text), 
true, 
default, 
default);

select  
  sample_0.flag as c0, 
  cast(coalesce(sample_0.Id,
    sample_0.Id) as int4) as c1
from 
  public.MixedCase as sample_0 tablesample system (3.7) 
where cast(null as timetz) <= cast(null as timetz)
limit 62;

MERGE INTO public.orders as target_0
USING public.MixedCase as ref_0
ON target_0.items = ref_0.Id 
WHEN NOT MATCHED AND (cast(null as oidvector) = cast(null as oidvector)) 
    or ((false) 
      or (66 is NULL))
   THEN INSERT VALUES ( cast(null as int8), cast(null as int8), cast(null as text), cast(null as "numeric"), (select placed_at from public.orders limit 1 offset 5)
    , case when 38 is not NULL then 21 else 21 end
    );

insert into public.customers values (
pg_catalog.txid_current(), 
default, 
cast(null as "varchar"), 
cast(null as timestamptz), 
(select pg_catalog.sum(id) from public.recent_orders)
  , 
pg_catalog.parse_ident(
  cast(cast(null as text) as text),
  cast(true as bool)), 
cast(null as jsonb)) on conflict on constraint customers_pkey do update  set 
  tags = cast(null as _text) where cast(null as path) >= cast(null as path);

select  
  ref_1.profile as c0, 
  ref_0.span as c1, 
  ref_1.tags as c2
from 
  public.MixedCase as ref_0
    inner join public.customers as ref_1
    on (ref_0.Label = ref_1.name )
where cast(null as box) > cast(null as box)
limit 181;

select  
  ref_0.id as c0
from 
  public.customers as ref_0
where ref_0.name ~~ ref_0.name
limit 154;

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  balance = cast(null as "numeric"), 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0;

select  
  sample_0.id as c0
from 
  public.orders as sample_0 tablesample bernoulli (7.2) 
where case when sample_0.status !~* sample_0.status then cast(null as jsonb) else cast(null as jsonb) end
     @> pg_catalog.jsonb_build_array()
limit 97;

insert into public.customers values (
default, 
cast(null as text), 
default, 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

delete from public.customers
where 
public.customers.email is not NULL
returning 
  public.customers.created_at as c0, 
  pg_catalog.int4multirange() as c1, 
  public.customers.name as c2;

WITH 
jennifer_0 AS (select  
    pg_catalog.pg_last_wal_receive_lsn() as c0
  from 
    public.orders as sample_0 tablesample system (7.8) 
  where true
  limit 83)
select  
    pg_catalog.int8multirange() as c0, 
    sample_1.id as c1, 
    sample_1.customer_id as c2, 
    sample_1.status as c3, 
    sample_1.status as c4, 
    sample_1.id as c5, 
    sample_1.id as c6
  from 
    public.orders as sample_1 tablesample bernoulli (2.4) 
  where sample_1.status is not NULL
  limit 123;

select  
  sample_0.span as c0, 
  sample_0.data as c1, 
  sample_0.Label as c2
from 
  public.MixedCase as sample_0 tablesample system (2.4) 
where pg_catalog.current_query() !~ cast(null as text)
limit 163;

update public.orders set 
  id = public.orders.id, 
  placed_at = public.orders.placed_at, 
  items = pg_catalog.regexp_count(
    cast((select pg_catalog.max(status) from public.orders)
       as text),
    cast(public.orders.status as text),
    cast(public.orders.items as int4))
returning 
  public.orders.customer_id as c0, 
  public.orders.items as c1, 
  public.orders.status as c2, 
  public.orders.status as c3, 
  public.orders.total as c4;

select  
  pg_catalog.pg_stat_get_bgwriter_stat_reset_time() as c0, 
  sample_0.customer_id as c1
from 
  public.orders as sample_0 tablesample system (8) 
where (select data from public.MixedCase limit 1 offset 2)
     >= (select data from public.MixedCase limit 1 offset 5)
    
limit 138;

select  
  sample_0.Id as c0, 
  sample_0.Label as c1
from 
  public.MixedCase as sample_0 tablesample system (1.2) 
where sample_0.flag is not NULL
limit 118;

select  
  sample_0.Id as c0
from 
  public.recent_orders as ref_0
    right join public.MixedCase as sample_0 tablesample bernoulli (0.1) 
      inner join public.MixedCase as sample_1 tablesample system (8.6) 
      on ((cast(null as anyenum) < cast(null as anyenum)) 
          or (cast(null as box) > cast(null as box)))
    on (ref_0.items = sample_0.Id )
where (select Id from public.MixedCase limit 1 offset 2)
     > pg_catalog.inet_client_port()
limit 82;

insert into public.MixedCase values (
31, 
pg_catalog.current_query(), 
true, 
case when cast(null as oidvector) = cast(null as oidvector) then cast(null as bytea) else cast(null as bytea) end
  , 
cast(null as int4range));

insert into public.MixedCase values (
97, 
cast(null as text), 
case when 73 <> 45 then case when cast(null as box) = pg_catalog.box(
        cast(cast(null as circle) as circle)) then false else false end
     else case when cast(null as box) = pg_catalog.box(
        cast(cast(null as circle) as circle)) then false else false end
     end
  , 
default, 
cast(null as int4range));

insert into public.orders values (
cast(null as int8), 
case when case when cast(null as path) <= cast(null as path) then true else true end
       <> false then cast(null as int8) else cast(null as int8) end
  , 
pg_catalog.pg_get_viewdef(
  cast(case when 32 is NULL then cast(null as oid) else cast(null as oid) end
     as oid)), 
default, 
default, 
55);

select  
  ref_0.Id as c0
from 
  public.MixedCase as ref_0
where ref_0.span @> cast(nullif(cast(null as anymultirange),
    pg_catalog.tstzmultirange()) as anymultirange);

insert into public.orders values (
(select id from public.customers limit 1 offset 2)
  , 
cast(null as int8), 
case when cast(null as oidvector) < pg_catalog.oidvectorin(
      cast(case when cast(null as "char") <> cast(null as "char") then cast(null as cstring) else cast(null as cstring) end
         as cstring)) then cast(null as text) else cast(null as text) end
  , 
default, 
default, 
pg_catalog.inet_server_port());

select  
  ref_0.items as c0
from 
  public.orders as ref_0
where pg_catalog.name(
    cast(cast(null as "varchar") as "varchar")) <> ref_0.status;

insert into public.orders values (
default, 
cast(null as int8), 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
43) on conflict on constraint orders_pkey do update  set 
  id = pg_catalog.currval(
    cast(cast(nullif(cast(null as regclass),
      cast(null as regclass)) as regclass) as regclass)), 
  customer_id = cast(null as int8), 
  placed_at = cast(null as "timestamp"), 
  items = 80 where pg_catalog.current_user() <= cast(null as name);

select  
  ref_0.id as c0, 
  ref_0.total as c1
from 
  public.orders as ref_0
where pg_catalog.current_schema() >= pg_catalog.pg_client_encoding();

insert into public.MixedCase values (
86, 
pg_catalog.current_query(), 
pg_catalog.pg_is_wal_replay_paused(), 
case when cast(null as int8) < cast(null as int2) then cast(null as bytea) else cast(null as bytea) end
  , 
cast(null as int4range));

select  
  ref_0.data as c0
from 
  public.MixedCase as ref_0
where false
limit 84;

delete from public.MixedCase
where 
false
returning 
  public.MixedCase.Label as c0, 
  pg_catalog.pg_backend_pid() as c1, 
  case when public.MixedCase.Label ~<=~ public.MixedCase.Label then public.MixedCase.Id else public.MixedCase.Id end
     as c2, 
  public.MixedCase.Label as c3, 
  public.MixedCase.Label as c4, 
  cast(nullif(public.MixedCase.Id,
    public.MixedCase.Id) as int4) as c5;

insert into public.orders values (
case when false then cast(null as int8) else cast(null as int8) end
  , 
cast(null as int8), 
cast(null as text), 
cast(null as "numeric"), 
default, 
cast(nullif((select items from public.recent_orders limit 1 offset 72)
    ,
  41) as int4));

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        ref_0.Id as c0, 
        ref_0.Id as c1
      from 
        public.MixedCase as ref_0
      where cast(null as bpchar) < cast(null as bpchar)
      limit 123) as subq_0
where (true) 
  or ((true) 
    and (subq_0.c1 is NULL));

select  
  (select customer_id from public.orders limit 1 offset 2)
     as c0, 
  pg_catalog.get_current_ts_config() as c1, 
  pg_catalog.pg_stat_get_buf_fsync_backend() as c2
from 
  public.MixedCase as ref_0
where pg_catalog.inet_server_addr() && pg_catalog.inet_server_addr();

insert into public.orders values (
default, 
cast(null as int8), 
cast(null as text), 
default, 
default, 
54) on conflict on constraint orders_pkey do update  set 
  customer_id = cast(null as int8), 
  status = (select pg_catalog.min(status) from public.recent_orders)
    , 
  items = pg_catalog.timestamp_hash(
    cast(cast(null as "timestamp") as "timestamp")) where false;

select  
  sample_0.Label as c0, 
  sample_0.span as c1, 
  sample_0.flag as c2, 
  pg_catalog.pg_stat_get_replication_slot(
    cast(sample_0.Label as text)) as c3, 
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c4, 
  sample_0.flag as c5, 
  sample_0.data as c6, 
  sample_0.Label as c7, 
  sample_0.flag as c8
from 
  public.MixedCase as sample_0 tablesample bernoulli (0.5) 
where sample_0.data is NULL;

insert into public.MixedCase values (
50, 
pg_catalog.pg_current_logfile(), 
false, 
cast(null as bytea), 
default);

select  
  sample_0.placed_at as c0, 
  sample_0.customer_id as c1, 
  pg_catalog.pg_is_in_recovery() as c2, 
  sample_0.items as c3, 
  sample_0.placed_at as c4
from 
  public.orders as sample_0 tablesample system (8) 
where pg_catalog.pg_my_temp_schema() <= pg_catalog.pg_my_temp_schema()
limit 119;

update public.MixedCase set 
  flag = (select flag from public.MixedCase limit 1 offset 2)
    , 
  data = public.MixedCase.data
returning 
  case when true then (select placed_at from public.recent_orders limit 1 offset 5)
       else (select placed_at from public.recent_orders limit 1 offset 5)
       end
     as c0, 
  public.MixedCase.data as c1, 
  cast(coalesce(public.MixedCase.data,
    cast(null as bytea)) as bytea) as c2;

insert into public.orders values (
default, 
default, 
default, 
default, 
cast(coalesce(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
pg_catalog.inet_client_port());

insert into public.orders values (
cast(null as int8), 
case when 38 is NULL then (select id from public.recent_orders limit 1 offset 2)
     else (select id from public.recent_orders limit 1 offset 2)
     end
  , 
pg_catalog.current_query(), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
21);

select  
  sample_0.span as c0, 
  sample_0.Id as c1
from 
  public.MixedCase as sample_0 tablesample system (9.1) 
where sample_0.Label is not NULL
limit 45;

select  
  ref_0.total as c0, 
  pg_catalog.inet_server_addr() as c1, 
  ref_0.items as c2, 
  ref_0.total as c3, 
  ref_0.status as c4, 
  ref_0.status as c5, 
  ref_0.status as c6
from 
  public.recent_orders as ref_0
where pg_catalog.uuid_in(
    cast(pg_catalog.int8out(
      cast(ref_0.id as int8)) as cstring)) >= pg_catalog.gen_random_uuid()
limit 113;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_maxwritten_clean(), 
cast(null as int8), 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
default, 
cast(nullif(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
28);

update public.MixedCase set 
  span = public.MixedCase.span
returning 
  pg_catalog.pg_stat_get_buf_alloc() as c0, 
  public.MixedCase.span as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.flag as c3;

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
default, 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

select  
  31 as c0, 
  ref_0.customer_id as c1
from 
  public.recent_orders as ref_0
where true
limit 118;

insert into public.customers values (
pg_catalog.pg_stat_get_tuples_fetched(
  cast(cast(null as oid) as oid)), 
(select status from public.recent_orders limit 1 offset 5)
  , 
cast(null as "varchar"), 
default, 
(select total from public.orders limit 1 offset 21)
  , 
default, 
default);

select  
  ref_0.placed_at as c0
from 
  public.orders as ref_0
where ref_0.id < ref_0.id;

select  
  pg_catalog.pg_stat_get_wal_receiver() as c0
from 
  public.orders as ref_0
    inner join public.MixedCase as ref_1
    on (false)
where ref_1.Id <= ref_0.items
limit 126;

select  
  sample_0.placed_at as c0
from 
  public.orders as sample_0 tablesample system (4.5) 
where ((sample_0.total is not NULL) 
    or ((sample_0.id is NULL) 
      or (pg_catalog.getpgusername() ~* (select name from public.customers limit 1 offset 4)
          ))) 
  or ((cast(null as float4) < cast(null as float8)) 
    or (cast(null as timestamptz) <= pg_catalog.statement_timestamp()));

update public.orders set 
  id = (select id from public.orders limit 1 offset 28)
    , 
  customer_id = public.orders.id, 
  placed_at = public.orders.placed_at, 
  items = 56
returning 
  public.orders.customer_id as c0, 
  public.orders.id as c1, 
  public.orders.customer_id as c2, 
  public.orders.total as c3, 
  public.orders.customer_id as c4, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c5;

insert into public.MixedCase values (
44, 
cast(nullif(cast(null as text),
  pg_catalog.pg_export_snapshot()) as text), 
false, 
default, 
case when pg_catalog.pg_backend_pid() < cast(null as int2) then cast(nullif(cast(null as int4range),
    cast(null as int4range)) as int4range) else cast(nullif(cast(null as int4range),
    cast(null as int4range)) as int4range) end
  );

insert into public.orders values (
default, 
default, 
(select pg_catalog.min(Label) from public.MixedCase)
  , 
cast(null as "numeric"), 
cast(null as "timestamp"), 
pg_catalog.pg_trigger_depth());

insert into public.MixedCase values (
cast(nullif(6,
  95) as int4), 
(select Label from public.MixedCase limit 1 offset 1)
  , 
true, 
default, 
cast(null as int4range));

insert into public.MixedCase values (
(select items from public.orders limit 1 offset 2)
  , 
default, 
true, 
default, 
cast(null as int4range));

select  
  cast(nullif((select pg_catalog.bit_or(Id) from public.MixedCase)
      ,
    (select pg_catalog.min(items) from public.orders)
      ) as int4) as c0
from 
  public.customers as ref_0
where (cast(nullif(cast(null as oid),
      pg_catalog.pg_my_temp_schema()) as oid) <> pg_catalog.pg_my_temp_schema()) 
  and (21 is not NULL);

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.balance as c0
      from 
        public.customers as ref_0
      where cast(null as line) = pg_catalog.line(
          cast(pg_catalog.point_div(
            cast(cast(null as point) as point),
            cast(cast(null as point) as point)) as point),
          cast(cast(null as point) as point))
      limit 176) as subq_0
where cast(null as jsonb) @? pg_catalog.jsonpath_in(
    cast(cast(null as cstring) as cstring));

select  
  pg_catalog.regtypein(
    cast(cast(null as cstring) as cstring)) as c0, 
  sample_0.created_at as c1, 
  pg_catalog.int2abs(
    cast(pg_catalog.int2shl(
      cast(cast(null as int2) as int2),
      cast((select pg_catalog.max(items) from public.orders)
         as int4)) as int2)) as c2, 
  sample_0.balance as c3
from 
  public.customers as sample_0 tablesample system (3.8) 
where sample_0.id < cast(null as int2);

select  
  ref_0.id as c0
from 
  public.orders as ref_0
where ref_0.id = cast(coalesce(ref_0.items,
    ref_0.items) as int4)
limit 152;

select  
  sample_0.id as c0, 
  sample_0.id as c1, 
  sample_0.created_at as c2, 
  pg_catalog.pg_current_xact_id() as c3, 
  sample_0.id as c4
from 
  public.customers as sample_0 tablesample system (5.5) 
where cast(null as int2) <> sample_0.id
limit 114;

update public.orders set 
  customer_id = public.orders.id, 
  status = public.orders.status, 
  items = public.orders.items
returning 
  public.orders.customer_id as c0, 
  public.orders.items as c1;

select  
  subq_0.c1 as c0, 
  subq_0.c1 as c1, 
  subq_0.c2 as c2, 
  subq_0.c0 as c3, 
  subq_0.c2 as c4
from 
  (select  
        sample_0.placed_at as c0, 
        sample_0.customer_id as c1, 
        sample_0.customer_id as c2
      from 
        public.orders as sample_0 tablesample system (3.4) 
      where (true) 
        and (true)) as subq_0
where subq_0.c0 < cast(null as date)
limit 38;

select  
  sample_0.id as c0, 
  pg_catalog.multirange_contains_range(
    cast(cast(null as anymultirange) as anymultirange),
    cast((select span from public.MixedCase limit 1 offset 3)
       as int4range)) as c1
from 
  public.orders as sample_0 tablesample system (3.8) 
where sample_0.status is not NULL
limit 108;

insert into public.orders values (
cast(null as int8), 
default, 
default, 
default, 
pg_catalog.date_pl_interval(
  cast(pg_catalog.date(
    cast(cast(null as timestamptz) as timestamptz)) as date),
  cast(cast(null as "interval") as "interval")), 
pg_catalog.range_cmp(
  cast(case when cast(null as timestamptz) <= cast(null as timestamptz) then cast(null as anyrange) else cast(null as anyrange) end
     as anyrange),
  cast(cast(null as anyrange) as anyrange)));

select  
  subq_0.c2 as c0, 
  pg_catalog.int4multirange() as c1, 
  subq_0.c1 as c2, 
  (select name from public.customers limit 1 offset 4)
     as c3
from 
  (select  
        ref_0.items as c0, 
        ref_0.status as c1, 
        ref_0.status as c2
      from 
        public.orders as ref_0
      where cast(null as anyrange) &< pg_catalog.nummultirange()
      limit 96) as subq_0
where subq_0.c2 is not NULL
limit 68;

select  
  sample_0.customer_id as c0, 
  sample_0.customer_id as c1
from 
  public.orders as sample_0 tablesample system (8.7) 
where false
limit 92;

select  
  ref_0.Id as c0, 
  ref_0.span as c1, 
  (select id from public.orders limit 1 offset 3)
     as c2, 
  
    pg_catalog.json_agg(
      cast(ref_0.data as bytea)) over (partition by ref_0.span order by ref_0.span,ref_0.data) as c3, 
  ref_0.flag as c4
from 
  public.MixedCase as ref_0
where true
limit 92;

select  
  
    pg_catalog.min(
      cast(pg_catalog.pg_stat_get_db_checksum_last_failure(
        cast(cast(null as oid) as oid)) as timestamptz)) over (partition by ref_0.flag order by ref_0.data) as c0, 
  ref_0.data as c1
from 
  public.MixedCase as ref_0
where true
limit 142;

select  
  sample_0.balance as c0, 
  sample_0.created_at as c1
from 
  public.customers as sample_0 tablesample bernoulli (9.6) 
where sample_0.name > sample_0.name;

insert into public.orders values (
case when 68 is not NULL then cast(null as int8) else cast(null as int8) end
  , 
pg_catalog.pg_stat_get_xact_tuples_hot_updated(
  cast(cast(null as oid) as oid)), 
cast(null as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
76);

select  
  ref_0.status as c0
from 
  public.recent_orders as ref_0
where cast(null as date) <> case when ref_0.items is not NULL then (select created_at from public.customers limit 1 offset 4)
       else (select created_at from public.customers limit 1 offset 4)
       end
    
limit 70;

select  
  ref_0.data as c0, 
  cast(nullif(ref_0.flag,
    (select flag from public.MixedCase limit 1 offset 4)
      ) as bool) as c1, 
  ref_0.Label as c2, 
  ref_0.Id as c3
from 
  public.MixedCase as ref_0
where (EXISTS (
    select  
        ref_0.Label as c0
      from 
        public.orders as sample_0 tablesample system (5.5) 
      where cast(null as anymultirange) >> pg_catalog.tstzmultirange()
      limit 109)) 
  or (true)
limit 91;

select  
  pg_catalog.pg_stat_get_buf_written_backend() as c0, 
  ref_0.flag as c1
from 
  public.MixedCase as ref_0
where (select id from public.recent_orders limit 1 offset 2)
     > cast(null as int2)
limit 163;

select  
  sample_0.Id as c0, 
  sample_0.Label as c1, 
  sample_0.Id as c2, 
  sample_0.Label as c3
from 
  public.MixedCase as sample_0 tablesample system (2.2) 
where sample_0.Id is not NULL
limit 174;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
cast(null as int8), 
(select pg_catalog.max(status) from public.recent_orders)
  , 
default, 
default, 
82) on conflict on constraint orders_customer_id_fkey do update  set 
  id = pg_catalog.txid_current_if_assigned(), 
  status = cast(null as text) where cast(null as date) < cast(null as timestamptz);

insert into public.orders values (
pg_catalog.txid_snapshot_xmax(
  cast(case when 22 is NULL then cast(null as txid_snapshot) else cast(null as txid_snapshot) end
     as txid_snapshot)), 
(select id from public.customers limit 1 offset 76)
  , 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
pg_catalog.inet_server_port());

insert into public.customers values (
pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
pg_catalog.timeofday(), 
cast(null as "varchar"), 
default, 
cast(null as "numeric"), 
default, 
cast(coalesce(cast(coalesce(cast(null as jsonb),
    cast(null as jsonb)) as jsonb),
  cast(null as jsonb)) as jsonb));

update public.customers set 
  name = pg_catalog.pg_get_wal_replay_pause_state(), 
  email = public.customers.email, 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  public.customers.tags as c0;

select  
  pg_catalog.pg_stat_get_snapshot_timestamp() as c0, 
  pg_catalog.current_database() as c1, 
  ref_0.email as c2, 
  ref_0.tags as c3, 
  case when ref_0.email is not NULL then ref_0.balance else ref_0.balance end
     as c4, 
  pg_catalog.now() as c5, 
  53 as c6, 
  97 as c7
from 
  public.customers as ref_0
where ref_0.email is not NULL
limit 122;

update public.MixedCase set 
  flag = public.MixedCase.flag, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  30 as c0, 
  67 as c1, 
  public.MixedCase.Id as c2;

insert into public.MixedCase values (
case when (cast(null as "timestamp") > cast(null as timestamptz)) 
    and ((select span from public.MixedCase limit 1 offset 6)
         -|- cast(null as anymultirange)) then 59 else 59 end
  , 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
true, 
default, 
default);

insert into public.MixedCase values (
1, 
cast(null as text), 
true, 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.balance as c0, 
  pg_catalog.pg_control_system() as c1, 
  sample_0.id as c2, 
  sample_0.tags as c3
from 
  public.customers as sample_0 tablesample system (4.8) 
where cast(null as record) < cast(null as record)
limit 50;

update public.customers set 
  email = case when true then public.customers.email else public.customers.email end
    , 
  balance = public.customers.balance
returning 
  public.customers.balance as c0, 
  cast(nullif((select created_at from public.customers limit 1 offset 5)
      ,
    public.customers.created_at) as timestamptz) as c1, 
  public.customers.profile as c2, 
  public.customers.tags as c3, 
  public.customers.id as c4;

select  
  ref_0.total as c0, 
  ref_0.id as c1, 
  ref_0.customer_id as c2, 
  ref_0.total as c3
from 
  public.recent_orders as ref_0
where ref_0.status is not NULL
limit 85;

select  
  ref_0.items as c0, 
  ref_0.placed_at as c1
from 
  public.recent_orders as ref_0
where ref_0.name ^@ pg_catalog.version();

select  
  ref_0.name as c0, 
  ref_0.items as c1
from 
  public.recent_orders as ref_0
where (EXISTS (
    select  
        ref_0.placed_at as c0, 
        ref_0.id as c1, 
        ref_0.items as c2
      from 
        public.recent_orders as ref_1
      where (ref_1.name is NULL) 
        and ((cast(null as float4) <> cast(null as float4)) 
          or (true))
      limit 49)) 
  or (true)
limit 183;

delete from public.customers
where 
public.customers.name is NULL
returning 
  (select items from public.recent_orders limit 1 offset 1)
     as c0, 
  public.customers.created_at as c1;

select  
  subq_0.c1 as c0, 
  subq_0.c2 as c1, 
  subq_0.c2 as c2
from 
  (select  
        sample_0.span as c0, 
        sample_0.flag as c1, 
        sample_0.Label as c2, 
        sample_0.Label as c3, 
        sample_0.flag as c4, 
        sample_0.flag as c5, 
        sample_0.span as c6
      from 
        public.MixedCase as sample_0 tablesample system (2.3) 
      where sample_0.Id is NULL
      limit 34) as subq_0
where false
limit 24;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        case when (true) 
            and (true) then ref_0.created_at else ref_0.created_at end
           as c0
      from 
        public.customers as ref_0
      where ref_0.id is not NULL
      limit 115) as subq_0
where EXISTS (
  select  
      subq_0.c0 as c0
    from 
      public.customers as ref_1
    where true
    limit 116)
limit 170;

select  
  
    pg_catalog.max(
      cast(ref_0.total as "numeric")) over (partition by ref_0.total order by ref_0.placed_at) as c0, 
  pg_catalog.getdatabaseencoding() as c1
from 
  public.recent_orders as ref_0
where pg_catalog.poly_in(
    cast(cast(null as cstring) as cstring)) &<| cast(null as polygon)
limit 88;

MERGE INTO public.MixedCase as target_0
USING public.orders as sample_0 tablesample system (5.2) 
ON target_0.Label = sample_0.status 
WHEN NOT MATCHED AND cast(null as tsvector) <> cast(null as tsvector)
   THEN INSERT VALUES ( cast(nullif(case when 44 >= pg_catalog.hashchar(
          cast(cast(null as "char") as "char")) then 94 else 94 end
      ,
    98) as int4), cast(null as text), (select pg_catalog.every(flag) from public.MixedCase)
    , cast(null as bytea), cast(null as int4range));

select  
  ref_0.status as c0
from 
  public.orders as ref_0
where 38 is NULL;

select  
  sample_0.data as c0
from 
  public.MixedCase as sample_0 tablesample system (3.7) 
where pg_catalog.jsonb_build_object() < pg_catalog.jsonb_build_object();

insert into public.orders values (
default, 
default, 
default, 
pg_catalog.extract(
  cast(cast(null as text) as text),
  cast(cast(null as "timestamp") as "timestamp")), 
default, 
22) on conflict on constraint orders_customer_id_fkey do update  set 
  id = pg_catalog.pg_stat_get_bgwriter_requested_checkpoints(), 
  total = cast(null as "numeric") where cast(null as timestamptz) <= cast(null as timestamptz);

select  
  ref_0.id as c0, 
  ref_0.name as c1, 
  ref_0.name as c2
from 
  public.customers as ref_0
where ref_0.tags @> ref_0.tags;

select  
  ref_0.items as c0, 
  ref_0.customer_id as c1
from 
  public.recent_orders as ref_0
where ref_0.status is NULL
limit 95;

select  
  ref_0.Label as c0
from 
  public.MixedCase as ref_0
where true
limit 92;

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
pg_catalog.varchar(
  cast(pg_catalog.current_schema() as name)), 
default, 
default, 
cast(null as _text), 
pg_catalog.jsonb_build_object());

select  
  pg_catalog.lo_truncate(
    cast((select Id from public.MixedCase limit 1 offset 1)
       as int4),
    cast((select Id from public.MixedCase limit 1 offset 2)
       as int4)) as c0, 
  sample_0.tags as c1, 
  sample_0.email as c2, 
  sample_0.tags as c3, 
  sample_0.balance as c4, 
  sample_0.balance as c5
from 
  public.customers as sample_0 tablesample system (9.4) 
where false
limit 122;

delete from public.customers
where 
public.customers.tags is not NULL
returning 
  public.customers.id as c0, 
  public.customers.email as c1, 
  public.customers.id as c2;

select  
  38 as c0
from 
  public.orders as ref_0
where false
limit 93;

select  
  sample_0.total as c0, 
  sample_0.total as c1, 
  sample_0.id as c2, 
  sample_0.id as c3
from 
  public.orders as sample_0 tablesample bernoulli (3.4) 
where sample_0.items is not NULL
limit 144;

insert into public.customers values (
default, 
cast(null as text), 
default, 
(select created_at from public.customers limit 1 offset 5)
  , 
default, 
cast(null as _text), 
default);

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (0.3) 
ON target_0.flag = sample_0.flag 
WHEN NOT MATCHED
  AND cast(null as float8) < cast(null as float4)
   THEN DO NOTHING;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as ref_0
ON target_0.Label = ref_0.Label 
WHEN MATCHED 
  AND (cast(null as box) &<| cast(null as box)) 
    and (cast(null as text) >= cast(null as name))
   THEN DELETE;

delete from public.orders
where 
pg_catalog.pg_last_xact_replay_timestamp() is NULL
returning 
  public.orders.customer_id as c0, 
  public.orders.id as c1, 
  public.orders.id as c2, 
  public.orders.customer_id as c3, 
  public.orders.placed_at as c4;

select  
  pg_catalog.pg_jit_available() as c0
from 
  (select  
        ref_0.id as c0, 
        ref_0.items as c1
      from 
        public.orders as ref_0
      where (ref_0.status is NULL) 
        or (cast(null as box) @> pg_catalog.box(
            cast(cast(null as point) as point)))
      limit 136) as subq_0
where true
limit 180;

select  
  case when case when cast(null as tsvector) @@@ cast(null as tsquery) then cast(null as "time") else cast(null as "time") end
         <= 
        pg_catalog.min(
          cast(cast(coalesce(cast(null as "time"),
            cast(null as "time")) as "time") as "time")) over (partition by ref_0.total order by ref_0.placed_at) then ref_0.total else ref_0.total end
     as c0
from 
  public.recent_orders as ref_0
where ref_0.total is not NULL
limit 39;

select  
  subq_1.c1 as c0, 
  pg_catalog.pg_client_encoding() as c1
from 
  (select  
        subq_0.c0 as c0, 
        subq_0.c0 as c1
      from 
        (select  
              sample_0.email as c0
            from 
              public.customers as sample_0 tablesample system (5.3) 
            where cast(null as timetz) < cast(null as timetz)) as subq_0
      where false
      limit 102) as subq_1
where subq_1.c1 is not NULL
limit 165;

update public.orders set 
  total = public.orders.total, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  (select balance from public.customers limit 1 offset 4)
     as c0, 
  public.orders.total as c1;

select  
  44 as c0, 
  ref_0.items as c1, 
  pg_catalog.current_query() as c2, 
  ref_0.placed_at as c3
from 
  public.orders as ref_0
where cast(null as bpchar) ~~* ref_0.status
limit 149;

select  
  ref_0.created_at as c0, 
  ref_0.name as c1, 
  ref_0.balance as c2, 
  ref_0.tags as c3, 
  ref_0.id as c4, 
  79 as c5
from 
  public.customers as ref_0
where false
limit 146;

insert into public.MixedCase values (
91, 
cast(null as text), 
(select pg_catalog.bool_and(flag) from public.MixedCase)
  , 
default, 
(select span from public.MixedCase limit 1 offset 2)
  );

select  
  sample_0.created_at as c0
from 
  public.customers as sample_0 tablesample system (9.8) 
where sample_0.email is NULL
limit 95;

select  
  cast(coalesce(sample_0.flag,
    sample_0.flag) as bool) as c0, 
  cast(nullif(sample_0.span,
    cast(null as int4range)) as int4range) as c1, 
  pg_catalog.get_current_ts_config() as c2, 
  sample_0.flag as c3, 
  (select pg_catalog.variance(items) from public.orders)
     as c4
from 
  public.MixedCase as sample_0 tablesample system (7.4) 
where cast(nullif(pg_catalog.datemultirange(),
    pg_catalog.nummultirange()) as anymultirange) >= pg_catalog.tsmultirange()
limit 90;

insert into public.customers values (
pg_catalog.txid_current_if_assigned(), 
default, 
cast(null as "varchar"), 
default, 
default, 
cast(null as _text), 
cast(null as jsonb));

MERGE INTO public.customers as target_0
USING public.customers as ref_0
ON target_0.created_at = ref_0.created_at 
WHEN MATCHED AND (85 is not NULL) 
    or (true > cast(nullif(false,
        false) as bool))
   THEN UPDATE  set 
    id = target_0.id, 
    name = target_0.name, 
    email = target_0.email, 
    balance = target_0.balance, 
    tags = target_0.tags;

insert into public.orders values (
cast(null as int8), 
default, 
default, 
default, 
cast(null as "timestamp"), 
pg_catalog.pg_trigger_depth());

update public.customers set 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0, 
  public.customers.email as c1, 
  public.customers.id as c2, 
  public.customers.email as c3, 
  pg_catalog.txid_current_snapshot() as c4, 
  pg_catalog.pg_is_wal_replay_paused() as c5, 
  public.customers.created_at as c6, 
  public.customers.email as c7, 
  public.customers.balance as c8;

select  
  ref_0.total as c0, 
  ref_0.id as c1, 
  
    pg_catalog.range_agg(
      cast((select span from public.MixedCase limit 1 offset 1)
         as int4range)) over (partition by ref_0.customer_id order by ref_0.placed_at,ref_0.customer_id) as c2, 
  ref_0.id as c3, 
  ref_0.items as c4, 
  ref_0.status as c5, 
  ref_0.items as c6
from 
  public.orders as ref_0
where ref_0.status is not NULL;

select  
  (select placed_at from public.orders limit 1 offset 2)
     as c0, 
  ref_0.span as c1, 
  pg_catalog.version() as c2
from 
  public.MixedCase as ref_0
where ref_0.span is NULL
limit 85;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (5.7) 
ON target_0.span = sample_0.span 
WHEN MATCHED 
  AND false
   THEN DELETE;

select  
  sample_0.id as c0, 
  sample_0.total as c1, 
  sample_0.status as c2, 
  
    pg_catalog.stddev_samp(
      cast(sample_0.customer_id as int8)) over (partition by sample_0.id order by sample_0.total) as c3, 
  sample_0.customer_id as c4
from 
  public.orders as sample_0 tablesample bernoulli (0.5) 
where pg_catalog.clock_timestamp() is NULL;

select  
  sample_0.items as c0, 
  sample_0.status as c1, 
  (select name from public.customers limit 1 offset 2)
     as c2, 
  sample_0.placed_at as c3
from 
  public.orders as sample_0 tablesample system (2.6) 
where sample_0.customer_id is NULL;

select  
  ref_0.created_at as c0
from 
  public.customers as ref_0
where cast(coalesce(ref_0.id,
    ref_0.id) as int8) <> (select id from public.recent_orders limit 1 offset 2)
    
limit 49;

select  
  pg_catalog.uuid_lt(
    cast(pg_catalog.gen_random_uuid() as uuid),
    cast(pg_catalog.uuid_in(
      cast(case when ref_0.customer_id is not NULL then cast(null as cstring) else cast(null as cstring) end
         as cstring)) as uuid)) as c0, 
  ref_0.status as c1, 
  ref_0.status as c2, 
  ref_0.customer_id as c3
from 
  public.orders as ref_0
where ref_0.status is not NULL
limit 101;

select  
  ref_0.status as c0, 
  ref_0.status as c1, 
  ref_0.total as c2, 
  ref_0.items as c3, 
  ref_0.items as c4
from 
  public.orders as ref_0
where true
limit 117;

insert into public.orders values (
cast(null as int8), 
default, 
pg_catalog.version(), 
default, 
default, 
22);

select  
  pg_catalog.getdatabaseencoding() as c0, 
  ref_0.Id as c1, 
  ref_0.Label as c2, 
  ref_0.Label as c3, 
  pg_catalog.pg_reload_conf() as c4, 
  pg_catalog.getdatabaseencoding() as c5
from 
  public.MixedCase as ref_0
where true
limit 125;

select  
  68 as c0, 
  ref_0.Id as c1, 
  ref_0.flag as c2, 
  ref_0.data as c3, 
  ref_0.data as c4
from 
  public.MixedCase as ref_0
where pg_catalog.inet_server_addr() <= pg_catalog.inet_server_addr();

delete from public.orders
where 
(false) 
  or (public.orders.status <> pg_catalog.getdatabaseencoding())
returning 
  public.orders.items as c0, 
  pg_catalog.pg_rotate_logfile() as c1, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c2, 
  pg_catalog.pg_get_function_arg_default(
    cast(pg_catalog.pg_my_temp_schema() as oid),
    cast(68 as int4)) as c3, 
  public.orders.id as c4, 
  public.orders.status as c5, 
  public.orders.placed_at as c6;

insert into public.MixedCase values (
42, 
default, 
true, 
cast(null as bytea), 
default);

select  
  ref_0.total as c0, 
  ref_0.items as c1, 
  ref_0.total as c2, 
  ref_0.customer_id as c3, 
  cast(nullif((select balance from public.customers limit 1 offset 6)
      ,
    
      pg_catalog.avg(
        cast((select balance from public.customers limit 1 offset 5)
           as "numeric")) over (partition by ref_0.id order by ref_0.id,ref_0.id,ref_0.total,ref_0.total)) as "numeric") as c4
from 
  public.recent_orders as ref_0
where ref_0.total is not NULL
limit 33;

select  
  ref_0.status as c0, 
  (select balance from public.customers limit 1 offset 71)
     as c1
from 
  public.orders as ref_0
where (false) 
  or (ref_0.customer_id is not NULL)
limit 77;

select  
  97 as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (8.8) 
where sample_0.flag < sample_0.flag
limit 109;

select  
  pg_catalog.sin(
    cast(pg_catalog.pg_stat_get_checkpoint_write_time() as float8)) as c0, 
  (select Id from public.MixedCase limit 1 offset 4)
     as c1
from 
  public.MixedCase as sample_0 tablesample system (6.1) 
where (select profile from public.customers limit 1 offset 3)
     = pg_catalog.jsonb_build_array()
limit 104;

select  
  (select span from public.MixedCase limit 1 offset 3)
     as c0
from 
  (select  
        ref_0.email as c0, 
        ref_0.name as c1, 
        ref_0.name as c2
      from 
        public.customers as ref_0
      where (cast(null as "timestamp") > cast(null as date)) 
        or (cast(null as bpchar) <= cast(null as bpchar))) as subq_0
where subq_0.c1 is NULL;

insert into public.orders values (
default, 
pg_catalog.txid_current_if_assigned(), 
case when cast(null as varbit) >= cast(null as varbit) then cast(null as text) else cast(null as text) end
  , 
default, 
cast(coalesce(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
46);

insert into public.MixedCase values (
36, 
default, 
true, 
default, 
cast(null as int4range));

delete from public.orders
where 
public.orders.total is not NULL
returning 
  public.orders.id as c0;

select  
  ref_0.Id as c0
from 
  public.MixedCase as ref_0
where false
limit 96;

select  
  ref_0.total as c0, 
  ref_0.customer_id as c1, 
  (select tags from public.customers limit 1 offset 10)
     as c2, 
  ref_0.items as c3, 
  ref_0.total as c4
from 
  public.recent_orders as ref_0
where pg_catalog.rpad(
    cast(ref_0.name as text),
    cast(ref_0.items as int4)) = ref_0.status
limit 16;

insert into public.orders values (
(select id from public.recent_orders limit 1 offset 2)
  , 
cast(null as int8), 
cast(null as text), 
case when cast(null as "bit") >= cast(null as "bit") then (select total from public.orders limit 1 offset 3)
     else (select total from public.orders limit 1 offset 3)
     end
  , 
cast(null as "timestamp"), 
56);

insert into public.customers values (
default, 
default, 
default, 
pg_catalog.pg_stat_get_snapshot_timestamp(), 
cast(null as "numeric"), 
cast(null as _text), 
case when (false) 
    and (46 is not NULL) then cast(null as jsonb) else cast(null as jsonb) end
  );

update public.customers set 
  name = public.customers.name, 
  email = public.customers.email, 
  created_at = public.customers.created_at, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.name as c0, 
  public.customers.balance as c1, 
  public.customers.tags as c2;

select  
  sample_0.Id as c0, 
  sample_0.flag as c1
from 
  public.MixedCase as sample_0 tablesample system (4.7) 
where sample_0.flag is not NULL
limit 96;

select  
  ref_1.flag as c0, 
  38 as c1, 
  37 as c2, 
  ref_0.balance as c3
from 
  public.customers as ref_0
    inner join public.MixedCase as ref_1
    on (false)
where case when (ref_0.name is not NULL) 
      and (false) then (select placed_at from public.recent_orders limit 1 offset 5)
       else (select placed_at from public.recent_orders limit 1 offset 5)
       end
     < ref_0.created_at;

update public.orders set 
  id = public.orders.customer_id, 
  status = public.orders.status, 
  total = public.orders.total, 
  placed_at = cast(null as "timestamp")
returning 
  public.orders.total as c0, 
  (select profile from public.customers limit 1 offset 91)
     as c1, 
  public.orders.customer_id as c2;

select  
  cast(coalesce(pg_catalog.pg_current_wal_flush_lsn(),
    pg_catalog.pg_switch_wal()) as pg_lsn) as c0, 
  ref_0.profile as c1, 
  sample_1.Id as c2
from 
  public.customers as ref_0
    left join public.customers as sample_0 tablesample bernoulli (4.7) 
      inner join public.MixedCase as sample_1 tablesample system (8) 
      on (sample_0.name is NULL)
    on (sample_0.name !~* sample_0.name)
where pg_catalog.version() ~* ref_0.name
limit 42;

insert into public.customers values (
cast(null as int8), 
default, 
cast(null as "varchar"), 
default, 
default, 
pg_catalog.pg_get_statisticsobjdef_expressions(
  cast(cast(null as oid) as oid)), 
case when 2 is not NULL then cast(null as jsonb) else cast(null as jsonb) end
  );

insert into public.MixedCase values (
5, 
cast(null as text), 
false, 
(select data from public.MixedCase limit 1 offset 1)
  , 
default);

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample system (9.6) 
where sample_0.span &> (select span from public.MixedCase limit 1 offset 4)
    
limit 81;

select  
  sample_0.balance as c0
from 
  public.customers as sample_0 tablesample bernoulli (4.5) 
where sample_0.profile <= sample_0.profile
limit 163;

select  
  sample_0.profile as c0
from 
  public.customers as sample_0 tablesample system (5.7) 
where sample_0.created_at is not NULL
limit 158;

insert into public.orders values (
pg_catalog.txid_current_if_assigned(), 
cast(null as int8), 
case when cast(null as "timestamp") < cast(null as date) then cast(null as text) else cast(null as text) end
  , 
cast(null as "numeric"), 
case when 60 is not NULL then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
38);

select  
  ref_0.balance as c0, 
  ref_0.created_at as c1, 
  ref_0.tags as c2
from 
  public.customers as ref_0
where ref_0.tags <> case when false then ref_0.tags else ref_0.tags end;

select  
  sample_0.total as c0
from 
  public.orders as sample_0 tablesample system (4.8) 
where pg_catalog.gen_random_uuid() <> cast(null as uuid)
limit 91;

update public.orders set 
  customer_id = public.orders.customer_id, 
  placed_at = public.orders.placed_at
returning 
  public.orders.status as c0, 
  public.orders.id as c1;

update public.MixedCase set 
  flag = public.MixedCase.flag, 
  data = (select data from public.MixedCase limit 1 offset 6)
    
returning 
  public.MixedCase.flag as c0, 
  public.MixedCase.Label as c1, 
  pg_catalog.pg_rotate_logfile() as c2, 
  public.MixedCase.Label as c3, 
  public.MixedCase.Id as c4;

insert into public.customers values (
default, 
pg_catalog.pg_export_snapshot(), 
cast(nullif(cast(null as "varchar"),
  cast(null as "varchar")) as "varchar"), 
default, 
default, 
default, 
default);

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample system (2.4) 
where pg_catalog.box_sub(
    cast(case when sample_0.Label ~~ sample_0.Label then cast(null as box) else cast(null as box) end
       as box),
    cast(pg_catalog.point_mul(
      cast(pg_catalog.circle_center(
        cast(pg_catalog.circle(
          cast(cast(null as polygon) as polygon)) as circle)) as point),
      cast(cast(null as point) as point)) as point)) < cast(null as box);

insert into public.customers values (
default, 
default, 
cast(nullif(cast(null as "varchar"),
  cast(coalesce(cast(null as "varchar"),
    cast(null as "varchar")) as "varchar")) as "varchar"), 
pg_catalog.pg_conf_load_time(), 
default, 
default, 
default) on conflict on constraint customers_pkey do update  set 
  email = cast(null as "varchar"), 
  profile = (select profile from public.customers limit 1 offset 5)
     where cast(null as "bit") >= cast(null as "bit");

MERGE INTO public.orders as target_0
USING public.MixedCase as sample_0 tablesample bernoulli (2.1) 
ON target_0.status = sample_0.Label 
WHEN MATCHED 
  AND cast(null as money) >= cast(null as money)
   THEN DELETE;

select  
  case when pg_catalog.pg_rotate_logfile() <> (select pg_catalog.every(flag) from public.MixedCase)
         then sample_0.tags else sample_0.tags end
     as c0
from 
  public.customers as sample_0 tablesample bernoulli (9.5) 
where pg_catalog.inet_client_addr() is not NULL
limit 119;

delete from public.orders
where 
public.orders.status is not NULL
returning 
  public.orders.status as c0, 
  31 as c1, 
  pg_catalog.pg_backend_pid() as c2, 
  pg_catalog.pg_stat_get_buf_written_backend() as c3, 
  (select span from public.MixedCase limit 1 offset 2)
     as c4;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data
returning 
  public.MixedCase.flag as c0;

select  
  ref_0.status as c0, 
  ref_0.id as c1, 
  ref_0.status as c2, 
  93 as c3
from 
  public.recent_orders as ref_0
where ref_0.customer_id is NULL
limit 98;

select  
  (select status from public.orders limit 1 offset 3)
     as c0
from 
  (select  
        ref_0.tags as c0
      from 
        public.customers as ref_0
      where cast(coalesce(cast(null as box),
          cast(null as box)) as box) <<| pg_catalog.box_in(
          cast(cast(null as cstring) as cstring))
      limit 73) as subq_0
where false
limit 153;

select  
  cast(coalesce(ref_0.placed_at,
    ref_0.placed_at) as "timestamp") as c0, 
  ref_0.customer_id as c1, 
  ref_0.status as c2, 
  cast(nullif(ref_0.status,
    ref_0.status) as text) as c3, 
  pg_catalog.tsmultirange() as c4, 
  ref_0.id as c5, 
  ref_0.total as c6, 
  ref_0.name as c7
from 
  public.recent_orders as ref_0
where (pg_catalog.version() ~<=~ ref_0.name) 
  and (false)
limit 45;

select  
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c0, 
  ref_0.total as c1
from 
  public.recent_orders as ref_0
where (false) 
  or (ref_0.name is not NULL)
limit 125;

select  
  ref_0.span as c0, 
  pg_catalog.nummultirange() as c1
from 
  public.MixedCase as ref_0
where ref_0.Label ~* ref_0.Label
limit 147;

insert into public.MixedCase values (
31, 
default, 
pg_catalog.pg_has_role(
  cast(cast(null as name) as name),
  cast((select status from public.orders limit 1 offset 6)
     as text)), 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.profile as c0, 
  sample_0.id as c1, 
  (select total from public.orders limit 1 offset 6)
     as c2, 
  sample_0.email as c3
from 
  public.customers as sample_0 tablesample bernoulli (7.1) 
where cast(null as tsquery) < pg_catalog.websearch_to_tsquery(
    cast(sample_0.name as text));

select  
  sample_0.id as c0
from 
  public.customers as sample_0 tablesample system (6.2) 
where sample_0.email is not NULL
limit 76;

insert into public.MixedCase values (
pg_catalog.position(
  cast(cast(null as bytea) as bytea),
  cast(cast(null as bytea) as bytea)), 
default, 
pg_catalog.pg_rotate_logfile(), 
default, 
default);

select  
  subq_0.c0 as c0
from 
  (select  
        sample_0.data as c0
      from 
        public.MixedCase as sample_0 tablesample system (8.6) 
      where cast(null as path) > cast(null as path)
      limit 70) as subq_0
where false
limit 82;

select  
  case when ref_0.status is NULL then ref_0.name else ref_0.name end
     as c0, 
  ref_0.placed_at as c1, 
  ref_0.total as c2
from 
  public.recent_orders as ref_0
where ref_0.id is NULL
limit 120;

select  
  sample_0.status as c0, 
  sample_0.customer_id as c1, 
  sample_0.placed_at as c2
from 
  public.orders as sample_0 tablesample bernoulli (4.1) 
where cast(null as uuid) < pg_catalog.gen_random_uuid();

delete from public.orders
where 
pg_catalog.macaddr8_set7bit(
    cast(pg_catalog.macaddr8_set7bit(
      cast(cast(nullif(case when cast(null as record) *<= cast(null as record) then cast(null as macaddr8) else cast(null as macaddr8) end
          ,
        cast(null as macaddr8)) as macaddr8) as macaddr8)) as macaddr8)) >= cast(null as macaddr8)
returning 
  public.orders.items as c0, 
  25 as c1;

select  
  ref_0.items as c0, 
  ref_0.customer_id as c1, 
  ref_0.id as c2
from 
  public.orders as ref_0
where cast(null as name) ~~* ref_0.status
limit 85;

select  
  (select profile from public.customers limit 1 offset 2)
     as c0
from 
  public.customers as sample_0 tablesample bernoulli (7.4) 
where ((true) 
    or (true)) 
  and (cast(null as circle) @> cast(null as circle))
limit 46;

select  
  (select total from public.orders limit 1 offset 5)
     as c0, 
  ref_0.Id as c1
from 
  public.MixedCase as ref_0
where case when (ref_0.Id <= cast(null as int8)) 
      or (ref_0.data is not NULL) then cast(null as path) else cast(null as path) end
     ?# cast(null as path);

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
default, 
(select pg_catalog.max(status) from public.orders)
  , 
default, 
cast(null as "timestamp"), 
75) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  customer_id = cast(null as int8), 
  status = cast(null as text), 
  items = case when cast(null as box) >> cast(null as box) then 53 else 53 end
     where 17 is not NULL;

delete from public.orders
where 
cast(null as tid) <> pg_catalog.tidlarger(
    cast(cast(null as tid) as tid),
    cast(case when false then cast(null as tid) else cast(null as tid) end
       as tid))
returning 
  public.orders.id as c0, 
  cast(coalesce(public.orders.total,
    public.orders.total) as "numeric") as c1, 
  public.orders.items as c2, 
  pg_catalog.multirange_gt(
    cast(pg_catalog.int8multirange() as anymultirange),
    cast(pg_catalog.int4multirange() as anymultirange)) as c3;

select  
  (select pg_catalog.min(total) from public.recent_orders)
     as c0, 
  sample_0.Label as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (3) 
where (select pg_catalog.max(placed_at) from public.recent_orders)
     >= cast(null as "timestamp");

select  
  sample_0.Label as c0
from 
  public.MixedCase as sample_0 tablesample system (6.5) 
where case when sample_0.flag is NULL then pg_catalog.current_database() else pg_catalog.current_database() end
     = pg_catalog.session_user()
limit 108;

select  
  (select Label from public.MixedCase limit 1 offset 6)
     as c0, 
  pg_catalog.date_cmp_timestamp(
    cast(cast(null as date) as date),
    cast(ref_0.placed_at as "timestamp")) as c1, 
  ref_0.customer_id as c2, 
  ref_0.status as c3, 
  ref_0.id as c4
from 
  public.orders as ref_0
where pg_catalog.int8or(
    cast(ref_0.id as int8),
    cast(ref_0.id as int8)) = (select id from public.orders limit 1 offset 3);

select  
  case when false then sample_0.Id else sample_0.Id end
     as c0, 
  sample_0.Label as c1, 
  sample_0.span as c2
from 
  public.MixedCase as sample_0 tablesample system (1.7) 
where (sample_0.span is NULL) 
  and (pg_catalog.box(
      cast(pg_catalog.polygon(
        cast(cast(null as box) as box)) as polygon)) @> cast(null as box))
limit 137;

update public.customers set 
  id = pg_catalog.pg_stat_get_buf_alloc(), 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  public.customers.balance as c0, 
  public.customers.profile as c1, 
  public.customers.email as c2;

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
pg_catalog.pg_current_logfile(), 
(select pg_catalog.every(flag) from public.MixedCase)
  , 
(select data from public.MixedCase limit 1 offset 38)
  , 
cast(null as int4range));

select  
  ref_0.customer_id as c0
from 
  public.recent_orders as ref_0
where ref_0.items = ref_0.items
limit 70;

update public.orders set 
  id = public.orders.customer_id, 
  status = public.orders.status
returning 
  public.orders.status as c0, 
  29 as c1, 
  public.orders.status as c2, 
  public.orders.total as c3, 
  public.orders.id as c4, 
  pg_catalog.pg_current_snapshot() as c5;

MERGE INTO public.MixedCase as target_0
USING public.orders as ref_0
ON target_0.Id = ref_0.items 
WHEN NOT MATCHED AND (cast(null as tsvector) <> cast(null as tsvector)) 
    or (cast(null as anymultirange) &> cast(null as anyrange))
   THEN INSERT VALUES ( 1, cast(null as text), true, cast(null as bytea), cast(null as int4range));

insert into public.MixedCase values (
68, 
cast(null as text), 
pg_catalog.pg_is_wal_replay_paused(), 
cast(coalesce(pg_catalog.inet_send(
    cast(cast(null as inet) as inet)),
  cast(null as bytea)) as bytea), 
default);

insert into public.orders values (
default, 
default, 
default, 
cast(null as "numeric"), 
default, 
(select items from public.orders limit 1 offset 2)
  ) on conflict on constraint orders_customer_id_fkey do update  set 
  customer_id = cast(null as int8), 
  status = cast(null as text), 
  total = cast(nullif(cast(null as "numeric"),
    cast(null as "numeric")) as "numeric") where cast(null as tid) <> cast(null as tid);

MERGE INTO public.MixedCase as target_0
USING public.recent_orders as ref_0
ON target_0.Label = ref_0.status 
WHEN MATCHED 
  AND cast(null as oidvector) = cast(null as oidvector)
   THEN DELETE;

insert into public.MixedCase values (
case when cast(null as anyenum) = cast(null as anyenum) then 82 else 82 end
  , 
cast(null as text), 
pg_catalog.date_le(
  cast(cast(null as date) as date),
  cast(cast(null as date) as date)), 
cast(null as bytea), 
case when cast(null as "timestamp") < cast(null as timestamptz) then pg_catalog.int4range_canonical(
    cast(cast(null as int4range) as int4range)) else pg_catalog.int4range_canonical(
    cast(cast(null as int4range) as int4range)) end
  );

select  
  ref_0.items as c0, 
  ref_0.name as c1, 
  ref_0.total as c2, 
  pg_catalog.version() as c3, 
  ref_0.name as c4, 
  ref_0.id as c5, 
  ref_0.name as c6, 
  85 as c7
from 
  public.recent_orders as ref_0
where true;

insert into public.MixedCase values (
86, 
default, 
case when pg_catalog.pg_last_wal_replay_lsn() <> cast(null as pg_lsn) then pg_catalog.pg_is_wal_replay_paused() else pg_catalog.pg_is_wal_replay_paused() end
  , 
default, 
default);

select  
  ref_0.tags as c0, 
  ref_0.id as c1, 
  pg_catalog.pg_stat_get_snapshot_timestamp() as c2, 
  ref_0.email as c3
from 
  public.customers as ref_0
where case when true then cast(coalesce(79,
      pg_catalog.inet_server_port()) as int4) else cast(coalesce(79,
      pg_catalog.inet_server_port()) as int4) end
     <> 64;

select  
  ref_0.total as c0, 
  pg_catalog.jsonb_build_object() as c1
from 
  public.recent_orders as ref_0
where (cast(null as int2) >= ref_0.id) 
  or (ref_0.status is NULL)
limit 181;

select  
  ref_0.name as c0, 
  ref_0.id as c1
from 
  public.recent_orders as ref_0
where false = true
limit 103;

update public.orders set 
  id = public.orders.customer_id, 
  status = public.orders.status, 
  items = cast(coalesce(public.orders.items,
    public.orders.items) as int4)
returning 
  (select placed_at from public.orders limit 1 offset 2)
     as c0, 
  cast(coalesce(44,
    public.orders.items) as int4) as c1, 
  public.orders.items as c2, 
  public.orders.customer_id as c3, 
  public.orders.customer_id as c4;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  flag = public.MixedCase.flag
returning 
  public.MixedCase.Id as c0, 
  pg_catalog.box_gt(
    cast(cast(null as box) as box),
    cast(cast(coalesce(cast(null as box),
      cast(coalesce(cast(null as box),
        cast(null as box)) as box)) as box) as box)) as c1, 
  public.MixedCase.data as c2;

select  
  sample_0.flag as c0, 
  sample_0.Id as c1, 
  sample_0.span as c2, 
  sample_0.data as c3, 
  pg_catalog.getdatabaseencoding() as c4, 
  sample_0.flag as c5, 
  8 as c6, 
  sample_0.flag as c7, 
  pg_catalog.now() as c8, 
  sample_0.flag as c9
from 
  public.MixedCase as sample_0 tablesample system (5.5) 
where pg_catalog.pg_current_logfile() >= case when sample_0.flag is not NULL then pg_catalog.current_database() else pg_catalog.current_database() end
    
limit 142;

select  
  (select pg_catalog.var_pop(id) from public.customers)
     as c0
from 
  public.orders as ref_0
where (false) 
  and (true);

select  
  sample_0.placed_at as c0, 
  ref_0.total as c1, 
  pg_catalog.inet_client_port() as c2
from 
  public.orders as sample_0 tablesample system (5.8) 
    inner join public.recent_orders as ref_0
    on (true)
where (19 is not NULL) 
  and (ref_0.name is NULL)
limit 91;

insert into public.orders values (
default, 
pg_catalog.pg_stat_get_buf_fsync_backend(), 
(select pg_catalog.max(status) from public.orders)
  , 
default, 
case when (cast(null as text) >= cast(null as text)) 
    and (pg_catalog.inet_client_addr() <> cast(null as inet)) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
46);

select  
  93 as c0
from 
  public.customers as sample_0 tablesample system (4.2) 
where (select span from public.MixedCase limit 1 offset 5)
     = (select span from public.MixedCase limit 1 offset 5);

select  
  sample_0.flag as c0, 
  pg_catalog.pg_backend_pid() as c1, 
  sample_0.Id as c2
from 
  public.MixedCase as sample_0 tablesample system (9.8) 
where cast(null as int2) > sample_0.Id
limit 106;

update public.customers set 
  name = cast(null as text), 
  email = public.customers.email, 
  balance = public.customers.balance
returning 
  public.customers.balance as c0, 
  pg_catalog.pg_wal_replay_resume() as c1, 
  public.customers.email as c2, 
  public.customers.name as c3, 
  public.customers.id as c4;

insert into public.orders values (
default, 
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
cast(null as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
33);

insert into public.orders values (
cast(null as int8), 
pg_catalog.pg_stat_get_bgwriter_requested_checkpoints(), 
cast(coalesce((select name from public.customers limit 1 offset 76)
    ,
  cast(null as text)) as text), 
case when cast(null as name) ~* cast(null as text) then cast(null as "numeric") else cast(null as "numeric") end
  , 
default, 
95);

select  
  sample_0.customer_id as c0, 
  case when false then sample_0.placed_at else sample_0.placed_at end
     as c1, 
  sample_0.customer_id as c2, 
  sample_0.status as c3, 
  pg_catalog.inet_client_port() as c4, 
  sample_0.items as c5
from 
  public.orders as sample_0 tablesample bernoulli (4.5) 
where sample_0.status !~ cast(null as text)
limit 139;

select  
  sample_0.tags as c0, 
  sample_0.profile as c1, 
  sample_0.email as c2, 
  sample_0.id as c3, 
  case when cast(null as circle) = cast(coalesce(cast(null as circle),
        cast(null as circle)) as circle) then sample_0.created_at else sample_0.created_at end
     as c4, 
  sample_0.email as c5, 
  sample_0.name as c6, 
  sample_0.balance as c7
from 
  public.customers as sample_0 tablesample bernoulli (4.4) 
where false;

select  
  ref_0.created_at as c0, 
  ref_0.profile as c1, 
  ref_0.profile as c2, 
  cast(nullif(ref_0.name,
    ref_0.name) as text) as c3, 
  
    pg_catalog.sum(
      cast((select items from public.orders limit 1 offset 3)
         as int4)) over (partition by ref_0.tags,ref_0.balance order by ref_0.name) as c4
from 
  public.customers as ref_0
where false
limit 88;

insert into public.orders values (
default, 
cast(null as int8), 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
77);

select  
  (select Id from public.MixedCase limit 1 offset 5)
     as c0, 
  ref_0.email as c1, 
  pg_catalog.pg_stat_get_bgwriter_requested_checkpoints() as c2
from 
  public.customers as ref_0
where ref_0.id is not NULL
limit 28;

select  
  (select status from public.recent_orders limit 1 offset 2)
     as c0, 
  subq_0.c1 as c1
from 
  (select  
        sample_0.name as c0, 
        sample_0.profile as c1
      from 
        public.customers as sample_0 tablesample system (8.5) 
      where cast(null as box) <^ pg_catalog.box(
          cast(cast(null as point) as point))
      limit 92) as subq_0
where (subq_0.c0 is NULL) 
  or (subq_0.c1 is not NULL);

select  
  pg_catalog.xid8eq(
    cast(cast(null as xid8) as xid8),
    cast(
      pg_catalog.max(
        cast(case when cast(null as tid) <= cast(null as tid) then cast(null as xid8) else cast(null as xid8) end
           as xid8)) over (partition by ref_0.customer_id order by ref_0.total) as xid8)) as c0, 
  pg_catalog.current_schema() as c1
from 
  public.orders as ref_0
where cast(null as box) > cast(null as box);

select  
  (select placed_at from public.recent_orders limit 1 offset 6)
     as c0
from 
  public.MixedCase as sample_0 tablesample system (7.8) 
where (sample_0.Label is not NULL) 
  or (sample_0.span is not NULL)
limit 116;

update public.customers set 
  name = case when public.customers.tags = public.customers.tags then (select name from public.customers limit 1 offset 61)
       else (select name from public.customers limit 1 offset 61)
       end
    , 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.tags as c0;

MERGE INTO public.customers as target_0
USING public.customers as sample_0 tablesample system (1.4) 
ON target_0.tags = sample_0.tags 
WHEN MATCHED 
  AND case when cast(null as lseg) < case when false then cast(null as lseg) else cast(null as lseg) end
           then cast(null as int2) else cast(null as int2) end
       < pg_catalog.enum_cmp(
      cast(cast(null as anyenum) as anyenum),
      cast(cast(null as anyenum) as anyenum))
   THEN DELETE;

delete from public.orders
where 
public.orders.status ^@ public.orders.status
returning 
  public.orders.items as c0, 
  public.orders.status as c1, 
  cast(nullif(pg_catalog.json_build_object(),
    pg_catalog.json_build_object()) as json) as c2, 
  (select email from public.customers limit 1 offset 6)
     as c3;

delete from public.customers
where 
pg_catalog.pg_current_xact_id() >= cast(null as xid8)
returning 
  cast(coalesce(public.customers.profile,
    public.customers.profile) as jsonb) as c0, 
  public.customers.id as c1;

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.balance as c0, 
  public.customers.profile as c1, 
  public.customers.tags as c2, 
  public.customers.created_at as c3, 
  (select flag from public.MixedCase limit 1 offset 29)
     as c4;

select  
  sample_0.status as c0, 
  sample_0.total as c1
from 
  public.orders as sample_0 tablesample system (5.3) 
where pg_catalog.getdatabaseencoding() < pg_catalog.current_schema()
limit 160;

insert into public.orders values (
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
(select id from public.recent_orders limit 1 offset 5)
  , 
(select Label from public.MixedCase limit 1 offset 5)
  , 
default, 
default, 
61);

select  
  ref_0.balance as c0, 
  ref_0.created_at as c1, 
  ref_0.created_at as c2, 
  ref_0.id as c3
from 
  public.customers as ref_0
where cast(null as pg_lsn) >= case when case when ref_0.id is not NULL then cast(null as bpchar) else cast(null as bpchar) end
         ~<~ cast(null as bpchar) then pg_catalog.pg_current_wal_flush_lsn() else pg_catalog.pg_current_wal_flush_lsn() end;

select  
  subq_0.c1 as c0, 
  95 as c1
from 
  (select  
        ref_0.Label as c0, 
        ref_0.Label as c1, 
        (select status from public.orders limit 1 offset 5)
           as c2, 
        case when ref_0.data <> (select data from public.MixedCase limit 1 offset 99)
               then ref_0.flag else ref_0.flag end
           as c3
      from 
        public.MixedCase as ref_0
      where ref_0.span is not NULL
      limit 160) as subq_0
where false
limit 83;

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample system (1.6) 
where (pg_catalog.current_database() !~* sample_0.Label) 
  and (sample_0.flag > sample_0.flag)
limit 155;

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  created_at = public.customers.created_at, 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  public.customers.email as c0, 
  public.customers.balance as c1, 
  public.customers.email as c2, 
  public.customers.id as c3, 
  public.customers.profile as c4, 
  public.customers.tags as c5;

select  
  cast(coalesce(pg_catalog.pg_backend_pid(),
    
      pg_catalog.max(
        cast((select Id from public.MixedCase limit 1 offset 4)
           as int4)) over (partition by subq_0.c0 order by subq_0.c0,subq_0.c0,subq_0.c0)) as int4) as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2
from 
  (select  
        sample_0.data as c0
      from 
        public.MixedCase as sample_0 tablesample system (9) 
      where true
      limit 32) as subq_0
where 23 is NULL;

insert into public.customers values (
default, 
pg_catalog.version(), 
default, 
pg_catalog.pg_stat_get_last_autovacuum_time(
  cast(cast(null as oid) as oid)), 
cast(null as "numeric"), 
cast(null as _text), 
default);

update public.customers set 
  balance = public.customers.balance, 
  tags = public.customers.tags
returning 
  case when cast(null as date) >= public.customers.created_at then public.customers.tags else public.customers.tags end
     as c0;

delete from public.MixedCase
where 
cast(nullif(pg_catalog.bpchar(
      cast(cast(null as "char") as "char")),
    cast(null as bpchar)) as bpchar) ~~* public.MixedCase.Label
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.data as c1, 
  (select placed_at from public.recent_orders limit 1 offset 2)
     as c2, 
  public.MixedCase.Label as c3, 
  public.MixedCase.span as c4;

delete from public.orders
where 
public.orders.items is not NULL
returning 
  public.orders.items as c0, 
  public.orders.customer_id as c1, 
  (select Label from public.MixedCase limit 1 offset 2)
     as c2;

delete from public.customers
where 
pg_catalog.tsmultirange() &> (select span from public.MixedCase limit 1 offset 6)
    
returning 
  (select items from public.orders limit 1 offset 4)
     as c0, 
  public.customers.created_at as c1, 
  pg_catalog.pg_control_init() as c2;

MERGE INTO public.MixedCase as target_0
USING public.customers as sample_0 tablesample system (0.9) 
ON target_0.Label = sample_0.name 
WHEN MATCHED 
  AND (cast(null as polygon) @> cast(null as polygon)) 
    and ((cast(null as "timestamp") >= pg_catalog.integer_pl_date(
          cast(69 as int4),
          cast(cast(null as date) as date))) 
      or (cast(null as int8) <> cast(null as int8)))
   THEN DELETE;

update public.orders set 
  status = public.orders.status, 
  total = cast(nullif(public.orders.total,
    public.orders.total) as "numeric"), 
  placed_at = public.orders.placed_at
returning 
  public.orders.items as c0;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  flag = public.MixedCase.flag, 
  span = pg_catalog.int4range(
    cast(public.MixedCase.Id as int4),
    cast(cast(coalesce((select items from public.recent_orders limit 1 offset 2)
        ,
      public.MixedCase.Id) as int4) as int4),
    cast(public.MixedCase.Label as text))
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.Label as c1;

select  
  (select pg_catalog.every(flag) from public.MixedCase)
     as c0
from 
  public.recent_orders as ref_0
where true;

delete from public.MixedCase
where 
cast(null as int8) >= cast(null as int8)
returning 
  (select created_at from public.customers limit 1 offset 3)
     as c0;

select  
  (select placed_at from public.orders limit 1 offset 5)
     as c0
from 
  public.customers as ref_0
    inner join public.MixedCase as ref_1
      left join public.MixedCase as sample_0 tablesample system (1.6) 
      on (cast(nullif(cast(null as macaddr8),
            cast(null as macaddr8)) as macaddr8) >= cast(null as macaddr8))
    on (ref_0.profile <> ref_0.profile)
where sample_0.Id <= pg_catalog.int2shr(
    cast(cast(null as int2) as int2),
    cast(sample_0.Id as int4));

insert into public.MixedCase values (
85, 
default, 
false, 
cast(null as bytea), 
cast(null as int4range));

update public.orders set 
  id = public.orders.id, 
  status = public.orders.status, 
  total = public.orders.total, 
  placed_at = (select placed_at from public.orders limit 1 offset 6)
    
returning 
  public.orders.total as c0, 
  public.orders.placed_at as c1, 
  public.orders.items as c2;

select  
  sample_0.items as c0
from 
  public.orders as sample_0 tablesample bernoulli (3.1) 
where EXISTS (
  select  
      sample_1.id as c0
    from 
      public.customers as sample_1 tablesample system (1.7) 
    where (cast(null as bpchar) ~~* (select status from public.orders limit 1 offset 3)
          ) 
      and (sample_0.items < sample_1.id)
    limit 29)
limit 134;

select  
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c0, 
  subq_0.c0 as c1, 
  case when true then 68 else 68 end
     as c2
from 
  (select  
        sample_0.placed_at as c0
      from 
        public.orders as sample_0 tablesample bernoulli (9.9) 
      where cast(null as path) = cast(coalesce(cast(null as path),
          cast(null as path)) as path)
      limit 164) as subq_0
where false
limit 78;

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
cast(null as "varchar"), 
default, 
cast(coalesce(cast(null as "numeric"),
  cast(null as "numeric")) as "numeric"), 
cast(null as _text), 
pg_catalog.jsonb_build_object()) on conflict on constraint customers_pkey do update  set 
  balance = cast(null as "numeric"), 
  profile = cast(null as jsonb) where (select tags from public.customers limit 1 offset 2)
     <= (select tags from public.customers limit 1 offset 2);

insert into public.MixedCase values (
(select items from public.recent_orders limit 1 offset 85)
  , 
default, 
case when cast(null as oid) > cast(null as oid) then pg_catalog.pg_jit_available() else pg_catalog.pg_jit_available() end
  , 
case when cast(null as float8) >= cast(null as float8) then cast(null as bytea) else cast(null as bytea) end
  , 
case when cast(null as box) @> cast(null as point) then cast(null as int4range) else cast(null as int4range) end
  );

update public.MixedCase set 
  data = public.MixedCase.data
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.Label as c3, 
  public.MixedCase.data as c4, 
  public.MixedCase.Label as c5, 
  public.MixedCase.flag as c6, 
  (select items from public.recent_orders limit 1 offset 3)
     as c7, 
  85 as c8, 
  public.MixedCase.Id as c9, 
  public.MixedCase.span as c10, 
  public.MixedCase.Label as c11;

select  
  sample_0.placed_at as c0, 
  sample_0.status as c1, 
  pg_catalog.pg_rotate_logfile() as c2, 
  sample_0.total as c3
from 
  public.orders as sample_0 tablesample system (3.5) 
where sample_0.placed_at <> sample_0.placed_at
limit 112;

select  
  sample_0.flag as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (6) 
where sample_0.Label ~ sample_0.Label
limit 104;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
default, 
cast(null as "timestamp"), 
case when cast(null as lseg) <> cast(null as lseg) then 82 else 82 end
  );

update public.orders set 
  id = public.orders.id, 
  customer_id = public.orders.id, 
  total = cast(null as "numeric")
returning 
  pg_catalog.pg_stat_get_checkpoint_sync_time() as c0, 
  public.orders.placed_at as c1, 
  public.orders.items as c2, 
  (select pg_catalog.bit_and(id) from public.recent_orders)
     as c3, 
  pg_catalog.random() as c4, 
  public.orders.status as c5, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c6;

insert into public.MixedCase values (
30, 
(select Label from public.MixedCase limit 1 offset 2)
  , 
false, 
default, 
default);

select  
  cast(coalesce(sample_0.id,
    pg_catalog.pg_stat_get_buf_alloc()) as int8) as c0, 
  sample_0.total as c1
from 
  public.orders as sample_0 tablesample system (6) 
where cast(null as anymultirange) >> pg_catalog.int8multirange()
limit 75;

update public.MixedCase set 
  Id = (select Id from public.MixedCase limit 1 offset 6)
    , 
  Label = public.MixedCase.Label, 
  span = public.MixedCase.span
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.flag as c1;

select  
  sample_0.total as c0, 
  sample_0.status as c1
from 
  public.orders as sample_0 tablesample bernoulli (3.8) 
where (case when sample_0.customer_id > sample_0.items then pg_catalog.pg_current_wal_lsn() else pg_catalog.pg_current_wal_lsn() end
       <> cast(null as pg_lsn)) 
  and (case when sample_0.items < sample_0.items then cast(null as date) else cast(null as date) end
       > sample_0.placed_at)
limit 81;

update public.customers set 
  tags = public.customers.tags
returning 
  public.customers.balance as c0, 
  public.customers.tags as c1, 
  public.customers.created_at as c2, 
  public.customers.id as c3, 
  case when (false) 
      and (public.customers.balance is not NULL) then pg_catalog.transaction_timestamp() else pg_catalog.transaction_timestamp() end
     as c4, 
  public.customers.name as c5, 
  public.customers.profile as c6;

MERGE INTO public.customers as target_0
USING public.MixedCase as sample_0 tablesample system (2.7) 
ON target_0.name = sample_0.Label 
WHEN MATCHED 
  AND false
   THEN DELETE;

select  
  ref_0.Label as c0, 
  ref_0.data as c1, 
  
    pg_catalog.bit_xor(
      cast(pg_catalog.bitshiftleft(
        cast(cast(null as "bit") as "bit"),
        cast(37 as int4)) as "bit")) over (partition by ref_0.Label order by ref_0.Id) as c2, 
  ref_0.Label as c3
from 
  public.MixedCase as ref_0
where pg_catalog.pg_control_recovery() is not NULL
limit 114;

select  
  17 as c0
from 
  (select  
        sample_0.id as c0, 
        sample_0.balance as c1, 
        sample_0.name as c2, 
        (select id from public.customers limit 1 offset 6)
           as c3
      from 
        public.customers as sample_0 tablesample system (6.1) 
      where sample_0.email is NULL
      limit 73) as subq_0
where subq_0.c3 is not NULL
limit 47;

select  
  pg_catalog.inet_client_addr() as c0, 
  pg_catalog.int42ne(
    cast(ref_0.items as int4),
    cast(cast(null as int2) as int2)) as c1, 
  ref_0.status as c2, 
  ref_0.status as c3
from 
  public.recent_orders as ref_0
where (select items from public.recent_orders limit 1 offset 96)
     is not NULL
limit 117;

insert into public.orders values (
cast(null as int8), 
default, 
pg_catalog.version(), 
cast(null as "numeric"), 
case when ((41 is NULL) 
      and ((cast(null as "time") > cast(null as "time")) 
        or (48 is not NULL))) 
    and (cast(null as anyrange) @> cast(null as anymultirange)) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
(select items from public.orders limit 1 offset 4)
  );

insert into public.orders values (
pg_catalog.lastval(), 
case when cast(null as pg_lsn) <= cast(null as pg_lsn) then pg_catalog.pg_stat_get_buf_fsync_backend() else pg_catalog.pg_stat_get_buf_fsync_backend() end
  , 
cast(null as text), 
default, 
pg_catalog.timestamp_smaller(
  cast(cast(null as "timestamp") as "timestamp"),
  cast(cast(null as "timestamp") as "timestamp")), 
(select items from public.orders limit 1 offset 1)
  );

select  
  pg_catalog.nummultirange() as c0, 
  22 as c1
from 
  public.recent_orders as ref_0
where ref_0.placed_at = pg_catalog.pg_last_xact_replay_timestamp()
limit 89;

select  
  pg_catalog.pg_stat_get_checkpoint_sync_time() as c0, 
  ref_0.created_at as c1, 
  ref_0.created_at as c2, 
  ref_0.id as c3, 
  ref_0.profile as c4, 
  pg_catalog.timeofday() as c5
from 
  public.customers as ref_0
where false
limit 143;

update public.orders set 
  status = public.orders.status, 
  total = public.orders.total, 
  placed_at = public.orders.placed_at
returning 
  public.orders.placed_at as c0, 
  public.orders.id as c1, 
  public.orders.total as c2, 
  public.orders.status as c3, 
  pg_catalog.pg_current_xact_id_if_assigned() as c4, 
  public.orders.placed_at as c5;

select  
  ref_0.items as c0, 
  pg_catalog.json_build_object() as c1, 
  ref_0.status as c2, 
  ref_0.id as c3, 
  ref_0.id as c4, 
  pg_catalog.round(
    cast(ref_0.total as "numeric"),
    cast(ref_0.items as int4)) as c5
from 
  public.orders as ref_0
where pg_catalog.session_user() !~~* (select status from public.orders limit 1 offset 2);

select  
  pg_catalog.current_database() as c0, 
  subq_0.c0 as c1
from 
  (select  
        ref_0.total as c0, 
        ref_0.id as c1, 
        ref_0.items as c2
      from 
        public.recent_orders as ref_0
      where pg_catalog.mod(
          cast(cast(null as int2) as int2),
          cast(cast(nullif(cast(null as int2),
            cast(null as int2)) as int2) as int2)) <= ref_0.items
      limit 89) as subq_0
where cast(null as inet) >> pg_catalog.inet_client_addr()
limit 45;

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  created_at = public.customers.created_at, 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.profile as c0, 
  (select status from public.recent_orders limit 1 offset 4)
     as c1, 
  public.customers.name as c2;

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1, 
  subq_0.c1 as c2
from 
  (select  
        87 as c0, 
        19 as c1, 
        sample_0.status as c2
      from 
        public.orders as sample_0 tablesample bernoulli (0.2) 
      where pg_catalog.line_in(
          cast(cast(coalesce(cast(null as cstring),
            cast(null as cstring)) as cstring) as cstring)) ?# cast(null as box)
      limit 152) as subq_0
where false;

update public.customers set 
  name = public.customers.name, 
  created_at = public.customers.created_at, 
  tags = public.customers.tags
returning 
  public.customers.id as c0;

select  
  ref_0.Id as c0, 
  ref_0.Label as c1, 
  ref_0.span as c2, 
  (select pg_catalog.range_intersect_agg(span) from public.MixedCase)
     as c3, 
  ref_0.span as c4
from 
  public.MixedCase as ref_0
where ref_0.span is not NULL
limit 87;

insert into public.MixedCase values (
31, 
cast(null as text), 
true, 
pg_catalog.cash_send(
  cast(cast(null as money) as money)), 
pg_catalog.int4range(
  cast(pg_catalog.pg_trigger_depth() as int4),
  cast(16 as int4),
  cast(cast(null as text) as text)));

insert into public.MixedCase values (
(select pg_catalog.bit_and(Id) from public.MixedCase)
  , 
default, 
true, 
cast(null as bytea), 
default);

select  
  ref_0.items as c0, 
  ref_0.customer_id as c1, 
  ref_0.status as c2, 
  ref_0.status as c3, 
  ref_0.id as c4, 
  ref_0.total as c5, 
  ref_0.status as c6, 
  ref_0.customer_id as c7
from 
  public.recent_orders as ref_0
where pg_catalog.pg_current_logfile() is not NULL
limit 194;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2
from 
  (select  
        sample_0.tags as c0
      from 
        public.customers as sample_0 tablesample system (2.1) 
      where sample_0.name is not NULL
      limit 62) as subq_0
where (select status from public.orders limit 1 offset 6)
     > pg_catalog.current_query()
limit 122;

select  
  sample_0.Label as c0, 
  sample_0.Id as c1, 
  sample_0.Label as c2, 
  sample_0.span as c3, 
  sample_0.data as c4, 
  91 as c5, 
  sample_0.flag as c6, 
  sample_0.flag as c7, 
  case when (cast(null as point) ~= cast(null as point)) 
      and (cast(null as "bit") >= cast(null as "bit")) then sample_0.Id else sample_0.Id end
     as c8
from 
  public.MixedCase as sample_0 tablesample system (8) 
where cast(null as date) < cast(null as date)
limit 193;

select  
  83 as c0
from 
  public.customers as sample_0 tablesample system (3.9) 
where true;

select  
  77 as c0
from 
  public.customers as sample_0 tablesample system (5.9) 
where sample_0.id is NULL;

select  
  ref_0.created_at as c0
from 
  public.customers as ref_0
where (false) 
  and (true)
limit 37;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label
returning 
  public.MixedCase.flag as c0, 
  public.MixedCase.data as c1, 
  (select id from public.recent_orders limit 1 offset 4)
     as c2, 
  public.MixedCase.span as c3;

select  
  pg_catalog.poly_in(
    cast(cast(nullif(case when sample_0.items is NULL then pg_catalog.pg_snapshot_out(
          cast(pg_catalog.pg_current_snapshot() as pg_snapshot)) else pg_catalog.pg_snapshot_out(
          cast(pg_catalog.pg_current_snapshot() as pg_snapshot)) end
        ,
      pg_catalog.anyelement_out(
        cast(sample_0.items as int4))) as cstring) as cstring)) as c0
from 
  public.orders as sample_0 tablesample system (7.1) 
where 86 is NULL
limit 82;

select distinct 
  sample_0.status as c0
from 
  public.orders as sample_0 tablesample system (2.6) 
where pg_catalog.current_database() <> pg_catalog.current_schema()
limit 126;

select  
  (select Label from public.MixedCase limit 1 offset 2)
     as c0, 
  
    pg_catalog.variance(
      cast(pg_catalog.pg_stat_get_checkpoint_write_time() as float8)) over (partition by ref_0.span,ref_0.span order by ref_0.data) as c1, 
  ref_0.Id as c2, 
  ref_0.Id as c3
from 
  public.MixedCase as ref_0
where ref_0.Id > ref_0.Id;

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
cast(null as text), 
(select pg_catalog.bool_and(flag) from public.MixedCase)
  , 
default, 
cast(null as int4range));

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample system (1.5) 
    left join public.customers as ref_0
    on (sample_0.Label is not NULL)
where 47 is NULL
limit 86;

insert into public.MixedCase values (
99, 
cast(null as text), 
false, 
(select data from public.MixedCase limit 1 offset 6)
  , 
cast(null as int4range));

select  
  cast(nullif(case when (true) 
        and ((ref_0.status is NULL) 
          and (ref_0.status is not NULL)) then ref_0.total else ref_0.total end
      ,
    ref_0.total) as "numeric") as c0
from 
  public.orders as ref_0
where pg_catalog.pg_current_logfile() ~<~ ref_0.status
limit 87;

insert into public.orders values (
default, 
cast(null as int8), 
default, 
cast(null as "numeric"), 
default, 
98);

select  
  pg_catalog.plpgsql_call_handler() as c0, 
  ref_0.name as c1, 
  ref_0.items as c2, 
  ref_0.id as c3, 
  
    pg_catalog.variance(
      cast(case when ref_0.placed_at is not NULL then cast(null as int2) else cast(null as int2) end
         as int2)) over (partition by ref_0.id order by ref_0.id) as c4
from 
  public.recent_orders as ref_0
where pg_catalog.inet_client_addr() >>= pg_catalog.inet_client_addr()
limit 113;

update public.orders set 
  id = public.orders.customer_id, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  public.orders.placed_at as c0, 
  pg_catalog.pg_stat_get_bgwriter_requested_checkpoints() as c1;

select  
  ref_0.name as c0, 
  ref_0.id as c1
from 
  public.customers as ref_0
where ((ref_0.profile is not NULL) 
    or (cast(null as date) > case when cast(null as float8) > pg_catalog.pg_stat_get_checkpoint_sync_time() then cast(null as date) else cast(null as date) end
        )) 
  or ((true) 
    or ((false) 
      and ((ref_0.id < ref_0.id) 
        and (ref_0.id is NULL))))
limit 101;

MERGE INTO public.MixedCase as target_0
USING public.customers as ref_0
ON target_0.Label = ref_0.name 
WHEN MATCHED 
  AND cast(null as name) ~~* case when cast(null as tsvector) = cast(null as tsvector) then cast(null as text) else cast(null as text) end
      
   THEN DELETE;

select  
  sample_0.balance as c0
from 
  public.customers as sample_0 tablesample system (6.4) 
where sample_0.name < sample_0.name
limit 38;

select  
  pg_catalog.int4le(
    cast(ref_0.items as int4),
    cast(5 as int4)) as c0, 
  26 as c1, 
  ref_0.items as c2, 
  ref_0.items as c3
from 
  public.orders as ref_0
where (pg_catalog.pg_current_xact_id_if_assigned() < pg_catalog.pg_current_xact_id()) 
  or (false)
limit 150;

delete from public.orders
where 
cast(null as bpchar) ~~ case when (cast(null as oid) <= cast(null as oid)) 
      and (pg_catalog.current_user() > (select status from public.orders limit 1 offset 1)
          ) then public.orders.status else public.orders.status end
    
returning 
  case when pg_catalog.pg_rotate_logfile() <> true then public.orders.status else public.orders.status end
     as c0, 
  public.orders.id as c1, 
  public.orders.items as c2, 
  public.orders.items as c3;

select  
  sample_0.id as c0, 
  sample_0.placed_at as c1
from 
  public.orders as sample_0 tablesample bernoulli (0.4) 
where sample_0.items <@ cast(null as anymultirange)
limit 68;

insert into public.MixedCase values (
45, 
default, 
case when cast(null as anyrange) = pg_catalog.daterange(
      cast(cast(null as date) as date),
      cast(cast(null as date) as date),
      cast(cast(null as text) as text)) then true else true end
  , 
default, 
cast(null as int4range));

select  
  (select total from public.recent_orders limit 1 offset 6)
     as c0, 
  ref_1.flag as c1, 
  (select Label from public.MixedCase limit 1 offset 6)
     as c2, 
  pg_catalog.inet_server_addr() as c3, 
  ref_1.data as c4
from 
  public.customers as ref_0
      inner join public.MixedCase as ref_1
      on (ref_0.name = ref_1.Label )
    inner join public.orders as ref_2
    on (ref_1.span is not NULL)
where true
limit 86;

insert into public.MixedCase values (
34, 
cast(null as text), 
false, 
cast(nullif(cast(null as bytea),
  (select data from public.MixedCase limit 1 offset 1)
    ) as bytea), 
case when cast(coalesce(cast(null as timestamptz),
      cast(null as timestamptz)) as timestamptz) <= cast(null as timestamptz) then cast(null as int4range) else cast(null as int4range) end
  );

select  
  cast(nullif(ref_0.id,
    cast(null as int8)) as int8) as c0, 
  (select pg_catalog.stddev_samp(id) from public.orders)
     as c1, 
  ref_0.name as c2, 
  ref_0.name as c3, 
  ref_0.total as c4, 
  ref_0.items as c5
from 
  public.recent_orders as ref_0
where pg_catalog.pg_last_wal_replay_lsn() is NULL;

select  
  case when ref_0.status >= ref_0.status then ref_0.items else ref_0.items end
     as c0, 
  pg_catalog.txid_current() as c1, 
  ref_0.total as c2, 
  ref_0.total as c3, 
  ref_0.status as c4, 
  ref_0.customer_id as c5, 
  ref_0.customer_id as c6
from 
  public.orders as ref_0
where ref_0.customer_id is NULL
limit 77;

select  
  ref_0.customer_id as c0, 
  ref_0.placed_at as c1, 
  pg_catalog.pg_rotate_logfile() as c2, 
  ref_0.placed_at as c3
from 
  public.orders as ref_0
where pg_catalog.now() >= ref_0.placed_at
limit 170;

delete from public.orders
where 
pg_catalog.current_database() < public.orders.status
returning 
  public.orders.items as c0, 
  public.orders.placed_at as c1, 
  public.orders.placed_at as c2;

select  
  subq_0.c1 as c0, 
  ref_0.customer_id as c1
from 
  (select  
          sample_0.Label as c0, 
          sample_0.data as c1
        from 
          public.MixedCase as sample_0 tablesample system (4.5) 
        where cast(null as box) >^ cast(null as box)
        limit 157) as subq_0
    left join public.orders as ref_0
    on (ref_0.customer_id <> ref_0.items)
where (select Label from public.MixedCase limit 1 offset 2)
     ^@ ref_0.status
limit 109;

select  
  sample_0.email as c0, 
  pg_catalog.pg_current_wal_flush_lsn() as c1, 
  sample_0.profile as c2, 
  sample_0.name as c3, 
  sample_0.created_at as c4
from 
  public.customers as sample_0 tablesample system (1.2) 
where (sample_0.name is NULL) 
  and (sample_0.id is not NULL)
limit 135;

insert into public.MixedCase values (
37, 
default, 
false, 
cast(null as bytea), 
case when cast(null as "timestamp") > pg_catalog.pg_stat_get_snapshot_timestamp() then cast(null as int4range) else cast(null as int4range) end
  );

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        ref_0.flag as c0
      from 
        public.MixedCase as ref_0
          left join public.MixedCase as sample_0 tablesample system (5.7) 
          on (ref_0.span = sample_0.span )
      where pg_catalog.current_database() <= pg_catalog.getpgusername()
      limit 26) as subq_0
where cast(coalesce(subq_0.c0,
    subq_0.c0) as bool) is NULL
limit 142;

select  
  sample_0.tags as c0, 
  (select pg_catalog.var_pop(id) from public.orders)
     as c1, 
  sample_0.profile as c2, 
  pg_catalog.line_horizontal(
    cast(pg_catalog.line_in(
      cast(case when cast(null as bpchar) ~<=~ cast(null as bpchar) then cast(null as cstring) else cast(null as cstring) end
         as cstring)) as line)) as c3, 
  sample_0.name as c4
from 
  public.customers as sample_0 tablesample system (6) 
where sample_0.created_at is NULL
limit 57;

select  
  (select placed_at from public.recent_orders limit 1 offset 1)
     as c0, 
  sample_0.placed_at as c1, 
  sample_0.id as c2, 
  sample_0.id as c3, 
  sample_0.placed_at as c4, 
  sample_0.id as c5
from 
  public.orders as sample_0 tablesample system (6.6) 
where pg_catalog.tstzmultirange() -|- (select span from public.MixedCase limit 1 offset 5)
    
limit 141;

select  
  sample_0.Label as c0, 
  sample_0.flag as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (1) 
where sample_0.span &< cast(null as anymultirange)
limit 41;

select  
  sample_0.id as c0
from 
  public.orders as sample_0 tablesample bernoulli (5.7) 
where pg_catalog.pg_replication_origin_session_reset() is NULL
limit 133;

select  
  (select items from public.orders limit 1 offset 2)
     as c0
from 
  public.orders as ref_0
where true
limit 73;

insert into public.customers values (
cast(null as int8), 
case when 62 is not NULL then pg_catalog.pg_current_logfile() else pg_catalog.pg_current_logfile() end
  , 
case when cast(null as text) ~>=~ cast(null as text) then cast(null as "varchar") else cast(null as "varchar") end
  , 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
default);

insert into public.customers values (
cast(null as int8), 
default, 
case when cast(null as polygon) <@ cast(null as polygon) then cast(null as "varchar") else cast(null as "varchar") end
  , 
pg_catalog.transaction_timestamp(), 
cast(null as "numeric"), 
cast(null as _text), 
default);

update public.customers set 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.email as c0;

update public.MixedCase set 
  data = public.MixedCase.data
returning 
  cast(coalesce(cast(nullif(public.MixedCase.Id,
      public.MixedCase.Id) as int4),
    public.MixedCase.Id) as int4) as c0, 
  (select items from public.orders limit 1 offset 74)
     as c1, 
  public.MixedCase.flag as c2, 
  (select name from public.customers limit 1 offset 3)
     as c3;

select  
  sample_0.email as c0
from 
  public.customers as sample_0 tablesample system (4.4) 
where ((cast(null as "timestamp") > (select created_at from public.customers limit 1 offset 96)
        ) 
    and ((cast(null as date) >= sample_0.created_at) 
      or (sample_0.tags < sample_0.tags))) 
  or (case when true then sample_0.balance else sample_0.balance end
       is not NULL)
limit 126;

select  
  ref_0.flag as c0, 
  
    pg_catalog.var_pop(
      cast((select balance from public.customers limit 1 offset 4)
         as "numeric")) over (partition by ref_0.Label order by ref_0.data) as c1, 
  ref_0.Label as c2, 
  69 as c3, 
  case when 100 is NULL then ref_0.flag else ref_0.flag end
     as c4
from 
  public.MixedCase as ref_0
where ref_0.Id is not NULL
limit 144;

insert into public.orders values (
default, 
pg_catalog.int8mod(
  cast(pg_catalog.pg_stat_get_tuples_deleted(
    cast(cast(null as oid) as oid)) as int8),
  cast(pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints() as int8)), 
default, 
cast(null as "numeric"), 
default, 
35);

select  
  sample_0.id as c0, 
  sample_0.customer_id as c1, 
  sample_0.placed_at as c2, 
  cast(nullif(sample_0.customer_id,
    sample_0.customer_id) as int8) as c3, 
  sample_0.total as c4, 
  sample_0.customer_id as c5, 
  sample_0.total as c6
from 
  public.orders as sample_0 tablesample system (8.7) 
where sample_0.id <> sample_0.customer_id;

select  
  ref_0.profile as c0, 
  ref_0.email as c1
from 
  public.customers as ref_0
where (pg_catalog.jsonb_build_object() ? pg_catalog.timeofday()) 
  and (false);

insert into public.orders values (
cast(null as int8), 
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
default, 
case when cast(null as text) ~* cast(null as text) then cast(null as "numeric") else cast(null as "numeric") end
  , 
cast(null as "timestamp"), 
62);

select  
  ref_0.created_at as c0, 
  99 as c1, 
  ref_0.profile as c2, 
  ref_1.placed_at as c3, 
  ref_0.name as c4, 
  pg_catalog.pg_replication_origin_session_is_setup() as c5, 
  ref_1.id as c6
from 
  public.customers as ref_0
    right join public.orders as ref_1
    on (((true) 
          and (ref_1.status !~* ref_0.name)) 
        and ((ref_0.name @@ ref_1.status) 
          and (ref_0.tags <> ref_0.tags)))
where ref_0.profile is not NULL
limit 64;

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  span = case when true then public.MixedCase.span else public.MixedCase.span end
    
returning 
  cast(nullif(public.MixedCase.Label,
    (select status from public.orders limit 1 offset 5)
      ) as text) as c0;

insert into public.customers values (
pg_catalog.int8(
  cast(cast(null as "bit") as "bit")), 
cast(null as text), 
default, 
default, 
default, 
pg_catalog.regexp_match(
  cast(cast(null as text) as text),
  cast(cast(null as text) as text)), 
default);

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        (select created_at from public.customers limit 1 offset 5)
           as c0, 
        pg_catalog.to_regoperator(
          cast(ref_0.name as text)) as c1, 
        ref_0.status as c2
      from 
        public.recent_orders as ref_0
      where true
      limit 106) as subq_0
where subq_0.c2 !~* subq_0.c2;

select  
  72 as c0, 
  ref_1.id as c1
from 
  public.customers as ref_0
      right join public.orders as ref_1
      on (case when false then cast(null as tsvector) else cast(null as tsvector) end
             @@ cast(coalesce(cast(null as tsquery),
            cast(null as tsquery)) as tsquery))
    inner join public.orders as sample_0 tablesample bernoulli (5.6) 
    on (ref_1.customer_id = sample_0.id )
where sample_0.items > sample_0.id;

select  
  pg_catalog.pg_replication_origin_xact_reset() as c0
from 
  public.orders as sample_0 tablesample system (6.5) 
where sample_0.status !~~ case when cast(coalesce(pg_catalog.jsonb_build_array(),
        cast(null as jsonb)) as jsonb) ? sample_0.status then sample_0.status else sample_0.status end
    
limit 105;

select  
  ref_0.total as c0
from 
  public.recent_orders as ref_0
where ref_0.items = cast(null as int2)
limit 20;

select  
  pg_catalog.pg_stat_get_checkpoint_write_time() as c0, 
  ref_0.balance as c1, 
  (select name from public.customers limit 1 offset 3)
     as c2, 
  ref_0.tags as c3, 
  (select Label from public.MixedCase limit 1 offset 2)
     as c4
from 
  public.customers as ref_0
where false
limit 162;

select  
  sample_0.created_at as c0, 
  sample_0.created_at as c1
from 
  public.customers as sample_0 tablesample bernoulli (4.5) 
where sample_0.balance is not NULL
limit 76;

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample system (7.2) 
where false
limit 107;

select  
  ref_1.Id as c0
from 
  public.customers as ref_0
    left join public.MixedCase as ref_1
    on (ref_0.id >= ref_1.Id)
where ref_1.Label is NULL;

MERGE INTO public.customers as target_0
USING public.MixedCase as sample_0 tablesample system (2.3) 
ON target_0.name = sample_0.Label 
WHEN NOT MATCHED AND cast(null as name) ~* cast(null as text)
   THEN INSERT VALUES ( cast(null as int8), cast(null as text), case when cast(null as point) <@ cast(null as polygon) then cast(null as "varchar") else cast(null as "varchar") end
    , cast(null as timestamptz), cast(null as "numeric"), cast(null as _text), cast(null as jsonb));

select  
  sample_0.Label as c0, 
  sample_0.data as c1
from 
  public.MixedCase as sample_0 tablesample system (9.2) 
where sample_0.span is not NULL;

select  
  sample_0.tags as c0, 
  sample_0.tags as c1, 
  sample_0.tags as c2, 
  sample_0.tags as c3, 
  sample_0.balance as c4
from 
  public.customers as sample_0 tablesample system (9.9) 
where pg_catalog.pg_stat_get_bgwriter_requested_checkpoints() is NULL
limit 129;

select  
  ref_0.customer_id as c0
from 
  public.recent_orders as ref_0
where pg_catalog.pg_stat_get_snapshot_timestamp() is NULL
limit 107;

select  
  sample_0.data as c0, 
  sample_0.Label as c1, 
  sample_0.flag as c2, 
  44 as c3
from 
  public.MixedCase as sample_0 tablesample bernoulli (2.1) 
where false;

select  
  75 as c0, 
  sample_0.name as c1, 
  sample_0.created_at as c2
from 
  public.customers as sample_0 tablesample system (8.3) 
where 88 < sample_0.id
limit 144;

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  flag = false, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  13 as c0, 
  public.MixedCase.Id as c1;

insert into public.MixedCase values (
97, 
cast(null as text), 
false, 
default, 
cast(null as int4range));

insert into public.customers values (
pg_catalog.lastval(), 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
cast(null as "varchar"), 
default, 
cast(null as "numeric"), 
default, 
cast(null as jsonb)) on conflict on constraint customers_pkey do update  set 
  created_at = cast(null as timestamptz), 
  profile = cast(null as jsonb) where false;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
cast(null as int8), 
pg_catalog.left(
  cast(cast(null as text) as text),
  cast(cast(coalesce(pg_catalog.btint84cmp(
      cast((select id from public.orders limit 1 offset 3)
         as int8),
      cast(4 as int4)),
    86) as int4) as int4)), 
cast(null as "numeric"), 
default, 
5);

select  
  ref_0.id as c0, 
  ref_0.status as c1, 
  pg_catalog.getdatabaseencoding() as c2, 
  ref_0.id as c3, 
  ref_0.status as c4, 
  ref_0.total as c5, 
  ref_0.placed_at as c6, 
  ref_0.placed_at as c7, 
  ref_0.placed_at as c8, 
  ref_0.id as c9, 
  ref_0.status as c10, 
  pg_catalog.jsonb_build_array() as c11, 
  ref_0.customer_id as c12, 
  pg_catalog.pg_jit_available() as c13
from 
  public.orders as ref_0
where cast(nullif(ref_0.items,
    ref_0.items) as int4) > ref_0.id;

select  
  pg_catalog.pg_replication_origin_session_is_setup() as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (4) 
    right join public.MixedCase as sample_1 tablesample bernoulli (7.1) 
    on (sample_0.Label = sample_1.Label )
where sample_0.span @> sample_1.Id
limit 54;

select  
  ref_0.placed_at as c0, 
  ref_0.customer_id as c1, 
  ref_0.customer_id as c2, 
  ref_0.status as c3
from 
  public.recent_orders as ref_0
where cast(nullif(cast(null as lseg),
    cast(null as lseg)) as lseg) <@ cast(null as line)
limit 80;

update public.orders set 
  id = public.orders.customer_id, 
  status = public.orders.status, 
  total = public.orders.total
returning 
  public.orders.status as c0, 
  public.orders.id as c1, 
  public.orders.items as c2, 
  public.orders.placed_at as c3, 
  public.orders.total as c4, 
  public.orders.status as c5, 
  public.orders.total as c6;

insert into public.customers values (
default, 
cast(null as text), 
pg_catalog.varcharin(
  cast(cast(null as cstring) as cstring),
  cast(cast(null as oid) as oid),
  cast(44 as int4)), 
pg_catalog.pg_postmaster_start_time(), 
default, 
cast(null as _text), 
default);

insert into public.orders values (
default, 
cast(null as int8), 
default, 
default, 
default, 
61) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  customer_id = cast(null as int8) where case when 16 < 5 then pg_catalog.to_date(
      cast(cast(null as text) as text),
      cast(cast(null as text) as text)) else pg_catalog.to_date(
      cast(cast(null as text) as text),
      cast(cast(null as text) as text)) end
     <> cast(null as "timestamp");

select  
  ref_0.placed_at as c0, 
  ref_0.id as c1
from 
  public.orders as ref_0
where (cast(null as date) = case when false then (select created_at from public.customers limit 1 offset 2)
         else (select created_at from public.customers limit 1 offset 2)
         end
      ) 
  or (pg_catalog.lseg_in(
      cast(cast(null as cstring) as cstring)) ?# pg_catalog.lseg(
      cast(pg_catalog.box(
        cast(cast(null as polygon) as polygon)) as box)))
limit 28;

insert into public.orders values (
default, 
default, 
pg_catalog.pg_get_function_identity_arguments(
  cast(cast(null as oid) as oid)), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
48);

select  
  ref_0.id as c0, 
  ref_0.email as c1, 
  ref_0.id as c2
from 
  public.customers as ref_0
where false;

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  span = public.MixedCase.span
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.span as c1;

insert into public.customers values (
cast(null as int8), 
(select Label from public.MixedCase limit 1 offset 58)
  , 
default, 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

update public.MixedCase set 
  flag = (select flag from public.MixedCase limit 1 offset 2)
    , 
  data = (select data from public.MixedCase limit 1 offset 2)
    , 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.data as c1;

select  
  pg_catalog.pg_current_xact_id() as c0, 
  (select placed_at from public.recent_orders limit 1 offset 6)
     as c1, 
  (select data from public.MixedCase limit 1 offset 6)
     as c2, 
  pg_catalog.txid_current() as c3, 
  sample_0.Id as c4, 
  sample_0.Id as c5
from 
  public.MixedCase as sample_0 tablesample system (2.5) 
where sample_0.flag is NULL;

insert into public.MixedCase values (
38, 
default, 
true, 
cast(null as bytea), 
(select span from public.MixedCase limit 1 offset 4)
  );

insert into public.customers values (
pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints(), 
cast(null as text), 
cast(null as "varchar"), 
default, 
default, 
default, 
cast(null as jsonb));

select  
  ref_0.id as c0, 
  ref_0.created_at as c1, 
  ref_0.tags as c2, 
  ref_0.id as c3, 
  ref_0.balance as c4, 
  ref_0.email as c5, 
  ref_0.balance as c6, 
  ref_0.tags as c7
from 
  public.customers as ref_0
where (select total from public.recent_orders limit 1 offset 1)
     is not NULL
limit 105;

insert into public.customers values (
default, 
case when ((cast(null as date) > cast(null as "timestamp")) 
      and (false)) 
    or (20 is not NULL) then pg_catalog.pg_export_snapshot() else pg_catalog.pg_export_snapshot() end
  , 
default, 
(select created_at from public.customers limit 1 offset 1)
  , 
cast(null as "numeric"), 
cast(null as _text), 
case when 60 is NULL then cast(null as jsonb) else cast(null as jsonb) end
  );

insert into public.MixedCase values (
(select pg_catalog.bit_xor(items) from public.orders)
  , 
cast(null as text), 
pg_catalog.pg_rotate_logfile(), 
cast(null as bytea), 
cast(coalesce(cast(null as int4range),
  (select span from public.MixedCase limit 1 offset 2)
    ) as int4range));

select  
  ref_0.placed_at as c0
from 
  public.recent_orders as ref_0
    right join public.customers as sample_0 tablesample bernoulli (4.5) 
    on (ref_0.status = sample_0.name )
where pg_catalog.pg_last_wal_receive_lsn() is NULL
limit 146;

select  
  2 as c0, 
  ref_0.customer_id as c1
from 
  public.recent_orders as ref_0
where false
limit 69;

select  
  subq_0.c2 as c0
from 
  (select  
        ref_0.total as c0, 
        pg_catalog.get_current_ts_config() as c1, 
        ref_0.customer_id as c2, 
        (select placed_at from public.orders limit 1 offset 1)
           as c3, 
        ref_0.id as c4, 
        ref_0.total as c5
      from 
        public.recent_orders as ref_0
      where cast(null as polygon) ~= cast(null as polygon)
      limit 45) as subq_0
where false;

insert into public.MixedCase values (
71, 
cast(null as text), 
cast(coalesce(true,
  true) as bool), 
default, 
cast(null as int4range));

select  
  sample_0.status as c0, 
  sample_0.items as c1, 
  pg_catalog.pg_last_wal_replay_lsn() as c2, 
  sample_0.placed_at as c3, 
  sample_0.placed_at as c4
from 
  public.orders as sample_0 tablesample bernoulli (5.9) 
where cast(null as macaddr) < cast(null as macaddr)
limit 102;

select  
  subq_0.c1 as c0
from 
  (select  
        sample_0.customer_id as c0, 
        sample_0.items as c1, 
        sample_0.id as c2
      from 
        public.orders as sample_0 tablesample system (0.8) 
      where sample_0.items is NULL
      limit 114) as subq_0
where subq_0.c0 is not NULL;

select  
  ref_0.id as c0, 
  ref_0.tags as c1, 
  ref_0.name as c2
from 
  public.customers as ref_0
where pg_catalog.tstzmultirange() is not NULL;

select  
  cast(coalesce(sample_0.flag,
    sample_0.flag) as bool) as c0, 
  sample_0.Label as c1, 
  sample_0.data as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (6.4) 
where pg_catalog.pg_current_xact_id() <= pg_catalog.pg_snapshot_xmax(
    cast(pg_catalog.pg_current_snapshot() as pg_snapshot))
limit 42;

update public.orders set 
  id = public.orders.id, 
  customer_id = public.orders.id, 
  total = public.orders.total, 
  placed_at = public.orders.placed_at
returning 
  public.orders.items as c0, 
  public.orders.items as c1, 
  (select profile from public.customers limit 1 offset 1)
     as c2, 
  (select Label from public.MixedCase limit 1 offset 4)
     as c3, 
  public.orders.items as c4, 
  public.orders.status as c5;

insert into public.orders values (
cast(null as int8), 
default, 
(select Label from public.MixedCase limit 1 offset 6)
  , 
cast(null as "numeric"), 
default, 
27);

insert into public.MixedCase values (
74, 
cast(null as text), 
(select pg_catalog.bool_and(flag) from public.MixedCase)
  , 
(select data from public.MixedCase limit 1 offset 42)
  , 
case when (cast(null as float8) >= cast(null as float4)) 
    or (cast(null as int8) >= 41) then cast(null as int4range) else cast(null as int4range) end
  );

select  
  sample_0.flag as c0, 
  sample_0.flag as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (9.6) 
where pg_catalog.name(
    cast(cast(coalesce((select email from public.customers limit 1 offset 1)
        ,
      case when cast(null as float8) >= cast(null as float4) then cast(null as "varchar") else cast(null as "varchar") end
        ) as "varchar") as "varchar")) >= sample_0.Label
limit 77;

select  
  ref_0.email as c0
from 
  public.customers as ref_0
where ref_0.email is not NULL;

insert into public.orders values (
default, 
cast(null as int8), 
cast(null as text), 
(select balance from public.customers limit 1 offset 4)
  , 
default, 
37) on conflict on constraint orders_customer_id_fkey do update  set 
  id = (select id from public.customers limit 1 offset 6)
    , 
  placed_at = cast(null as "timestamp"), 
  items = 43 where 47 is NULL;

select  
  ref_0.Label as c0, 
  ref_0.Id as c1, 
  ref_0.data as c2, 
  ref_0.flag as c3, 
  ref_0.span as c4, 
  ref_0.data as c5, 
  pg_catalog.inet_client_addr() as c6, 
  ref_0.Id as c7
from 
  public.MixedCase as ref_0
where pg_catalog.current_user() > pg_catalog.current_database()
limit 88;

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample system (0.9) 
where sample_0.Id is not NULL
limit 111;

insert into public.MixedCase values (
cast(nullif(92,
  pg_catalog.inet_client_port()) as int4), 
cast(null as text), 
false, 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.customer_id as c0, 
  sample_0.placed_at as c1, 
  sample_1.customer_id as c2
from 
  public.orders as sample_0 tablesample bernoulli (1.6) 
    inner join public.orders as sample_1 tablesample system (4.8) 
    on (sample_1.id is not NULL)
where sample_0.total is NULL
limit 48;

select  
  sample_0.flag as c0, 
  sample_0.Id as c1, 
  sample_0.flag as c2, 
  pg_catalog.transaction_timestamp() as c3, 
  sample_0.data as c4
from 
  public.MixedCase as sample_0 tablesample bernoulli (3) 
where false;

insert into public.customers values (
default, 
pg_catalog.rpad(
  cast((select Label from public.MixedCase limit 1 offset 2)
     as text),
  cast(pg_catalog.inet_server_port() as int4)), 
default, 
default, 
cast(null as "numeric"), 
(select tags from public.customers limit 1 offset 3)
  , 
cast(null as jsonb));

select  
  cast(nullif(ref_0.items,
    ref_0.items) as int4) as c0
from 
  public.recent_orders as ref_0
where case when pg_catalog.inet_client_addr() >> pg_catalog.netmask(
        cast(cast(null as inet) as inet)) then ref_0.placed_at else ref_0.placed_at end
     is NULL;

insert into public.customers values (
default, 
pg_catalog.current_query(), 
cast(null as "varchar"), 
(select created_at from public.customers limit 1 offset 4)
  , 
default, 
default, 
default) on conflict on constraint customers_pkey do update  set 
  id = cast(null as int8), 
  profile = cast(null as jsonb) where cast(null as name) ~* pg_catalog.pg_current_logfile();

insert into public.MixedCase values (
76, 
default, 
case when cast(null as text) > cast(null as name) then true else true end
  , 
cast(nullif(cast(null as bytea),
  (select data from public.MixedCase limit 1 offset 25)
    ) as bytea), 
cast(null as int4range));

delete from public.orders
where 
pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() = public.orders.items
returning 
  public.orders.id as c0, 
  public.orders.items as c1, 
  case when public.orders.id is not NULL then public.orders.items else public.orders.items end
     as c2, 
  public.orders.id as c3, 
  pg_catalog.getpgusername() as c4, 
  public.orders.total as c5, 
  public.orders.customer_id as c6, 
  public.orders.id as c7;

delete from public.customers
where 
pg_catalog.tsmultirange() && pg_catalog.datemultirange()
returning 
  cast(coalesce(public.customers.balance,
    case when cast(null as tsquery) <@ cast(null as tsquery) then public.customers.balance else public.customers.balance end
      ) as "numeric") as c0, 
  public.customers.tags as c1, 
  public.customers.created_at as c2;

select  
  sample_0.profile as c0, 
  cast(nullif(sample_0.tags,
    sample_0.tags) as _text) as c1, 
  sample_0.tags as c2, 
  sample_0.id as c3, 
  sample_0.id as c4, 
  sample_0.profile as c5, 
  pg_catalog.pg_stat_get_buf_alloc() as c6, 
  pg_catalog.txid_current() as c7, 
  82 as c8
from 
  public.customers as sample_0 tablesample bernoulli (0.5) 
where (66 is NULL) 
  or ((select pg_catalog.min(name) from public.customers)
       ~>=~ sample_0.name)
limit 117;

insert into public.orders values (
cast(null as int8), 
default, 
default, 
case when (select name from public.customers limit 1 offset 5)
       is NULL then cast(null as "numeric") else cast(null as "numeric") end
  , 
pg_catalog.timestamp_in(
  cast(cast(null as cstring) as cstring),
  cast(pg_catalog.oid(
    cast(pg_catalog.pg_stat_get_bgwriter_requested_checkpoints() as int8)) as oid),
  cast(2 as int4)), 
53);

select  
  sample_0.items as c0, 
  sample_0.customer_id as c1
from 
  public.orders as sample_0 tablesample system (0.6) 
    right join public.customers as sample_1 tablesample bernoulli (9.4) 
    on (sample_1.created_at is not NULL)
where (sample_1.name <= cast(null as name)) 
  or (pg_catalog.inet_client_addr() <> cast(null as inet))
limit 134;

insert into public.orders values (
default, 
default, 
cast(null as text), 
cast(null as "numeric"), 
(select pg_catalog.min(placed_at) from public.recent_orders)
  , 
case when 92 is NULL then 44 else 44 end
  );

select  
  case when ref_0.placed_at < ref_0.placed_at then ref_0.customer_id else ref_0.customer_id end
     as c0, 
  ref_0.total as c1, 
  (select Label from public.MixedCase limit 1 offset 15)
     as c2, 
  ref_0.total as c3, 
  ref_0.total as c4
from 
  public.orders as ref_0
where true;

select  
  ref_0.name as c0, 
  pg_catalog.tsmultirange() as c1
from 
  public.recent_orders as ref_0
    left join public.MixedCase as sample_0 tablesample system (8.9) 
    on (cast(null as timetz) < cast(null as timetz))
where sample_0.Label < ref_0.status
limit 75;

update public.customers set 
  name = case when (true) 
      or (cast(null as anyenum) < cast(nullif(cast(null as anyenum),
          cast(null as anyenum)) as anyenum)) then public.customers.name else public.customers.name end
    , 
  email = public.customers.email, 
  balance = public.customers.balance
returning 
  public.customers.tags as c0;

insert into public.customers values (
default, 
default, 
default, 
case when (13 is not NULL) 
    and (36 is not NULL) then cast(null as timestamptz) else cast(null as timestamptz) end
  , 
cast(null as "numeric"), 
cast(null as _text), 
default);

insert into public.orders values (
case when cast(null as inet) > cast(null as inet) then cast(null as int8) else cast(null as int8) end
  , 
cast(null as int8), 
cast(null as text), 
default, 
default, 
cast(nullif(28,
  24) as int4)) on conflict on constraint orders_pkey do update  set 
  customer_id = cast(null as int8), 
  total = cast(null as "numeric"), 
  placed_at = cast(null as "timestamp") where cast(null as box) @> cast(null as point);

select  
  subq_0.c0 as c0, 
  10 as c1
from 
  (select  
        ref_0.created_at as c0
      from 
        public.customers as ref_0
          inner join public.orders as ref_1
          on (ref_0.balance = ref_1.total )
      where ref_1.id <= ref_1.items
      limit 47) as subq_0
where pg_catalog.text_ge(
    cast(cast(null as text) as text),
    cast(pg_catalog.pg_current_logfile() as text)) is NULL
limit 107;

MERGE INTO public.customers as target_0
USING public.customers as sample_0 tablesample system (8.4) 
ON target_0.profile = sample_0.profile 
WHEN NOT MATCHED
  AND cast(null as date) > cast(null as "timestamp")
   THEN DO NOTHING;

select  
  96 as c0, 
  sample_0.created_at as c1, 
  sample_0.balance as c2
from 
  public.customers as sample_0 tablesample system (8.6) 
where case when sample_0.name ~>=~ sample_0.name then pg_catalog.float4(
      cast(pg_catalog.jsonb_build_object() as jsonb)) else pg_catalog.float4(
      cast(pg_catalog.jsonb_build_object() as jsonb)) end
     <> pg_catalog.log10(
    cast(pg_catalog.pg_stat_get_checkpoint_sync_time() as float8));

select  
  sample_0.flag as c0, 
  sample_0.flag as c1, 
  sample_0.data as c2, 
  sample_0.data as c3
from 
  public.MixedCase as sample_0 tablesample bernoulli (7.9) 
where sample_0.span > sample_0.span
limit 136;

insert into public.orders values (
pg_catalog.int8(
  cast(cast(null as float4) as float4)), 
cast(coalesce(cast(null as int8),
  cast(null as int8)) as int8), 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
75) on conflict on constraint orders_pkey do update  set 
  status = cast(null as text), 
  total = pg_catalog.gcd(
    cast(cast(null as "numeric") as "numeric"),
    cast(cast(null as "numeric") as "numeric")), 
  placed_at = cast(null as "timestamp") where 45 is not NULL;

select  
  subq_0.c0 as c0
from 
  (select  
        sample_0.name as c0, 
        sample_0.id as c1, 
        sample_0.balance as c2, 
        sample_0.email as c3
      from 
        public.customers as sample_0 tablesample system (0.1) 
      where sample_0.tags <> sample_0.tags) as subq_0
where subq_0.c0 is NULL
limit 57;

delete from public.customers
where 
public.customers.profile is not NULL
returning 
  public.customers.tags as c0, 
  public.customers.balance as c1, 
  public.customers.balance as c2, 
  (select status from public.orders limit 1 offset 3)
     as c3, 
  public.customers.id as c4;

select  
  ref_1.data as c0, 
  ref_0.status as c1, 
  
    pg_catalog.var_pop(
      cast(cast(null as int2) as int2)) over (partition by ref_1.Id order by ref_1.Label) as c2, 
  ref_1.span as c3, 
  ref_1.Id as c4, 
  ref_0.placed_at as c5
from 
  public.orders as ref_0
    right join public.MixedCase as ref_1
    on (ref_0.status = ref_1.Label )
where ref_1.span is not NULL
limit 24;

select  
  sample_0.id as c0, 
  sample_0.id as c1, 
  sample_0.total as c2
from 
  public.orders as sample_0 tablesample bernoulli (6.5) 
where sample_0.placed_at >= case when (pg_catalog.float4(
          cast(sample_0.items as int4)) >= cast(coalesce(cast(null as float8),
          pg_catalog.pg_stat_get_checkpoint_write_time()) as float8)) 
      or (sample_0.items is NULL) then sample_0.placed_at else sample_0.placed_at end
    
limit 155;

select  
  sample_0.flag as c0
from 
  public.MixedCase as sample_0 tablesample system (0.1) 
where 66 is NULL;

insert into public.MixedCase values (
27, 
default, 
false, 
case when cast(null as name) !~ cast(null as text) then cast(null as bytea) else cast(null as bytea) end
  , 
cast(null as int4range));

select  
  cast(nullif(sample_0.name,
    sample_0.name) as text) as c0, 
  sample_0.tags as c1
from 
  public.customers as sample_0 tablesample system (4.9) 
where (select span from public.MixedCase limit 1 offset 18)
     > (select span from public.MixedCase limit 1 offset 2)
    
limit 89;

select  
  pg_catalog.pg_conf_load_time() as c0
from 
  public.orders as sample_0 tablesample system (3.1) 
where sample_0.status > sample_0.status
limit 71;

select  
  case when (select pg_catalog.min(placed_at) from public.orders)
         <= sample_0.created_at then subq_0.c0 else subq_0.c0 end
     as c0, 
  sample_0.tags as c1
from 
  public.customers as sample_0 tablesample system (8.2) ,
  lateral (select  
        ref_0.items as c0
      from 
        public.orders as ref_0
      where (select Id from public.MixedCase limit 1 offset 2)
           > ref_0.items
      limit 106) as subq_0
where sample_0.id < pg_catalog.txid_current()
limit 46;

MERGE INTO public.MixedCase as target_0
USING public.recent_orders as ref_0
ON target_0.Id = ref_0.items 
WHEN NOT MATCHED
  AND true
   THEN DO NOTHING;

select  
  (select email from public.customers limit 1 offset 4)
     as c0, 
  cast(coalesce(76,
    (select pg_catalog.min(Id) from public.MixedCase)
      ) as int4) as c1
from 
  public.orders as sample_0 tablesample system (4.1) 
    left join public.orders as ref_0
    on (ref_0.placed_at is NULL)
where ref_0.status is NULL
limit 105;

select  
  ref_0.Label as c0, 
  ref_0.data as c1, 
  ref_0.Label as c2, 
  ref_0.Label as c3
from 
  public.MixedCase as ref_0
where cast(null as name) !~* ref_0.Label
limit 179;

insert into public.customers values (
pg_catalog.lastval(), 
pg_catalog.pg_export_snapshot(), 
case when cast(coalesce(100,
      28) as int4) is NULL then cast(null as "varchar") else cast(null as "varchar") end
  , 
pg_catalog.pg_stat_get_bgwriter_stat_reset_time(), 
default, 
cast(null as _text), 
(select profile from public.customers limit 1 offset 3)
  );

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.Id as c0
      from 
        public.MixedCase as ref_0
      where ref_0.flag <> cast(nullif((select pg_catalog.bool_and(flag) from public.MixedCase)
            ,
          ref_0.flag) as bool)
      limit 156) as subq_0
where subq_0.c0 is not NULL;

update public.MixedCase set 
  flag = public.MixedCase.flag, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  pg_catalog.pg_stat_get_buf_written_backend() as c0;

select  
  ref_0.data as c0
from 
  public.MixedCase as ref_0
where (pg_catalog.pg_control_checkpoint() is NULL) 
  and (cast(null as float4) > pg_catalog.pg_stat_get_checkpoint_sync_time());

select  
  sample_0.id as c0, 
  case when sample_0.created_at <= cast(null as "timestamp") then pg_catalog.pg_is_wal_replay_paused() else pg_catalog.pg_is_wal_replay_paused() end
     as c1, 
  sample_0.tags as c2, 
  sample_0.balance as c3, 
  sample_0.name as c4, 
  sample_0.name as c5, 
  sample_0.profile as c6, 
  sample_0.name as c7
from 
  public.customers as sample_0 tablesample system (4.2) 
where (select pg_catalog.range_intersect_agg(span) from public.MixedCase)
     is NULL
limit 74;

update public.orders set 
  id = public.orders.id, 
  customer_id = public.orders.customer_id, 
  total = public.orders.total, 
  items = public.orders.items
returning 
  public.orders.items as c0, 
  public.orders.total as c1, 
  public.orders.status as c2, 
  public.orders.items as c3;

update public.MixedCase set 
  flag = public.MixedCase.flag, 
  data = (select data from public.MixedCase limit 1 offset 5)
    
returning 
  public.MixedCase.Id as c0, 
  pg_catalog.inet_server_port() as c1, 
  public.MixedCase.span as c2;

select  
  sample_0.span as c0, 
  pg_catalog.pg_stat_get_bgwriter_requested_checkpoints() as c1, 
  sample_0.Label as c2, 
  sample_0.flag as c3
from 
  public.MixedCase as sample_0 tablesample system (3.8) 
where (cast(null as int2) >= pg_catalog.pg_stat_get_bgwriter_maxwritten_clean()) 
  or (cast(null as point) <@ cast(null as line))
limit 125;

MERGE INTO public.MixedCase as target_0
USING public.orders as sample_0 tablesample system (2.6) 
ON target_0.Label = sample_0.status 
WHEN NOT MATCHED
  AND cast(null as anymultirange) << cast(null as anyrange)
   THEN DO NOTHING
WHEN MATCHED AND cast(null as xid8) < cast(null as xid8)
   THEN UPDATE  set 
    Id = target_0.Id;

select  
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c0, 
  cast(coalesce((select customer_id from public.recent_orders limit 1 offset 69)
      ,
    ref_0.id) as int8) as c1, 
  pg_catalog.pg_last_wal_replay_lsn() as c2, 
  ref_0.id as c3
from 
  public.recent_orders as ref_0
where pg_catalog.session_user() ~* (select status from public.orders limit 1 offset 34)
    
limit 87;

delete from public.customers
where 
cast(nullif(public.customers.tags,
    public.customers.tags) as _text) is NULL
returning 
  public.customers.tags as c0;

insert into public.orders values (
cast(null as int8), 
pg_catalog.pg_stat_get_buf_fsync_backend(), 
default, 
default, 
default, 
(select items from public.orders limit 1 offset 3)
  );

delete from public.orders
where 
true
returning 
  public.orders.placed_at as c0;

insert into public.orders values (
cast(null as int8), 
case when cast(null as lseg) ?# cast(null as line) then cast(null as int8) else cast(null as int8) end
  , 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
pg_catalog.pg_trigger_depth());

select  
  ref_0.items as c0
from 
  public.orders as ref_0
where ref_0.status is NULL
limit 47;

update public.MixedCase set 
  Id = (select items from public.orders limit 1 offset 6)
    , 
  span = public.MixedCase.span
returning 
  public.MixedCase.span as c0;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
default, 
(select total from public.orders limit 1 offset 1)
  , 
cast(null as _text), 
cast(null as jsonb)) on conflict on constraint customers_pkey do update  set 
  id = cast(null as int8) where cast(null as tsquery) <> case when cast(null as anyarray) >= cast(null as anyarray) then cast(null as tsquery) else cast(null as tsquery) end;

insert into public.MixedCase values (
55, 
default, 
pg_catalog.pg_replication_origin_session_is_setup(), 
default, 
(select span from public.MixedCase limit 1 offset 1)
  );

select  
  sample_0.data as c0, 
  pg_catalog.pg_last_wal_receive_lsn() as c1, 
  cast(nullif(sample_0.Label,
    sample_0.Label) as text) as c2, 
  sample_0.flag as c3, 
  sample_0.data as c4, 
  sample_0.flag as c5
from 
  public.MixedCase as sample_0 tablesample system (6) 
where sample_0.Label is not NULL
limit 86;

insert into public.orders values (
cast(coalesce(cast(null as int8),
  cast(null as int8)) as int8), 
cast(null as int8), 
default, 
default, 
default, 
78) on conflict on constraint orders_customer_id_fkey do update  set 
  customer_id = cast(null as int8), 
  placed_at = cast(null as "timestamp") where cast(null as box) && cast(nullif(cast(null as box),
    cast(null as box)) as box);

select  
  ref_0.name as c0, 
  ref_0.name as c1
from 
  public.customers as ref_0
where (select status from public.recent_orders limit 1 offset 1)
     ~<~ pg_catalog.substring(
    cast(ref_0.name as text),
    cast(pg_catalog.masklen(
      cast(pg_catalog.inet_client_addr() as inet)) as int4),
    cast(pg_catalog.inet_client_port() as int4));

select  
  ref_0.id as c0, 
  ref_0.placed_at as c1
from 
  public.recent_orders as ref_0
where ref_0.items = (select items from public.recent_orders limit 1 offset 1)
    
limit 96;

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.data as c0
      from 
        public.MixedCase as ref_0
      where ref_0.Label is NULL
      limit 109) as subq_0
where subq_0.c0 is NULL;

select  
  ref_0.profile as c0, 
  ref_0.id as c1, 
  pg_catalog.pg_last_xact_replay_timestamp() as c2, 
  (select id from public.customers limit 1 offset 1)
     as c3, 
  ref_0.balance as c4, 
  ref_0.email as c5
from 
  public.customers as ref_0
where (false) 
  or (case when cast(null as float4) = cast(null as float8) then cast(null as "timestamp") else cast(null as "timestamp") end
       <= (select placed_at from public.recent_orders limit 1 offset 1)
      );

select  
  sample_0.placed_at as c0, 
  sample_0.status as c1
from 
  public.orders as sample_0 tablesample bernoulli (8) 
where cast(nullif(sample_0.items,
    sample_0.items) as int4) is not NULL
limit 84;

update public.customers set 
  email = public.customers.email, 
  balance = public.customers.balance
returning 
  public.customers.tags as c0, 
  public.customers.id as c1, 
  public.customers.id as c2;

select  
  sample_0.data as c0, 
  sample_0.data as c1, 
  sample_0.flag as c2
from 
  public.MixedCase as sample_0 tablesample system (6.8) 
where sample_0.span <= sample_0.span
limit 102;

select  
  ref_0.profile as c0, 
  ref_0.profile as c1
from 
  public.customers as ref_0
where ref_0.balance is not NULL
limit 91;

insert into public.customers values (
pg_catalog.lastval(), 
(select status from public.recent_orders limit 1 offset 4)
  , 
default, 
cast(null as timestamptz), 
(select total from public.recent_orders limit 1 offset 1)
  , 
cast(null as _text), 
default);

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  created_at = public.customers.created_at, 
  profile = public.customers.profile
returning 
  public.customers.name as c0, 
  cast(nullif(public.customers.id,
    public.customers.id) as int8) as c1, 
  public.customers.id as c2, 
  public.customers.id as c3, 
  public.customers.balance as c4, 
  public.customers.created_at as c5, 
  public.customers.name as c6, 
  public.customers.created_at as c7;

MERGE INTO public.customers as target_0
USING public.MixedCase as sample_0 tablesample system (0.7) 
ON target_0.name = sample_0.Label 
WHEN NOT MATCHED
  AND cast(null as circle) <> cast(null as circle)
   THEN DO NOTHING;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample bernoulli (2.5) 
ON target_0.flag = sample_0.flag 
WHEN NOT MATCHED AND 91 is not NULL
   THEN INSERT VALUES ( 68, cast(null as text), false, cast(null as bytea), cast(null as int4range));

update public.orders set 
  id = pg_catalog.lcm(
    cast(public.orders.id as int8),
    cast(public.orders.id as int8)), 
  status = public.orders.status
returning 
  public.orders.total as c0, 
  public.orders.id as c1;

delete from public.orders
where 
true
returning 
  public.orders.customer_id as c0, 
  case when pg_catalog.pg_stat_get_checkpoint_sync_time() is not NULL then 7 else 7 end
     as c1;

select  
  ref_0.tags as c0
from 
  public.customers as ref_0
where (select pg_catalog.min(status) from public.recent_orders)
     is not NULL;

select  
  ref_0.status as c0
from 
  public.recent_orders as ref_0
where true
limit 80;

select  
  ref_0.total as c0, 
  (select flag from public.MixedCase limit 1 offset 1)
     as c1, 
  ref_0.status as c2, 
  ref_0.id as c3, 
  ref_0.total as c4, 
  pg_catalog.pg_current_logfile() as c5
from 
  public.recent_orders as ref_0
where pg_catalog.pg_current_xact_id() < cast(nullif(cast(null as xid8),
    pg_catalog.pg_snapshot_xmax(
      cast(pg_catalog.pg_current_snapshot() as pg_snapshot))) as xid8)
limit 81;

insert into public.orders values (
cast(coalesce(cast(null as int8),
  cast(null as int8)) as int8), 
cast(null as int8), 
cast(null as text), 
default, 
cast(null as "timestamp"), 
pg_catalog.inet_client_port());

insert into public.customers values (
cast(null as int8), 
default, 
case when true then pg_catalog.varchar(
    cast(cast(null as "varchar") as "varchar"),
    cast(77 as int4),
    cast(true as bool)) else pg_catalog.varchar(
    cast(cast(null as "varchar") as "varchar"),
    cast(77 as int4),
    cast(true as bool)) end
  , 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

select  
  (select tags from public.customers limit 1 offset 4)
     as c0, 
  sample_0.total as c1, 
  sample_0.items as c2, 
  sample_0.placed_at as c3
from 
  public.orders as sample_0 tablesample system (6.2) 
where sample_0.customer_id is not NULL;

select  
  sample_0.total as c0, 
  sample_0.total as c1, 
  sample_0.placed_at as c2
from 
  public.orders as sample_0 tablesample bernoulli (9.6) 
where sample_0.total is NULL;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2, 
  subq_0.c0 as c3, 
  subq_0.c0 as c4
from 
  (select  
        22 as c0
      from 
        public.orders as sample_0 tablesample system (3.5) 
      where false
      limit 102) as subq_0
where (select items from public.recent_orders limit 1 offset 1)
     is not NULL
limit 93;

select  
  ref_0.placed_at as c0, 
  ref_0.id as c1, 
  case when EXISTS (
      select  
          sample_0.id as c0
        from 
          public.orders as sample_0 tablesample system (4.6) 
        where cast(null as jsonb) @@ cast(null as jsonpath)) then ref_0.name else ref_0.name end
     as c2
from 
  public.recent_orders as ref_0
where ref_0.total is NULL
limit 80;

select  
  ref_0.Label as c0, 
  ref_0.Label as c1
from 
  public.MixedCase as ref_0
where true
limit 81;

select  
  sample_0.total as c0
from 
  public.orders as sample_0 tablesample system (7.8) 
where false;

select  
  sample_0.balance as c0, 
  ref_0.Id as c1
from 
  public.MixedCase as ref_0
    left join public.customers as sample_0 tablesample system (3.8) 
    on (cast(null as macaddr) >= cast(null as macaddr))
where sample_0.email is not NULL;

insert into public.MixedCase values (
pg_catalog.numnode(
  cast(case when (cast(null as date) = cast(null as "timestamp")) 
      and ((true) 
        and (case when 45 is not NULL then cast(null as int8) else cast(null as int8) end
             = cast(null as int8))) then cast(null as tsquery) else cast(null as tsquery) end
     as tsquery)), 
default, 
false, 
(select data from public.MixedCase limit 1 offset 6)
  , 
cast(null as int4range));

select  
  sample_0.email as c0, 
  sample_0.profile as c1
from 
  public.customers as sample_0 tablesample system (1.6) 
where (cast(coalesce(cast(null as xid8),
      pg_catalog.pg_current_xact_id_if_assigned()) as xid8) <> pg_catalog.pg_current_xact_id()) 
  and (sample_0.created_at is NULL)
limit 50;

select  
  sample_0.id as c0, 
  sample_0.status as c1
from 
  public.orders as sample_0 tablesample bernoulli (7.8) 
where sample_0.total is NULL
limit 121;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
(select total from public.recent_orders limit 1 offset 3)
  , 
default, 
54);

select  
  sample_0.id as c0
from 
  public.orders as sample_0 tablesample bernoulli (4.2) 
where pg_catalog.pg_stat_get_checkpoint_write_time() >= cast(null as float8)
limit 80;

delete from public.orders
where 
(select name from public.recent_orders limit 1 offset 1)
     is NULL
returning 
  (select Id from public.MixedCase limit 1 offset 1)
     as c0;

select  
  ref_0.status as c0, 
  ref_0.name as c1, 
  pg_catalog.pg_current_wal_insert_lsn() as c2, 
  ref_0.customer_id as c3, 
  ref_0.placed_at as c4
from 
  public.recent_orders as ref_0
where (ref_0.items is not NULL) 
  and (ref_0.customer_id is NULL)
limit 94;

select  
  ref_0.data as c0, 
  (select total from public.recent_orders limit 1 offset 6)
     as c1, 
  ref_0.Label as c2
from 
  public.MixedCase as ref_0
where ref_0.flag >= ref_0.flag
limit 95;

insert into public.orders values (
cast(null as int8), 
(select id from public.recent_orders limit 1 offset 5)
  , 
default, 
cast(null as "numeric"), 
default, 
54);

update public.orders set 
  status = public.orders.status, 
  placed_at = public.orders.placed_at
returning 
  public.orders.customer_id as c0;

delete from public.MixedCase
where 
(cast(null as lseg) > case when cast(null as inet) <<= cast(null as inet) then cast(null as lseg) else cast(null as lseg) end
      ) 
  or (cast(null as jsonb) @> case when public.MixedCase.Id = public.MixedCase.Id then cast(null as jsonb) else cast(null as jsonb) end
      )
returning 
  public.MixedCase.Id as c0, 
  public.MixedCase.span as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.Id as c3;

update public.MixedCase set 
  flag = public.MixedCase.flag, 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.flag as c1;

select  
  pg_catalog.jsonb_build_object() as c0
from 
  public.MixedCase as ref_0
where EXISTS (
  select  
      ref_1.flag as c0, 
      ref_1.Id as c1
    from 
      public.MixedCase as ref_1
    where ref_0.Id is not NULL
    limit 135)
limit 95;

select  
  sample_0.id as c0, 
  sample_0.balance as c1, 
  sample_0.id as c2
from 
  public.customers as sample_0 tablesample system (7.9) 
where sample_0.tags is not NULL
limit 172;

insert into public.customers values (
default, 
default, 
case when (select id from public.recent_orders limit 1 offset 5)
       >= 30 then cast(null as "varchar") else cast(null as "varchar") end
  , 
pg_catalog.clock_timestamp(), 
cast(null as "numeric"), 
default, 
case when true then cast(null as jsonb) else cast(null as jsonb) end
  );

select  
  ref_0.name as c0, 
  ref_0.balance as c1, 
  ref_0.profile as c2, 
  ref_0.created_at as c3, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c4, 
  ref_0.created_at as c5, 
  (select status from public.recent_orders limit 1 offset 36)
     as c6, 
  ref_0.name as c7
from 
  public.customers as ref_0
where ref_0.name is NULL
limit 139;

select  
  pg_catalog.pg_stat_get_archiver() as c0, 
  ref_0.total as c1, 
  ref_0.customer_id as c2, 
  ref_0.status as c3, 
  cast(nullif(ref_0.id,
    ref_0.customer_id) as int8) as c4
from 
  public.orders as ref_0
where ref_0.placed_at = ref_0.placed_at
limit 96;

select  
  sample_0.tags as c0
from 
  public.customers as sample_0 tablesample bernoulli (3.5) 
where ((false) 
    or ((sample_0.id > cast(null as int2)) 
      and (pg_catalog.pg_stat_get_checkpoint_write_time() = cast(null as float4)))) 
  and (true)
limit 97;

select  
  sample_0.id as c0
from 
  public.customers as sample_0 tablesample system (9.5) 
where sample_0.tags @> sample_0.tags
limit 118;

select  
  sample_0.Label as c0, 
  sample_0.Id as c1
from 
  public.MixedCase as sample_0 tablesample system (7.9) 
where sample_0.Id > pg_catalog.pg_backend_pid()
limit 73;

select  
  sample_0.id as c0, 
  pg_catalog.pg_advisory_unlock_all() as c1, 
  pg_catalog.pg_is_wal_replay_paused() as c2, 
  sample_0.created_at as c3, 
  55 as c4, 
  sample_0.id as c5
from 
  public.customers as sample_0 tablesample system (9) 
where cast(null as tsquery) = pg_catalog.tsquery_phrase(
    cast(cast(null as tsquery) as tsquery),
    cast(cast(null as tsquery) as tsquery),
    cast(pg_catalog.pg_trigger_depth() as int4));

insert into public.MixedCase values (
95, 
default, 
false, 
cast(null as bytea), 
cast(null as int4range));

select  
  cast(nullif(pg_catalog.pg_current_xact_id(),
    pg_catalog.xid8in(
      cast(case when false then cast(null as cstring) else cast(null as cstring) end
         as cstring))) as xid8) as c0, 
  subq_0.c0 as c1
from 
  public.MixedCase as sample_0 tablesample system (4.2) ,
  lateral (select  
        sample_0.data as c0
      from 
        public.recent_orders as ref_0
      where ref_0.name is not NULL
      limit 66) as subq_0
where sample_0.flag is NULL;

select  
  ref_0.name as c0, 
  pg_catalog.pg_is_in_recovery() as c1, 
  ref_0.status as c2, 
  ref_0.customer_id as c3, 
  cast(coalesce(ref_0.customer_id,
    ref_0.id) as int8) as c4
from 
  public.recent_orders as ref_0
where ref_0.placed_at is not NULL
limit 84;

insert into public.customers values (
default, 
cast(null as text), 
cast(null as "varchar"), 
default, 
cast(nullif(cast(null as "numeric"),
  cast(null as "numeric")) as "numeric"), 
cast(null as _text), 
case when case when (cast(null as "char") <= cast(null as "char")) 
        and (cast(null as record) >= cast(null as record)) then 86 else 86 end
       < cast(null as int2) then cast(null as jsonb) else cast(null as jsonb) end
  );

select  
  ref_0.customer_id as c0, 
  ref_0.id as c1, 
  ref_0.id as c2
from 
  public.orders as ref_0
where ref_0.items <= ref_0.customer_id
limit 147;

insert into public.MixedCase values (
9, 
default, 
(select pg_catalog.bool_or(flag) from public.MixedCase)
  , 
default, 
cast(null as int4range));

insert into public.orders values (
cast(null as int8), 
default, 
default, 
cast(null as "numeric"), 
pg_catalog.timedate_pl(
  cast(cast(null as "time") as "time"),
  cast(cast(null as date) as date)), 
48);

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
cast(null as text), 
pg_catalog.int84ge(
  cast(cast(null as int8) as int8),
  cast(9 as int4)), 
default, 
case when cast(null as float4) <= cast(nullif(cast(null as float8),
      cast(null as float8)) as float8) then cast(null as int4range) else cast(null as int4range) end
  );

insert into public.orders values (
default, 
default, 
pg_catalog.pg_get_wal_replay_pause_state(), 
(select total from public.orders limit 1 offset 6)
  , 
default, 
40);

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag, 
  data = public.MixedCase.data
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.Id as c1, 
  cast(coalesce(pg_catalog.int8div(
      cast(pg_catalog.lastval() as int8),
      cast(pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints() as int8)),
    cast(null as int8)) as int8) as c2;

insert into public.customers values (
cast(null as int8), 
(select status from public.orders limit 1 offset 1)
  , 
cast(null as "varchar"), 
cast(nullif(cast(null as timestamptz),
  cast(null as timestamptz)) as timestamptz), 
default, 
case when (cast(coalesce(cast(null as box),
        cast(null as box)) as box) > cast(null as box)) 
    or (cast(null as box) >> cast(null as box)) then cast(null as _text) else cast(null as _text) end
  , 
default);

select  
  
    pg_catalog.bit_xor(
      cast(subq_0.c4 as int8)) over (partition by subq_0.c0 order by subq_0.c0) as c0, 
  subq_0.c1 as c1
from 
  (select  
        pg_catalog.pg_jit_available() as c0, 
        ref_0.status as c1, 
        ref_0.items as c2, 
        ref_0.id as c3, 
        ref_0.id as c4
      from 
        public.recent_orders as ref_0
      where ref_0.customer_id is NULL) as subq_0
where cast(null as int2) >= subq_0.c2;

select  
  case when ref_0.Id <= ref_0.Id then ref_0.Label else ref_0.Label end
     as c0
from 
  public.MixedCase as ref_0
where ref_0.Id is NULL;

select  
  (select pg_catalog.min(created_at) from public.customers)
     as c0, 
  case when sample_0.name is NULL then 77 else 77 end
     as c1
from 
  public.customers as sample_0 tablesample system (7.9) 
where false
limit 119;

select  
  ref_0.items as c0
from 
  public.recent_orders as ref_0
where false
limit 157;

insert into public.MixedCase values (
5, 
default, 
false, 
default, 
default);

select  
  ref_0.Id as c0, 
  ref_0.span as c1, 
  ref_0.span as c2
from 
  public.MixedCase as ref_0
where ref_0.Id > pg_catalog.pg_stat_get_bgwriter_buf_written_clean();

select  
  sample_0.balance as c0, 
  sample_0.created_at as c1, 
  (select status from public.orders limit 1 offset 99)
     as c2
from 
  public.customers as sample_0 tablesample bernoulli (9.4) 
where pg_catalog.nummultirange() << case when pg_catalog.age(
        cast(cast(null as xid) as xid)) <= sample_0.id then pg_catalog.tstzmultirange() else pg_catalog.tstzmultirange() end;

select  
  cast(nullif(ref_0.Id,
    ref_0.Id) as int4) as c0, 
  ref_0.Label as c1, 
  ref_0.data as c2, 
  ref_0.span as c3, 
  ref_0.span as c4, 
  ref_0.Label as c5
from 
  public.MixedCase as ref_0
where pg_catalog.inet_client_addr() >= pg_catalog.hostmask(
    cast(cast(nullif(pg_catalog.inet_server_addr(),
      pg_catalog.inet_server_addr()) as inet) as inet))
limit 157;

insert into public.MixedCase values (
33, 
default, 
true, 
cast(null as bytea), 
cast(null as int4range));

select  
  3 as c0, 
  (select status from public.orders limit 1 offset 29)
     as c1
from 
  public.customers as sample_0 tablesample system (5.2) 
where pg_catalog.inet_server_port() <= pg_catalog.strpos(
    cast(sample_0.name as text),
    cast(pg_catalog.pg_get_wal_replay_pause_state() as text));

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (1.4) 
ON target_0.Id = sample_0.Id 
WHEN NOT MATCHED AND cast(null as lseg) > cast(null as lseg)
   THEN INSERT VALUES ( pg_catalog.inet_client_port(), pg_catalog.pg_export_snapshot(), true, cast(null as bytea), (select span from public.MixedCase limit 1 offset 3)
    )
WHEN MATCHED 
  AND cast(null as timestamptz) <= cast(null as date)
   THEN DELETE;

delete from public.orders
where 
(true) 
  and (pg_catalog.tstzmultirange() > pg_catalog.int8multirange())
returning 
  (select name from public.recent_orders limit 1 offset 4)
     as c0, 
  public.orders.total as c1, 
  public.orders.placed_at as c2;

insert into public.MixedCase values (
cast(coalesce(5,
  61) as int4), 
cast(nullif(pg_catalog.pg_export_snapshot(),
  cast(null as text)) as text), 
(select flag from public.MixedCase limit 1 offset 8)
  , 
(select data from public.MixedCase limit 1 offset 1)
  , 
default);

select  
  ref_0.flag as c0
from 
  public.MixedCase as ref_0
where ref_0.flag is not NULL;

select  
  sample_0.id as c0
from 
  public.customers as sample_0 tablesample system (0.1) 
where false
limit 101;

insert into public.customers values (
default, 
default, 
default, 
default, 
(select balance from public.customers limit 1 offset 1)
  , 
default, 
cast(coalesce(cast(null as jsonb),
  (select profile from public.customers limit 1 offset 29)
    ) as jsonb));

insert into public.orders values (
case when cast(null as anymultirange) << pg_catalog.int4multirange() then cast(null as int8) else cast(null as int8) end
  , 
default, 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
94);

select  
  subq_0.c2 as c0
from 
  (select  
        (select total from public.orders limit 1 offset 61)
           as c0, 
        sample_0.balance as c1, 
        case when cast(null as xid8) <= cast(null as xid8) then sample_0.id else sample_0.id end
           as c2
      from 
        public.customers as sample_0 tablesample system (3.9) 
      where true
      limit 56) as subq_0
where subq_0.c1 is not NULL
limit 88;

select  
  pg_catalog.regexp_like(
    cast(case when ref_0.Id >= ref_0.Id then ref_0.Label else ref_0.Label end
       as text),
    cast(ref_0.Label as text)) as c0, 
  ref_0.span as c1, 
  ref_0.flag as c2, 
  ref_0.flag as c3, 
  ref_0.Id as c4, 
  ref_0.Label as c5
from 
  public.MixedCase as ref_0
where ref_0.flag is NULL
limit 122;

select  
  ref_0.flag as c0, 
  ref_0.flag as c1, 
  ref_0.flag as c2, 
  ref_0.span as c3, 
  ref_0.Label as c4
from 
  public.MixedCase as ref_0
where ref_0.flag is not NULL;

select  
  sample_0.placed_at as c0, 
  sample_0.total as c1
from 
  public.orders as sample_0 tablesample system (2) 
where sample_0.id is not NULL;

delete from public.orders
where 
cast(null as float8) > pg_catalog.float84mi(
    cast(cast(null as float8) as float8),
    cast(cast(null as float4) as float4))
returning 
  public.orders.status as c0, 
  public.orders.customer_id as c1;

insert into public.MixedCase values (
14, 
default, 
cast(nullif(true,
  false) as bool), 
default, 
default);

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  email = (select email from public.customers limit 1 offset 4)
    , 
  balance = cast(null as "numeric"), 
  profile = public.customers.profile
returning 
  cast(nullif(pg_catalog.json_build_array(),
    cast(null as json)) as json) as c0;

insert into public.MixedCase values (
pg_catalog.inet_client_port(), 
cast(null as text), 
pg_catalog.pg_reload_conf(), 
pg_catalog.loread(
  cast(pg_catalog.pg_trigger_depth() as int4),
  cast((select pg_catalog.max(items) from public.recent_orders)
     as int4)), 
cast(coalesce(cast(null as int4range),
  cast(null as int4range)) as int4range));

select  
  sample_0.Id as c0, 
  sample_0.Label as c1, 
  (select pg_catalog.range_agg(span) from public.MixedCase)
     as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (10) 
where sample_0.Label is NULL
limit 82;

update public.orders set 
  customer_id = public.orders.id, 
  status = public.orders.status, 
  total = public.orders.total, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  public.orders.items as c0, 
  public.orders.placed_at as c1, 
  public.orders.placed_at as c2;

select  
  ref_0.profile as c0, 
  pg_catalog.pg_rotate_logfile() as c1
from 
  public.customers as ref_0
where cast(null as point) <<| cast(null as point)
limit 96;

insert into public.MixedCase values (
pg_catalog.inet_server_port(), 
cast(null as text), 
true, 
default, 
cast(null as int4range));

select  
  (select flag from public.MixedCase limit 1 offset 1)
     as c0, 
  ref_0.Label as c1, 
  ref_0.flag as c2
from 
  public.MixedCase as ref_0
where cast(null as xid8) <= pg_catalog.pg_snapshot_xmax(
    cast(case when cast(null as anymultirange) &> cast(null as anymultirange) then cast(null as pg_snapshot) else cast(null as pg_snapshot) end
       as pg_snapshot));

select  
  ref_0.flag as c0, 
  pg_catalog.pg_last_xact_replay_timestamp() as c1
from 
  public.MixedCase as ref_0
where pg_catalog.random() = case when false then pg_catalog.float4(
      cast(pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as int8)) else pg_catalog.float4(
      cast(pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as int8)) end
    
limit 104;

select  
  subq_0.c1 as c0, 
  subq_0.c0 as c1
from 
  public.customers as sample_0 tablesample system (0.2) ,
  lateral (select  
        sample_0.tags as c0, 
        ref_0.total as c1
      from 
        public.recent_orders as ref_0
      where (select id from public.customers limit 1 offset 4)
           is NULL) as subq_0
where (sample_0.id is not NULL) 
  and (false)
limit 105;

select  
  ref_0.name as c0, 
  10 as c1
from 
  public.orders as sample_0 tablesample system (4) 
    inner join public.customers as ref_0
    on (true)
where pg_catalog.gen_random_uuid() is NULL;

insert into public.orders values (
cast(null as int8), 
pg_catalog.txid_current_if_assigned(), 
(select status from public.recent_orders limit 1 offset 6)
  , 
default, 
default, 
pg_catalog.int4um(
  cast(pg_catalog.pg_trigger_depth() as int4)));

update public.MixedCase set 
  Id = case when public.MixedCase.span is not NULL then public.MixedCase.Id else public.MixedCase.Id end
    , 
  Label = public.MixedCase.Label, 
  data = (select data from public.MixedCase limit 1 offset 3)
    , 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  (select customer_id from public.orders limit 1 offset 19)
     as c1, 
  public.MixedCase.span as c2, 
  public.MixedCase.span as c3;

select  
  sample_0.placed_at as c0
from 
  public.orders as sample_0 tablesample system (9.1) 
where sample_0.status is not NULL
limit 74;

update public.customers set 
  created_at = public.customers.created_at, 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0, 
  public.customers.email as c1, 
  public.customers.tags as c2;

select  
  sample_1.flag as c0
from 
  public.customers as sample_0 tablesample bernoulli (9.4) 
    right join public.MixedCase as sample_1 tablesample system (2.9) 
    on (((sample_0.name is not NULL) 
          and ((cast(null as box) @> cast(null as point)) 
            or (cast(null as pg_lsn) <= cast(null as pg_lsn)))) 
        or ((select tags from public.customers limit 1 offset 2)
             is not NULL))
where false
limit 8;

insert into public.orders values (
(select id from public.orders limit 1 offset 7)
  , 
(select id from public.orders limit 1 offset 3)
  , 
cast(null as text), 
cast(null as "numeric"), 
default, 
32);

select  
  ref_0.placed_at as c0, 
  ref_0.placed_at as c1, 
  ref_0.placed_at as c2, 
  ref_0.customer_id as c3, 
  ref_0.status as c4
from 
  public.recent_orders as ref_0
where pg_catalog.texteq(
    cast(ref_0.status as text),
    cast(cast(nullif(ref_0.name,
      ref_0.name) as text) as text)) <> pg_catalog.pg_reload_conf()
limit 95;

select  
  pg_catalog.pg_wal_replay_pause() as c0, 
  sample_0.span as c1
from 
  public.MixedCase as sample_0 tablesample system (2.5) 
where sample_0.Label is NULL
limit 100;

insert into public.MixedCase values (
57, 
default, 
pg_catalog.pg_statistics_obj_is_visible(
  cast(cast(null as oid) as oid)), 
default, 
cast(null as int4range));

select  
  ref_0.placed_at as c0, 
  ref_0.items as c1, 
  pg_catalog.transaction_timestamp() as c2, 
  ref_0.total as c3, 
  ref_0.total as c4
from 
  public.orders as ref_0
where ref_0.total is not NULL;

select  
  (select flag from public.MixedCase limit 1 offset 1)
     as c0
from 
  public.MixedCase as ref_0
    inner join public.orders as ref_1
    on (case when ref_1.placed_at >= ref_1.placed_at then pg_catalog.inet_server_addr() else pg_catalog.inet_server_addr() end
           < case when cast(null as float8) <> cast(null as float4) then cast(null as inet) else cast(null as inet) end
          )
where cast(null as bpchar) > cast(null as bpchar);

select  
  sample_0.span as c0, 
  (select items from public.orders limit 1 offset 6)
     as c1, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints() as c2
from 
  public.MixedCase as sample_0 tablesample system (9) 
where cast(nullif(sample_0.Id,
    pg_catalog.inet_client_port()) as int4) is NULL;

select  
  pg_catalog.pg_is_in_recovery() as c0, 
  sample_0.flag as c1, 
  sample_0.data as c2, 
  sample_0.data as c3, 
  sample_0.flag as c4
from 
  public.MixedCase as sample_0 tablesample system (6) 
where 57 <> sample_0.Id;

insert into public.customers values (
cast(null as int8), 
cast(coalesce(cast(null as text),
  cast(null as text)) as text), 
default, 
pg_catalog.pg_stat_get_bgwriter_stat_reset_time(), 
pg_catalog.extract(
  cast(cast(null as text) as text),
  cast(cast(null as timetz) as timetz)), 
cast(null as _text), 
cast(null as jsonb));

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
cast(null as timestamptz), 
default, 
cast(null as _text), 
default);

select  
  sample_0.items as c0, 
  sample_0.customer_id as c1
from 
  public.orders as sample_0 tablesample system (0.6) 
where true
limit 95;

insert into public.MixedCase values (
64, 
default, 
false, 
cast(null as bytea), 
cast(null as int4range));

select  
  pg_catalog.getpgusername() as c0, 
  sample_0.data as c1, 
  sample_0.Label as c2, 
  sample_0.Label as c3, 
  (select items from public.orders limit 1 offset 2)
     as c4, 
  sample_0.Id as c5, 
  pg_catalog.clock_timestamp() as c6
from 
  public.MixedCase as sample_0 tablesample system (4.8) 
where pg_catalog.bpchar(
    cast(pg_catalog.session_user() as name)) < cast(null as bpchar)
limit 135;

select  
  ref_0.profile as c0, 
  ref_0.email as c1, 
  ref_0.tags as c2, 
  (select profile from public.customers limit 1 offset 4)
     as c3, 
  pg_catalog.inet_client_addr() as c4, 
  ref_0.email as c5, 
  ref_0.tags as c6, 
  ref_0.name as c7
from 
  public.customers as ref_0
where true
limit 80;

select  
  sample_0.name as c0, 
  sample_0.email as c1
from 
  public.recent_orders as ref_0
    right join public.customers as sample_0 tablesample system (1.1) 
    on (cast(null as "timestamp") > cast(null as date))
where pg_catalog.pg_logical_emit_message(
    cast((select flag from public.MixedCase limit 1 offset 6)
       as bool),
    cast(pg_catalog.pg_current_logfile() as text),
    cast(cast(null as bytea) as bytea)) >= pg_catalog.pg_last_wal_receive_lsn();

select  
  sample_0.tags as c0, 
  cast(nullif((select items from public.orders limit 1 offset 15)
      ,
    (select items from public.orders limit 1 offset 2)
      ) as int4) as c1, 
  sample_0.profile as c2, 
  pg_catalog.inet_client_port() as c3
from 
  public.customers as sample_0 tablesample system (7.7) 
where (select span from public.MixedCase limit 1 offset 27)
     >> (select span from public.MixedCase limit 1 offset 2)
    
limit 188;

select  
  sample_0.Id as c0, 
  sample_0.Id as c1, 
  pg_catalog.pg_notification_queue_usage() as c2, 
  pg_catalog.int8multirange() as c3, 
  sample_0.span as c4, 
  sample_0.Id as c5, 
  pg_catalog.pg_stat_get_buf_alloc() as c6, 
  sample_0.data as c7
from 
  public.MixedCase as sample_0 tablesample bernoulli (1.5) 
where false;

insert into public.orders values (
cast(null as int8), 
default, 
cast(null as text), 
(select total from public.orders limit 1 offset 4)
  , 
cast(null as "timestamp"), 
78) on conflict on constraint orders_pkey do update  set 
  customer_id = cast(null as int8), 
  status = cast(null as text), 
  total = cast(coalesce(cast(null as "numeric"),
    cast(null as "numeric")) as "numeric"), 
  items = 20 where cast(null as macaddr) < cast(null as macaddr);

select  
  sample_0.balance as c0, 
  pg_catalog.pg_stat_get_wal() as c1
from 
  public.customers as sample_0 tablesample system (9.4) 
where cast(null as int2) = cast(coalesce(cast(null as int2),
    case when cast(null as anymultirange) @> sample_0.profile then cast(null as int2) else cast(null as int2) end
      ) as int2)
limit 111;

insert into public.MixedCase values (
cast(coalesce(7,
  36) as int4), 
default, 
false, 
(select data from public.MixedCase limit 1 offset 1)
  , 
default);

select  
  pg_catalog.session_user() as c0, 
  cast(coalesce(ref_0.data,
    ref_0.data) as bytea) as c1, 
  case when cast(null as record) <= cast(null as record) then sample_0.id else sample_0.id end
     as c2
from 
  public.orders as sample_0 tablesample bernoulli (3.9) 
    left join public.MixedCase as ref_0
    on (ref_0.flag is not NULL)
where pg_catalog.name(
    cast(ref_0.Label as text)) !~~ sample_0.status
limit 71;

update public.orders set 
  id = pg_catalog.pg_stat_get_tuples_hot_updated(
    cast(pg_catalog.pg_my_temp_schema() as oid)), 
  customer_id = public.orders.id, 
  total = public.orders.total, 
  items = public.orders.items
returning 
  public.orders.status as c0, 
  pg_catalog.pg_my_temp_schema() as c1, 
  public.orders.status as c2;

delete from public.MixedCase
where 
public.MixedCase.Id is not NULL
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.span as c3, 
  public.MixedCase.Label as c4, 
  public.MixedCase.data as c5;

select  
  sample_0.profile as c0
from 
  public.customers as sample_0 tablesample system (0.2) 
where sample_0.id <> case when cast(null as anyrange) = cast(coalesce(cast(null as anyrange),
        cast(null as anyrange)) as anyrange) then cast(null as int2) else cast(null as int2) end
    
limit 185;

update public.customers set 
  balance = public.customers.balance, 
  tags = cast(null as _text)
returning 
  pg_catalog.pg_export_snapshot() as c0, 
  63 as c1, 
  pg_catalog.pg_last_xact_replay_timestamp() as c2, 
  public.customers.balance as c3, 
  pg_catalog.pg_is_in_recovery() as c4, 
  public.customers.name as c5;

delete from public.orders
where 
public.orders.placed_at >= public.orders.placed_at
returning 
  public.orders.items as c0, 
  25 as c1, 
  pg_catalog.inet_server_port() as c2, 
  public.orders.status as c3;

insert into public.orders values (
case when 10 is NULL then cast(null as int8) else cast(null as int8) end
  , 
default, 
default, 
default, 
default, 
pg_catalog.get_bit(
  cast(cast(coalesce(cast(null as "bit"),
    cast(null as "bit")) as "bit") as "bit"),
  cast(17 as int4)));

select  
  sample_0.status as c0, 
  sample_0.placed_at as c1, 
  sample_0.total as c2, 
  sample_0.total as c3, 
  sample_0.customer_id as c4, 
  sample_0.placed_at as c5
from 
  public.orders as sample_0 tablesample system (1) 
where false
limit 112;

insert into public.MixedCase values (
55, 
cast(null as text), 
false, 
default, 
cast(null as int4range));

insert into public.MixedCase values (
pg_catalog.pg_trigger_depth(), 
cast(coalesce(cast(nullif(cast(null as text),
    cast(null as text)) as text),
  cast(null as text)) as text), 
false, 
default, 
default);

select  
  pg_catalog.pg_backend_pid() as c0, 
  sample_0.tags as c1, 
  sample_0.tags as c2
from 
  public.customers as sample_0 tablesample system (8.6) 
where case when (false) 
      or (sample_0.id is not NULL) then sample_0.id else sample_0.id end
     is NULL
limit 84;

select  
  cast(nullif(sample_0.items,
    sample_0.items) as int4) as c0, 
  sample_0.total as c1, 
  pg_catalog.txid_current_if_assigned() as c2, 
  sample_0.placed_at as c3, 
  sample_0.placed_at as c4
from 
  public.orders as sample_0 tablesample system (1) 
where (select tags from public.customers limit 1 offset 4)
     <> (select tags from public.customers limit 1 offset 6);

select  
  sample_0.customer_id as c0
from 
  public.orders as sample_0 tablesample bernoulli (4.8) 
where cast(null as date) = pg_catalog.date(
    cast((select created_at from public.customers limit 1 offset 1)
       as timestamptz))
limit 141;

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
cast(null as text), 
false, 
default, 
default);

select  
  pg_catalog.random() as c0
from 
  public.customers as ref_0
where case when (cast(null as name) !~* ref_0.name) 
      and (ref_0.created_at <= case when (select span from public.MixedCase limit 1 offset 2)
               <@ (select span from public.MixedCase limit 1 offset 5)
               then cast(null as date) else cast(null as date) end
          ) then ref_0.id else ref_0.id end
     is NULL
limit 57;

insert into public.orders values (
default, 
default, 
default, 
(select balance from public.customers limit 1 offset 4)
  , 
cast(nullif(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
pg_catalog.pg_backend_pid()) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  placed_at = cast(null as "timestamp") where cast(null as path) < cast(null as path);

update public.orders set 
  customer_id = cast(null as int8), 
  status = pg_catalog.pg_get_wal_replay_pause_state(), 
  total = public.orders.total, 
  placed_at = cast(null as "timestamp"), 
  items = public.orders.items
returning 
  cast(coalesce(public.orders.items,
    public.orders.items) as int4) as c0;

insert into public.MixedCase values (
10, 
cast(null as text), 
(select flag from public.MixedCase limit 1 offset 5)
  , 
cast(null as bytea), 
default);

update public.orders set 
  id = cast(nullif(case when cast(null as inet) << case when (public.orders.items is not NULL) 
            and (cast(null as uuid) <= cast(null as uuid)) then cast(null as inet) else cast(null as inet) end
           then public.orders.id else public.orders.id end
      ,
    case when false then public.orders.customer_id else public.orders.customer_id end
      ) as int8), 
  status = public.orders.status
returning 
  public.orders.customer_id as c0;

select  
  ref_0.span as c0
from 
  public.MixedCase as ref_0
where ref_0.flag is NULL
limit 82;

insert into public.MixedCase values (
39, 
(select status from public.recent_orders limit 1 offset 1)
  , 
true, 
cast(null as bytea), 
default);

select  
  pg_catalog.pg_stat_force_next_flush() as c0
from 
  public.customers as ref_0
where cast(null as name) ~ ref_0.name;

select  
  ref_0.Label as c0, 
  ref_0.Id as c1
from 
  public.MixedCase as ref_0
where true
limit 151;

select  
  ref_0.status as c0
from 
  public.recent_orders as ref_0
where (ref_0.total is NULL) 
  and (false);

select  
  ref_0.balance as c0
from 
  public.customers as ref_0
where ref_0.id is not NULL
limit 102;

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (7.9) 
    left join public.MixedCase as ref_0
    on ((cast(null as xid8) = cast(null as xid8)) 
        or (pg_catalog.xid(
            cast(cast(null as xid8) as xid8)) <> cast(null as xid)))
where pg_catalog.pi() <> pg_catalog.pg_notification_queue_usage()
limit 156;

select  
  sample_0.total as c0
from 
  public.orders as sample_0 tablesample system (6.8) 
where sample_0.placed_at is NULL;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2
from 
  (select  
        ref_0.customer_id as c0
      from 
        public.recent_orders as ref_0
      where ref_0.id is NULL
      limit 79) as subq_0
where pg_catalog.transaction_timestamp() is NULL;

insert into public.orders values (
cast(null as int8), 
default, 
pg_catalog.ltrim(
  cast(cast(null as text) as text)), 
cast(null as "numeric"), 
pg_catalog.timestamp_mi_interval(
  cast((select placed_at from public.recent_orders limit 1 offset 4)
     as "timestamp"),
  cast(cast(coalesce(cast(null as "interval"),
    cast(null as "interval")) as "interval") as "interval")), 
cast(coalesce(cast(coalesce(97,
    69) as int4),
  13) as int4));

insert into public.orders values (
case when cast(null as name) <> cast(null as name) then cast(null as int8) else cast(null as int8) end
  , 
default, 
default, 
(select pg_catalog.max(balance) from public.customers)
  , 
case when cast(null as date) = cast(null as date) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
3);

select  
  sample_0.span as c0, 
  sample_0.data as c1, 
  sample_0.data as c2, 
  sample_0.data as c3, 
  sample_0.data as c4, 
  sample_0.flag as c5, 
  sample_0.Id as c6, 
  sample_0.data as c7
from 
  public.MixedCase as sample_0 tablesample system (9.4) 
where (false) 
  and (cast(null as inet) = cast(null as inet))
limit 91;

select  
  subq_0.c5 as c0
from 
  (select  
        cast(coalesce(ref_0.name,
          ref_0.name) as text) as c0, 
        ref_0.balance as c1, 
        ref_0.balance as c2, 
        ref_0.tags as c3, 
        ref_0.name as c4, 
        41 as c5, 
        pg_catalog.inet_client_port() as c6
      from 
        public.customers as ref_0
      where ref_0.email is NULL) as subq_0
where false;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample bernoulli (4.4) 
ON target_0.Id = sample_0.Id 
WHEN MATCHED 
  AND cast(null as "interval") <= cast(null as "interval")
   THEN DELETE;

select  
  subq_0.c0 as c0, 
  4 as c1, 
  subq_0.c0 as c2, 
  subq_0.c0 as c3
from 
  (select  
        ref_0.total as c0
      from 
        public.recent_orders as ref_0
      where true
      limit 78) as subq_0
where pg_catalog.tsmultirange() << (select span from public.MixedCase limit 1 offset 2)
    
limit 131;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_requested_checkpoints(), 
pg_catalog.pg_stat_get_buf_written_backend(), 
default, 
cast(null as "numeric"), 
default, 
cast(nullif(35,
  16) as int4));

insert into public.customers values (
pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
pg_catalog.version(), 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
cast(coalesce(cast(null as _text),
  cast(null as _text)) as _text), 
cast(coalesce(cast(null as jsonb),
  (select profile from public.customers limit 1 offset 2)
    ) as jsonb));

select  
  12 as c0, 
  ref_0.flag as c1
from 
  public.MixedCase as ref_0
    inner join (select  
          ref_1.customer_id as c0
        from 
          public.orders as ref_1
        where (ref_1.status is not NULL) 
          and ((cast(null as polygon) >> cast(null as polygon)) 
            or (true))
        limit 102) as subq_0
    on (subq_0.c0 is not NULL)
where ref_0.Label is not NULL
limit 40;

select  
  sample_0.name as c0, 
  pg_catalog.mod(
    cast(sample_0.id as int8),
    cast(sample_0.id as int8)) as c1
from 
  public.customers as sample_0 tablesample system (9.7) 
where pg_catalog.inet_server_addr() is not NULL
limit 159;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
pg_catalog.ts_headline(
  cast(cast(nullif(cast(null as regconfig),
    pg_catalog.get_current_ts_config()) as regconfig) as regconfig),
  cast(cast(null as jsonb) as jsonb),
  cast(cast(null as tsquery) as tsquery),
  cast(cast(null as text) as text)));

select  
  35 as c0, 
  pg_catalog.jsonb_build_object() as c1, 
  ref_0.status as c2
from 
  public.orders as ref_0
where false < cast(coalesce(pg_catalog.pg_jit_available(),
    pg_catalog.isperp(
      cast(cast(null as lseg) as lseg),
      cast(pg_catalog.diagonal(
        cast(cast(null as box) as box)) as lseg))) as bool);

select  
  subq_0.c0 as c0, 
  pg_catalog.pg_replication_origin_session_is_setup() as c1, 
  subq_0.c0 as c2
from 
  (select  
        ref_0.status as c0
      from 
        public.recent_orders as ref_0
      where true
      limit 144) as subq_0
where subq_0.c0 is NULL
limit 123;

update public.MixedCase set 
  Id = pg_catalog.timestamp_cmp(
    cast((select placed_at from public.orders limit 1 offset 1)
       as "timestamp"),
    cast((select pg_catalog.max(placed_at) from public.recent_orders)
       as "timestamp")), 
  Label = pg_catalog.version(), 
  flag = public.MixedCase.flag
returning 
  public.MixedCase.flag as c0, 
  public.MixedCase.Id as c1;

select  
  sample_0.data as c0, 
  sample_0.flag as c1, 
  (select name from public.recent_orders limit 1 offset 2)
     as c2, 
  sample_0.data as c3, 
  sample_0.span as c4, 
  sample_0.Id as c5, 
  sample_0.data as c6, 
  pg_catalog.pg_current_wal_flush_lsn() as c7, 
  sample_0.Id as c8
from 
  public.MixedCase as sample_0 tablesample bernoulli (2.9) 
where false;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (9.2) 
ON target_0.flag = sample_0.flag 
WHEN MATCHED 
  AND cast(null as text) > cast(null as text)
   THEN DELETE;

select  
  subq_0.c4 as c0, 
  23 as c1
from 
  (select  
        ref_0.status as c0, 
        ref_0.name as c1, 
        ref_0.customer_id as c2, 
        ref_0.total as c3, 
        ref_0.id as c4
      from 
        public.recent_orders as ref_0
      where ref_0.items >= ref_0.items
      limit 77) as subq_0
where subq_0.c4 is not NULL
limit 50;

insert into public.orders values (
default, 
cast(coalesce(cast(null as int8),
  cast(null as int8)) as int8), 
(select status from public.orders limit 1 offset 4)
  , 
cast(null as "numeric"), 
cast(null as "timestamp"), 
(select items from public.orders limit 1 offset 75)
  ) on conflict on constraint orders_pkey do update  set 
  customer_id = cast(null as int8), 
  status = cast(null as text), 
  placed_at = cast(null as "timestamp"), 
  items = 60 where true;

select  
  case when sample_0.Id <= sample_0.Id then (select pg_catalog.avg(balance) from public.customers)
       else (select pg_catalog.avg(balance) from public.customers)
       end
     as c0, 
  sample_0.Label as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (7) 
where pg_catalog.char(
    cast(pg_catalog.pg_backend_pid() as int4)) <> pg_catalog.char(
    cast(sample_0.Id as int4))
limit 141;

select  
  ref_0.flag as c0
from 
  public.MixedCase as ref_0
where (select items from public.orders limit 1 offset 4)
     is NULL;

select  
  ref_0.profile as c0, 
  43 as c1, 
  ref_0.profile as c2
from 
  public.customers as ref_0
where false
limit 57;

insert into public.customers values (
default, 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
cast(null as "varchar"), 
pg_catalog.pg_last_xact_replay_timestamp(), 
default, 
pg_catalog.ts_lexize(
  cast(cast(null as regdictionary) as regdictionary),
  cast(cast(null as text) as text)), 
(select profile from public.customers limit 1 offset 5)
  );

delete from public.MixedCase
where 
public.MixedCase.Label ~>=~ public.MixedCase.Label
returning 
  case when false then public.MixedCase.data else public.MixedCase.data end
     as c0, 
  pg_catalog.getpgusername() as c1, 
  pg_catalog.pg_current_snapshot() as c2, 
  pg_catalog.nameicnlike(
    cast(cast(null as name) as name),
    cast(public.MixedCase.Label as text)) as c3, 
  pg_catalog.pg_is_in_recovery() as c4;

select  
  sample_0.id as c0, 
  (select flag from public.MixedCase limit 1 offset 2)
     as c1, 
  pg_catalog.substring(
    cast(cast(null as "bit") as "bit"),
    cast(sample_0.items as int4)) as c2, 
  sample_0.customer_id as c3, 
  sample_0.customer_id as c4, 
  pg_catalog.current_database() as c5, 
  sample_0.items as c6, 
  sample_0.placed_at as c7
from 
  public.orders as sample_0 tablesample system (9.3) 
where sample_0.placed_at is not NULL;

insert into public.MixedCase values (
(select items from public.orders limit 1 offset 6)
  , 
default, 
true, 
case when cast(nullif(cast(null as "bit"),
      cast(null as "bit")) as "bit") <> cast(null as "bit") then cast(null as bytea) else cast(null as bytea) end
  , 
pg_catalog.int4range(
  cast(23 as int4),
  cast(25 as int4),
  cast(cast(null as text) as text)));

select  
  ref_0.id as c0, 
  case when 
        pg_catalog.avg(
          cast(ref_0.id as int8)) over (partition by ref_0.customer_id order by ref_0.customer_id) is not NULL then ref_0.id else ref_0.id end
     as c1, 
  ref_0.placed_at as c2, 
  pg_catalog.pg_backend_pid() as c3
from 
  public.orders as ref_0
where pg_catalog.current_user() >= ref_0.status;

insert into public.MixedCase values (
pg_catalog.macaddr8_cmp(
  cast(cast(null as macaddr8) as macaddr8),
  cast(cast(null as macaddr8) as macaddr8)), 
pg_catalog.pg_get_wal_replay_pause_state(), 
false, 
cast(null as bytea), 
cast(coalesce(cast(null as int4range),
  case when cast(null as macaddr) <> cast(null as macaddr) then cast(null as int4range) else cast(null as int4range) end
    ) as int4range));

select  
  ref_0.placed_at as c0
from 
  public.orders as ref_0
where (select created_at from public.customers limit 1 offset 2)
     = ref_0.placed_at
limit 96;

select  
  ref_0.profile as c0, 
  
    pg_catalog.sum(
      cast(pg_catalog.date_trunc(
        cast(ref_0.name as text),
        cast(cast(coalesce(cast(null as "interval"),
          pg_catalog.justify_hours(
            cast(cast(null as "interval") as "interval"))) as "interval") as "interval")) as "interval")) over (partition by ref_0.email order by ref_0.id) as c1
from 
  public.customers as ref_0
where pg_catalog.xidin(
    cast(cast(null as cstring) as cstring)) <> 32
limit 154;

select  
  subq_0.c1 as c0, 
  ref_0.Label as c1
from 
  public.MixedCase as ref_0,
  lateral (select  
        pg_catalog.pg_wal_replay_pause() as c0, 
        ref_0.Label as c1
      from 
        public.recent_orders as ref_1
      where pg_catalog.datemultirange() && cast(coalesce(cast(null as anymultirange),
          pg_catalog.tstzmultirange()) as anymultirange)
      limit 89) as subq_0
where ref_0.flag < pg_catalog.pg_rotate_logfile_old()
limit 169;

select  
  (select email from public.customers limit 1 offset 5)
     as c0, 
  (select name from public.customers limit 1 offset 5)
     as c1, 
  ref_0.id as c2, 
  pg_catalog.pg_current_snapshot() as c3, 
  ref_0.id as c4
from 
  public.recent_orders as ref_0
where (select span from public.MixedCase limit 1 offset 5)
     && cast(nullif(pg_catalog.tsmultirange(),
    cast(nullif(cast(null as anymultirange),
      pg_catalog.datemultirange()) as anymultirange)) as anymultirange);

insert into public.orders values (
default, 
default, 
case when 36 is not NULL then pg_catalog.current_query() else pg_catalog.current_query() end
  , 
default, 
(select placed_at from public.recent_orders limit 1 offset 6)
  , 
cast(coalesce(32,
  4) as int4));

insert into public.MixedCase values (
case when cast(null as point) >^ cast(null as point) then cast(nullif(32,
    66) as int4) else cast(nullif(32,
    66) as int4) end
  , 
default, 
false, 
cast(null as bytea), 
default);

select  
  sample_0.name as c0, 
  pg_catalog.session_user() as c1, 
  sample_0.balance as c2, 
  sample_0.id as c3
from 
  public.customers as sample_0 tablesample system (9.2) 
where cast(null as box) @> case when pg_catalog.bpchar(
        cast(case when (true) 
            and (cast(null as date) < cast(null as date)) then pg_catalog.getdatabaseencoding() else pg_catalog.getdatabaseencoding() end
           as name)) !~ sample_0.name then cast(null as box) else cast(null as box) end;

delete from public.MixedCase
where 
true
returning 
  public.MixedCase.Id as c0, 
  cast(nullif(public.MixedCase.span,
    public.MixedCase.span) as int4range) as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.flag as c3, 
  public.MixedCase.flag as c4;

insert into public.orders values (
pg_catalog.int8mul(
  cast(pg_catalog.lastval() as int8),
  cast(cast(null as int8) as int8)), 
default, 
default, 
cast(null as "numeric"), 
default, 
86);

insert into public.MixedCase values (
59, 
default, 
false, 
cast(null as bytea), 
cast(coalesce(cast(null as int4range),
  cast(coalesce(cast(null as int4range),
    cast(null as int4range)) as int4range)) as int4range));

select  
  cast(coalesce(ref_0.items,
    ref_0.items) as int4) as c0, 
  (select customer_id from public.recent_orders limit 1 offset 5)
     as c1
from 
  public.orders as ref_0
where cast(null as int2) <= cast(null as int2)
limit 123;

select  
  sample_0.flag as c0, 
  sample_0.Label as c1, 
  cast(coalesce((select id from public.orders limit 1 offset 27)
      ,
    pg_catalog.pg_stat_get_bgwriter_requested_checkpoints()) as int8) as c2
from 
  public.MixedCase as sample_0 tablesample system (9.4) 
where (pg_catalog.pg_current_xact_id() <= cast(null as xid8)) 
  and (true)
limit 98;

select  
  sample_0.id as c0, 
  
    pg_catalog.json_object_agg(
      cast(sample_0.customer_id as int8),
      cast(sample_0.total as "numeric")) over (partition by sample_0.total order by sample_0.id) as c1
from 
  public.orders as sample_0 tablesample system (9.5) 
where (true) 
  and (sample_0.status > pg_catalog.current_user())
limit 96;

insert into public.MixedCase values (
24, 
cast(null as text), 
cast(coalesce(true,
  false) as bool), 
cast(null as bytea), 
case when pg_catalog.jsonb_build_array() < cast(null as jsonb) then cast(null as int4range) else cast(null as int4range) end
  );

select  
  ref_0.created_at as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where true;

update public.orders set 
  customer_id = public.orders.id, 
  status = pg_catalog.pg_get_wal_replay_pause_state(), 
  total = public.orders.total, 
  placed_at = public.orders.placed_at
returning 
  (select pg_catalog.max(tags) from public.customers)
     as c0, 
  (select tags from public.customers limit 1 offset 4)
     as c1;

select  
  case when false then pg_catalog.pg_stat_reset() else pg_catalog.pg_stat_reset() end
     as c0, 
  (select flag from public.MixedCase limit 1 offset 2)
     as c1, 
  sample_0.flag as c2
from 
  public.MixedCase as sample_0 tablesample system (5.2) 
where false;

insert into public.MixedCase values (
38, 
pg_catalog.jsonb_typeof(
  cast(cast(null as jsonb) as jsonb)), 
pg_catalog.int48ge(
  cast(72 as int4),
  cast(cast(null as int8) as int8)), 
cast(null as bytea), 
(select span from public.MixedCase limit 1 offset 84)
  );

select  
  ref_0.flag as c0, 
  ref_0.flag as c1, 
  ref_0.Id as c2
from 
  public.MixedCase as ref_0
where ((select data from public.MixedCase limit 1 offset 3)
       is not NULL) 
  or ((select created_at from public.customers limit 1 offset 4)
       = cast(null as date))
limit 113;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        sample_0.flag as c0
      from 
        public.MixedCase as sample_0 tablesample system (4.6) 
      where (sample_0.Label !~ (select status from public.orders limit 1 offset 87)
            ) 
        and (sample_0.Label is NULL)
      limit 127) as subq_0
where cast(coalesce(subq_0.c0,
    subq_0.c0) as bool) is NULL
limit 73;

delete from public.MixedCase
where 
(false) 
  and (true)
returning 
  (select id from public.recent_orders limit 1 offset 4)
     as c0, 
  pg_catalog.pg_advisory_unlock_all() as c1, 
  public.MixedCase.Id as c2, 
  pg_catalog.bpchar_pattern_ge(
    cast(cast(null as bpchar) as bpchar),
    cast(cast(null as bpchar) as bpchar)) as c3, 
  pg_catalog.pg_current_wal_flush_lsn() as c4, 
  public.MixedCase.Label as c5, 
  pg_catalog.int4multirange() as c6;

select  
  pg_catalog.pg_stat_get_buf_written_backend() as c0, 
  ref_0.customer_id as c1, 
  ref_0.id as c2, 
  ref_0.status as c3
from 
  public.orders as ref_0
where ref_0.status ~>=~ ref_0.status
limit 111;

update public.orders set 
  customer_id = public.orders.customer_id, 
  placed_at = public.orders.placed_at, 
  items = pg_catalog.pg_trigger_depth()
returning 
  78 as c0;

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  created_at = public.customers.created_at, 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0;

select  
  sample_0.Label as c0, 
  pg_catalog.pg_rotate_logfile_old() as c1, 
  sample_0.flag as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (2.6) 
where ((sample_0.data is not NULL) 
    and (sample_0.Id is NULL)) 
  or (((select span from public.MixedCase limit 1 offset 3)
         is NULL) 
    or ((select tags from public.customers limit 1 offset 4)
         is NULL));

select  
  sample_0.Id as c0, 
  sample_0.span as c1
from 
  public.MixedCase as sample_0 tablesample system (9) 
where true;

select  
  case when (sample_0.flag is not NULL) 
      and ((select placed_at from public.orders limit 1 offset 4)
           < pg_catalog.timezone(
          cast(sample_0.Label as text),
          cast(cast(nullif(cast(null as timestamptz),
            cast(null as timestamptz)) as timestamptz) as timestamptz))) then sample_0.Label else sample_0.Label end
     as c0
from 
  public.MixedCase as sample_0 tablesample system (5.8) 
where sample_0.span is NULL
limit 110;

delete from public.customers
where 
public.customers.id is NULL
returning 
  public.customers.id as c0, 
  public.customers.id as c1, 
  (select id from public.recent_orders limit 1 offset 1)
     as c2, 
  cast(coalesce(public.customers.id,
    cast(nullif(public.customers.id,
      cast(null as int8)) as int8)) as int8) as c3, 
  public.customers.balance as c4, 
  public.customers.tags as c5;

update public.MixedCase set 
  Label = (select Label from public.MixedCase limit 1 offset 2)
    , 
  flag = case when cast(null as box) &<| cast(null as box) then public.MixedCase.flag else public.MixedCase.flag end
    
returning 
  public.MixedCase.data as c0, 
  (select total from public.orders limit 1 offset 3)
     as c1;

select  
  ref_0.Id as c0, 
  
    pg_catalog.max(
      cast(cast(null as "interval") as "interval")) over (partition by ref_0.span order by ref_0.Id) as c1, 
  ref_0.Label as c2, 
  cast(nullif(ref_0.Id,
    ref_0.Id) as int4) as c3, 
  6 as c4, 
  ref_0.span as c5
from 
  public.MixedCase as ref_0
where (select span from public.MixedCase limit 1 offset 2)
     <= ref_0.span
limit 110;

insert into public.orders values (
cast(null as int8), 
default, 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
49);

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        sample_0.total as c0
      from 
        public.orders as sample_0 tablesample system (0.3) 
      where cast(null as float8) < cast(nullif(case when sample_0.status <= sample_0.status then cast(null as float4) else cast(null as float4) end
            ,
          cast(null as float4)) as float4)
      limit 87) as subq_0
where subq_0.c0 is not NULL;

update public.MixedCase set 
  Id = case when true then public.MixedCase.Id else public.MixedCase.Id end
    , 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.Label as c1, 
  pg_catalog.has_column_privilege(
    cast(public.MixedCase.Label as text),
    cast(cast(null as text) as text),
    cast(public.MixedCase.Label as text)) as c2, 
  public.MixedCase.Id as c3, 
  public.MixedCase.Label as c4;

insert into public.customers values (
cast(null as int8), 
default, 
default, 
default, 
cast(null as "numeric"), 
cast(null as _text), 
case when cast(null as anymultirange) >> cast(null as anyrange) then cast(null as jsonb) else cast(null as jsonb) end
  );

select  
  sample_0.id as c0
from 
  public.customers as sample_0 tablesample bernoulli (7) 
where (pg_catalog.pg_stat_get_buf_fsync_backend() is not NULL) 
  and (pg_catalog.int2(
      cast(cast(null as float4) as float4)) <> sample_0.id)
limit 69;

select  
  pg_catalog.inet_client_port() as c0, 
  11 as c1, 
  sample_0.tags as c2, 
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c3
from 
  public.customers as sample_0 tablesample system (1.5) 
where false;

insert into public.customers values (
cast(null as int8), 
default, 
cast(null as "varchar"), 
pg_catalog.transaction_timestamp(), 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

select  
  ref_0.data as c0, 
  ref_0.Id as c1, 
  ref_0.Id as c2, 
  ref_0.flag as c3, 
  ref_0.span as c4, 
  ref_0.Id as c5, 
  ref_0.data as c6
from 
  public.MixedCase as ref_0
where case when pg_catalog.jsonb_build_array() > cast(nullif(case when false then cast(null as jsonb) else cast(null as jsonb) end
          ,
        pg_catalog.jsonb_build_array()) as jsonb) then pg_catalog.datemultirange() else pg_catalog.datemultirange() end
     &< pg_catalog.nummultirange();

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
default, 
default, 
(select pg_catalog.min(placed_at) from public.orders)
  , 
98) on conflict on constraint orders_pkey do update  set 
  status = (select name from public.customers limit 1 offset 1)
    , 
  total = cast(null as "numeric"), 
  items = case when cast(null as box) ~= case when false then cast(null as box) else cast(null as box) end
         then 1 else 1 end
     where 6 is NULL;

insert into public.orders values (
pg_catalog.hashint8extended(
  cast(cast(null as int8) as int8),
  cast(cast(null as int8) as int8)), 
cast(null as int8), 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
cast(null as "numeric"), 
default, 
25);

insert into public.customers values (
default, 
default, 
default, 
(select created_at from public.customers limit 1 offset 4)
  , 
cast(coalesce(pg_catalog.mod(
    cast(cast(null as "numeric") as "numeric"),
    cast(cast(null as "numeric") as "numeric")),
  cast(null as "numeric")) as "numeric"), 
(select tags from public.customers limit 1 offset 6)
  , 
cast(null as jsonb));

select  
  ref_0.data as c0
from 
  public.MixedCase as ref_0
where ref_0.span is NULL;

select  
  ref_0.items as c0, 
  sample_0.placed_at as c1, 
  ref_0.customer_id as c2, 
  sample_0.total as c3, 
  ref_0.status as c4
from 
  public.orders as sample_0 tablesample system (4.1) 
    right join public.orders as ref_0
    on ((select items from public.orders limit 1 offset 2)
           is NULL)
where pg_catalog.gen_random_uuid() = pg_catalog.gen_random_uuid()
limit 107;

select  
  pg_catalog.version() as c0, 
  ref_0.flag as c1, 
  ref_0.flag as c2, 
  pg_catalog.pg_replication_origin_session_is_setup() as c3, 
  pg_catalog.regtypein(
    cast(cast(null as cstring) as cstring)) as c4
from 
  public.MixedCase as ref_0
where pg_catalog.datemultirange() < pg_catalog.nummultirange()
limit 94;

select  
  sample_0.data as c0, 
  sample_0.Id as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (8.8) 
where sample_0.span <@ sample_0.span
limit 140;

select  
  sample_0.data as c0, 
  (select name from public.customers limit 1 offset 6)
     as c1, 
  sample_0.Id as c2
from 
  public.MixedCase as sample_0 tablesample system (7.7) 
where false
limit 120;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

delete from public.customers
where 
public.customers.id is NULL
returning 
  public.customers.balance as c0, 
  case when (public.customers.name > public.customers.name) 
      and ((case when cast(null as name) >= public.customers.name then public.customers.id else public.customers.id end
             is NULL) 
        or (cast(null as float4) = cast(null as float8))) then 48 else 48 end
     as c1;

select  
  sample_0.placed_at as c0
from 
  public.orders as sample_0 tablesample system (0.3) 
where false;

select  
  ref_0.Id as c0, 
  ref_0.data as c1, 
  ref_0.Id as c2, 
  
    pg_catalog.regr_r2(
      cast(pg_catalog.pg_stat_get_function_total_time(
        cast(pg_catalog.pg_my_temp_schema() as oid)) as float8),
      cast(pg_catalog.random() as float8)) over (partition by ref_0.flag order by ref_0.span) as c3, 
  (select id from public.recent_orders limit 1 offset 1)
     as c4
from 
  public.MixedCase as ref_0
where false
limit 77;

delete from public.customers
where 
cast(null as float4) = cast(null as float8)
returning 
  public.customers.name as c0, 
  public.customers.balance as c1, 
  100 as c2;

select  
  sample_0.Label as c0, 
  sample_0.flag as c1, 
  pg_catalog.pg_trigger_depth() as c2, 
  cast(coalesce(sample_0.data,
    case when cast(null as text) <= pg_catalog.current_user() then sample_0.data else sample_0.data end
      ) as bytea) as c3, 
  1 as c4, 
  sample_0.data as c5, 
  sample_0.data as c6
from 
  public.MixedCase as sample_0 tablesample system (2.6) 
where true
limit 167;

select  
  (select Label from public.MixedCase limit 1 offset 2)
     as c0, 
  ref_0.Id as c1, 
  cast(nullif(ref_0.Label,
    ref_0.Label) as text) as c2
from 
  public.MixedCase as ref_0
where true
limit 59;

select  
  ref_0.id as c0, 
  ref_0.total as c1, 
  97 as c2
from 
  public.orders as ref_0
where (select span from public.MixedCase limit 1 offset 1)
     <@ case when pg_catalog.current_schema() <@ pg_catalog.current_database() then (select span from public.MixedCase limit 1 offset 4)
       else (select span from public.MixedCase limit 1 offset 4)
       end
    
limit 101;

select  
  sample_0.tags as c0, 
  sample_0.name as c1, 
  sample_1.email as c2, 
  sample_1.id as c3
from 
  public.customers as sample_0 tablesample system (3.8) 
    left join public.customers as sample_1 tablesample system (4) 
    on (false)
where true
limit 136;

select  
  sample_0.Id as c0, 
  sample_0.flag as c1, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c2, 
  sample_0.Id as c3, 
  sample_0.Id as c4
from 
  public.MixedCase as sample_0 tablesample system (6.1) 
where sample_0.span is not NULL
limit 160;

delete from public.MixedCase
where 
public.MixedCase.span is NULL
returning 
  (select pg_catalog.min(id) from public.customers)
     as c0, 
  public.MixedCase.Id as c1, 
  pg_catalog.pg_stat_get_buf_written_backend() as c2, 
  public.MixedCase.Label as c3, 
  public.MixedCase.data as c4, 
  public.MixedCase.Id as c5, 
  public.MixedCase.Label as c6, 
  (select flag from public.MixedCase limit 1 offset 47)
     as c7, 
  public.MixedCase.Label as c8;

select  
  ref_0.id as c0, 
  ref_0.total as c1, 
  (select items from public.recent_orders limit 1 offset 1)
     as c2, 
  (select pg_catalog.avg(id) from public.recent_orders)
     as c3, 
  ref_0.id as c4, 
  ref_0.status as c5
from 
  public.orders as ref_0
where (ref_0.id is NULL) 
  and (false)
limit 79;

select  
  ref_0.Id as c0, 
  ref_0.Label as c1, 
  ref_0.Label as c2, 
  ref_0.Label as c3, 
  ref_0.flag as c4, 
  pg_catalog.pg_stat_get_wal() as c5, 
  ref_0.data as c6, 
  ref_0.Label as c7, 
  ref_0.span as c8, 
  ref_0.Id as c9, 
  (select total from public.recent_orders limit 1 offset 6)
     as c10
from 
  public.MixedCase as ref_0
where cast(null as bpchar) !~~* ref_0.Label;

select  
  sample_0.data as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (6.7) 
where pg_catalog.pg_current_snapshot() is not NULL
limit 98;

select  
  ref_0.items as c0
from 
  public.orders as ref_0
where false
limit 60;

select  
  pg_catalog.pg_rotate_logfile_old() as c0, 
  sample_0.placed_at as c1, 
  sample_0.customer_id as c2
from 
  public.orders as sample_0 tablesample bernoulli (5.8) 
where false
limit 118;

select  
  95 as c0, 
  sample_0.Label as c1
from 
  public.MixedCase as sample_0 tablesample system (1.5) 
where sample_0.span is not NULL;

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1
from 
  (select  
        ref_0.Label as c0, 
        pg_catalog.tsm_handler_out(
          cast(cast(null as tsm_handler) as tsm_handler)) as c1
      from 
        public.MixedCase as ref_0
      where true
      limit 154) as subq_0
where subq_0.c0 is NULL
limit 137;

select  
  (select Label from public.MixedCase limit 1 offset 14)
     as c0, 
  ref_0.placed_at as c1, 
  cast(nullif(ref_0.total,
    ref_0.total) as "numeric") as c2, 
  (select data from public.MixedCase limit 1 offset 3)
     as c3, 
  ref_0.customer_id as c4, 
  pg_catalog.pg_trigger_depth() as c5, 
  pg_catalog.json_build_array() as c6, 
  ref_0.customer_id as c7, 
  88 as c8
from 
  public.orders as ref_0
where false
limit 160;

update public.customers set 
  balance = (select pg_catalog.var_pop(total) from public.recent_orders)
    , 
  profile = public.customers.profile
returning 
  public.customers.balance as c0, 
  pg_catalog.txid_current_snapshot() as c1, 
  public.customers.email as c2;

insert into public.orders values (
pg_catalog.pg_stat_get_buf_written_backend(), 
cast(null as int8), 
default, 
default, 
default, 
case when (cast(null as bytea) !~~ cast(null as bytea)) 
    and (cast(null as float4) >= cast(null as float4)) then 45 else 45 end
  );

select  
  pg_catalog.int8mod(
    cast(cast(coalesce(subq_0.c1,
      subq_0.c1) as int8) as int8),
    cast(subq_0.c1 as int8)) as c0, 
  subq_0.c0 as c1, 
  subq_0.c1 as c2, 
  subq_0.c1 as c3, 
  subq_0.c0 as c4, 
  pg_catalog.pg_control_system() as c5
from 
  (select  
        ref_0.tags as c0, 
        ref_0.id as c1
      from 
        public.customers as ref_0
      where ref_0.name is NULL
      limit 79) as subq_0
where subq_0.c0 is NULL;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (6.7) 
ON target_0.Label = sample_0.Label 
WHEN MATCHED 
  AND (select pg_catalog.variance(items) from public.recent_orders)
       is NULL
   THEN DELETE;

select  
  sample_0.Id as c0, 
  pg_catalog.pg_is_in_recovery() as c1
from 
  public.MixedCase as sample_0 tablesample system (9.3) 
where sample_0.Label is NULL;

select  
  ref_0.flag as c0
from 
  public.MixedCase as ref_0
where false;

update public.customers set 
  id = public.customers.id, 
  name = (select status from public.orders limit 1 offset 2)
    , 
  created_at = case when cast(null as record) *<= cast(null as record) then cast(null as timestamptz) else cast(null as timestamptz) end
    , 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0, 
  public.customers.id as c1;

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  96 as c0;

select  
  ref_1.total as c0
from 
  public.MixedCase as ref_0
    left join public.recent_orders as ref_1
    on (cast(null as circle) @> pg_catalog.center(
          cast(cast(nullif(cast(null as circle),
            cast(null as circle)) as circle) as circle)))
where cast(null as "interval") <> cast(null as "interval");

delete from public.MixedCase
where 
(select created_at from public.customers limit 1 offset 4)
     <> pg_catalog.pg_stat_get_bgwriter_stat_reset_time()
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.flag as c1;

select  
  pg_catalog.statement_timestamp() as c0, 
  22 as c1, 
  ref_0.Label as c2, 
  ref_0.Label as c3, 
  ref_0.flag as c4, 
  ref_0.data as c5, 
  pg_catalog.pg_rotate_logfile_old() as c6
from 
  public.MixedCase as ref_0
where (select pg_catalog.sum(total) from public.orders)
     is NULL;

delete from public.orders
where 
public.orders.total is NULL
returning 
  public.orders.items as c0, 
  public.orders.id as c1, 
  62 as c2, 
  pg_catalog.namenlike(
    cast(cast(null as name) as name),
    cast(public.orders.status as text)) as c3, 
  public.orders.customer_id as c4;

select  
  subq_0.c1 as c0
from 
  (select  
        (select items from public.recent_orders limit 1 offset 93)
           as c0, 
        sample_0.flag as c1
      from 
        public.MixedCase as sample_0 tablesample bernoulli (2.1) 
      where true) as subq_0
where subq_0.c1 is not NULL
limit 8;

select  
  pg_catalog.jsonb_build_array() as c0
from 
  public.customers as ref_0
where false
limit 22;

select  
  (select data from public.MixedCase limit 1 offset 89)
     as c0, 
  pg_catalog.pg_client_encoding() as c1, 
  sample_1.Id as c2, 
  sample_0.created_at as c3, 
  (select id from public.recent_orders limit 1 offset 1)
     as c4, 
  sample_1.Id as c5
from 
  public.customers as sample_0 tablesample bernoulli (1.6) 
    left join public.MixedCase as sample_1 tablesample system (1.8) 
    on (sample_0.name = sample_1.Label )
where sample_1.flag = sample_1.flag;

update public.orders set 
  total = public.orders.total
returning 
  public.orders.customer_id as c0;

insert into public.MixedCase values (
61, 
(select status from public.recent_orders limit 1 offset 25)
  , 
(select flag from public.MixedCase limit 1 offset 1)
  , 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.span as c0, 
  sample_0.span as c1, 
  sample_0.Label as c2, 
  sample_0.flag as c3, 
  pg_catalog.int4multirange() as c4, 
  case when case when (sample_0.Label is NULL) 
          and (sample_0.Id > sample_0.Id) then cast(null as xid) else cast(null as xid) end
         = pg_catalog.inet_client_port() then sample_0.flag else sample_0.flag end
     as c5
from 
  public.MixedCase as sample_0 tablesample bernoulli (8.9) 
where sample_0.data < sample_0.data;

select  
  ref_0.id as c0, 
  cast(coalesce(ref_0.id,
    ref_0.id) as int8) as c1
from 
  public.orders as ref_0
where true
limit 129;

insert into public.orders values (
default, 
pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints(), 
pg_catalog.pg_get_wal_replay_pause_state(), 
cast(null as "numeric"), 
default, 
cast(nullif(36,
  94) as int4));

insert into public.customers values (
cast(null as int8), 
default, 
cast(nullif(cast(null as "varchar"),
  cast(null as "varchar")) as "varchar"), 
default, 
cast(null as "numeric"), 
cast(null as _text), 
default) on conflict on constraint customers_pkey do update  set 
  balance = cast(coalesce(cast(null as "numeric"),
    cast(null as "numeric")) as "numeric"), 
  tags = cast(null as _text), 
  profile = cast(null as jsonb) where 34 is NULL;

MERGE INTO public.MixedCase as target_0
USING public.orders as ref_0
ON target_0.Label = ref_0.status 
WHEN MATCHED AND cast(null as timestamptz) >= cast(null as "timestamp")
   THEN UPDATE  set 
    Id = target_0.Id, 
    Label = target_0.Label, 
    span = target_0.span;

select  
  pg_catalog.xidsend(
    cast(cast(null as xid) as xid)) as c0, 
  pg_catalog.pg_indexam_has_property(
    cast(cast(null as oid) as oid),
    cast(sample_0.status as text)) as c1, 
  sample_0.customer_id as c2, 
  sample_0.customer_id as c3
from 
  public.orders as sample_0 tablesample system (7) 
where sample_0.placed_at is not NULL
limit 113;

select  
  ref_0.email as c0
from 
  public.customers as ref_0
where ref_0.profile <= ref_0.profile;

insert into public.orders values (
cast(null as int8), 
pg_catalog.txid_current_if_assigned(), 
cast(null as text), 
cast(null as "numeric"), 
default, 
63) on conflict on constraint orders_pkey do update  set 
  total = cast(null as "numeric") where (select id from public.orders limit 1 offset 4)
     is NULL;

select  
  cast(coalesce((select flag from public.MixedCase limit 1 offset 6)
      ,
    (select flag from public.MixedCase limit 1 offset 4)
      ) as bool) as c0
from 
  public.orders as sample_0 tablesample system (7.8) 
where sample_0.placed_at is NULL;

insert into public.MixedCase values (
pg_catalog.lo_truncate64(
  cast(24 as int4),
  cast(cast(null as int8) as int8)), 
default, 
false, 
pg_catalog.overlay(
  cast(case when (cast(null as tsvector) = cast(null as tsvector)) 
      and (cast(null as "time") <= cast(null as "time")) then cast(null as bytea) else cast(null as bytea) end
     as bytea),
  cast(cast(coalesce(cast(null as bytea),
    cast(null as bytea)) as bytea) as bytea),
  cast(16 as int4)), 
cast(null as int4range));

update public.orders set 
  id = public.orders.id, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  public.orders.customer_id as c0, 
  public.orders.total as c1, 
  public.orders.customer_id as c2;

insert into public.orders values (
pg_catalog.int8shl(
  cast(cast(null as int8) as int8),
  cast(86 as int4)), 
cast(null as int8), 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
default, 
cast(null as "timestamp"), 
9);

select  
  56 as c0
from 
  public.orders as sample_0 tablesample system (9.8) 
where sample_0.total >= cast(null as "numeric")
limit 44;

select  
  36 as c0, 
  ref_0.items as c1, 
  sample_0.customer_id as c2
from 
  public.orders as sample_0 tablesample system (5.1) 
    inner join public.orders as ref_0
    on ((ref_0.total is NULL) 
        or (ref_0.customer_id is not NULL))
where true
limit 133;

select  
  sample_0.items as c0
from 
  public.orders as sample_0 tablesample system (8.7) 
where sample_0.customer_id is NULL
limit 109;

insert into public.customers values (
cast(null as int8), 
default, 
default, 
cast(null as timestamptz), 
default, 
default, 
cast(null as jsonb)) on conflict on constraint customers_pkey do update  set 
  name = cast(null as text), 
  email = cast(null as "varchar"), 
  balance = cast(null as "numeric"), 
  profile = cast(null as jsonb) where cast(null as box) |>> cast(null as box);

select  
  pg_catalog.pg_stat_get_bgwriter_stat_reset_time() as c0, 
  sample_0.flag as c1
from 
  public.MixedCase as sample_0 tablesample system (0.5) 
where cast(coalesce(pg_catalog.xid(
      cast(pg_catalog.pg_current_xact_id_if_assigned() as xid8)),
    cast(null as xid)) as xid) = sample_0.Id
limit 84;

delete from public.orders
where 
public.orders.items is not NULL
returning 
  public.orders.status as c0, 
  public.orders.placed_at as c1, 
  public.orders.items as c2, 
  65 as c3, 
  public.orders.customer_id as c4, 
  public.orders.id as c5, 
  pg_catalog.pg_backend_pid() as c6, 
  pg_catalog.int8or(
    cast(public.orders.id as int8),
    cast((select id from public.recent_orders limit 1 offset 1)
       as int8)) as c7, 
  public.orders.customer_id as c8;

update public.customers set 
  created_at = pg_catalog.clock_timestamp(), 
  profile = cast(nullif((select profile from public.customers limit 1 offset 3)
      ,
    (select profile from public.customers limit 1 offset 3)
      ) as jsonb)
returning 
  case when cast(coalesce(pg_catalog.pg_stat_get_checkpoint_write_time(),
        cast(null as float8)) as float8) > pg_catalog.pi() then public.customers.tags else public.customers.tags end
     as c0;

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
default, 
cast(nullif(false,
  pg_catalog.pg_reload_conf()) as bool), 
cast(coalesce(pg_catalog.rtrim(
    cast(cast(null as bytea) as bytea),
    cast(cast(null as bytea) as bytea)),
  pg_catalog.regcollationsend(
    cast(cast(null as regcollation) as regcollation))) as bytea), 
default);

insert into public.MixedCase values (
pg_catalog.pg_trigger_depth(), 
default, 
true, 
cast(coalesce(cast(null as bytea),
  cast(null as bytea)) as bytea), 
default);

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(coalesce(cast(null as text),
  cast(null as text)) as text), 
default, 
cast(null as "timestamp"), 
case when cast(null as circle) &< cast(null as circle) then 50 else 50 end
  ) on conflict on constraint orders_customer_id_fkey do update  set 
  id = cast(null as int8), 
  placed_at = cast(null as "timestamp"), 
  items = 84 where false;

select  
  pg_catalog.pg_current_xact_id_if_assigned() as c0, 
  cast(nullif(cast(coalesce(sample_0.data,
      sample_0.data) as bytea),
    sample_0.data) as bytea) as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (1.3) 
where pg_catalog.ts_rewrite(
    cast(cast(null as tsquery) as tsquery),
    cast(pg_catalog.pg_current_logfile() as text)) <= pg_catalog.websearch_to_tsquery(
    cast((select name from public.customers limit 1 offset 14)
       as text))
limit 79;

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (0.8) 
where (sample_0.Id is not NULL) 
  or (EXISTS (
    select  
        ref_0.items as c0
      from 
        public.recent_orders as ref_0
      where cast(null as xid8) > pg_catalog.pg_current_xact_id()
      limit 20));

insert into public.orders values (
default, 
cast(null as int8), 
(select name from public.customers limit 1 offset 74)
  , 
default, 
cast(null as "timestamp"), 
pg_catalog.inet_client_port());

select  
  ref_0.placed_at as c0, 
  ref_0.placed_at as c1, 
  ref_0.id as c2, 
  ref_0.customer_id as c3
from 
  public.orders as ref_0
where pg_catalog.abs(
    cast(case when 43 is not NULL then cast(null as float4) else cast(null as float4) end
       as float4)) <= pg_catalog.dlog1(
    cast(cast(nullif(pg_catalog.pi(),
      pg_catalog.random()) as float8) as float8))
limit 135;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        ref_0.name as c0
      from 
        public.customers as ref_0
      where ref_0.name ^@ ref_0.name
      limit 91) as subq_0
where subq_0.c0 is NULL
limit 75;

MERGE INTO public.customers as target_0
USING public.orders as ref_0
ON target_0.balance = ref_0.total 
WHEN NOT MATCHED
  AND cast(null as jsonb) = cast(null as jsonb)
   THEN DO NOTHING;

select  
  
    pg_catalog.json_agg(
      cast(ref_0.items as int4)) over (partition by sample_0.items order by sample_0.placed_at) as c0
from 
  public.orders as sample_0 tablesample bernoulli (10) 
    inner join public.recent_orders as ref_0
    on (sample_0.placed_at < sample_0.placed_at)
where pg_catalog.pg_last_wal_receive_lsn() is NULL
limit 20;

insert into public.customers values (
cast(null as int8), 
default, 
default, 
pg_catalog.pg_stat_get_last_autovacuum_time(
  cast(cast(null as oid) as oid)), 
cast(null as "numeric"), 
(select tags from public.customers limit 1 offset 4)
  , 
default);

select  
  ref_0.total as c0
from 
  public.orders as ref_0
where ref_0.items is not NULL
limit 81;

update public.customers set 
  id = pg_catalog.pg_stat_get_db_sessions_abandoned(
    cast(pg_catalog.pg_my_temp_schema() as oid)), 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  public.customers.tags as c0, 
  public.customers.created_at as c1;

select  
  18 as c0, 
  sample_0.profile as c1
from 
  public.customers as sample_0 tablesample bernoulli (8.9) 
where false
limit 121;

select  
  ref_0.data as c0, 
  (select total from public.recent_orders limit 1 offset 3)
     as c1
from 
  public.MixedCase as ref_0
where ref_0.span <@ ref_0.span
limit 116;

delete from public.orders
where 
pg_catalog.jsonb_build_array() = pg_catalog.jsonb_build_object()
returning 
  public.orders.customer_id as c0, 
  pg_catalog.pg_reload_conf() as c1, 
  public.orders.customer_id as c2, 
  public.orders.total as c3, 
  public.orders.status as c4, 
  public.orders.id as c5;

insert into public.customers values (
default, 
cast(null as text), 
cast(null as "varchar"), 
case when (cast(null as date) > cast(null as timestamptz)) 
    or (case when cast(null as bpchar) ~>=~ cast(null as bpchar) then cast(null as float4) else cast(null as float4) end
         > cast(null as float4)) then cast(null as timestamptz) else cast(null as timestamptz) end
  , 
default, 
default, 
default);

select  
  ref_0.name as c0, 
  sample_0.id as c1
from 
  public.orders as sample_0 tablesample system (2.3) 
    left join public.customers as ref_0
    on ((select data from public.MixedCase limit 1 offset 4)
           >= (select data from public.MixedCase limit 1 offset 6)
          )
where cast(null as bytea) <> cast(null as bytea)
limit 174;

select  
  7 as c0, 
  sample_0.name as c1, 
  sample_0.profile as c2, 
  (select email from public.customers limit 1 offset 3)
     as c3
from 
  public.customers as sample_0 tablesample system (4.6) 
where sample_0.balance = cast(coalesce(sample_0.balance,
    sample_0.balance) as "numeric")
limit 111;

insert into public.orders values (
default, 
default, 
(select name from public.customers limit 1 offset 2)
  , 
cast(null as "numeric"), 
cast(null as "timestamp"), 
74);

update public.customers set 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.id as c0;

select  
  sample_0.placed_at as c0, 
  sample_0.placed_at as c1, 
  sample_0.id as c2
from 
  public.orders as sample_0 tablesample bernoulli (0.4) 
where pg_catalog.pg_my_temp_schema() > pg_catalog.pg_my_temp_schema()
limit 88;

delete from public.MixedCase
where 
case when case when true then cast(null as name) else cast(null as name) end
         !~~* public.MixedCase.Label then public.MixedCase.span else public.MixedCase.span end
     is not NULL
returning 
  public.MixedCase.flag as c0;

select  
  ref_0.name as c0, 
  ref_0.profile as c1, 
  (select id from public.customers limit 1 offset 5)
     as c2, 
  ref_0.profile as c3, 
  (select customer_id from public.orders limit 1 offset 11)
     as c4, 
  ref_0.profile as c5, 
  pg_catalog.pg_trigger_depth() as c6, 
  ref_0.id as c7
from 
  public.customers as ref_0
where cast(null as name) ~ ref_0.name
limit 122;

select  
  sample_0.Label as c0, 
  sample_0.span as c1
from 
  public.MixedCase as sample_0 tablesample system (2.4) 
where sample_0.Label is NULL
limit 137;

select  
  sample_0.span as c0, 
  sample_0.flag as c1, 
  sample_0.flag as c2, 
  sample_0.span as c3
from 
  public.MixedCase as sample_0 tablesample system (5.5) 
where 65 > cast(null as int2)
limit 32;

insert into public.orders values (
default, 
default, 
pg_catalog.pg_export_snapshot(), 
default, 
default, 
7);

update public.MixedCase set 
  Id = cast(coalesce(pg_catalog.inet_server_port(),
    public.MixedCase.Id) as int4), 
  data = public.MixedCase.data
returning 
  (select span from public.MixedCase limit 1 offset 1)
     as c0, 
  public.MixedCase.span as c1, 
  public.MixedCase.data as c2, 
  public.MixedCase.Label as c3;

insert into public.MixedCase values (
23, 
case when cast(null as "timestamp") >= cast(null as timestamptz) then pg_catalog.version() else pg_catalog.version() end
  , 
cast(nullif(true,
  false) as bool), 
cast(nullif((select data from public.MixedCase limit 1 offset 6)
    ,
  cast(nullif(cast(null as bytea),
    cast(null as bytea)) as bytea)) as bytea), 
default);

insert into public.customers values (
default, 
case when 85 > cast(null as int2) then cast(null as text) else cast(null as text) end
  , 
cast(null as "varchar"), 
cast(null as timestamptz), 
pg_catalog.extract(
  cast(cast(null as text) as text),
  cast(cast(null as timetz) as timetz)), 
cast(null as _text), 
pg_catalog.jsonb_object(
  cast(cast(null as _text) as _text)));

select  
  (select data from public.MixedCase limit 1 offset 35)
     as c0, 
  ref_0.flag as c1, 
  ref_0.data as c2, 
  ref_0.Id as c3, 
  ref_0.data as c4, 
  
    pg_catalog.max(
      cast(pg_catalog.pg_current_wal_lsn() as pg_lsn)) over (partition by ref_0.Label,ref_0.span,ref_0.data,ref_0.Label order by ref_0.flag) as c5
from 
  public.MixedCase as ref_0
where false
limit 76;

insert into public.MixedCase values (
73, 
cast(null as text), 
false, 
cast(null as bytea), 
default);

select  
  ref_0.customer_id as c0, 
  ref_0.total as c1, 
  ref_0.status as c2, 
  ref_0.status as c3
from 
  public.recent_orders as ref_0
where ref_0.status is not NULL
limit 149;

insert into public.customers values (
default, 
default, 
default, 
cast(null as timestamptz), 
default, 
default, 
cast(null as jsonb));

select  
  ref_0.span as c0
from 
  public.MixedCase as ref_0
where case when pg_catalog.uuid_hash_extended(
        cast(cast(null as uuid) as uuid),
        cast((select id from public.customers limit 1 offset 4)
           as int8)) >= ref_0.Id then ref_0.Id else ref_0.Id end
     <> cast(null as int2);

update public.orders set 
  id = public.orders.id
returning 
  case when cast(null as money) > cast(null as money) then (select id from public.recent_orders limit 1 offset 14)
       else (select id from public.recent_orders limit 1 offset 14)
       end
     as c0;

delete from public.MixedCase
where 
cast(null as "timestamp") < cast(nullif(case when ((select tags from public.customers limit 1 offset 4)
             <= (select tags from public.customers limit 1 offset 3)
            ) 
        and (pg_catalog.jsonb_build_object() @? cast(null as jsonpath)) then cast(null as timestamptz) else cast(null as timestamptz) end
      ,
    pg_catalog.transaction_timestamp()) as timestamptz)
returning 
  public.MixedCase.Label as c0;

select  
  sample_0.created_at as c0, 
  pg_catalog.pg_current_wal_flush_lsn() as c1, 
  sample_0.id as c2, 
  90 as c3, 
  pg_catalog.datemultirange() as c4, 
  (select pg_catalog.sum(total) from public.orders)
     as c5
from 
  public.customers as sample_0 tablesample system (8.2) 
where sample_0.balance is not NULL
limit 89;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
pg_catalog.current_query(), 
default, 
default, 
17);

insert into public.orders values (
(select id from public.recent_orders limit 1 offset 2)
  , 
cast(null as int8), 
pg_catalog.normalize(
  cast((select status from public.orders limit 1 offset 54)
     as text),
  cast(cast(null as text) as text)), 
cast(null as "numeric"), 
default, 
case when cast(null as int2) >= 92 then 99 else 99 end
  );

select  
  ref_0.id as c0, 
  cast(nullif(ref_0.customer_id,
    ref_0.customer_id) as int8) as c1, 
  (select status from public.recent_orders limit 1 offset 5)
     as c2, 
  ref_0.items as c3
from 
  public.recent_orders as ref_0
where pg_catalog.version() is NULL
limit 106;

select  
  sample_0.customer_id as c0, 
  case when sample_0.items is NULL then (select items from public.orders limit 1 offset 3)
       else (select items from public.orders limit 1 offset 3)
       end
     as c1
from 
  public.orders as sample_0 tablesample bernoulli (7.8) 
where false;

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.span as c0
      from 
        public.MixedCase as ref_0
      where (ref_0.flag is not NULL) 
        or (false)
      limit 79) as subq_0
where subq_0.c0 is not NULL
limit 102;

select  
  ref_0.total as c0, 
  ref_0.customer_id as c1, 
  ref_0.customer_id as c2, 
  ref_0.placed_at as c3, 
  ref_0.placed_at as c4, 
  ref_0.placed_at as c5, 
  ref_0.name as c6
from 
  public.recent_orders as ref_0
where ref_0.placed_at is not NULL
limit 63;

update public.orders set 
  status = public.orders.status, 
  placed_at = public.orders.placed_at
returning 
  public.orders.items as c0, 
  82 as c1, 
  public.orders.items as c2;

select  
  case when case when sample_0.flag is not NULL then cast(null as anymultirange) else cast(null as anymultirange) end
         >> case when sample_0.data is not NULL then cast(null as anymultirange) else cast(null as anymultirange) end
         then pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() else pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() end
     as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (0.9) 
where sample_0.Label is not NULL
limit 111;

select  
  subq_0.c3 as c0
from 
  (select  
        ref_0.name as c0, 
        ref_0.profile as c1, 
        ref_0.email as c2, 
        ref_0.id as c3
      from 
        public.customers as ref_0
      where ref_0.profile is NULL) as subq_0
where ((select span from public.MixedCase limit 1 offset 1)
       &> (select span from public.MixedCase limit 1 offset 4)
      ) 
  or (subq_0.c0 is NULL)
limit 108;

select  
  pg_catalog.txid_current_snapshot() as c0, 
  ref_0.items as c1, 
  pg_catalog.sha224(
    cast((select data from public.MixedCase limit 1 offset 2)
       as bytea)) as c2, 
  ref_0.status as c3, 
  ref_0.customer_id as c4, 
  (select tags from public.customers limit 1 offset 3)
     as c5, 
  30 as c6
from 
  public.orders as ref_0
where pg_catalog.statement_timestamp() is NULL
limit 106;

update public.orders set 
  id = public.orders.customer_id, 
  customer_id = public.orders.id, 
  status = public.orders.status, 
  items = public.orders.items
returning 
  public.orders.placed_at as c0;

select  
  sample_0.items as c0, 
  (select Label from public.MixedCase limit 1 offset 4)
     as c1, 
  sample_0.id as c2, 
  sample_0.customer_id as c3, 
  1 as c4, 
  pg_catalog.pg_stat_force_next_flush() as c5, 
  sample_0.status as c6, 
  sample_0.status as c7, 
  sample_0.customer_id as c8
from 
  public.orders as sample_0 tablesample system (6.6) 
where sample_0.customer_id is not NULL;

insert into public.orders values (
default, 
pg_catalog.pg_stat_get_db_deadlocks(
  cast(pg_catalog.pg_replication_origin_oid(
    cast(cast(null as text) as text)) as oid)), 
cast(null as text), 
default, 
default, 
pg_catalog.pg_backend_pid());

update public.orders set 
  status = public.orders.status, 
  total = public.orders.total
returning 
  public.orders.items as c0;

select  
  (select customer_id from public.recent_orders limit 1 offset 2)
     as c0
from 
  (select  
        (select data from public.MixedCase limit 1 offset 4)
           as c0, 
        ref_0.id as c1, 
        ref_0.items as c2, 
        ref_0.status as c3, 
        ref_0.placed_at as c4
      from 
        public.orders as ref_0
      where true) as subq_0
where subq_0.c1 is NULL;

insert into public.orders values (
default, 
pg_catalog.pg_stat_get_buf_written_backend(), 
default, 
default, 
cast(null as "timestamp"), 
15) on conflict on constraint orders_customer_id_fkey do update  set 
  customer_id = cast(null as int8), 
  status = cast(null as text), 
  total = cast(null as "numeric"), 
  placed_at = cast(null as "timestamp") where (false) 
  and (31 is NULL);

select  
  pg_catalog.timeofday() as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (7.7) 
where sample_0.Label @@ cast(null as text);

delete from public.orders
where 
public.orders.customer_id is NULL
returning 
  public.orders.status as c0;

insert into public.orders values (
default, 
default, 
cast(null as text), 
(select pg_catalog.avg(items) from public.recent_orders)
  , 
cast(null as "timestamp"), 
17) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  customer_id = cast(null as int8), 
  status = cast(null as text), 
  total = cast(null as "numeric") where 27 is not NULL;

insert into public.orders values (
default, 
cast(null as int8), 
cast(coalesce(cast(null as text),
  cast(null as text)) as text), 
cast(null as "numeric"), 
default, 
16) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  placed_at = cast(null as "timestamp") where false;

delete from public.orders
where 
true
returning 
  pg_catalog.pg_postmaster_start_time() as c0;

select  
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c0
from 
  public.MixedCase as ref_0
where true
limit 74;

insert into public.orders values (
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
default, 
pg_catalog.pg_get_wal_replay_pause_state(), 
cast(null as "numeric"), 
(select pg_catalog.min(placed_at) from public.orders)
  , 
(select pg_catalog.bit_or(items) from public.recent_orders)
  ) on conflict on constraint orders_customer_id_fkey do update  set 
  id = cast(null as int8), 
  placed_at = cast(null as "timestamp") where cast(null as inet) <<= pg_catalog.inet_client_addr();

select  
  ref_0.name as c0, 
  ref_0.email as c1, 
  ref_0.id as c2, 
  ref_0.id as c3, 
  pg_catalog.pg_stat_get_checkpoint_sync_time() as c4
from 
  public.customers as ref_0
where cast(null as circle) <= pg_catalog.circle(
    cast(pg_catalog.polygon(
      cast((select pg_catalog.max(Id) from public.MixedCase)
         as int4),
      cast(cast(null as circle) as circle)) as polygon));

select  
  ref_0.Label as c0, 
  ref_0.span as c1, 
  ref_0.data as c2, 
  ref_0.Id as c3, 
  ref_0.Id as c4
from 
  public.MixedCase as ref_0
where (cast(null as "numeric") < cast(null as "numeric")) 
  or (ref_0.data is NULL);

select  
  ref_0.placed_at as c0
from 
  public.recent_orders as ref_0
where pg_catalog.nummultirange() <@ pg_catalog.nummultirange();

update public.orders set 
  customer_id = pg_catalog.lastval(), 
  status = public.orders.status, 
  placed_at = public.orders.placed_at
returning 
  public.orders.items as c0, 
  (select name from public.recent_orders limit 1 offset 1)
     as c1, 
  (select status from public.recent_orders limit 1 offset 5)
     as c2, 
  public.orders.customer_id as c3, 
  public.orders.total as c4, 
  public.orders.placed_at as c5;

select  
  sample_0.Label as c0, 
  sample_0.Label as c1, 
  sample_0.span as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (9.3) 
where sample_0.span is not NULL;

select  
  pg_catalog.to_hex(
    cast(sample_0.customer_id as int8)) as c0, 
  sample_0.customer_id as c1
from 
  public.orders as sample_0 tablesample system (3.2) 
where sample_0.status is NULL;

select  
  sample_0.span as c0, 
  cast(coalesce(sample_0.data,
    (select data from public.MixedCase limit 1 offset 2)
      ) as bytea) as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (1.2) 
where (select profile from public.customers limit 1 offset 2)
     ?| cast(nullif(cast(null as _text),
    cast(null as _text)) as _text)
limit 95;

select  
  sample_0.flag as c0, 
  sample_0.Id as c1, 
  pg_catalog.pg_advisory_unlock_all() as c2, 
  sample_0.data as c3, 
  pg_catalog.pg_current_wal_lsn() as c4, 
  cast(nullif(sample_0.Label,
    sample_0.Label) as text) as c5
from 
  public.MixedCase as sample_0 tablesample system (8.1) 
where pg_catalog.pg_stat_get_checkpoint_write_time() is NULL;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  flag = public.MixedCase.flag, 
  span = public.MixedCase.span
returning 
  pg_catalog.plpgsql_call_handler() as c0;

select  
  subq_0.c1 as c0, 
  subq_0.c1 as c1
from 
  (select  
        ref_0.total as c0, 
        ref_0.placed_at as c1
      from 
        public.recent_orders as ref_0
      where false) as subq_0
where subq_0.c1 is NULL
limit 57;

insert into public.MixedCase values (
98, 
cast(null as text), 
true, 
default, 
default);

select  
  ref_0.status as c0, 
  pg_catalog.lastval() as c1
from 
  public.orders as ref_0
where cast(null as anyrange) -|- cast(null as anyrange);

insert into public.orders values (
default, 
pg_catalog.txid_current(), 
pg_catalog.current_query(), 
default, 
pg_catalog.make_timestamp(
  cast(6 as int4),
  cast(66 as int4),
  cast(pg_catalog.pg_backend_pid() as int4),
  cast(85 as int4),
  cast(14 as int4),
  cast(cast(null as float8) as float8)), 
51);

select  
  sample_0.span as c0, 
  sample_0.data as c1, 
  sample_0.Id as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (8.8) 
where sample_0.data is NULL
limit 105;

select  
  
    pg_catalog.bit_xor(
      cast(cast(null as int2) as int2)) over (partition by ref_0.items order by ref_0.total) as c0, 
  (select pg_catalog.range_agg(span) from public.MixedCase)
     as c1, 
  (select placed_at from public.orders limit 1 offset 1)
     as c2, 
  ref_0.status as c3, 
  ref_0.id as c4
from 
  public.orders as ref_0
where ref_0.total is NULL;

select  
  sample_0.id as c0, 
  sample_0.email as c1, 
  sample_0.created_at as c2, 
  sample_0.tags as c3
from 
  public.customers as sample_0 tablesample bernoulli (9.5) 
where true
limit 141;

select  
  ref_0.id as c0, 
  ref_0.customer_id as c1
from 
  public.recent_orders as ref_0
where cast(null as polygon) |&> cast(null as polygon)
limit 58;

select  
  sample_0.id as c0, 
  case when (false) 
      or (cast(null as polygon) ~= pg_catalog.polygon(
          cast(cast(null as path) as path))) then sample_0.balance else sample_0.balance end
     as c1
from 
  public.customers as sample_0 tablesample system (0.9) 
where false
limit 94;

select  
  ref_0.placed_at as c0, 
  ref_0.placed_at as c1, 
  case when pg_catalog.int4send(
        cast(ref_1.items as int4)) is not NULL then ref_1.total else ref_1.total end
     as c2
from 
  public.orders as ref_0
    right join public.orders as ref_1
    on (false)
where EXISTS (
  select  
      ref_1.items as c0
    from 
      public.customers as sample_0 tablesample system (4.6) 
    where ref_1.status is not NULL
    limit 123);

select  
  pg_catalog.get_current_ts_config() as c0, 
  pg_catalog.pg_current_xact_id_if_assigned() as c1, 
  pg_catalog.pg_client_encoding() as c2, 
  pg_catalog.pg_backend_pid() as c3, 
  ref_0.Id as c4, 
  ref_0.Label as c5, 
  ref_0.span as c6, 
  ref_0.data as c7, 
  ref_0.data as c8, 
  ref_0.flag as c9, 
  ref_0.span as c10
from 
  public.MixedCase as ref_0
where ref_0.flag is NULL
limit 105;

insert into public.MixedCase values (
information_schema._pg_char_octet_length(
  cast(pg_catalog.pg_my_temp_schema() as oid),
  cast(29 as int4)), 
cast(null as text), 
false, 
cast(null as bytea), 
default);

MERGE INTO public.MixedCase as target_0
USING public.orders as sample_0 tablesample system (0.5) 
ON target_0.Label = sample_0.status 
WHEN MATCHED 
  AND true
   THEN DELETE;

select  
  87 as c0
from 
  public.orders as ref_0
where false;

select  
  
    pg_catalog.stddev(
      cast(sample_0.balance as "numeric")) over (partition by sample_0.id order by sample_0.email,sample_0.balance,sample_0.balance) as c0, 
  sample_0.created_at as c1, 
  case when sample_0.tags is not NULL then sample_0.balance else sample_0.balance end
     as c2
from 
  public.customers as sample_0 tablesample system (1.4) 
where sample_0.id <= pg_catalog.inet_server_port()
limit 84;

select  
  sample_0.total as c0, 
  sample_0.items as c1, 
  sample_0.id as c2
from 
  public.orders as sample_0 tablesample system (4.4) 
where (sample_0.customer_id is NULL) 
  and (sample_0.customer_id < sample_0.items)
limit 36;

select  
  54 as c0, 
  ref_0.email as c1, 
  ref_0.id as c2
from 
  public.customers as ref_0
where (select placed_at from public.orders limit 1 offset 1)
     > cast(coalesce(cast(null as "timestamp"),
    (select pg_catalog.min(placed_at) from public.orders)
      ) as "timestamp");

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag, 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  (select status from public.orders limit 1 offset 3)
     as c1, 
  public.MixedCase.Label as c2, 
  public.MixedCase.Id as c3;

delete from public.MixedCase
where 
public.MixedCase.Label is NULL
returning 
  (select placed_at from public.recent_orders limit 1 offset 1)
     as c0;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
default, 
pg_catalog.numeric_sqrt(
  cast(cast(null as "numeric") as "numeric")), 
pg_catalog.timestamp_smaller(
  cast(cast(null as "timestamp") as "timestamp"),
  cast(cast(null as "timestamp") as "timestamp")), 
90);

select  
  ref_0.id as c0, 
  6 as c1, 
  ref_0.customer_id as c2, 
  ref_0.items as c3
from 
  public.orders as ref_0
where case when (select span from public.MixedCase limit 1 offset 6)
         << pg_catalog.nummultirange() then cast(coalesce(ref_0.id,
      ref_0.customer_id) as int8) else cast(coalesce(ref_0.id,
      ref_0.customer_id) as int8) end
     is not NULL;

update public.orders set 
  id = (select id from public.orders limit 1 offset 3)
    , 
  customer_id = (select id from public.orders limit 1 offset 6)
    , 
  items = pg_catalog.pg_trigger_depth()
returning 
  public.orders.id as c0, 
  public.orders.items as c1, 
  public.orders.total as c2, 
  public.orders.customer_id as c3, 
  public.orders.status as c4;

select  
  ref_0.span as c0, 
  ref_0.Label as c1, 
  ref_0.Id as c2
from 
  public.MixedCase as ref_0
where ref_0.Id is NULL
limit 37;

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (0.9) 
where cast(coalesce(sample_0.Id,
    sample_0.Id) as int4) < (select id from public.customers limit 1 offset 5)
    
limit 147;

select  
  ref_0.total as c0
from 
  public.recent_orders as ref_0
where (true) 
  and (cast(nullif(case when cast(nullif(ref_0.items,
            ref_0.items) as int4) < cast(null as int2) then (select data from public.MixedCase limit 1 offset 3)
           else (select data from public.MixedCase limit 1 offset 3)
           end
        ,
      cast(null as bytea)) as bytea) !~~ pg_catalog.sha224(
      cast(pg_catalog.date_send(
        cast(cast(null as date) as date)) as bytea)))
limit 38;

select  
  pg_catalog.circle_send(
    cast(case when (select tags from public.customers limit 1 offset 2)
           is NULL then cast(coalesce(cast(null as circle),
        cast(null as circle)) as circle) else cast(coalesce(cast(null as circle),
        cast(null as circle)) as circle) end
       as circle)) as c0, 
  ref_0.name as c1
from 
  public.customers as ref_0
where pg_catalog.version() <> ref_0.name
limit 58;

select  
  sample_0.created_at as c0
from 
  public.customers as sample_0 tablesample system (0.4) 
where (pg_catalog.getdatabaseencoding() ~ sample_0.name) 
  or (sample_0.id is not NULL)
limit 78;

select  
  pg_catalog.pg_current_wal_lsn() as c0
from 
  (select  
        ref_0.profile as c0
      from 
        public.customers as ref_0
      where cast(nullif(cast(coalesce(cast(null as line),
            cast(null as line)) as line),
          cast(null as line)) as line) ?# cast(null as line)) as subq_0
where (false) 
  or (true)
limit 129;

select  
  sample_0.name as c0
from 
  public.orders as ref_0
    left join public.customers as sample_0 tablesample system (0.8) 
    on (sample_0.balance is not NULL)
where pg_catalog.int8multirange(
    cast(cast(null as int8range) as int8range)) is NULL
limit 177;

select  
  pg_catalog.pg_replication_origin_session_reset() as c0, 
  sample_0.placed_at as c1, 
  sample_0.customer_id as c2, 
  78 as c3, 
  sample_0.total as c4, 
  (select pg_catalog.max(total) from public.recent_orders)
     as c5
from 
  public.orders as sample_0 tablesample system (1.8) 
where cast(null as inet) > pg_catalog.inet_server_addr();

select  
  ref_0.name as c0, 
  ref_0.balance as c1
from 
  public.customers as ref_0
where false;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = (select Label from public.MixedCase limit 1 offset 6)
    , 
  flag = pg_catalog.pg_is_wal_replay_paused(), 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  public.MixedCase.Label as c0, 
  63 as c1, 
  public.MixedCase.span as c2, 
  pg_catalog.gen_random_uuid() as c3, 
  (select flag from public.MixedCase limit 1 offset 4)
     as c4;

select  
  ref_0.placed_at as c0
from 
  public.orders as ref_0
where ((true) 
    and (cast(nullif(pg_catalog.pg_current_xact_id(),
        pg_catalog.pg_current_xact_id()) as xid8) = pg_catalog.pg_current_xact_id_if_assigned())) 
  and ((ref_0.total is NULL) 
    or (ref_0.placed_at is not NULL));

delete from public.orders
where 
public.orders.customer_id is not NULL
returning 
  public.orders.placed_at as c0, 
  public.orders.customer_id as c1, 
  public.orders.status as c2, 
  (select placed_at from public.recent_orders limit 1 offset 6)
     as c3;

select  
  96 as c0, 
  subq_0.c0 as c1
from 
  (select  
        sample_0.Label as c0
      from 
        public.MixedCase as sample_0 tablesample system (3.2) 
      where cast(null as inet) >> pg_catalog.inet_client_addr()
      limit 169) as subq_0
where case when true then subq_0.c0 else subq_0.c0 end
     is NULL
limit 117;

delete from public.customers
where 
public.customers.name ~* public.customers.name
returning 
  case when public.customers.name is NULL then public.customers.tags else public.customers.tags end
     as c0;

select  
  ref_0.name as c0, 
  ref_0.items as c1, 
  ref_0.items as c2
from 
  public.recent_orders as ref_0
where ref_0.id <> ref_0.customer_id
limit 87;

select  
  ref_0.Label as c0, 
  ref_0.Label as c1, 
  ref_0.span as c2, 
  cast(coalesce(ref_0.Id,
    ref_0.Id) as int4) as c3, 
  ref_0.flag as c4, 
  ref_0.span as c5, 
  ref_0.span as c6, 
  ref_0.span as c7
from 
  public.MixedCase as ref_0
where true;

insert into public.customers values (
(select pg_catalog.sum(items) from public.recent_orders)
  , 
case when cast(null as float4) <> cast(null as float8) then cast(null as text) else cast(null as text) end
  , 
case when 1 is NULL then cast(null as "varchar") else cast(null as "varchar") end
  , 
(select pg_catalog.min(created_at) from public.customers)
  , 
default, 
default, 
cast(null as jsonb));

select  
  ref_0.profile as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where true;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  span = public.MixedCase.span
returning 
  case when public.MixedCase.Label is NULL then public.MixedCase.flag else public.MixedCase.flag end
     as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.Id as c2;

select  
  sample_0.items as c0, 
  sample_0.total as c1, 
  sample_0.status as c2
from 
  public.orders as sample_0 tablesample system (6.6) 
where sample_0.total is NULL
limit 74;

select  
  ref_0.placed_at as c0, 
  ref_0.customer_id as c1
from 
  public.orders as ref_0
where ref_0.items > pg_catalog.int2(
    cast(pg_catalog.pg_trigger_depth() as int4))
limit 44;

select  
  sample_1.Id as c0, 
  sample_0.placed_at as c1, 
  sample_0.customer_id as c2, 
  65 as c3, 
  pg_catalog.pg_backend_pid() as c4, 
  sample_0.placed_at as c5, 
  sample_0.customer_id as c6
from 
  public.orders as sample_0 tablesample system (1.9) 
    left join public.MixedCase as sample_1 tablesample system (2.8) 
    on (false)
where cast(null as circle) &< pg_catalog.circle(
    cast(cast(null as polygon) as polygon))
limit 88;

select  
  ref_0.id as c0
from 
  public.customers as ref_0
where ref_0.created_at <> pg_catalog.date_in(
    cast(pg_catalog.timestamptypmodout(
      cast(cast(nullif(case when ref_0.balance is not NULL then (select items from public.recent_orders limit 1 offset 2)
             else (select items from public.recent_orders limit 1 offset 2)
             end
          ,
        (select items from public.recent_orders limit 1 offset 5)
          ) as int4) as int4)) as cstring))
limit 93;

update public.customers set 
  name = cast(null as text), 
  profile = public.customers.profile
returning 
  public.customers.name as c0, 
  public.customers.id as c1, 
  cast(nullif((select total from public.orders limit 1 offset 4)
      ,
    public.customers.balance) as "numeric") as c2, 
  (select Id from public.MixedCase limit 1 offset 1)
     as c3;

select  
  ref_0.span as c0, 
  ref_0.data as c1, 
  ref_0.data as c2, 
  ref_0.flag as c3
from 
  public.MixedCase as ref_0
where ref_0.span -|- ref_0.span;

insert into public.MixedCase values (
25, 
cast(null as text), 
(select flag from public.MixedCase limit 1 offset 1)
  , 
default, 
case when cast(coalesce(cast(null as inet),
      cast(null as inet)) as inet) >>= cast(null as inet) then cast(null as int4range) else cast(null as int4range) end
  );

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
cast(null as "numeric"), 
cast(nullif(cast(null as "timestamp"),
  (select pg_catalog.max(placed_at) from public.orders)
    ) as "timestamp"), 
56) on conflict on constraint orders_customer_id_fkey do update  set 
  customer_id = cast(null as int8), 
  items = pg_catalog.octet_length(
    cast(cast(null as bpchar) as bpchar)) where 5 is not NULL;

update public.customers set 
  created_at = public.customers.created_at, 
  balance = public.customers.balance
returning 
  public.customers.email as c0, 
  public.customers.email as c1;

insert into public.customers values (
default, 
cast(null as text), 
default, 
cast(null as timestamptz), 
pg_catalog.extract(
  cast(cast(null as text) as text),
  cast(cast(null as timestamptz) as timestamptz)), 
cast(null as _text), 
(select profile from public.customers limit 1 offset 3)
  );

select  
  32 as c0, 
  (select pg_catalog.max(balance) from public.customers)
     as c1, 
  pg_catalog.gen_random_uuid() as c2
from 
  public.customers as ref_0
where ref_0.profile < ref_0.profile
limit 114;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  span = (select span from public.MixedCase limit 1 offset 5)
    
returning 
  public.MixedCase.flag as c0, 
  cast(coalesce(public.MixedCase.Id,
    (select items from public.orders limit 1 offset 3)
      ) as int4) as c1, 
  public.MixedCase.span as c2;

update public.customers set 
  id = (select id from public.customers limit 1 offset 3)
    , 
  email = public.customers.email, 
  profile = public.customers.profile
returning 
  pg_catalog.int8multirange() as c0, 
  public.customers.tags as c1, 
  cast(nullif(public.customers.balance,
    public.customers.balance) as "numeric") as c2, 
  public.customers.balance as c3;

select  
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c0
from 
  public.orders as sample_0 tablesample system (4.8) 
where (sample_0.total is not NULL) 
  or ((select pg_catalog.max(status) from public.recent_orders)
       is not NULL)
limit 125;

select  
  ref_0.id as c0
from 
  public.recent_orders as ref_0
where ref_0.placed_at is not NULL
limit 154;

MERGE INTO public.MixedCase as target_0
USING public.orders as sample_0 tablesample system (8.3) 
ON target_0.Label = sample_0.status 
WHEN NOT MATCHED AND cast(null as text) <> cast(coalesce(cast(null as text),
      cast(null as text)) as text)
   THEN INSERT VALUES ( 56, case when cast(null as float4) = cast(null as float4) then cast(null as text) else cast(null as text) end
    , true, case when true < false then cast(null as bytea) else cast(null as bytea) end
    , cast(null as int4range));

select  
  cast(nullif(pg_catalog.pg_get_wal_replay_pause_state(),
    sample_0.status) as text) as c0
from 
  public.orders as sample_0 tablesample system (9) 
where sample_0.placed_at is NULL
limit 171;

select  
  78 as c0, 
  subq_0.c0 as c1, 
  subq_0.c2 as c2, 
  pg_catalog.getdatabaseencoding() as c3
from 
  public.customers as sample_0 tablesample system (1.9) ,
  lateral (select  
        sample_0.name as c0, 
        sample_0.name as c1, 
        sample_1.status as c2, 
        sample_1.placed_at as c3
      from 
        public.orders as sample_1 tablesample system (4.1) 
      where sample_1.items >= sample_0.id) as subq_0
where (true) 
  and (cast(null as date) = subq_0.c3)
limit 70;

select  
  sample_0.customer_id as c0, 
  sample_0.placed_at as c1
from 
  public.orders as sample_0 tablesample system (7.5) 
where cast(null as int2) < pg_catalog.pg_stat_get_bgwriter_maxwritten_clean();

select  
  sample_0.flag as c0, 
  sample_0.Id as c1, 
  sample_0.data as c2, 
  sample_0.Id as c3, 
  sample_0.data as c4, 
  (select email from public.customers limit 1 offset 5)
     as c5
from 
  public.MixedCase as sample_0 tablesample system (7.4) 
where sample_0.data !~~ sample_0.data;

MERGE INTO public.MixedCase as target_0
USING public.orders as sample_0 tablesample bernoulli (2.8) 
ON target_0.Label = sample_0.status 
WHEN NOT MATCHED AND true
   THEN INSERT VALUES ( 30, cast(coalesce(cast(null as text),
    cast(null as text)) as text), cast(coalesce(true,
    true) as bool), cast(null as bytea), cast(null as int4range));

select  
  subq_0.c1 as c0, 
  subq_0.c2 as c1
from 
  (select  
        sample_0.Id as c0, 
        sample_0.Label as c1, 
        sample_0.flag as c2
      from 
        public.MixedCase as sample_0 tablesample system (2.4) 
      where (sample_0.Label is NULL) 
        and (sample_0.flag is not NULL)
      limit 124) as subq_0
where subq_0.c1 @@ cast(null as tsquery);

select  
  ref_0.profile as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where ref_0.name is NULL;

update public.MixedCase set 
  data = cast(coalesce(public.MixedCase.data,
    public.MixedCase.data) as bytea), 
  span = public.MixedCase.span
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.Label as c2, 
  cast(nullif(public.MixedCase.span,
    pg_catalog.int4range(
      cast(public.MixedCase.Id as int4),
      cast(83 as int4),
      cast(public.MixedCase.Label as text))) as int4range) as c3;

insert into public.MixedCase values (
32, 
default, 
true, 
default, 
case when case when ((cast(null as timetz) = cast(null as timetz)) 
          or (((false) 
              or (cast(null as "interval") < cast(null as "interval"))) 
            or (false))) 
        and (false) then 37 else 37 end
       is NULL then (select span from public.MixedCase limit 1 offset 45)
     else (select span from public.MixedCase limit 1 offset 45)
     end
  );

insert into public.orders values (
default, 
cast(null as int8), 
pg_catalog.pg_export_snapshot(), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
case when cast(null as circle) > case when 10 is not NULL then cast(null as circle) else cast(null as circle) end
       then 56 else 56 end
  );

select  
  case when (select pg_catalog.bit_and(id) from public.customers)
         > (select id from public.orders limit 1 offset 2)
         then sample_0.Label else sample_0.Label end
     as c0, 
  sample_0.Id as c1
from 
  public.MixedCase as sample_0 tablesample system (5.1) 
where (true) 
  and (pg_catalog.timeofday() >= sample_0.Label)
limit 141;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag
returning 
  pg_catalog.pg_is_wal_replay_paused() as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.data as c2;

update public.orders set 
  id = public.orders.id, 
  status = public.orders.status, 
  total = public.orders.total, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  public.orders.total as c0, 
  public.orders.items as c1, 
  public.orders.total as c2, 
  public.orders.items as c3;

insert into public.MixedCase values (
63, 
(select pg_catalog.min(name) from public.customers)
  , 
pg_catalog.pg_ts_dict_is_visible(
  cast(cast(null as oid) as oid)), 
default, 
default);

insert into public.customers values (
cast(null as int8), 
default, 
cast(null as "varchar"), 
default, 
default, 
cast(null as _text), 
cast(null as jsonb)) on conflict on constraint customers_pkey do update  set 
  name = cast(null as text), 
  email = cast(null as "varchar"), 
  created_at = cast(null as timestamptz), 
  profile = cast(null as jsonb) where cast(null as line) ?# cast(null as line);

delete from public.orders
where 
pg_catalog.make_date(
    cast(public.orders.items as int4),
    cast((select pg_catalog.bit_or(Id) from public.MixedCase)
       as int4),
    cast(public.orders.items as int4)) <> pg_catalog.pg_postmaster_start_time()
returning 
  public.orders.customer_id as c0;

insert into public.orders values (
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
cast(null as int8), 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
80);

select  
  (select Id from public.MixedCase limit 1 offset 3)
     as c0
from 
  public.recent_orders as ref_0
where ref_0.customer_id is NULL
limit 98;

delete from public.MixedCase
where 
cast(null as money) = cast(nullif(cast(null as money),
    pg_catalog.cash_mul_int4(
      cast(cast(null as money) as money),
      cast(public.MixedCase.Id as int4))) as money)
returning 
  public.MixedCase.Id as c0, 
  public.MixedCase.span as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.span as c3;

select  
  ref_0.placed_at as c0, 
  ref_0.total as c1, 
  ref_0.status as c2, 
  ref_0.total as c3, 
  ref_0.id as c4, 
  ref_0.items as c5
from 
  public.recent_orders as ref_0
where EXISTS (
  select  
      ref_0.total as c0
    from 
      public.recent_orders as ref_1
    where ref_1.total = ref_1.total
    limit 107);

delete from public.MixedCase
where 
public.MixedCase.data <@ public.MixedCase.span
returning 
  public.MixedCase.flag as c0;

select  
  sample_0.flag as c0, 
  sample_0.Label as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (5) 
where pg_catalog.pg_snapshot_send(
    cast(cast(null as pg_snapshot) as pg_snapshot)) is NULL
limit 136;

select  
  sample_0.created_at as c0, 
  9 as c1, 
  sample_0.email as c2, 
  sample_0.tags as c3, 
  sample_0.balance as c4, 
  sample_0.profile as c5
from 
  public.customers as sample_0 tablesample system (8.4) 
where cast(null as point) <<| cast(null as point)
limit 68;

select  
  sample_0.customer_id as c0, 
  sample_0.items as c1, 
  sample_0.customer_id as c2, 
  sample_0.customer_id as c3
from 
  public.orders as sample_0 tablesample bernoulli (7.4) 
where case when pg_catalog.pg_stat_get_buf_written_backend() is NULL then (select span from public.MixedCase limit 1 offset 3)
       else (select span from public.MixedCase limit 1 offset 3)
       end
     <@ (select span from public.MixedCase limit 1 offset 78)
    
limit 90;

select  
  ref_0.profile as c0, 
  ref_0.created_at as c1
from 
  public.customers as ref_0
where ref_0.tags is NULL
limit 155;

select  
  ref_0.Label as c0, 
  pg_catalog.inet_server_addr() as c1
from 
  public.MixedCase as ref_0
where ref_0.Label is NULL
limit 22;

insert into public.MixedCase values (
34, 
cast(null as text), 
false, 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.data as c0
from 
  public.MixedCase as sample_0 tablesample system (0.7) 
where sample_0.data = sample_0.data
limit 134;

insert into public.customers values (
cast(null as int8), 
default, 
default, 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

delete from public.orders
where 
false
returning 
  public.orders.id as c0, 
  public.orders.total as c1, 
  case when cast(null as tsvector) <> cast(null as tsvector) then (select id from public.orders limit 1 offset 1)
       else (select id from public.orders limit 1 offset 1)
       end
     as c2;

select  
  sample_0.placed_at as c0, 
  pg_catalog.transaction_timestamp() as c1
from 
  public.orders as sample_0 tablesample system (9.2) 
where cast(null as anyenum) = cast(null as anyenum);

select  
  5 as c0
from 
  public.orders as sample_0 tablesample system (9.8) 
where sample_0.id is NULL
limit 106;

select  
  (select created_at from public.customers limit 1 offset 72)
     as c0, 
  ref_0.profile as c1, 
  ref_0.tags as c2, 
  ref_0.tags as c3
from 
  public.customers as ref_0
where false
limit 97;

select  
  ref_0.data as c0
from 
  public.MixedCase as ref_0
where true
limit 41;

delete from public.MixedCase
where 
true
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.flag as c1, 
  public.MixedCase.span as c2;

select  
  sample_0.data as c0, 
  sample_0.data as c1
from 
  public.MixedCase as sample_0 tablesample system (9.5) 
where sample_0.data is not NULL
limit 88;

select  
  sample_0.profile as c0, 
  sample_0.name as c1, 
  (select id from public.recent_orders limit 1 offset 2)
     as c2
from 
  public.customers as sample_0 tablesample bernoulli (7.8) 
where sample_0.profile >= sample_0.profile
limit 93;

select  
  ref_0.profile as c0, 
  cast(nullif(ref_0.created_at,
    ref_0.created_at) as timestamptz) as c1, 
  ref_0.name as c2, 
  ref_0.name as c3, 
  ref_0.created_at as c4, 
  ref_0.name as c5, 
  (select span from public.MixedCase limit 1 offset 38)
     as c6
from 
  public.customers as ref_0
where ref_0.profile is not NULL
limit 18;

select  
  sample_0.Label as c0, 
  sample_0.span as c1, 
  (select profile from public.customers limit 1 offset 2)
     as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (6.8) 
where EXISTS (
  select  
      sample_1.data as c0, 
      ref_0.profile as c1
    from 
      public.MixedCase as sample_1 tablesample system (7) 
        inner join public.customers as ref_0
        on (ref_0.created_at is NULL)
    where sample_1.Id <> ref_0.id
    limit 48)
limit 143;

insert into public.orders values (
(select id from public.customers limit 1 offset 5)
  , 
pg_catalog.lastval(), 
(select name from public.customers limit 1 offset 1)
  , 
(select total from public.orders limit 1 offset 6)
  , 
cast(null as "timestamp"), 
72);

insert into public.orders values (
cast(null as int8), 
default, 
cast(null as text), 
default, 
cast(null as "timestamp"), 
80);

select  
  sample_0.tags as c0
from 
  public.customers as sample_0 tablesample bernoulli (6.4) 
where cast(null as anymultirange) && cast(null as anymultirange)
limit 148;

select  
  ref_0.placed_at as c0, 
  ref_1.status as c1, 
  ref_0.total as c2, 
  pg_catalog.get_current_ts_config() as c3, 
  ref_0.items as c4, 
  ref_1.total as c5
from 
  public.recent_orders as ref_0
    inner join public.recent_orders as ref_1
    on (cast(null as bpchar) !~* (select status from public.recent_orders limit 1 offset 62)
          )
where cast(null as oid) > pg_catalog.pg_my_temp_schema()
limit 64;

select  
  ref_0.Label as c0
from 
  public.MixedCase as ref_0
where pg_catalog.pg_current_xact_id() <> cast(nullif(cast(null as xid8),
    pg_catalog.pg_current_xact_id_if_assigned()) as xid8)
limit 131;

select  
  ref_0.name as c0, 
  ref_0.created_at as c1, 
  ref_0.tags as c2, 
  cast(nullif(ref_0.tags,
    ref_0.tags) as _text) as c3
from 
  public.customers as ref_0
where case when false then cast(null as int2) else cast(null as int2) end
     < pg_catalog.inet_server_port()
limit 139;

select  
  ref_0.items as c0, 
  pg_catalog.text(
    cast((select flag from public.MixedCase limit 1 offset 4)
       as bool)) as c1, 
  ref_0.items as c2, 
  ref_0.status as c3, 
  ref_0.items as c4, 
  ref_0.id as c5, 
  ref_0.items as c6
from 
  public.recent_orders as ref_0
where pg_catalog.pg_stat_get_checkpoint_write_time() > pg_catalog.float4(
    cast(58 as int4));

select  
  ref_0.created_at as c0
from 
  public.customers as ref_0
where (cast(coalesce(pg_catalog.nummultirange(),
      cast(nullif(cast(null as anymultirange),
        pg_catalog.tstzmultirange()) as anymultirange)) as anymultirange) @> pg_catalog.nummultirange()) 
  or (false)
limit 74;

insert into public.customers values (
case when 97 is NULL then cast(null as int8) else cast(null as int8) end
  , 
default, 
cast(null as "varchar"), 
default, 
cast(null as "numeric"), 
cast(null as _text), 
cast(null as jsonb));

select  
  sample_0.Label as c0, 
  (select items from public.orders limit 1 offset 6)
     as c1
from 
  public.MixedCase as sample_0 tablesample system (9.9) 
where true
limit 62;

select  
  ref_0.id as c0, 
  ref_0.items as c1, 
  ref_0.total as c2
from 
  public.orders as ref_0
where ref_0.items is NULL
limit 77;

delete from public.orders
where 
false
returning 
  public.orders.items as c0;

select  
  pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints() as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2
from 
  (select  
        ref_0.items as c0
      from 
        public.recent_orders as ref_0
      where (true) 
        or (false)
      limit 102) as subq_0
where true
limit 24;

select  
  sample_0.data as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (5.3) 
where cast(coalesce(cast(null as float4),
    pg_catalog.float4(
      cast((select id from public.orders limit 1 offset 54)
         as int8))) as float4) <= pg_catalog.pg_stat_get_checkpoint_write_time()
limit 107;

select  
  ref_0.data as c0, 
  ref_0.Id as c1, 
  ref_0.flag as c2, 
  ref_0.span as c3, 
  ref_0.data as c4
from 
  public.MixedCase as ref_0
where ref_0.Id is NULL
limit 103;

select  
  ref_1.id as c0, 
  96 as c1, 
  ref_1.items as c2, 
  pg_catalog.lo_lseek(
    cast(ref_0.items as int4),
    cast(ref_1.items as int4),
    cast(ref_0.items as int4)) as c3
from 
  public.orders as ref_0
    inner join public.orders as ref_1
    on (pg_catalog.tstzmultirange() &< cast(nullif(cast(null as anymultirange),
          pg_catalog.datemultirange(
            cast(cast(null as _daterange) as _daterange))) as anymultirange))
where true
limit 106;

insert into public.customers values (
default, 
cast(null as text), 
(select email from public.customers limit 1 offset 1)
  , 
case when cast(null as varbit) <= cast(null as varbit) then cast(null as timestamptz) else cast(null as timestamptz) end
  , 
default, 
cast(null as _text), 
cast(null as jsonb));

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints(), 
cast(null as int8), 
default, 
cast(null as "numeric"), 
case when cast(null as inet) <<= cast(null as inet) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
(select items from public.recent_orders limit 1 offset 76)
  );

select  
  subq_0.c0 as c0
from 
  (select  
        sample_0.status as c0
      from 
        public.orders as sample_0 tablesample system (5.3) 
      where cast(null as tsvector) >= cast(null as tsvector)
      limit 158) as subq_0
where pg_catalog.plpgsql_call_handler() is NULL
limit 89;

delete from public.customers
where 
(select items from public.recent_orders limit 1 offset 3)
     = public.customers.id
returning 
  public.customers.tags as c0, 
  (select name from public.recent_orders limit 1 offset 80)
     as c1, 
  public.customers.name as c2, 
  public.customers.tags as c3, 
  public.customers.balance as c4;

delete from public.customers
where 
public.customers.balance is NULL
returning 
  public.customers.tags as c0, 
  public.customers.id as c1, 
  public.customers.balance as c2;

insert into public.customers values (
default, 
default, 
default, 
pg_catalog.transaction_timestamp(), 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

select  
  case when pg_catalog.cashsmaller(
        cast(cast(null as money) as money),
        cast(case when ref_0.id is NULL then cast(null as money) else cast(null as money) end
           as money)) >= cast(null as money) then ref_0.tags else ref_0.tags end
     as c0, 
  ref_0.email as c1, 
  ref_0.name as c2
from 
  public.customers as ref_0
where cast(null as jsonb) ? ref_0.name;

insert into public.MixedCase values (
56, 
pg_catalog.pg_get_wal_replay_pause_state(), 
true, 
cast(null as bytea), 
default);

insert into public.orders values (
default, 
(select id from public.recent_orders limit 1 offset 1)
  , 
default, 
default, 
cast(null as "timestamp"), 
(select items from public.recent_orders limit 1 offset 1)
  ) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  status = cast(null as text), 
  total = cast(null as "numeric"), 
  placed_at = cast(null as "timestamp") where cast(null as bpchar) ~ (select pg_catalog.max(status) from public.orders);

select  
  sample_0.id as c0
from 
  public.orders as sample_0 tablesample bernoulli (0.1) 
where case when sample_0.status = pg_catalog.getdatabaseencoding() then cast(null as int2) else cast(null as int2) end
     >= sample_0.id
limit 68;

select  
  ref_0.total as c0, 
  ref_0.name as c1, 
  
    pg_catalog.max(
      cast(ref_0.items as int4)) over (partition by ref_0.id order by ref_0.name) as c2, 
  ref_0.customer_id as c3, 
  ref_0.placed_at as c4
from 
  public.recent_orders as ref_0
where false
limit 67;

insert into public.orders values (
cast(null as int8), 
default, 
default, 
cast(null as "numeric"), 
pg_catalog.timestamp(
  cast(cast(null as date) as date)), 
73);

select  
  sample_0.placed_at as c0, 
  sample_0.total as c1, 
  sample_0.total as c2
from 
  public.orders as sample_0 tablesample bernoulli (2.2) 
where case when sample_0.placed_at is NULL then cast(null as "time") else cast(null as "time") end
     <= cast(null as "time")
limit 93;

insert into public.MixedCase values (
48, 
pg_catalog.md5(
  cast(cast(null as text) as text)), 
false, 
default, 
default);

select  
  ref_0.flag as c0
from 
  public.MixedCase as ref_0
where true
limit 55;

select  
  ref_0.status as c0, 
  92 as c1, 
  (select placed_at from public.orders limit 1 offset 6)
     as c2, 
  ref_0.customer_id as c3
from 
  public.recent_orders as ref_0
where ref_0.items > cast(null as int2)
limit 85;

update public.orders set 
  id = public.orders.id, 
  status = public.orders.status
returning 
  public.orders.total as c0, 
  pg_catalog.pg_current_xact_id_if_assigned() as c1, 
  cast(nullif(public.orders.customer_id,
    public.orders.id) as int8) as c2, 
  public.orders.id as c3, 
  public.orders.total as c4, 
  pg_catalog.tstzmultirange() as c5, 
  public.orders.items as c6, 
  public.orders.customer_id as c7;

delete from public.MixedCase
where 
((public.MixedCase.Id is NULL) 
    and ((select customer_id from public.orders limit 1 offset 6)
         is NULL)) 
  and (public.MixedCase.flag is NULL)
returning 
  public.MixedCase.Id as c0;

select  
  ref_1.span as c0
from 
  public.orders as ref_0
    inner join public.MixedCase as ref_1
    on (pg_catalog.gen_random_uuid() < pg_catalog.uuid_in(
          cast(cast(null as cstring) as cstring)))
where cast(null as circle) > cast(null as circle)
limit 73;

select  
  sample_0.customer_id as c0, 
  cast(coalesce(sample_0.total,
    ref_0.balance) as "numeric") as c1, 
  (select pg_catalog.variance(items) from public.orders)
     as c2
from 
  public.orders as sample_0 tablesample system (2.9) 
    right join public.customers as ref_0
    on (sample_0.placed_at = ref_0.created_at)
where false;

insert into public.customers values (
pg_catalog.pg_tablespace_size(
  cast(pg_catalog.name(
    cast(cast(null as "varchar") as "varchar")) as name)), 
default, 
cast(null as "varchar"), 
case when false then cast(null as timestamptz) else cast(null as timestamptz) end
  , 
cast(null as "numeric"), 
pg_catalog.tsvector_to_array(
  cast(cast(null as tsvector) as tsvector)), 
pg_catalog.jsonb_build_object());

insert into public.MixedCase values (
82, 
default, 
case when cast(null as float8) <= cast(null as float4) then true else true end
  , 
default, 
case when cast(null as box) |>> cast(null as box) then cast(null as int4range) else cast(null as int4range) end
  );

select  
  ref_0.id as c0, 
  sample_0.id as c1, 
  ref_0.created_at as c2, 
  sample_0.name as c3, 
  ref_0.id as c4, 
  pg_catalog.notlike(
    cast(cast(null as bytea) as bytea),
    cast((select data from public.MixedCase limit 1 offset 3)
       as bytea)) as c5
from 
  public.customers as sample_0 tablesample system (6.5) 
    left join public.customers as ref_0
    on (cast(null as int2) = cast(null as int2))
where (true) 
  or (cast(null as timestamptz) = ref_0.created_at)
limit 106;

select  
  ref_0.Label as c0, 
  pg_catalog.pg_rotate_logfile() as c1
from 
  public.MixedCase as ref_0
where (true) 
  and ((ref_0.span is not NULL) 
    and (case when (ref_0.Label > cast(null as name)) 
          or (cast(null as int2) >= cast(null as int2)) then cast(null as point) else cast(null as point) end
         <<| cast(null as point)));

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
cast(null as "varchar"), 
default, 
default, 
case when 71 is not NULL then cast(null as _text) else cast(null as _text) end
  , 
default);

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data, 
  span = cast(null as int4range)
returning 
  public.MixedCase.span as c0, 
  pg_catalog.lo_from_bytea(
    cast(cast(nullif(case when true then pg_catalog.pg_my_temp_schema() else pg_catalog.pg_my_temp_schema() end
        ,
      pg_catalog.pg_my_temp_schema()) as oid) as oid),
    cast(public.MixedCase.data as bytea)) as c1;

update public.customers set 
  created_at = pg_catalog.pg_last_xact_replay_timestamp(), 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.id as c0, 
  public.customers.created_at as c1;

select  
  ref_0.status as c0, 
  ref_0.items as c1, 
  cast(nullif(case when (case when true then cast(null as uuid) else cast(null as uuid) end
             >= cast(null as uuid)) 
        or (ref_0.items > ref_0.id) then ref_0.total else ref_0.total end
      ,
    ref_0.total) as "numeric") as c2, 
  cast(coalesce(ref_0.total,
    ref_0.total) as "numeric") as c3
from 
  public.orders as ref_0
where 29 is not NULL
limit 79;

insert into public.orders values (
pg_catalog.pg_stat_get_xact_tuples_hot_updated(
  cast(cast(null as oid) as oid)), 
pg_catalog.pg_stat_get_buf_written_backend(), 
cast(null as text), 
(select balance from public.customers limit 1 offset 6)
  , 
default, 
case when cast(null as anymultirange) >> cast(null as anymultirange) then 100 else 100 end
  );

insert into public.orders values (
default, 
default, 
cast(null as text), 
cast(null as "numeric"), 
default, 
1) on conflict on constraint orders_customer_id_fkey do update  set 
  id = cast(null as int8), 
  items = cast(nullif(64,
    5) as int4) where (select name from public.customers limit 1 offset 3)
     ^@ case when (select data from public.MixedCase limit 1 offset 4)
         <> cast(null as bytea) then pg_catalog.current_query() else pg_catalog.current_query() end;

insert into public.MixedCase values (
29, 
cast(null as text), 
case when cast(null as box) <@ cast(coalesce(cast(null as box),
      cast(null as box)) as box) then pg_catalog.pg_rotate_logfile_old() else pg_catalog.pg_rotate_logfile_old() end
  , 
cast(null as bytea), 
cast(null as int4range));

select  
  ref_0.email as c0, 
  pg_catalog.pg_conf_load_time() as c1, 
  ref_0.created_at as c2, 
  ref_0.profile as c3
from 
  public.customers as ref_0
where pg_catalog.date_trunc(
    cast(pg_catalog.current_query() as text),
    cast(cast(null as "timestamp") as "timestamp")) <= (select placed_at from public.orders limit 1 offset 85);

select  
  ref_0.status as c0, 
  ref_0.name as c1, 
  ref_0.total as c2, 
  ref_0.total as c3, 
  ref_0.items as c4, 
  ref_0.name as c5, 
  ref_0.id as c6, 
  pg_catalog.pg_stat_get_buf_alloc() as c7, 
  ref_0.placed_at as c8
from 
  public.recent_orders as ref_0
where ref_0.status !~~* ref_0.name
limit 94;

insert into public.MixedCase values (
70, 
default, 
true, 
default, 
cast(null as int4range));

select  
  ref_0.placed_at as c0, 
  ref_0.name as c1, 
  ref_0.customer_id as c2, 
  ref_0.placed_at as c3, 
  ref_0.items as c4
from 
  public.recent_orders as ref_0
where false;

insert into public.MixedCase values (
15, 
cast(null as text), 
true, 
default, 
cast(null as int4range));

select  
  sample_0.items as c0, 
  sample_0.placed_at as c1, 
  sample_0.customer_id as c2
from 
  public.orders as sample_0 tablesample system (1.2) 
where pg_catalog.pg_stat_get_backend_xact_start(
    cast((select Id from public.MixedCase limit 1 offset 32)
       as int4)) < cast(null as date)
limit 125;

delete from public.orders
where 
cast(null as int2) >= pg_catalog.inet_client_port()
returning 
  public.orders.status as c0, 
  public.orders.placed_at as c1, 
  public.orders.items as c2, 
  public.orders.customer_id as c3;

select  
  pg_catalog.get_current_ts_config() as c0
from 
  public.orders as sample_0 tablesample system (7) 
where pg_catalog.inet_client_port() = sample_0.customer_id;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
default, 
cast(null as "timestamp"), 
97);

select  
  sample_0.balance as c0, 
  sample_0.profile as c1
from 
  public.customers as sample_0 tablesample system (9) 
where pg_catalog.xid8out(
    cast(pg_catalog.pg_current_xact_id_if_assigned() as xid8)) is NULL;

select  
  sample_0.name as c0
from 
  public.customers as sample_0 tablesample system (6.2) 
where (pg_catalog.pg_switch_wal() is NULL) 
  and (pg_catalog.pg_trigger_depth() > cast(coalesce(pg_catalog.int2in(
        cast(cast(null as cstring) as cstring)),
      cast(null as int2)) as int2));

select  
  pg_catalog.inet_client_port() as c0, 
  ref_0.flag as c1, 
  (select email from public.customers limit 1 offset 1)
     as c2, 
  ref_0.flag as c3, 
  pg_catalog.pg_wal_replay_resume() as c4, 
  ref_0.flag as c5
from 
  public.MixedCase as ref_0
where true
limit 102;

select  
  ref_0.id as c0, 
  (select balance from public.customers limit 1 offset 91)
     as c1
from 
  public.recent_orders as ref_0
where true
limit 39;

update public.customers set 
  email = public.customers.email, 
  created_at = pg_catalog.pg_stat_get_bgwriter_stat_reset_time(), 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  pg_catalog.txid_current() as c0;

select  
  ref_0.tags as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where ref_0.balance is not NULL;

select  
  (select id from public.customers limit 1 offset 5)
     as c0
from 
  public.customers as ref_0
where ref_0.balance is NULL
limit 7;

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
cast(null as "varchar"), 
default, 
(select balance from public.customers limit 1 offset 1)
  , 
cast(null as _text), 
cast(nullif(cast(null as jsonb),
  cast(null as jsonb)) as jsonb));

update public.orders set 
  customer_id = case when public.orders.items is NULL then public.orders.customer_id else public.orders.customer_id end
    , 
  placed_at = public.orders.placed_at
returning 
  public.orders.id as c0, 
  public.orders.total as c1, 
  public.orders.id as c2;

select  
  sample_0.items as c0, 
  sample_0.id as c1, 
  79 as c2, 
  67 as c3, 
  sample_0.id as c4, 
  sample_0.items as c5, 
  sample_0.customer_id as c6, 
  sample_0.items as c7, 
  sample_0.total as c8
from 
  public.orders as sample_0 tablesample bernoulli (6.1) 
where (select status from public.orders limit 1 offset 4)
     is not NULL
limit 97;

insert into public.customers values (
cast(null as int8), 
pg_catalog.pg_export_snapshot(), 
default, 
default, 
cast(null as "numeric"), 
cast(null as _text), 
default) on conflict on constraint customers_pkey do update  set 
  id = cast(null as int8), 
  email = cast(null as "varchar"), 
  created_at = cast(null as timestamptz), 
  tags = cast(null as _text), 
  profile = cast(nullif(cast(null as jsonb),
    cast(null as jsonb)) as jsonb) where cast(null as _aclitem) @> cast(null as aclitem);

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
cast(null as "varchar"), 
default, 
pg_catalog.abs(
  cast(cast(null as "numeric") as "numeric")), 
cast(null as _text), 
pg_catalog.jsonb_build_object());

select  
  sample_0.total as c0
from 
  public.orders as sample_0 tablesample system (1.5) 
where cast(nullif((select pg_catalog.range_agg(span) from public.MixedCase)
      ,
    cast(nullif(pg_catalog.nummultirange(),
      cast(null as anymultirange)) as anymultirange)) as anymultirange) is not NULL
limit 54;

update public.orders set 
  customer_id = cast(null as int8), 
  status = cast(null as text), 
  total = public.orders.total, 
  placed_at = cast(coalesce(public.orders.placed_at,
    public.orders.placed_at) as "timestamp"), 
  items = public.orders.items
returning 
  public.orders.id as c0, 
  public.orders.total as c1, 
  public.orders.placed_at as c2;

insert into public.customers values (
pg_catalog.pg_stat_get_bgwriter_requested_checkpoints(), 
pg_catalog.current_query(), 
case when cast(null as record) *= cast(null as record) then cast(null as "varchar") else cast(null as "varchar") end
  , 
pg_catalog.pg_last_xact_replay_timestamp(), 
default, 
default, 
cast(null as jsonb));

select  
  sample_0.created_at as c0, 
  sample_0.created_at as c1
from 
  public.customers as sample_0 tablesample system (5.8) 
where cast(coalesce((select placed_at from public.orders limit 1 offset 3)
      ,
    (select pg_catalog.min(placed_at) from public.recent_orders)
      ) as "timestamp") > case when sample_0.id is not NULL then cast(null as date) else cast(null as date) end
    
limit 65;

select  
  (select tags from public.customers limit 1 offset 4)
     as c0, 
  case when ((true) 
        and (true)) 
      or (ref_0.tags is not NULL) then ref_0.profile else ref_0.profile end
     as c1, 
  ref_0.created_at as c2, 
  pg_catalog.pg_stat_get_bgwriter_stat_reset_time() as c3
from 
  public.customers as ref_0
where ref_0.profile <> ref_0.profile;

insert into public.customers values (
case when cast(null as oid) <> pg_catalog.oidsmaller(
      cast(cast(null as oid) as oid),
      cast(cast(null as oid) as oid)) then cast(null as int8) else cast(null as int8) end
  , 
cast(null as text), 
cast(null as "varchar"), 
default, 
cast(nullif(cast(null as "numeric"),
  cast(null as "numeric")) as "numeric"), 
default, 
cast(null as jsonb));

select  
  case when ((false) 
        and (sample_0.data <> (select data from public.MixedCase limit 1 offset 3)
            )) 
      and (false) then sample_0.Label else sample_0.Label end
     as c0, 
  sample_0.span as c1
from 
  public.MixedCase as sample_0 tablesample system (6.5) 
where pg_catalog.pg_stat_get_checkpoint_write_time() >= cast(null as float4)
limit 105;

MERGE INTO public.MixedCase as target_0
USING public.customers as sample_0 tablesample system (6.5) 
ON target_0.Label = sample_0.name 
WHEN MATCHED AND cast(null as "char") <= cast(null as "char")
   THEN UPDATE  set 
    Id = target_0.Id, 
    Label = target_0.Label, 
    flag = target_0.flag, 
    span = target_0.span;

insert into public.MixedCase values (
77, 
cast(null as text), 
case when true then false else false end
  , 
default, 
default);

select  
  ref_0.data as c0, 
  47 as c1, 
  ref_0.data as c2
from 
  public.MixedCase as ref_0
where pg_catalog.pg_current_wal_lsn() <> cast(null as pg_lsn)
limit 132;

insert into public.orders values (
default, 
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
default, 
cast(null as "numeric"), 
cast(nullif(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
case when cast(null as name) <> cast(null as name) then 75 else 75 end
  );

update public.orders set 
  total = public.orders.total
returning 
  pg_catalog.inet_client_port() as c0, 
  public.orders.id as c1;

select  
  (select id from public.recent_orders limit 1 offset 1)
     as c0, 
  (select Label from public.MixedCase limit 1 offset 4)
     as c1, 
  sample_0.status as c2, 
  cast(nullif(sample_0.customer_id,
    sample_0.customer_id) as int8) as c3
from 
  public.orders as sample_0 tablesample system (2.3) 
where sample_0.status is not NULL
limit 96;

select  
  36 as c0, 
  ref_0.flag as c1, 
  ref_0.data as c2, 
  ref_0.flag as c3, 
  ref_0.Label as c4, 
  pg_catalog.pg_last_committed_xact() as c5, 
  ref_0.span as c6, 
  
    pg_catalog.variance(
      cast(cast(null as int8) as int8)) over (partition by ref_0.data order by ref_0.Id) as c7
from 
  public.MixedCase as ref_0
where ref_0.Label ~>=~ ref_0.Label
limit 80;

MERGE INTO public.MixedCase as target_0
USING public.customers as sample_0 tablesample system (3.9) 
ON target_0.Label = sample_0.name 
WHEN MATCHED AND cast(null as "timestamp") >= cast(null as "timestamp")
   THEN UPDATE  set 
    Id = target_0.Id, 
    flag = target_0.flag, 
    data = target_0.data
WHEN MATCHED AND 70 is not NULL
   THEN UPDATE  set 
    flag = (select flag from public.MixedCase limit 1 offset 6)
      , 
    span = target_0.span
WHEN MATCHED 
  AND 61 is NULL
   THEN DELETE;

select  
  ref_0.customer_id as c0, 
  ref_0.items as c1
from 
  public.orders as ref_0
where ref_0.items is NULL
limit 43;

select  
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c0, 
  ref_0.placed_at as c1, 
  ref_0.placed_at as c2
from 
  public.recent_orders as ref_0
where ((select profile from public.customers limit 1 offset 1)
       <> pg_catalog.jsonb_build_array(
      cast(ref_0.items as int4))) 
  and (true)
limit 41;

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1
from 
  (select  
        sample_0.customer_id as c0, 
        sample_0.id as c1
      from 
        public.orders as sample_0 tablesample system (2.4) 
      where (select created_at from public.customers limit 1 offset 3)
           = (select created_at from public.customers limit 1 offset 6)
          ) as subq_0
where subq_0.c1 <> subq_0.c0
limit 58;

insert into public.orders values (
default, 
default, 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
pg_catalog.inet_client_port());

select  
  sample_0.total as c0, 
  pg_catalog.int8multirange() as c1, 
  sample_0.id as c2
from 
  public.orders as sample_0 tablesample system (0.6) 
where pg_catalog.pg_lsn_hash(
    cast(pg_catalog.pg_current_wal_insert_lsn() as pg_lsn)) <= case when sample_0.status !~~ sample_0.status then sample_0.customer_id else sample_0.customer_id end
    
limit 70;

insert into public.MixedCase values (
52, 
cast(null as text), 
(select flag from public.MixedCase limit 1 offset 20)
  , 
pg_catalog.varbit_send(
  cast(cast(null as varbit) as varbit)), 
pg_catalog.int4range(
  cast(82 as int4),
  cast(74 as int4)));

select  
  pg_catalog.int48ne(
    cast(sample_0.Id as int4),
    cast((select pg_catalog.sum(items) from public.recent_orders)
       as int8)) as c0, 
  sample_0.data as c1
from 
  public.MixedCase as sample_0 tablesample system (9) 
where (cast(coalesce(cast(null as path),
      cast(null as path)) as path) > cast(null as path)) 
  or (cast(null as record) *> case when pg_catalog.inet_server_addr() is NULL then cast(null as record) else cast(null as record) end
      )
limit 132;

select  
  (select profile from public.customers limit 1 offset 4)
     as c0, 
  sample_0.balance as c1, 
  sample_0.id as c2, 
  sample_0.id as c3
from 
  public.customers as sample_0 tablesample system (9.6) 
where (select pg_catalog.bool_and(flag) from public.MixedCase)
     >= (select pg_catalog.every(flag) from public.MixedCase)
    
limit 168;

select  
  ref_0.placed_at as c0, 
  ref_0.status as c1, 
  ref_0.items as c2
from 
  public.recent_orders as ref_0
where ref_0.customer_id <@ (select span from public.MixedCase limit 1 offset 3)
    
limit 94;

select  
  ref_0.balance as c0
from 
  public.MixedCase as sample_0 tablesample system (9.2) 
    inner join public.customers as ref_0
    on (false)
where sample_0.data is not NULL
limit 167;

select  
  sample_0.name as c0, 
  (select customer_id from public.recent_orders limit 1 offset 6)
     as c1
from 
  public.customers as sample_0 tablesample system (8.5) 
where 34 is not NULL;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (9.8) 
ON target_0.Label = sample_0.Label 
WHEN NOT MATCHED
  AND ((cast(null as oidvector) < cast(null as oidvector)) 
      or ((pg_catalog.pg_get_wal_replay_pause_state() < cast(null as text)) 
        or (cast(null as jsonb) < (select profile from public.customers limit 1 offset 2)
            ))) 
    and (cast(null as bytea) = cast(null as bytea))
   THEN DO NOTHING;

insert into public.orders values (
cast(null as int8), 
case when true then cast(null as int8) else cast(null as int8) end
  , 
default, 
cast(null as "numeric"), 
cast(nullif((select placed_at from public.orders limit 1 offset 4)
    ,
  cast(null as "timestamp")) as "timestamp"), 
pg_catalog.inet_client_port());

insert into public.orders values (
default, 
default, 
cast(coalesce(cast(null as text),
  cast(null as text)) as text), 
cast(null as "numeric"), 
case when (cast(null as varbit) < case when cast(null as box) < cast(null as box) then cast(null as varbit) else cast(null as varbit) end
        ) 
    or (cast(null as "time") < cast(null as "time")) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
65);

select  
  pg_catalog.tstzmultirange() as c0, 
  (select items from public.orders limit 1 offset 4)
     as c1, 
  subq_0.c0 as c2
from 
  (select  
        ref_0.id as c0
      from 
        public.orders as ref_0
      where (cast(null as tsquery) <= cast(null as tsquery)) 
        and (ref_0.id is not NULL)) as subq_0
where cast(null as varbit) <> cast(null as varbit)
limit 176;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  data = public.MixedCase.data
returning 
  public.MixedCase.Id as c0, 
  public.MixedCase.Id as c1;

insert into public.MixedCase values (
17, 
default, 
pg_catalog.pg_is_in_recovery(), 
default, 
cast(null as int4range));

delete from public.customers
where 
public.customers.balance <= cast(coalesce(public.customers.balance,
    public.customers.balance) as "numeric")
returning 
  public.customers.balance as c0, 
  public.customers.balance as c1;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2, 
  subq_0.c0 as c3
from 
  (select  
        ref_0.items as c0
      from 
        public.recent_orders as ref_0
      where cast(null as line) ?-| cast(null as line)) as subq_0
where false
limit 50;

select  
  subq_0.c1 as c0, 
  pg_catalog.pg_get_wal_replay_pause_state() as c1
from 
  (select  
        ref_0.name as c0, 
        ref_0.email as c1, 
        ref_0.tags as c2, 
        ref_0.name as c3, 
        ref_0.created_at as c4, 
        ref_0.tags as c5
      from 
        public.customers as ref_0
      where pg_catalog.getpgusername() ~ ref_0.name
      limit 107) as subq_0
where subq_0.c2 is not NULL
limit 110;

insert into public.customers values (
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
(select status from public.recent_orders limit 1 offset 99)
  , 
default, 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

select  
  sample_0.placed_at as c0, 
  sample_0.status as c1, 
  sample_0.status as c2
from 
  public.orders as sample_0 tablesample bernoulli (4.6) 
where ((select created_at from public.customers limit 1 offset 5)
       <> pg_catalog.clock_timestamp()) 
  or (((select flag from public.MixedCase limit 1 offset 6)
         >= (select pg_catalog.bool_and(flag) from public.MixedCase)
        ) 
    or (cast(null as timetz) > cast(null as timetz)));

select  
  pg_catalog.txid_current() as c0, 
  ref_0.name as c1, 
  (select pg_catalog.variance(total) from public.orders)
     as c2, 
  ref_0.total as c3, 
  (select total from public.recent_orders limit 1 offset 4)
     as c4, 
  ref_0.placed_at as c5
from 
  public.recent_orders as ref_0
where (ref_0.name is not NULL) 
  and (true);

select  
  sample_0.tags as c0, 
  pg_catalog.tstzrange(
    cast(sample_0.created_at as timestamptz),
    cast(pg_catalog.clock_timestamp() as timestamptz),
    cast(sample_0.name as text)) as c1, 
  sample_0.id as c2, 
  case when cast(null as anymultirange) = pg_catalog.tstzmultirange() then sample_0.profile else sample_0.profile end
     as c3, 
  85 as c4, 
  sample_0.id as c5
from 
  public.customers as sample_0 tablesample bernoulli (0.4) 
where sample_0.profile is NULL
limit 74;

insert into public.MixedCase values (
cast(nullif(5,
  27) as int4), 
default, 
true, 
case when cast(null as tid) <= cast(null as tid) then cast(null as bytea) else cast(null as bytea) end
  , 
default);

select  
  subq_0.c1 as c0
from 
  (select  
        sample_0.total as c0, 
        sample_0.customer_id as c1
      from 
        public.orders as sample_0 tablesample system (1.8) 
      where sample_0.placed_at < case when (false) 
            and (cast(null as macaddr) >= cast(null as macaddr)) then sample_0.placed_at else sample_0.placed_at end
          ) as subq_0
where subq_0.c1 is NULL
limit 35;

update public.customers set 
  balance = case when cast(null as "timestamp") <> cast(null as date) then public.customers.balance else public.customers.balance end
    , 
  tags = public.customers.tags
returning 
  pg_catalog.timeofday() as c0, 
  (select pg_catalog.jsonb_agg(id) from public.orders)
     as c1, 
  public.customers.profile as c2;

insert into public.MixedCase values (
cast(nullif(45,
  (select pg_catalog.bit_or(Id) from public.MixedCase)
    ) as int4), 
case when pg_catalog.char(
      cast(90 as int4)) <> cast(null as "char") then cast(null as text) else cast(null as text) end
  , 
case when cast(null as macaddr8) < cast(null as macaddr8) then pg_catalog.pg_rotate_logfile_old() else pg_catalog.pg_rotate_logfile_old() end
  , 
cast(null as bytea), 
cast(null as int4range));

insert into public.MixedCase values (
case when 96 is NULL then 23 else 23 end
  , 
cast(null as text), 
false, 
cast(null as bytea), 
default);

select  
  ref_0.total as c0, 
  ref_0.customer_id as c1, 
  ref_0.total as c2, 
  ref_0.id as c3, 
  (select balance from public.customers limit 1 offset 6)
     as c4
from 
  public.recent_orders as ref_0
where false;

insert into public.MixedCase values (
41, 
default, 
case when 50 is not NULL then true else true end
  , 
default, 
default);

select  
  ref_0.customer_id as c0, 
  pg_catalog.pg_jit_available() as c1, 
  pg_catalog.pg_get_wal_replay_pause_state() as c2, 
  ref_0.placed_at as c3, 
  cast(nullif(ref_0.customer_id,
    ref_0.customer_id) as int8) as c4, 
  ref_0.total as c5, 
  ref_0.placed_at as c6, 
  pg_catalog.int8multirange() as c7
from 
  public.orders as ref_0
where pg_catalog.current_schema() < cast(nullif(cast(null as anyarray),
    pg_catalog.pg_client_encoding()) as anyarray);

select  
  ref_0.tags as c0, 
  ref_0.created_at as c1, 
  ref_0.created_at as c2, 
  ref_0.id as c3, 
  ref_0.tags as c4
from 
  public.customers as ref_0
where pg_catalog.current_schema() < ref_0.name
limit 119;

update public.MixedCase set 
  Id = public.MixedCase.Id
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.span as c2, 
  public.MixedCase.data as c3, 
  public.MixedCase.span as c4;

select  
  (select items from public.orders limit 1 offset 63)
     as c0, 
  sample_0.placed_at as c1, 
  (select items from public.recent_orders limit 1 offset 6)
     as c2
from 
  public.orders as sample_0 tablesample system (4.3) 
where pg_catalog.pg_rotate_logfile() is not NULL
limit 62;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2
from 
  (select  
        sample_0.Label as c0
      from 
        public.MixedCase as sample_0 tablesample system (1.7) 
      where sample_0.span @> case when (select flag from public.MixedCase limit 1 offset 5)
               is NULL then cast(null as anymultirange) else cast(null as anymultirange) end
          ) as subq_0
where false;

insert into public.orders values (
case when 25 is not NULL then cast(null as int8) else cast(null as int8) end
  , 
pg_catalog.pg_stat_get_db_conflict_startup_deadlock(
  cast(cast(null as oid) as oid)), 
cast(null as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
48) on conflict on constraint orders_pkey do update  set 
  total = cast(null as "numeric"), 
  placed_at = cast(null as "timestamp") where cast(null as pg_lsn) >= cast(null as pg_lsn);

select  
  sample_0.data as c0, 
  sample_0.span as c1, 
  sample_0.Id as c2, 
  sample_0.span as c3
from 
  public.MixedCase as sample_0 tablesample system (0.8) 
where sample_0.Id is not NULL
limit 175;

select  
  (select profile from public.customers limit 1 offset 82)
     as c0, 
  ref_0.id as c1
from 
  public.customers as ref_0
where pg_catalog.pg_current_xact_id_if_assigned() is not NULL
limit 22;

select  
  ref_0.total as c0, 
  ref_0.total as c1
from 
  public.recent_orders as ref_0
where ref_0.total is not NULL
limit 151;

select  
  sample_0.name as c0
from 
  public.customers as sample_0 tablesample bernoulli (9.3) 
where sample_0.name ~* cast(null as text);

update public.customers set 
  id = (select id from public.customers limit 1 offset 1)
    , 
  email = (select email from public.customers limit 1 offset 5)
    , 
  created_at = (select pg_catalog.min(created_at) from public.customers)
    , 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0, 
  public.customers.email as c1, 
  public.customers.name as c2;

select distinct 
  case when pg_catalog.current_user() ~* ref_0.name then ref_0.id else ref_0.id end
     as c0, 
  ref_0.placed_at as c1, 
  pg_catalog.circle_lt(
    cast(cast(null as circle) as circle),
    cast(cast(null as circle) as circle)) as c2
from 
  public.recent_orders as ref_0
where ref_0.id is not NULL
limit 180;

select  
  ref_0.name as c0
from 
  public.recent_orders as ref_0
where true
limit 52;

select  
  subq_0.c0 as c0
from 
  (select  
        sample_0.email as c0, 
        sample_0.email as c1, 
        sample_0.tags as c2, 
        sample_0.profile as c3
      from 
        public.customers as sample_0 tablesample system (2.5) 
      where pg_catalog.tsmultirange() && cast(null as anymultirange)
      limit 77) as subq_0
where subq_0.c0 is not NULL
limit 141;

select  
  22 as c0, 
  sample_0.total as c1
from 
  public.orders as sample_0 tablesample system (0.3) 
where pg_catalog.int8multirange() &< cast(null as anyrange);

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample bernoulli (1) 
ON target_0.Id = sample_0.Id 
WHEN MATCHED AND (cast(null as text) <> pg_catalog.pg_get_viewdef(
        cast(cast(null as oid) as oid),
        cast(false as bool))) 
    or (93 is NULL)
   THEN UPDATE  set 
    Id = target_0.Id, 
    Label = target_0.Label, 
    flag = target_0.flag, 
    data = target_0.data;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
default, 
default, 
70) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  total = pg_catalog.to_number(
    cast(cast(null as text) as text),
    cast(pg_catalog.pg_current_logfile() as text)) where 50 is NULL;

select  
  ref_0.tags as c0
from 
  public.customers as ref_0
where true;

select  
  ref_0.name as c0
from 
  public.recent_orders as ref_0
where cast(null as oid) > cast(null as oid)
limit 92;

update public.orders set 
  id = public.orders.id, 
  total = public.orders.total, 
  placed_at = (select placed_at from public.recent_orders limit 1 offset 1)
    
returning 
  public.orders.total as c0, 
  public.orders.status as c1, 
  public.orders.total as c2, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c3;

insert into public.orders values (
pg_catalog.pg_total_relation_size(
  cast(cast(null as regclass) as regclass)), 
(select id from public.customers limit 1 offset 3)
  , 
default, 
cast(null as "numeric"), 
(select placed_at from public.orders limit 1 offset 10)
  , 
(select items from public.orders limit 1 offset 25)
  );

select  
  ref_0.id as c0, 
  (select customer_id from public.recent_orders limit 1 offset 18)
     as c1, 
  ref_0.customer_id as c2, 
  ref_0.items as c3, 
  cast(nullif(ref_0.total,
    (select total from public.recent_orders limit 1 offset 4)
      ) as "numeric") as c4, 
  ref_0.items as c5, 
  (select tags from public.customers limit 1 offset 6)
     as c6, 
  ref_0.status as c7
from 
  public.orders as ref_0
where cast(null as int2) <> ref_0.id;

update public.orders set 
  id = pg_catalog.txid_current_if_assigned(), 
  customer_id = public.orders.id, 
  total = public.orders.total, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  pg_catalog.acosd(
    cast(cast(null as float8) as float8)) as c0;

select  
  ref_0.total as c0, 
  ref_0.customer_id as c1, 
  
    pg_catalog.bit_and(
      cast(ref_0.id as int8)) over (partition by ref_0.customer_id order by ref_0.customer_id) as c2, 
  ref_0.placed_at as c3, 
  ref_0.id as c4, 
  (select pg_catalog.var_samp(id) from public.recent_orders)
     as c5, 
  ref_0.placed_at as c6, 
  ref_0.name as c7, 
  ref_0.status as c8
from 
  public.recent_orders as ref_0
where ref_0.name ^@ pg_catalog.pg_current_logfile()
limit 84;

insert into public.orders values (
default, 
default, 
pg_catalog.pg_get_wal_replay_pause_state(), 
pg_catalog.extract(
  cast(cast(null as text) as text),
  cast(cast(null as "time") as "time")), 
default, 
94);

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
(select created_at from public.customers limit 1 offset 88)
  , 
default, 
default, 
default) on conflict on constraint customers_pkey do update  set 
  id = cast(null as int8), 
  name = cast(null as text), 
  balance = cast(null as "numeric") where (cast(null as anyarray) @> cast(null as anyarray)) 
  and (cast(null as point) <@ cast(null as lseg));

select  
  ref_0.items as c0, 
  ref_0.items as c1
from 
  public.recent_orders as ref_0
where ((((select placed_at from public.recent_orders limit 1 offset 4)
           = ref_0.placed_at) 
      and (cast(null as anymultirange) >= case when false then cast(null as anymultirange) else cast(null as anymultirange) end
          )) 
    and (ref_0.placed_at is not NULL)) 
  or ((ref_0.id <= ref_0.items) 
    or (cast(null as varbit) <= cast(null as varbit)));

select  
  ref_0.flag as c0, 
  ref_0.Id as c1, 
  sample_0.Id as c2, 
  sample_0.data as c3
from 
  public.MixedCase as ref_0
      right join public.MixedCase as sample_0 tablesample bernoulli (9.8) 
      on ((ref_0.Id is NULL) 
          and (cast(null as text) >= cast(null as name)))
    right join public.customers as ref_1
    on (ref_0.Label is not NULL)
where cast(null as anymultirange) && pg_catalog.tsmultirange();

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.total as c0, 
        ref_0.customer_id as c1
      from 
        public.recent_orders as ref_0
      where cast(null as inet) <> cast(nullif(cast(null as inet),
          cast(null as inet)) as inet)
      limit 137) as subq_0
where false;

update public.customers set 
  id = pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
  name = public.customers.name, 
  created_at = public.customers.created_at, 
  profile = public.customers.profile
returning 
  public.customers.email as c0;

select  
  sample_0.Label as c0
from 
  public.MixedCase as sample_0 tablesample system (8.2) 
where (cast(nullif(sample_0.Label,
      sample_0.Label) as text) is NULL) 
  and (false)
limit 42;

select  
  
    pg_catalog.regr_r2(
      cast(pg_catalog.pg_notification_queue_usage() as float8),
      cast(pg_catalog.pg_stat_get_checkpoint_sync_time() as float8)) over (partition by sample_0.Id,sample_0.span order by sample_0.Label) as c0, 
  sample_0.Label as c1, 
  sample_0.flag as c2
from 
  public.MixedCase as sample_0 tablesample system (1.7) 
where false
limit 86;

select  
  subq_0.c2 as c0
from 
  (select  
        sample_0.total as c0, 
        sample_0.placed_at as c1, 
        sample_0.total as c2, 
        sample_0.id as c3, 
        sample_0.status as c4
      from 
        public.orders as sample_0 tablesample system (1.7) 
      where pg_catalog.clock_timestamp() < sample_0.placed_at) as subq_0
where pg_catalog.int4multirange() < cast(null as anymultirange);

update public.customers set 
  id = public.customers.id, 
  email = (select email from public.customers limit 1 offset 3)
    
returning 
  public.customers.name as c0, 
  public.customers.profile as c1, 
  public.customers.created_at as c2;

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.total as c0
      from 
        public.orders as ref_0
      where cast(null as text) ~* ref_0.status) as subq_0
where pg_catalog.current_database() = pg_catalog.current_user()
limit 79;

select  
  ref_0.id as c0, 
  ref_0.email as c1, 
  ref_0.created_at as c2, 
  cast(coalesce(ref_0.balance,
    ref_0.balance) as "numeric") as c3, 
  ref_0.id as c4
from 
  public.customers as ref_0
where (select id from public.recent_orders limit 1 offset 4)
     is not NULL
limit 116;

select  
  sample_0.Id as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (2.5) 
where sample_0.Id is NULL;

select  
  ref_0.data as c0, 
  ref_0.Id as c1, 
  ref_0.Id as c2
from 
  public.MixedCase as ref_0
where false
limit 53;

select  
  sample_0.profile as c0, 
  sample_0.profile as c1, 
  sample_0.profile as c2
from 
  public.customers as sample_0 tablesample bernoulli (3.4) 
where cast(null as inet) = cast(nullif(pg_catalog.inet_server_addr(),
    pg_catalog.inetmi_int8(
      cast(pg_catalog.inetmi_int8(
        cast(cast(null as inet) as inet),
        cast(sample_0.id as int8)) as inet),
      cast(sample_0.id as int8))) as inet);

insert into public.orders values (
cast(null as int8), 
case when cast(null as cid) = case when cast(null as tsquery) = cast(null as tsquery) then cast(null as cid) else cast(null as cid) end
       then cast(null as int8) else cast(null as int8) end
  , 
default, 
default, 
cast(null as "timestamp"), 
57);

insert into public.customers values (
default, 
default, 
default, 
case when 81 is NULL then pg_catalog.pg_conf_load_time() else pg_catalog.pg_conf_load_time() end
  , 
default, 
default, 
default);

select  
  sample_0.total as c0, 
  pg_catalog.pg_stat_get_checkpoint_write_time() as c1, 
  sample_0.id as c2, 
  pg_catalog.nummultirange() as c3, 
  sample_0.status as c4, 
  sample_0.status as c5, 
  (select profile from public.customers limit 1 offset 24)
     as c6, 
  sample_0.total as c7, 
  8 as c8
from 
  public.orders as sample_0 tablesample system (3.3) 
where sample_0.status is not NULL;

select  
  53 as c0, 
  (select span from public.MixedCase limit 1 offset 3)
     as c1, 
  81 as c2, 
  sample_0.Label as c3
from 
  public.MixedCase as sample_0 tablesample system (5.1) 
where sample_0.span -|- case when cast(null as name) <> cast(coalesce(pg_catalog.pg_client_encoding(),
        cast(null as name)) as name) then sample_0.span else sample_0.span end
    
limit 93;

select  
  ref_0.placed_at as c0, 
  ref_0.id as c1, 
  ref_0.status as c2, 
  ref_0.customer_id as c3, 
  pg_catalog.charge(
    cast(cast(null as "char") as "char"),
    cast(cast(null as "char") as "char")) as c4
from 
  public.recent_orders as ref_0
where true
limit 84;

select  
  cast(coalesce(sample_0.Id,
    sample_0.Id) as int4) as c0, 
  sample_0.Label as c1, 
  pg_catalog.pg_replication_origin_session_is_setup() as c2, 
  sample_0.flag as c3, 
  sample_0.flag as c4, 
  case when sample_0.flag is NULL then sample_0.span else sample_0.span end
     as c5
from 
  public.MixedCase as sample_0 tablesample system (1.8) 
where sample_0.data is NULL;

delete from public.orders
where 
pg_catalog.name(
    cast((select email from public.customers limit 1 offset 75)
       as "varchar")) <= cast(null as name)
returning 
  public.orders.status as c0, 
  public.orders.placed_at as c1, 
  (select created_at from public.customers limit 1 offset 5)
     as c2, 
  public.orders.customer_id as c3;

select  
  sample_0.id as c0, 
  sample_0.profile as c1, 
  sample_0.created_at as c2, 
  cast(coalesce(sample_0.created_at,
    sample_0.created_at) as timestamptz) as c3, 
  sample_0.balance as c4, 
  sample_0.id as c5, 
  sample_0.profile as c6
from 
  public.customers as sample_0 tablesample bernoulli (3.7) 
where true;

insert into public.MixedCase values (
11, 
cast(null as text), 
true, 
default, 
default);

insert into public.orders values (
(select id from public.customers limit 1 offset 5)
  , 
default, 
pg_catalog.unistr(
  cast(pg_catalog.current_query() as text)), 
default, 
default, 
71);

delete from public.customers
where 
public.customers.id >= cast(null as int2)
returning 
  public.customers.tags as c0;

select  
  sample_0.email as c0
from 
  public.customers as sample_0 tablesample system (8.5) 
where cast(coalesce(sample_0.tags,
    sample_0.tags) as _text) is not NULL
limit 179;

select  
  ref_0.span as c0
from 
  public.MixedCase as ref_0
where ref_0.Id is NULL
limit 89;

select  
  subq_0.c1 as c0, 
  (select Label from public.MixedCase limit 1 offset 1)
     as c1, 
  cast(nullif(subq_0.c1,
    subq_0.c1) as int8) as c2
from 
  (select  
        pg_catalog.pg_is_wal_replay_paused() as c0, 
        sample_0.customer_id as c1
      from 
        public.orders as sample_0 tablesample system (7.8) 
      where false) as subq_0
where subq_0.c1 is not NULL
limit 44;

select  
  subq_0.c0 as c0
from 
  public.customers as ref_0
    left join (select  
          sample_0.data as c0
        from 
          public.MixedCase as sample_0 tablesample system (8.6) 
        where sample_0.Label is NULL) as subq_0
    on (case when subq_0.c0 is NULL then cast(null as int2) else cast(null as int2) end
           < ref_0.id)
where ref_0.name ~<=~ pg_catalog.pg_get_wal_replay_pause_state()
limit 78;

select  
  subq_0.c1 as c0
from 
  (select  
        ref_0.placed_at as c0, 
        ref_0.placed_at as c1, 
        ref_0.total as c2
      from 
        public.recent_orders as ref_0
      where cast(null as path) ?# cast(null as path)) as subq_0
where pg_catalog.clock_timestamp() <> subq_0.c1;

select  
  pg_catalog.pg_current_snapshot() as c0, 
  (select placed_at from public.orders limit 1 offset 6)
     as c1
from 
  public.customers as ref_0
where (select data from public.MixedCase limit 1 offset 6)
     >= pg_catalog.pg_read_binary_file(
    cast(ref_0.name as text))
limit 114;

select  
  sample_0.items as c0, 
  sample_0.id as c1, 
  sample_0.customer_id as c2, 
  
    pg_catalog.max(
      cast(sample_0.total as "numeric")) over (partition by sample_0.customer_id order by sample_0.customer_id) as c3, 
  (select span from public.MixedCase limit 1 offset 1)
     as c4
from 
  public.orders as sample_0 tablesample system (5.4) 
where (select customer_id from public.orders limit 1 offset 2)
     is not NULL
limit 57;

select  
  ref_1.status as c0, 
  ref_0.Id as c1, 
  ref_2.id as c2, 
  cast(nullif(ref_0.Label,
    cast(null as text)) as text) as c3
from 
  public.MixedCase as ref_0
      inner join public.orders as ref_1
      on (ref_1.id > ref_0.Id)
    inner join public.recent_orders as ref_2
    on (cast(null as int2) > case when true then cast(null as int2) else cast(null as int2) end
          )
where ref_0.Label = ref_2.status;

update public.customers set 
  id = cast(null as int8), 
  email = (select email from public.customers limit 1 offset 2)
    , 
  created_at = (select created_at from public.customers limit 1 offset 6)
    , 
  balance = public.customers.balance, 
  tags = public.customers.tags
returning 
  public.customers.created_at as c0, 
  public.customers.balance as c1, 
  public.customers.profile as c2, 
  public.customers.email as c3;

select  
  ref_1.status as c0, 
  ref_1.total as c1, 
  42 as c2, 
  pg_catalog.clock_timestamp() as c3, 
  ref_1.total as c4, 
  77 as c5
from 
  public.MixedCase as ref_0
    left join public.recent_orders as ref_1
    on ((cast(null as bpchar) ~* case when true then ref_1.status else ref_1.status end
            ) 
        and (false))
where ref_1.total < (select pg_catalog.var_samp(id) from public.orders)
    
limit 130;

select  
  ref_0.total as c0, 
  ref_0.items as c1, 
  pg_catalog.pg_jit_available() as c2
from 
  public.recent_orders as ref_0
where ref_0.id is not NULL;

insert into public.MixedCase values (
pg_catalog.pg_trigger_depth(), 
cast(null as text), 
false, 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.email as c0, 
  pg_catalog.pg_terminate_backend(
    cast(57 as int4),
    cast(sample_0.id as int8)) as c1
from 
  public.customers as sample_0 tablesample system (3.5) 
where sample_0.id < (select pg_catalog.min(Id) from public.MixedCase);

select  
  cast(nullif(ref_0.profile,
    ref_0.profile) as jsonb) as c0, 
  ref_0.balance as c1, 
  ref_0.name as c2, 
  ref_0.name as c3, 
  ref_0.email as c4, 
  ref_0.created_at as c5, 
  (select pg_catalog.var_samp(balance) from public.customers)
     as c6, 
  ref_0.profile as c7, 
  ref_0.created_at as c8, 
  pg_catalog.pg_stat_get_bgwriter_stat_reset_time() as c9, 
  ref_0.profile as c10
from 
  public.customers as ref_0
where ref_0.profile is not NULL;

select  
  pg_catalog.anytextcat(
    cast(ref_0.items as int4),
    cast(ref_0.status as text)) as c0
from 
  public.orders as ref_0
    inner join public.customers as ref_1
    on (cast(null as anymultirange) @> pg_catalog.daterange(
          cast(cast(null as date) as date),
          cast(pg_catalog.date_pli(
            cast(cast(null as date) as date),
            cast(ref_0.items as int4)) as date)))
where ref_1.profile @? cast(null as jsonpath);

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = cast(nullif(public.MixedCase.Label,
    public.MixedCase.Label) as text), 
  flag = public.MixedCase.flag
returning 
  pg_catalog.pg_replication_origin_session_is_setup() as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.data as c3, 
  public.MixedCase.flag as c4;

select  
  ref_0.balance as c0, 
  ref_0.name as c1, 
  24 as c2, 
  ref_0.balance as c3, 
  ref_0.name as c4, 
  ref_0.tags as c5
from 
  public.customers as ref_0
where ref_0.balance is NULL
limit 88;

select  
  subq_0.c0 as c0
from 
  (select  
        sample_0.id as c0, 
        35 as c1
      from 
        public.customers as sample_0 tablesample system (6.4) 
      where sample_0.name <= pg_catalog.getpgusername()
      limit 128) as subq_0
where true;

delete from public.MixedCase
where 
cast(nullif(public.MixedCase.flag,
    (select flag from public.MixedCase limit 1 offset 5)
      ) as bool) is not NULL
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.Id as c1, 
  pg_catalog.pg_control_checkpoint() as c2, 
  (select status from public.orders limit 1 offset 5)
     as c3;

insert into public.orders values (
pg_catalog.lastval(), 
default, 
(select status from public.orders limit 1 offset 74)
  , 
cast(null as "numeric"), 
cast(null as "timestamp"), 
16) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  customer_id = cast(null as int8) where cast(null as timetz) >= cast(null as timetz);

select  
  sample_0.profile as c0
from 
  public.customers as sample_0 tablesample system (8.6) 
where sample_0.profile is NULL;

MERGE INTO public.orders as target_0
USING public.orders as sample_0 tablesample bernoulli (3.6) 
  inner join public.orders as sample_1 tablesample bernoulli (2.2) 
  on (sample_0.status = sample_1.status )
ON target_0.placed_at = sample_1.placed_at 
WHEN MATCHED AND 75 >= 61
   THEN UPDATE  set 
    total = case when target_0.customer_id is NULL then target_0.total else target_0.total end
      , 
    items = pg_catalog.inet_server_port();

update public.customers set 
  email = public.customers.email, 
  created_at = pg_catalog.now(), 
  balance = (select total from public.recent_orders limit 1 offset 4)
    
returning 
  public.customers.profile as c0, 
  public.customers.profile as c1;

select  
  sample_0.data as c0, 
  sample_0.data as c1, 
  sample_0.flag as c2
from 
  public.MixedCase as sample_0 tablesample system (8.3) 
where cast(coalesce(pg_catalog.regexp_match(
      cast(sample_0.Label as text),
      cast(sample_0.Label as text),
      cast(sample_0.Label as text)),
    (select tags from public.customers limit 1 offset 1)
      ) as _text) <@ (select tags from public.customers limit 1 offset 11)
    
limit 96;

select  
  sample_0.placed_at as c0, 
  (select pg_catalog.var_pop(items) from public.orders)
     as c1, 
  pg_catalog.clock_timestamp() as c2, 
  sample_0.placed_at as c3, 
  sample_0.id as c4, 
  sample_0.status as c5
from 
  public.orders as sample_0 tablesample system (8.8) 
where pg_catalog.inet_client_addr() < pg_catalog.inet_server_addr()
limit 167;

select  
  ref_0.span as c0, 
  ref_0.flag as c1
from 
  public.MixedCase as ref_0
where (ref_0.data is NULL) 
  and (true)
limit 116;

select  
  sample_0.id as c0, 
  sample_0.items as c1, 
  sample_0.id as c2
from 
  public.orders as sample_0 tablesample system (9.6) 
where sample_0.customer_id >= sample_0.items
limit 126;

update public.orders set 
  id = public.orders.id
returning 
  public.orders.id as c0, 
  public.orders.customer_id as c1, 
  public.orders.status as c2, 
  public.orders.customer_id as c3, 
  public.orders.customer_id as c4;

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.items as c0
      from 
        public.recent_orders as ref_0
      where true
      limit 121) as subq_0
where pg_catalog.pg_stat_get_buf_written_backend() <= subq_0.c0;

MERGE INTO public.MixedCase as target_0
USING public.recent_orders as ref_0
ON target_0.Label = ref_0.status 
WHEN NOT MATCHED
  AND cast(null as xid) <> cast(null as xid)
   THEN DO NOTHING;

select  
  ref_0.Label as c0
from 
  public.MixedCase as ref_0
where true
limit 135;

select  
  pg_catalog.pg_current_xact_id() as c0, 
  
    pg_catalog.stddev_pop(
      cast(cast(null as float8) as float8)) over (partition by ref_0.data order by ref_0.flag,ref_0.Label,ref_0.data) as c1, 
  ref_0.data as c2, 
  (select total from public.orders limit 1 offset 60)
     as c3, 
  pg_catalog.int4multirange() as c4, 
  cast(nullif(ref_0.Label,
    ref_0.Label) as text) as c5, 
  ref_0.data as c6, 
  ref_0.data as c7
from 
  public.MixedCase as ref_0
where true;

select  
  10 as c0
from 
  public.customers as sample_0 tablesample system (0.4) 
    right join (select  
          (select flag from public.MixedCase limit 1 offset 52)
             as c0, 
          ref_0.customer_id as c1
        from 
          public.orders as ref_0
        where cast(null as tsquery) < cast(null as tsquery)) as subq_0
    on (sample_0.id <> case when true then 34 else 34 end
          )
where sample_0.profile is NULL
limit 118;

select  
  sample_0.profile as c0, 
  pg_catalog.getpgusername() as c1, 
  (select placed_at from public.recent_orders limit 1 offset 1)
     as c2, 
  sample_0.id as c3, 
  case when (sample_0.created_at = case when true then cast(null as "timestamp") else cast(null as "timestamp") end
          ) 
      or ((false) 
        and (false)) then 21 else 21 end
     as c4
from 
  public.customers as sample_0 tablesample system (3.7) 
where sample_0.name ~~* sample_0.name
limit 151;

select  
  subq_0.c3 as c0, 
  subq_0.c1 as c1, 
  subq_0.c0 as c2
from 
  (select  
        sample_0.flag as c0, 
        sample_0.Id as c1, 
        sample_0.data as c2, 
        70 as c3, 
        sample_0.flag as c4
      from 
        public.MixedCase as sample_0 tablesample bernoulli (7.9) 
      where sample_0.Id is not NULL
      limit 74) as subq_0
where subq_0.c2 is not NULL;

select  
  48 as c0
from 
  (select  
        ref_1.Id as c0, 
        ref_0.total as c1, 
        ref_0.items as c2, 
        ref_0.id as c3
      from 
        public.orders as ref_0
          left join public.MixedCase as ref_1
          on (ref_0.status = ref_1.Label )
      where pg_catalog.bpchar(
          cast(pg_catalog.session_user() as name)) !~~ pg_catalog.pg_get_wal_replay_pause_state()
      limit 114) as subq_0
where subq_0.c2 = subq_0.c3
limit 72;

delete from public.orders
where 
(public.orders.items is not NULL) 
  and (pg_catalog.nextval(
      cast(pg_catalog.to_regclass(
        cast(cast(null as text) as text)) as regclass)) is NULL)
returning 
  public.orders.placed_at as c0;

insert into public.MixedCase values (
16, 
default, 
true, 
cast(null as bytea), 
default);

select  
  ref_0.placed_at as c0
from 
  public.recent_orders as ref_0
where false
limit 77;

insert into public.customers values (
case when cast(coalesce(6,
      43) as int4) is not NULL then cast(null as int8) else cast(null as int8) end
  , 
cast(null as text), 
(select email from public.customers limit 1 offset 2)
  , 
default, 
case when (select placed_at from public.orders limit 1 offset 3)
       is NULL then cast(null as "numeric") else cast(null as "numeric") end
  , 
default, 
default);

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2
from 
  (select  
        
          pg_catalog.string_agg(
            cast((select data from public.MixedCase limit 1 offset 1)
               as bytea),
            cast(ref_0.data as bytea)) over (partition by ref_0.flag,ref_0.data,ref_0.span,ref_0.span order by ref_0.flag) as c0
      from 
        public.MixedCase as ref_0
      where ref_0.span @> ref_0.flag) as subq_0
where subq_0.c0 is not NULL
limit 79;

MERGE INTO public.customers as target_0
USING public.recent_orders as ref_0
ON target_0.id = ref_0.id 
WHEN NOT MATCHED
  AND pg_catalog.circle(
      cast(cast(null as polygon) as polygon)) |&> cast(null as circle)
   THEN DO NOTHING;

select  
  ref_0.profile as c0
from 
  public.customers as ref_0
where (select name from public.customers limit 1 offset 7)
     ~ (select name from public.customers limit 1 offset 3);

update public.orders set 
  id = cast(nullif(public.orders.customer_id,
    public.orders.customer_id) as int8), 
  customer_id = public.orders.customer_id, 
  total = public.orders.total, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  pg_catalog.pg_export_snapshot() as c0, 
  public.orders.items as c1, 
  public.orders.id as c2, 
  public.orders.id as c3, 
  public.orders.total as c4, 
  public.orders.customer_id as c5;

insert into public.customers values (
(select id from public.recent_orders limit 1 offset 5)
  , 
(select status from public.recent_orders limit 1 offset 1)
  , 
default, 
default, 
default, 
(select tags from public.customers limit 1 offset 5)
  , 
default) on conflict on constraint customers_pkey do update  set 
  name = cast(null as text), 
  created_at = cast(null as timestamptz) where cast(null as inet) << cast(null as inet);

select  
  sample_0.id as c0, 
  sample_0.tags as c1, 
  case when false then pg_catalog.pg_current_logfile() else pg_catalog.pg_current_logfile() end
     as c2
from 
  public.customers as sample_0 tablesample bernoulli (7.4) 
where false
limit 48;

select  
  sample_0.span as c0, 
  sample_0.span as c1, 
  sample_0.Id as c2, 
  sample_0.data as c3, 
  (select span from public.MixedCase limit 1 offset 6)
     as c4, 
  sample_0.Id as c5
from 
  public.MixedCase as sample_0 tablesample bernoulli (7.9) 
where sample_0.Id <= cast(null as int2)
limit 83;

select  
  ref_0.profile as c0, 
  ref_0.name as c1, 
  ref_0.id as c2, 
  ref_0.tags as c3, 
  ref_0.profile as c4
from 
  public.customers as ref_0
where false;

select  
  73 as c0, 
  ref_0.Id as c1, 
  pg_catalog.pg_jit_available() as c2
from 
  public.MixedCase as ref_0
where false
limit 186;

select  
  sample_0.items as c0
from 
  public.orders as sample_0 tablesample system (1.4) 
where false;

select  
  sample_0.status as c0
from 
  (select  
          ref_0.created_at as c0
        from 
          public.customers as ref_0
        where (select id from public.orders limit 1 offset 5)
             >= (select pg_catalog.bit_xor(items) from public.recent_orders)
            
        limit 65) as subq_0
    right join public.orders as sample_0 tablesample system (4.6) 
    on (subq_0.c0 is not NULL)
where 90 is not NULL;

MERGE INTO public.orders as target_0
USING (select  
      ref_0.id as c0
    from 
      public.recent_orders as ref_0
    where true) as subq_0
ON target_0.customer_id = subq_0.c0 
WHEN MATCHED 
  AND pg_catalog.datetime_pl(
      cast(cast(null as date) as date),
      cast(cast(null as "time") as "time")) is not NULL
   THEN DELETE;

select  
  ref_0.status as c0, 
  ref_0.status as c1, 
  ref_0.total as c2
from 
  public.orders as ref_0
where ref_0.total is not NULL
limit 111;

update public.MixedCase set 
  flag = public.MixedCase.flag
returning 
  public.MixedCase.span as c0, 
  cast(coalesce(public.MixedCase.data,
    cast(null as bytea)) as bytea) as c1, 
  (select Label from public.MixedCase limit 1 offset 3)
     as c2, 
  public.MixedCase.data as c3, 
  (select balance from public.customers limit 1 offset 3)
     as c4, 
  public.MixedCase.Label as c5;

insert into public.orders values (
cast(null as int8), 
default, 
default, 
default, 
default, 
91);

insert into public.MixedCase values (
pg_catalog.inet_client_port(), 
default, 
true, 
case when cast(null as name) ~~* cast(null as text) then pg_catalog.varcharsend(
    cast(cast(null as "varchar") as "varchar")) else pg_catalog.varcharsend(
    cast(cast(null as "varchar") as "varchar")) end
  , 
cast(null as int4range));

select  
  57 as c0
from 
  public.MixedCase as sample_0 tablesample system (8.9) 
where sample_0.span &> cast(null as anymultirange);

select  
  sample_0.id as c0
from 
  public.orders as sample_0 tablesample bernoulli (4.2) 
where false
limit 72;

update public.orders set 
  id = public.orders.customer_id, 
  status = public.orders.status
returning 
  public.orders.status as c0, 
  case when public.orders.status is NULL then public.orders.customer_id else public.orders.customer_id end
     as c1, 
  pg_catalog.pg_get_wal_replay_pause_state() as c2, 
  public.orders.customer_id as c3, 
  public.orders.items as c4, 
  public.orders.placed_at as c5, 
  public.orders.status as c6;

select  
  ref_0.id as c0
from 
  public.customers as ref_0
where pg_catalog.int24pl(
    cast(cast(null as int2) as int2),
    cast(pg_catalog.timestamptz_cmp(
      cast((select created_at from public.customers limit 1 offset 2)
         as timestamptz),
      cast(ref_0.created_at as timestamptz)) as int4)) = pg_catalog.inet_server_port()
limit 15;

insert into public.orders values (
cast(null as int8), 
pg_catalog.int84mi(
  cast(cast(null as int8) as int8),
  cast(32 as int4)), 
pg_catalog.current_query(), 
pg_catalog.numeric(
  cast(cast(null as int8) as int8)), 
case when cast(null as "interval") > cast(null as "interval") then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
pg_catalog.inet_server_port());

update public.MixedCase set 
  data = case when public.MixedCase.flag is NULL then public.MixedCase.data else public.MixedCase.data end
    
returning 
  public.MixedCase.Id as c0, 
  public.MixedCase.span as c1;

select  
  ref_0.email as c0, 
  ref_0.created_at as c1, 
  ref_0.email as c2, 
  ref_0.tags as c3
from 
  public.customers as ref_0
where cast(null as money) <> cast(null as money)
limit 165;

select  
  sample_0.email as c0, 
  sample_0.name as c1, 
  sample_0.id as c2, 
  18 as c3, 
  sample_0.email as c4, 
  sample_0.balance as c5, 
  sample_0.email as c6, 
  sample_0.email as c7, 
  pg_catalog.inet_server_port() as c8, 
  sample_0.email as c9, 
  75 as c10, 
  27 as c11, 
  sample_0.tags as c12, 
  sample_0.balance as c13
from 
  public.customers as sample_0 tablesample bernoulli (1.2) 
where sample_0.profile is not NULL
limit 104;

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample bernoulli (3.3) 
ON target_0.data = sample_0.data 
WHEN NOT MATCHED AND cast(null as name) < cast(null as text)
   THEN INSERT VALUES ( pg_catalog.time_hash(
    cast(cast(null as "time") as "time")), cast(null as text), false, cast(null as bytea), cast(null as int4range));

delete from public.customers
where 
pg_catalog.tsmultirange() is NULL
returning 
  public.customers.profile as c0, 
  public.customers.created_at as c1, 
  pg_catalog.date_le_timestamptz(
    cast(case when public.customers.id <> cast(null as int2) then cast(null as date) else cast(null as date) end
       as date),
    cast(public.customers.created_at as timestamptz)) as c2, 
  public.customers.balance as c3, 
  pg_catalog.pg_current_wal_lsn() as c4;

insert into public.MixedCase values (
51, 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
true, 
default, 
default);

select  
  ref_0.Label as c0
from 
  public.MixedCase as ref_0
where pg_catalog.pg_current_logfile() ~ ref_0.Label;

insert into public.orders values (
default, 
cast(null as int8), 
default, 
default, 
default, 
case when cast(null as bpchar) ~<~ cast(null as bpchar) then (select items from public.recent_orders limit 1 offset 5)
     else (select items from public.recent_orders limit 1 offset 5)
     end
  );

select  
  ref_0.tags as c0, 
  ref_0.email as c1, 
  pg_catalog.pg_stat_get_buf_written_backend() as c2, 
  ref_0.profile as c3, 
  ref_0.profile as c4, 
  ref_0.id as c5
from 
  public.customers as ref_0
where pg_catalog.tsmultirange() @> cast(nullif((select span from public.MixedCase limit 1 offset 3)
      ,
    (select span from public.MixedCase limit 1 offset 2)
      ) as int4range)
limit 185;

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
default, 
false, 
pg_catalog.enum_send(
  cast(cast(null as anyenum) as anyenum)), 
default);

delete from public.MixedCase
where 
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints() is not NULL
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.span as c1, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints() as c2, 
  public.MixedCase.span as c3, 
  (select created_at from public.customers limit 1 offset 1)
     as c4, 
  public.MixedCase.span as c5;

select  
  (select status from public.orders limit 1 offset 85)
     as c0, 
  ref_0.placed_at as c1, 
  ref_0.items as c2
from 
  public.orders as ref_0
where cast(coalesce(case when true then pg_catalog.int2shr(
        cast(cast(null as int2) as int2),
        cast(ref_0.items as int4)) else pg_catalog.int2shr(
        cast(cast(null as int2) as int2),
        cast(ref_0.items as int4)) end
      ,
    cast(null as int2)) as int2) < cast(null as int2)
limit 75;

select  
  ref_0.data as c0
from 
  public.MixedCase as ref_0
where cast(null as point) <<| cast(null as point);

select  
  sample_0.id as c0, 
  sample_0.id as c1, 
  sample_0.total as c2, 
  sample_0.id as c3, 
  sample_0.total as c4, 
  sample_0.items as c5, 
  sample_0.items as c6
from 
  public.orders as sample_0 tablesample bernoulli (3.8) 
where 2 is not NULL;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
cast(null as int8), 
default, 
default, 
default, 
34);

insert into public.customers values (
cast(nullif(cast(null as int8),
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean()) as int8), 
case when cast(null as circle) >> cast(null as circle) then cast(null as text) else cast(null as text) end
  , 
pg_catalog.varchar(
  cast(cast(null as name) as name)), 
pg_catalog.pg_stat_get_snapshot_timestamp(), 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

insert into public.MixedCase values (
cast(coalesce(16,
  (select pg_catalog.max(items) from public.recent_orders)
    ) as int4), 
case when cast(coalesce(cast(null as anyenum),
      cast(null as anyenum)) as anyenum) > cast(null as anyenum) then cast(null as text) else cast(null as text) end
  , 
true, 
default, 
cast(null as int4range));

insert into public.customers values (
default, 
pg_catalog.pg_get_function_arguments(
  cast(cast(null as oid) as oid)), 
cast(null as "varchar"), 
cast(null as timestamptz), 
cast(coalesce(cast(null as "numeric"),
  cast(null as "numeric")) as "numeric"), 
default, 
default);

select  
  ref_0.id as c0
from 
  public.customers as ref_0
where cast(nullif(cast(coalesce(pg_catalog.int2(
        cast(cast(null as float4) as float4)),
      cast(null as int2)) as int2),
    pg_catalog.int2up(
      cast(cast(null as int2) as int2))) as int2) < ref_0.id
limit 56;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  (select  
        cast(coalesce(ref_0.total,
          ref_0.total) as "numeric") as c0, 
        ref_0.items as c1
      from 
        public.recent_orders as ref_0
      where ref_0.items > ref_0.customer_id) as subq_0
where true
limit 128;

select  
  ref_0.id as c0
from 
  public.orders as ref_0
where false
limit 41;

select  
  24 as c0, 
  sample_0.created_at as c1, 
  sample_0.id as c2, 
  
    pg_catalog.bit_xor(
      cast(case when (sample_0.profile <@ cast(null as jsonb)) 
          and (sample_0.email is not NULL) then cast(null as int2) else cast(null as int2) end
         as int2)) over (partition by sample_0.email,sample_0.name order by sample_0.profile) as c3, 
  sample_0.name as c4
from 
  public.customers as sample_0 tablesample system (5.7) 
where sample_0.balance is not NULL
limit 137;

select  
  sample_0.data as c0, 
  sample_0.Id as c1, 
  sample_0.Label as c2
from 
  public.MixedCase as sample_0 tablesample system (7.5) 
where sample_0.span >> cast(nullif(pg_catalog.nummultirange(),
    pg_catalog.int8multirange()) as anymultirange);

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = pg_catalog.version(), 
  flag = false, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.Id as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.Id as c3, 
  39 as c4, 
  public.MixedCase.data as c5, 
  pg_catalog.pg_control_recovery() as c6;

select  
  sample_0.tags as c0, 
  pg_catalog.pg_stat_get_buf_fsync_backend() as c1, 
  sample_0.profile as c2, 
  pg_catalog.pg_export_snapshot() as c3
from 
  public.customers as sample_0 tablesample system (9) 
where pg_catalog.timezone(
    cast(sample_0.name as text),
    cast(sample_0.created_at as timestamptz)) < (select placed_at from public.recent_orders limit 1 offset 3);

insert into public.orders values (
cast(null as int8), 
default, 
default, 
default, 
default, 
11);

select  
  subq_0.c1 as c0, 
  68 as c1, 
  82 as c2, 
  subq_0.c0 as c3, 
  subq_0.c0 as c4
from 
  (select  
        ref_0.items as c0, 
        94 as c1
      from 
        public.orders as ref_0
      where cast(null as macaddr) = cast(null as macaddr)
      limit 31) as subq_0
where pg_catalog.inet_client_addr() << pg_catalog.inet_server_addr()
limit 34;

select  
  
    pg_catalog.var_pop(
      cast(pg_catalog.int2shr(
        cast(cast(null as int2) as int2),
        cast((select items from public.recent_orders limit 1 offset 6)
           as int4)) as int2)) over (partition by ref_0.balance order by ref_0.id,ref_0.balance) as c0, 
  ref_0.balance as c1, 
  ref_0.balance as c2
from 
  public.customers as ref_0
where (pg_catalog.pg_postmaster_start_time() > cast(null as date)) 
  or (true)
limit 130;

select  
  ref_0.items as c0, 
  ref_0.placed_at as c1
from 
  public.orders as ref_0
where cast(null as timetz) < cast(null as timetz)
limit 94;

MERGE INTO public.orders as target_0
USING public.customers as ref_0
ON target_0.customer_id = ref_0.id 
WHEN NOT MATCHED
  AND (((cast(null as anyrange) &< cast(null as anyrange)) 
        or (cast(null as float8) < cast(null as float4))) 
      and ((cast(null as box) ?# cast(null as box)) 
        or (cast(null as inet) < cast(null as inet)))) 
    and (cast(null as timestamptz) <> cast(null as "timestamp"))
   THEN DO NOTHING;

insert into public.orders values (
case when (false) 
    and (cast(null as int8) >= 98) then cast(null as int8) else cast(null as int8) end
  , 
pg_catalog.lastval(), 
cast(null as text), 
cast(nullif(cast(null as "numeric"),
  cast(null as "numeric")) as "numeric"), 
default, 
37);

delete from public.customers
where 
cast(null as int4range) @> (select span from public.MixedCase limit 1 offset 1)
    
returning 
  pg_catalog.jsonb_out(
    cast(public.customers.profile as jsonb)) as c0, 
  public.customers.balance as c1, 
  public.customers.balance as c2, 
  pg_catalog.has_function_privilege(
    cast(case when true then pg_catalog.pg_my_temp_schema() else pg_catalog.pg_my_temp_schema() end
       as oid),
    cast(public.customers.name as text)) as c3;

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  balance = cast(null as "numeric"), 
  tags = cast(null as _text), 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0, 
  49 as c1, 
  public.customers.tags as c2, 
  cast(nullif(cast(coalesce(public.customers.name,
      cast(nullif(public.customers.name,
        public.customers.name) as text)) as text),
    public.customers.name) as text) as c3;

select  
  sample_0.profile as c0, 
  sample_0.created_at as c1, 
  sample_0.email as c2, 
  (select name from public.customers limit 1 offset 3)
     as c3, 
  sample_0.tags as c4, 
  sample_0.name as c5, 
  sample_0.balance as c6, 
  sample_0.balance as c7, 
  sample_0.balance as c8
from 
  public.customers as sample_0 tablesample bernoulli (6.5) 
where sample_0.profile is not NULL
limit 30;

select  
  ref_0.total as c0, 
  ref_0.customer_id as c1
from 
  public.orders as ref_0
where ref_0.placed_at is not NULL
limit 14;

select  
  sample_0.name as c0, 
  sample_0.profile as c1, 
  sample_0.name as c2
from 
  public.customers as sample_0 tablesample bernoulli (7.2) 
where cast(null as name) > pg_catalog.getpgusername()
limit 153;

select  
  (select total from public.recent_orders limit 1 offset 4)
     as c0
from 
  public.orders as sample_0 tablesample bernoulli (5.7) 
where sample_0.total is not NULL;

select  
  78 as c0, 
  sample_0.email as c1, 
  sample_0.created_at as c2
from 
  public.customers as sample_0 tablesample system (4.9) 
where false
limit 119;

select  
  sample_0.placed_at as c0
from 
  public.orders as sample_0 tablesample system (2.2) 
where false;

select distinct 
  subq_0.c1 as c0
from 
  (select  
        ref_0.items as c0, 
        ref_0.items as c1
      from 
        public.orders as ref_0
      where ((true) 
          or (cast(null as box) ~= cast(null as box))) 
        and (false)
      limit 103) as subq_0
where false;

select  
  63 as c0, 
  cast(nullif(sample_0.Id,
    sample_0.Id) as int4) as c1
from 
  public.MixedCase as sample_0 tablesample system (3.9) 
where sample_0.span &< pg_catalog.int8multirange()
limit 66;

insert into public.orders values (
cast(coalesce((select id from public.orders limit 1 offset 5)
    ,
  cast(null as int8)) as int8), 
default, 
default, 
default, 
default, 
case when cast(null as date) < cast(null as date) then 35 else 35 end
  );

select  
  sample_1.status as c0, 
  sample_1.items as c1, 
  sample_0.email as c2, 
  sample_1.placed_at as c3, 
  sample_0.email as c4
from 
  public.customers as sample_0 tablesample system (5.4) 
    inner join public.orders as sample_1 tablesample system (0.7) 
    on (cast(null as name) <> sample_0.name)
where case when true then cast(null as int2) else cast(null as int2) end
     <> sample_1.customer_id
limit 159;

insert into public.customers values (
default, 
cast(nullif(pg_catalog.timeofday(),
  pg_catalog.version()) as text), 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
case when cast(null as tsvector) <> cast(null as tsvector) then cast(null as _text) else cast(null as _text) end
  , 
cast(null as jsonb));

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  created_at = public.customers.created_at, 
  balance = public.customers.balance
returning 
  public.customers.name as c0, 
  pg_catalog.pg_current_wal_insert_lsn() as c1;

insert into public.MixedCase values (
case when 13 is NULL then 80 else 80 end
  , 
pg_catalog.current_query(), 
false, 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.Id as c0, 
  case when case when cast(null as bpchar) !~~ sample_0.Label then cast(null as bpchar) else cast(null as bpchar) end
         <> cast(null as bpchar) then 7 else 7 end
     as c1, 
  sample_0.flag as c2, 
  sample_0.Id as c3, 
  sample_0.Label as c4, 
  sample_0.Label as c5, 
  sample_0.data as c6
from 
  public.MixedCase as sample_0 tablesample bernoulli (8.5) 
where true
limit 81;

insert into public.orders values (
default, 
cast(null as int8), 
cast(null as text), 
cast(null as "numeric"), 
default, 
55) on conflict on constraint orders_pkey do update  set 
  customer_id = case when (cast(null as text) !~ cast(null as text)) 
      or (cast(null as macaddr) >= cast(null as macaddr)) then cast(null as int8) else cast(null as int8) end
    , 
  placed_at = cast(null as "timestamp") where cast(null as anyenum) >= cast(null as anyenum);

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
cast(null as int8), 
cast(null as text), 
case when (29 is NULL) 
    and (cast(null as jsonb) > cast(null as jsonb)) then cast(null as "numeric") else cast(null as "numeric") end
  , 
default, 
pg_catalog.pg_trigger_depth());

select  
  sample_0.Label as c0, 
  sample_0.flag as c1, 
  31 as c2, 
  sample_0.flag as c3, 
  (select status from public.recent_orders limit 1 offset 4)
     as c4, 
  sample_0.Id as c5, 
  sample_0.flag as c6
from 
  public.MixedCase as sample_0 tablesample system (8.3) 
where false
limit 143;

insert into public.MixedCase values (
79, 
default, 
true, 
default, 
cast(null as int4range));

select  
  ref_0.customer_id as c0, 
  ref_0.id as c1
from 
  public.recent_orders as ref_0
where pg_catalog.numeric_mul(
    cast(ref_0.total as "numeric"),
    cast(ref_0.total as "numeric")) = ref_0.total;

update public.orders set 
  id = public.orders.customer_id, 
  status = public.orders.status
returning 
  public.orders.total as c0, 
  public.orders.customer_id as c1;

select  
  sample_0.total as c0, 
  sample_0.id as c1, 
  (select Id from public.MixedCase limit 1 offset 4)
     as c2, 
  sample_0.placed_at as c3, 
  sample_0.items as c4, 
  sample_0.items as c5
from 
  public.orders as sample_0 tablesample system (9.6) 
where pg_catalog.oidin(
    cast(cast(null as cstring) as cstring)) = pg_catalog.pg_my_temp_schema()
limit 111;

select  
  pg_catalog.pg_rotate_logfile_old() as c0, 
  pg_catalog.pg_relation_is_updatable(
    cast(pg_catalog.pg_partition_root(
      cast(cast(null as regclass) as regclass)) as regclass),
    cast(sample_0.flag as bool)) as c1, 
  sample_0.Label as c2
from 
  public.MixedCase as sample_0 tablesample system (7.4) 
where sample_0.Id >= case when 93 is NULL then cast(null as int2) else cast(null as int2) end
    
limit 35;

select  
  ref_1.status as c0
from 
  public.orders as ref_0
    right join public.orders as ref_1
    on (EXISTS (
        select  
            ref_2.id as c0, 
            ref_0.status as c1, 
            ref_0.items as c2
          from 
            public.orders as ref_2
          where cast(null as int2) <> cast(null as int2)))
where true
limit 175;

insert into public.MixedCase values (
61, 
pg_catalog.textcat(
  cast(case when cast(null as text) <= cast(null as name) then cast(null as text) else cast(null as text) end
     as text),
  cast(pg_catalog.version() as text)), 
pg_catalog.pg_jit_available(), 
default, 
cast(null as int4range));

update public.customers set 
  tags = public.customers.tags
returning 
  public.customers.id as c0, 
  public.customers.created_at as c1, 
  public.customers.profile as c2, 
  public.customers.email as c3, 
  public.customers.name as c4, 
  public.customers.created_at as c5;

select  
  pg_catalog.pg_control_init() as c0
from 
  public.customers as ref_0
where (((select profile from public.customers limit 1 offset 1)
         > ref_0.profile) 
    and (pg_catalog.current_user() !~~ ref_0.name)) 
  or (pg_catalog.int8multirange(
      cast(cast(null as int8range) as int8range)) @> cast(null as anymultirange))
limit 71;

select  
  sample_0.data as c0, 
  sample_0.data as c1, 
  case when sample_0.data is not NULL then sample_0.Label else sample_0.Label end
     as c2
from 
  public.MixedCase as sample_0 tablesample system (1.6) 
where (select pg_catalog.variance(items) from public.recent_orders)
     is not NULL
limit 176;

insert into public.orders values (
cast(null as int8), 
pg_catalog.int2int4_sum(
  cast(cast(null as _int8) as _int8)), 
cast(null as text), 
default, 
cast(null as "timestamp"), 
(select pg_catalog.max(items) from public.recent_orders)
  ) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  status = pg_catalog.pg_get_wal_replay_pause_state(), 
  items = 56 where cast(null as bytea) > cast(null as bytea);

select  
  ref_0.items as c0, 
  ref_0.id as c1, 
  2 as c2, 
  ref_0.total as c3, 
  ref_0.placed_at as c4, 
  cast(nullif(ref_0.placed_at,
    ref_0.placed_at) as "timestamp") as c5
from 
  public.recent_orders as ref_0
where cast(null as bpchar) !~~* ref_0.status
limit 101;

insert into public.orders values (
default, 
cast(null as int8), 
case when 30 is not NULL then cast(null as text) else cast(null as text) end
  , 
default, 
case when pg_catalog.int4range(
      cast(35 as int4),
      cast(pg_catalog.inet_server_port() as int4)) <= cast(null as anyrange) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
32);

insert into public.customers values (
case when cast(null as tsvector) >= cast(null as tsvector) then cast(null as int8) else cast(null as int8) end
  , 
(select status from public.recent_orders limit 1 offset 6)
  , 
cast(null as "varchar"), 
cast(null as timestamptz), 
default, 
cast(null as _text), 
cast(null as jsonb));

select  
  sample_0.data as c0, 
  sample_0.Label as c1, 
  sample_0.span as c2, 
  sample_0.Label as c3
from 
  public.MixedCase as sample_0 tablesample bernoulli (0.1) 
where (pg_catalog.pg_last_wal_replay_lsn() < pg_catalog.pg_lsn_larger(
      cast(pg_catalog.pg_last_wal_receive_lsn() as pg_lsn),
      cast(pg_catalog.pg_last_wal_receive_lsn() as pg_lsn))) 
  and (true)
limit 134;

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.status as c0
      from 
        public.orders as ref_0
      where pg_catalog.macaddr_in(
          cast(cast(null as cstring) as cstring)) <> case when ref_0.total is not NULL then cast(null as macaddr) else cast(null as macaddr) end
          ) as subq_0
where false;

insert into public.MixedCase values (
82, 
pg_catalog.version(), 
case when ((cast(null as box) ?# cast(null as box)) 
      or (false)) 
    or (((select span from public.MixedCase limit 1 offset 65)
           &> (select span from public.MixedCase limit 1 offset 3)
          ) 
      and (cast(null as int2) < cast(null as int2))) then true else true end
  , 
default, 
default);

select  
  ref_0.customer_id as c0, 
  ref_0.items as c1
from 
  public.orders as ref_0
where ref_0.total is not NULL;

select  
  sample_0.placed_at as c0, 
  sample_0.status as c1, 
  case when ((false) 
        or (sample_0.items is not NULL)) 
      and (cast(null as name) <= pg_catalog.getdatabaseencoding()) then sample_0.items else sample_0.items end
     as c2, 
  sample_0.customer_id as c3
from 
  public.orders as sample_0 tablesample bernoulli (5.4) 
where false
limit 94;

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.placed_at as c0, 
        ref_0.total as c1, 
        ref_0.customer_id as c2, 
        ref_0.items as c3, 
        ref_0.customer_id as c4
      from 
        public.orders as ref_0
      where ref_0.total is NULL) as subq_0
where (subq_0.c1 is not NULL) 
  and (subq_0.c3 is NULL);

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
cast(null as "varchar"), 
default, 
default, 
default, 
default);

update public.orders set 
  customer_id = (select id from public.orders limit 1 offset 6)
    , 
  status = pg_catalog.pg_export_snapshot(), 
  items = public.orders.items
returning 
  public.orders.placed_at as c0, 
  public.orders.id as c1, 
  public.orders.items as c2, 
  case when cast(null as name) <> cast(null as text) then pg_catalog.pg_stat_get_checkpoint_write_time() else pg_catalog.pg_stat_get_checkpoint_write_time() end
     as c3, 
  public.orders.items as c4;

insert into public.orders values (
(select pg_catalog.bit_xor(id) from public.recent_orders)
  , 
default, 
cast(null as text), 
default, 
case when cast(null as timetz) <= cast(null as timetz) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
37);

delete from public.customers
where 
(cast(null as text) ~* public.customers.name) 
  and (cast(null as timetz) >= cast(null as timetz))
returning 
  public.customers.profile as c0, 
  public.customers.profile as c1;

delete from public.orders
where 
(false) 
  or ((public.orders.items <= cast(null as int2)) 
    or (cast(null as "bit") <= pg_catalog.bitnot(
        cast(cast(null as "bit") as "bit"))))
returning 
  public.orders.id as c0, 
  public.orders.placed_at as c1, 
  public.orders.placed_at as c2;

insert into public.customers values (
cast(null as int8), 
default, 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
default) on conflict on constraint customers_pkey do update  set 
  created_at = cast(nullif(cast(null as timestamptz),
    pg_catalog.now()) as timestamptz) where case when (cast(null as circle) @> cast(null as point)) 
      and (pg_catalog.txid_snapshot_in(
          cast(cast(null as cstring) as cstring)) is NULL) then true else true end
     < true;

insert into public.customers values (
default, 
pg_catalog.pg_export_snapshot(), 
default, 
pg_catalog.statement_timestamp(), 
(select total from public.orders limit 1 offset 1)
  , 
default, 
cast(null as jsonb));

select  
  sample_1.name as c0, 
  68 as c1, 
  sample_0.status as c2
from 
  public.orders as sample_0 tablesample system (9.7) 
      inner join public.MixedCase as ref_0
      on (true)
    inner join public.customers as sample_1 tablesample system (5.7) 
    on (cast(null as float4) <> cast(nullif(cast(null as float8),
          pg_catalog.pg_stat_get_checkpoint_sync_time()) as float8))
where (select pg_catalog.min(Id) from public.MixedCase)
     <= ref_0.Id;

insert into public.MixedCase values (
pg_catalog.pg_trigger_depth(), 
pg_catalog.pg_xact_status(
  cast(cast(nullif(cast(null as xid8),
    cast(null as xid8)) as xid8) as xid8)), 
false, 
cast(null as bytea), 
default);

insert into public.customers values (
default, 
cast(null as text), 
default, 
default, 
default, 
cast(nullif(cast(null as _text),
  cast(null as _text)) as _text), 
cast(null as jsonb));

select  
  pg_catalog.getdatabaseencoding() as c0, 
  subq_0.c1 as c1, 
  subq_0.c0 as c2
from 
  (select  
        ref_0.status as c0, 
        ref_0.placed_at as c1
      from 
        public.orders as ref_0
      where true
      limit 110) as subq_0
where cast(coalesce(pg_catalog.pg_trigger_depth(),
    pg_catalog.pg_trigger_depth()) as int4) >= cast(null as int8);

select  
  sample_0.status as c0, 
  (select total from public.recent_orders limit 1 offset 58)
     as c1, 
  pg_catalog.pg_control_checkpoint() as c2, 
  sample_0.total as c3, 
  sample_0.status as c4
from 
  public.orders as sample_0 tablesample system (4.3) 
where pg_catalog.tsquery_phrase(
    cast(cast(null as tsquery) as tsquery),
    cast(cast(null as tsquery) as tsquery)) <> pg_catalog.websearch_to_tsquery(
    cast(sample_0.status as text));

select  
  subq_0.c0 as c0
from 
  (select  
        ref_0.status as c0, 
        ref_0.placed_at as c1
      from 
        public.orders as ref_0
      where pg_catalog.int2_mul_cash(
          cast(cast(null as int2) as int2),
          cast(cast(null as money) as money)) > cast(null as money)
      limit 119) as subq_0
where true
limit 119;

insert into public.orders values (
pg_catalog.pg_stat_get_buf_fsync_backend(), 
default, 
cast(null as text), 
case when (select data from public.MixedCase limit 1 offset 3)
       is NULL then cast(null as "numeric") else cast(null as "numeric") end
  , 
cast(coalesce(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
46);

select  
  sample_0.Id as c0, 
  sample_0.flag as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (8.9) 
where (select email from public.customers limit 1 offset 2)
     is NULL
limit 141;

select  
  sample_0.customer_id as c0, 
  sample_0.id as c1
from 
  public.orders as sample_0 tablesample system (7.4) 
where pg_catalog.gen_random_uuid() is not NULL;

select  
  sample_0.id as c0, 
  sample_0.items as c1, 
  sample_0.items as c2, 
  sample_0.total as c3, 
  sample_0.items as c4, 
  sample_0.placed_at as c5, 
  pg_catalog.pg_stat_force_next_flush() as c6
from 
  public.orders as sample_0 tablesample system (3.8) 
where true
limit 73;

insert into public.MixedCase values (
pg_catalog.json_array_length(
  cast(cast(null as json) as json)), 
cast(null as text), 
false, 
default, 
cast(null as int4range));

select  
  (select pg_catalog.sum(total) from public.recent_orders)
     as c0
from 
  public.customers as sample_0 tablesample bernoulli (9.8) 
where sample_0.name ~<~ sample_0.name
limit 99;

select  
  pg_catalog.inet_client_port() as c0, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c1
from 
  public.MixedCase as sample_0 tablesample system (3) 
where (sample_0.Id is NULL) 
  and ((select created_at from public.customers limit 1 offset 1)
       > case when (sample_0.flag is NULL) 
        or (false) then cast(null as timestamptz) else cast(null as timestamptz) end
      );

delete from public.MixedCase
where 
case when pg_catalog.session_user() <> public.MixedCase.Label then cast(null as bpchar) else cast(null as bpchar) end
     !~~ cast(null as text)
returning 
  pg_catalog.pg_advisory_unlock_all() as c0;

insert into public.MixedCase values (
7, 
default, 
true, 
cast(null as bytea), 
cast(null as int4range));

select  
  subq_0.c1 as c0, 
  
    pg_catalog.max(
      cast(cast(coalesce(cast(null as inet),
        cast(null as inet)) as inet) as inet)) over (partition by subq_0.c1 order by subq_0.c0) as c1, 
  subq_0.c1 as c2
from 
  (select  
        sample_0.id as c0, 
        sample_0.status as c1
      from 
        public.orders as sample_0 tablesample system (7.3) 
      where false
      limit 70) as subq_0
where subq_0.c0 > case when subq_0.c0 is not NULL then subq_0.c0 else subq_0.c0 end;

update public.orders set 
  id = public.orders.customer_id, 
  customer_id = cast(null as int8), 
  total = public.orders.total, 
  items = public.orders.items
returning 
  public.orders.id as c0, 
  public.orders.customer_id as c1;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
default, 
default, 
cast(null as "timestamp"), 
83);

select  
  pg_catalog.inet_client_port() as c0, 
  ref_0.tags as c1, 
  ref_0.created_at as c2, 
  ref_0.created_at as c3, 
  ref_0.balance as c4, 
  ref_0.name as c5, 
  ref_0.email as c6
from 
  public.customers as ref_0
where ref_0.name is not NULL
limit 128;

select  
  ref_0.items as c0, 
  ref_0.name as c1, 
  ref_0.customer_id as c2, 
  pg_catalog.regnamespacein(
    cast(cast(null as cstring) as cstring)) as c3, 
  ref_0.items as c4
from 
  public.recent_orders as ref_0
where false
limit 106;

select  
  sample_0.data as c0, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c1, 
  pg_catalog.pg_stat_get_buf_written_backend() as c2, 
  case when false then sample_0.Id else sample_0.Id end
     as c3, 
  (select id from public.customers limit 1 offset 2)
     as c4
from 
  public.MixedCase as sample_0 tablesample system (4.9) 
where sample_0.data >= cast(null as bytea)
limit 114;

select  
  34 as c0
from 
  public.orders as sample_0 tablesample bernoulli (5.7) 
where cast(null as timetz) <= case when false then case when sample_0.id is not NULL then cast(null as timetz) else cast(null as timetz) end
       else case when sample_0.id is not NULL then cast(null as timetz) else cast(null as timetz) end
       end;

update public.orders set 
  placed_at = public.orders.placed_at, 
  items = (select pg_catalog.bit_or(items) from public.orders)
    
returning 
  public.orders.status as c0, 
  public.orders.status as c1, 
  public.orders.customer_id as c2, 
  public.orders.id as c3;

update public.customers set 
  name = pg_catalog.current_query(), 
  created_at = public.customers.created_at, 
  tags = pg_catalog.parse_ident(
    cast(public.customers.name as text),
    cast(pg_catalog.pg_rotate_logfile_old() as bool))
returning 
  public.customers.email as c0;

select  
  ref_0.total as c0, 
  ref_0.total as c1, 
  ref_0.status as c2
from 
  public.orders as ref_0
where ref_0.placed_at <@ case when ref_0.id is not NULL then (select span from public.MixedCase limit 1 offset 4)
       else (select span from public.MixedCase limit 1 offset 4)
       end;

select  
  sample_0.placed_at as c0, 
  sample_0.items as c1
from 
  public.orders as sample_0 tablesample bernoulli (9) 
where (sample_0.placed_at is NULL) 
  and (cast(null as bpchar) > cast(null as bpchar))
limit 94;

select  
  sample_0.Label as c0, 
  sample_0.span as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (9.6) 
where false;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag
returning 
  public.MixedCase.flag as c0, 
  37 as c1, 
  public.MixedCase.data as c2;

select  
  ref_0.customer_id as c0, 
  (select data from public.MixedCase limit 1 offset 35)
     as c1
from 
  public.orders as ref_0
where false;

insert into public.customers values (
cast(null as int8), 
pg_catalog.pg_current_logfile(), 
pg_catalog.varchar(
  cast(case when pg_catalog.getpgusername() <@ cast(null as anyarray) then cast(null as "varchar") else cast(null as "varchar") end
     as "varchar"),
  cast(20 as int4),
  cast(case when cast(null as anyrange) <@ cast(null as anymultirange) then true else true end
     as bool)), 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
default);

select  
  sample_0.total as c0
from 
  public.orders as sample_0 tablesample system (8.4) 
where sample_0.total is NULL
limit 31;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  public.customers as ref_0
    left join (select  
          ref_1.items as c0
        from 
          public.orders as ref_1
        where cast(null as int2) = cast(null as int2)) as subq_0
    on (cast(null as varbit) >= cast(null as varbit))
where (select placed_at from public.recent_orders limit 1 offset 1)
     is not NULL
limit 103;

select  
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c0
from 
  public.recent_orders as ref_0
where ref_0.id is NULL;

update public.orders set 
  id = cast(null as int8), 
  placed_at = public.orders.placed_at, 
  items = pg_catalog.pg_trigger_depth()
returning 
  pg_catalog.pg_stat_get_checkpoint_write_time() as c0, 
  case when false then public.orders.items else public.orders.items end
     as c1, 
  public.orders.status as c2;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag, 
  data = public.MixedCase.data, 
  span = (select span from public.MixedCase limit 1 offset 5)
    
returning 
  public.MixedCase.Id as c0;

select  
  ref_0.placed_at as c0, 
  ref_0.customer_id as c1
from 
  public.recent_orders as ref_0
where false
limit 116;

update public.MixedCase set 
  flag = public.MixedCase.flag, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  pg_catalog.pg_stat_get_bgwriter_timed_checkpoints() as c0, 
  public.MixedCase.data as c1, 
  public.MixedCase.data as c2, 
  pg_catalog.pg_stat_get_buf_alloc() as c3, 
  public.MixedCase.Label as c4, 
  public.MixedCase.data as c5, 
  public.MixedCase.data as c6, 
  public.MixedCase.Id as c7, 
  public.MixedCase.Id as c8, 
  public.MixedCase.Label as c9;

update public.orders set 
  items = public.orders.items
returning 
  public.orders.customer_id as c0, 
  public.orders.placed_at as c1, 
  public.orders.id as c2;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
pg_catalog.extract(
  cast(cast(null as text) as text),
  cast(cast(null as "timestamp") as "timestamp")), 
default, 
33);

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  created_at = (select pg_catalog.max(created_at) from public.customers)
    , 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  public.customers.email as c0, 
  public.customers.balance as c1, 
  public.customers.balance as c2, 
  public.customers.id as c3;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
default, 
cast(null as text), 
default, 
cast(null as "timestamp"), 
(select items from public.recent_orders limit 1 offset 3)
  ) on conflict on constraint orders_pkey do update  set 
  status = cast(null as text) where 69 is not NULL;

insert into public.orders values (
cast(null as int8), 
default, 
pg_catalog.version(), 
default, 
default, 
99);

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  balance = pg_catalog.numeric_power(
    cast(public.customers.balance as "numeric"),
    cast(public.customers.balance as "numeric")), 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0, 
  public.customers.profile as c1, 
  85 as c2;

insert into public.MixedCase values (
pg_catalog.pg_trigger_depth(), 
cast(nullif(cast(null as text),
  cast(null as text)) as text), 
false, 
case when pg_catalog.nummultirange(
      cast(cast(null as numrange) as numrange)) -|- cast(null as anyrange) then cast(null as bytea) else cast(null as bytea) end
  , 
default);

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
default, 
cast(null as "numeric"), 
default, 
(select Id from public.MixedCase limit 1 offset 4)
  ) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  status = cast(null as text), 
  total = (select balance from public.customers limit 1 offset 4)
    , 
  items = 21 where cast(null as inet) < cast(null as inet);

delete from public.customers
where 
public.customers.balance is not NULL
returning 
  public.customers.email as c0;

select  
  ref_0.email as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where cast(null as bpchar) >= case when case when true then case when true then cast(null as lseg) else cast(null as lseg) end
           else case when true then cast(null as lseg) else cast(null as lseg) end
           end
         <@ cast(null as box) then cast(null as bpchar) else cast(null as bpchar) end
    
limit 89;

select  
  ref_0.profile as c0, 
  ref_0.tags as c1, 
  ref_0.tags as c2, 
  ref_0.name as c3, 
  (select span from public.MixedCase limit 1 offset 88)
     as c4, 
  ref_0.balance as c5, 
  ref_0.tags as c6, 
  ref_0.name as c7, 
  ref_0.name as c8, 
  ref_0.balance as c9
from 
  public.customers as ref_0
where ref_0.name = ref_0.name
limit 117;

select  
  pg_catalog.pg_stat_get_bgwriter_stat_reset_time() as c0
from 
  public.MixedCase as sample_0 tablesample system (6.7) 
where sample_0.flag is NULL
limit 116;

delete from public.MixedCase
where 
false
returning 
  public.MixedCase.Label as c0;

insert into public.MixedCase values (
(select items from public.orders limit 1 offset 4)
  , 
pg_catalog.pg_current_logfile(), 
false, 
(select data from public.MixedCase limit 1 offset 2)
  , 
default);

select  
  ref_0.total as c0, 
  ref_0.customer_id as c1, 
  ref_0.id as c2
from 
  public.orders as ref_0
where true
limit 124;

update public.orders set 
  id = public.orders.id, 
  status = public.orders.status, 
  placed_at = public.orders.placed_at
returning 
  pg_catalog.timestamp_gt_timestamptz(
    cast(public.orders.placed_at as "timestamp"),
    cast((select pg_catalog.max(created_at) from public.customers)
       as timestamptz)) as c0, 
  pg_catalog.tsmultirange() as c1;

select  
  sample_0.created_at as c0
from 
  public.customers as sample_0 tablesample bernoulli (1.6) 
where false
limit 76;

select  
  (select pg_catalog.jsonb_agg(id) from public.recent_orders)
     as c0, 
  (select items from public.recent_orders limit 1 offset 2)
     as c1, 
  ref_0.name as c2
from 
  public.recent_orders as ref_0
where true;

insert into public.MixedCase values (
pg_catalog.pg_stat_get_db_numbackends(
  cast(cast(null as oid) as oid)), 
cast(null as text), 
(select pg_catalog.every(flag) from public.MixedCase)
  , 
case when (51 is NULL) 
    and (100 is not NULL) then cast(coalesce(cast(null as bytea),
    cast(null as bytea)) as bytea) else cast(coalesce(cast(null as bytea),
    cast(null as bytea)) as bytea) end
  , 
default);

select  
  sample_0.placed_at as c0, 
  cast(coalesce(sample_0.items,
    pg_catalog.int4(
      cast((select total from public.orders limit 1 offset 4)
         as "numeric"))) as int4) as c1, 
  sample_0.id as c2, 
  sample_0.id as c3
from 
  public.orders as sample_0 tablesample bernoulli (2.4) 
where sample_0.placed_at = sample_0.placed_at
limit 30;

select  
  
    pg_catalog.count(*) over (partition by sample_0.data order by sample_0.Id) as c0, 
  pg_catalog.int4abs(
    cast(sample_0.Id as int4)) as c1, 
  pg_catalog.int8multirange() as c2, 
  sample_0.Id as c3, 
  sample_0.data as c4, 
  sample_0.flag as c5, 
  sample_0.Label as c6
from 
  public.MixedCase as sample_0 tablesample bernoulli (3.2) 
where true
limit 100;

MERGE INTO public.customers as target_0
USING public.recent_orders as ref_0
ON target_0.id = ref_0.id 
WHEN NOT MATCHED AND cast(null as anyenum) < cast(null as anyenum)
   THEN INSERT VALUES ( cast(null as int8), cast(null as text), cast(null as "varchar"), cast(null as timestamptz), (select total from public.recent_orders limit 1 offset 97)
    , cast(null as _text), cast(nullif(cast(null as jsonb),
    cast(null as jsonb)) as jsonb));

insert into public.MixedCase values (
pg_catalog.pg_backend_pid(), 
cast(null as text), 
false, 
default, 
cast(null as int4range));

insert into public.customers values (
default, 
pg_catalog.version(), 
default, 
default, 
default, 
default, 
cast(coalesce(pg_catalog.jsonb_build_object(),
  cast(coalesce(pg_catalog.jsonb_build_array(),
    cast(null as jsonb)) as jsonb)) as jsonb)) on conflict on constraint customers_pkey do update  set 
  name = pg_catalog.current_query(), 
  created_at = cast(null as timestamptz), 
  tags = cast(null as _text) where cast(null as float4) >= cast(null as float8);

update public.MixedCase set 
  flag = public.MixedCase.flag, 
  span = pg_catalog.int4range_canonical(
    cast(public.MixedCase.span as int4range))
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.data as c1, 
  case when case when false then cast(null as macaddr) else cast(null as macaddr) end
         = cast(null as macaddr) then public.MixedCase.Label else public.MixedCase.Label end
     as c2;

update public.orders set 
  id = public.orders.id, 
  customer_id = cast(null as int8), 
  items = 34
returning 
  public.orders.placed_at as c0;

select  
  pg_catalog.pg_stat_force_next_flush() as c0, 
  sample_0.tags as c1
from 
  public.customers as sample_0 tablesample system (9.4) 
where pg_catalog.pg_notification_queue_usage() <> pg_catalog.pg_stat_get_checkpoint_sync_time()
limit 182;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_buf_written_clean(), 
cast(nullif(pg_catalog.pg_stat_get_bgwriter_requested_checkpoints(),
  cast(null as int8)) as int8), 
cast(null as text), 
default, 
default, 
pg_catalog.inet_server_port());

select  
  sample_0.name as c0, 
  sample_0.id as c1, 
  sample_0.name as c2, 
  sample_0.email as c3, 
  sample_0.created_at as c4, 
  pg_catalog.texticnlike(
    cast(sample_0.name as text),
    cast(sample_0.name as text)) as c5
from 
  public.customers as sample_0 tablesample system (7.8) 
where 97 is not NULL;

update public.orders set 
  customer_id = public.orders.id, 
  status = public.orders.status
returning 
  public.orders.id as c0, 
  public.orders.id as c1, 
  public.orders.items as c2, 
  public.orders.status as c3, 
  case when cast(null as bpchar) !~~* pg_catalog.pg_get_wal_replay_pause_state() then public.orders.items else public.orders.items end
     as c4, 
  public.orders.total as c5, 
  pg_catalog.pg_current_xact_id_if_assigned() as c6;

select  
  subq_0.c0 as c0, 
  3 as c1, 
  subq_0.c0 as c2
from 
  (select  
        sample_0.total as c0
      from 
        public.orders as sample_0 tablesample system (1.3) 
      where sample_0.customer_id is NULL) as subq_0
where (false) 
  and (false)
limit 64;

select  
  ref_0.profile as c0, 
  (select Id from public.MixedCase limit 1 offset 5)
     as c1, 
  ref_0.profile as c2, 
  ref_0.id as c3, 
  ref_0.created_at as c4
from 
  public.customers as ref_0
where (cast(nullif(cast(null as "timestamp"),
      cast(null as "timestamp")) as "timestamp") < cast(null as "timestamp")) 
  and (ref_0.name !~~* ref_0.name)
limit 139;

insert into public.customers values (
(select id from public.recent_orders limit 1 offset 6)
  , 
default, 
default, 
cast(null as timestamptz), 
(select total from public.orders limit 1 offset 84)
  , 
default, 
default);

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1
from 
  public.customers as sample_0 tablesample system (7.5) 
    inner join (select  
          ref_0.status as c0
        from 
          public.recent_orders as ref_0
        where cast(coalesce(cast(null as box),
            cast(null as box)) as box) > cast(null as box)) as subq_0
    on (sample_0.name = subq_0.c0 )
where subq_0.c0 is NULL;

select  
  ref_0.flag as c0, 
  ref_0.Label as c1, 
  pg_catalog.pg_advisory_unlock_all() as c2, 
  case when pg_catalog.pg_backend_pid() < ref_0.Id then ref_0.flag else ref_0.flag end
     as c3, 
  pg_catalog.pg_control_system() as c4, 
  ref_0.flag as c5, 
  (select id from public.orders limit 1 offset 5)
     as c6
from 
  public.MixedCase as ref_0
where ref_0.span is NULL;

select  
  (select pg_catalog.var_samp(Id) from public.MixedCase)
     as c0
from 
  (select  
        (select created_at from public.customers limit 1 offset 3)
           as c0
      from 
        public.orders as ref_0
      where (select tags from public.customers limit 1 offset 61)
           = (select tags from public.customers limit 1 offset 4)
          
      limit 144) as subq_0
where (select pg_catalog.min(created_at) from public.customers)
     <= subq_0.c0;

select  
  (select tags from public.customers limit 1 offset 3)
     as c0
from 
  public.orders as ref_0
where ref_0.id is not NULL
limit 47;

insert into public.MixedCase values (
cast(coalesce(pg_catalog.multirange_cmp(
    cast(cast(null as anymultirange) as anymultirange),
    cast(cast(null as anymultirange) as anymultirange)),
  (select pg_catalog.max(Id) from public.MixedCase)
    ) as int4), 
default, 
cast(nullif(true,
  pg_catalog.pg_rotate_logfile_old()) as bool), 
(select data from public.MixedCase limit 1 offset 1)
  , 
default);

select  
  pg_catalog.pg_backend_pid() as c0, 
  case when case when cast(null as point) <@ cast(null as path) then ref_0.total else ref_0.total end
         is NULL then ref_0.status else ref_0.status end
     as c1, 
  ref_0.status as c2, 
  ref_0.id as c3, 
  ref_0.total as c4
from 
  public.orders as ref_0
where cast(nullif((select customer_id from public.recent_orders limit 1 offset 5)
      ,
    ref_0.id) as int8) is not NULL
limit 130;

select  
  subq_0.c1 as c0, 
  subq_0.c0 as c1
from 
  (select  
        sample_0.id as c0, 
        sample_0.id as c1
      from 
        public.orders as sample_0 tablesample system (1.2) 
      where case when cast(null as polygon) &<| cast(null as polygon) then cast(null as tsvector) else cast(null as tsvector) end
           <= pg_catalog.to_tsvector(
          cast(sample_0.status as text))) as subq_0
where pg_catalog.current_query() >= cast(null as name)
limit 42;

select  
  sample_0.name as c0, 
  sample_0.tags as c1, 
  sample_0.name as c2, 
  sample_0.id as c3, 
  sample_0.tags as c4
from 
  public.customers as sample_0 tablesample system (3.4) 
where sample_0.name < pg_catalog.getpgusername()
limit 184;

select  
  cast(coalesce(pg_catalog.inet_client_port(),
    ref_0.Id) as int4) as c0, 
  pg_catalog.int8multirange() as c1, 
  ref_0.span as c2, 
  7 as c3, 
  pg_catalog.timeofday() as c4, 
  (select pg_catalog.bool_or(flag) from public.MixedCase)
     as c5, 
  cast(nullif(ref_0.Id,
    ref_0.Id) as int4) as c6
from 
  public.MixedCase as ref_0
where ref_0.Label is not NULL
limit 179;

select  
  4 as c0, 
  ref_0.balance as c1
from 
  public.customers as ref_0
where ((select profile from public.customers limit 1 offset 18)
       @@ pg_catalog.jsonpath_in(
      cast(case when cast(null as line) ?# cast(null as box) then cast(coalesce(cast(null as cstring),
          cast(null as cstring)) as cstring) else cast(coalesce(cast(null as cstring),
          cast(null as cstring)) as cstring) end
         as cstring))) 
  and (ref_0.id <> ref_0.id)
limit 137;

insert into public.MixedCase values (
1, 
default, 
pg_catalog.pg_replication_origin_session_is_setup(), 
cast(null as bytea), 
default);

MERGE INTO public.MixedCase as target_0
USING public.orders as ref_0
ON target_0.Label = ref_0.status 
WHEN MATCHED AND cast(null as int2) < cast(null as int8)
   THEN UPDATE  set 
    Label = target_0.Label, 
    flag = false, 
    data = cast(nullif(target_0.data,
      target_0.data) as bytea);

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample bernoulli (5.5) 
where cast(null as pg_lsn) = pg_catalog.pg_current_wal_flush_lsn()
limit 110;

MERGE INTO public.customers as target_0
USING (select  
      ref_0.placed_at as c0, 
      ref_0.id as c1
    from 
      public.orders as ref_0
    where case when ref_0.customer_id is NULL then cast(null as polygon) else cast(null as polygon) end
         && cast(null as polygon)
    limit 156) as subq_0
ON target_0.id = subq_0.c1 
WHEN MATCHED 
  AND cast(null as int8) <> cast(null as int8)
   THEN DELETE
WHEN MATCHED 
  AND cast(null as money) <= cast(null as money)
   THEN DELETE;

insert into public.customers values (
cast(null as int8), 
default, 
default, 
cast(null as timestamptz), 
pg_catalog.numeric_div_trunc(
  cast(cast(null as "numeric") as "numeric"),
  cast(cast(null as "numeric") as "numeric")), 
cast(null as _text), 
case when false then cast(null as jsonb) else cast(null as jsonb) end
  );

select  
  pg_catalog.pg_stat_get_snapshot_timestamp() as c0, 
  11 as c1
from 
  public.recent_orders as ref_0
      inner join public.MixedCase as ref_1
      on ((ref_1.span << ref_1.span) 
          and (cast(null as line) ?# cast(null as line)))
    right join public.customers as ref_2
    on (ref_0.status = ref_2.name )
where ref_1.span >> ref_1.span
limit 113;

select  
  ref_0.created_at as c0
from 
  public.customers as ref_0
where true
limit 41;

select  
  ref_0.Id as c0, 
  ref_0.Id as c1, 
  ref_0.Label as c2
from 
  public.MixedCase as ref_0
where cast(null as name) > pg_catalog.pg_export_snapshot();

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = cast(null as text)
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.data as c1, 
  public.MixedCase.flag as c2, 
  cast(coalesce(public.MixedCase.Label,
    public.MixedCase.Label) as text) as c3, 
  (select data from public.MixedCase limit 1 offset 1)
     as c4, 
  public.MixedCase.Id as c5;

select  
  sample_0.placed_at as c0, 
  sample_0.placed_at as c1, 
  pg_catalog.bttidcmp(
    cast(
      pg_catalog.max(
        cast(cast(null as tid) as tid)) over (partition by sample_0.id order by sample_0.total) as tid),
    cast(pg_catalog.tidin(
      cast(cast(null as cstring) as cstring)) as tid)) as c2, 
  sample_0.items as c3, 
  sample_0.placed_at as c4, 
  sample_0.placed_at as c5
from 
  public.orders as sample_0 tablesample system (5.8) 
where sample_0.placed_at is not NULL;

delete from public.MixedCase
where 
public.MixedCase.span is NULL
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.flag as c1, 
  public.MixedCase.span as c2, 
  case when false then public.MixedCase.flag else public.MixedCase.flag end
     as c3, 
  public.MixedCase.flag as c4, 
  public.MixedCase.span as c5, 
  public.MixedCase.span as c6, 
  public.MixedCase.Label as c7, 
  71 as c8;

select  
  sample_0.total as c0, 
  sample_0.status as c1, 
  sample_0.items as c2
from 
  public.orders as sample_0 tablesample system (9.6) 
where sample_0.placed_at is NULL;

insert into public.customers values (
default, 
(select Label from public.MixedCase limit 1 offset 81)
  , 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
(select profile from public.customers limit 1 offset 94)
  ) on conflict on constraint customers_pkey do update  set 
  name = cast(null as text) where cast(null as "timestamp") <> cast(null as date);

select  
  ref_0.Id as c0, 
  ref_0.Label as c1, 
  ref_0.data as c2, 
  ref_0.span as c3, 
  ref_0.data as c4, 
  ref_0.Id as c5, 
  ref_0.span as c6
from 
  public.MixedCase as ref_0
where ref_0.data is not NULL;

insert into public.orders values (
default, 
cast(null as int8), 
cast(null as text), 
default, 
cast(null as "timestamp"), 
(select Id from public.MixedCase limit 1 offset 31)
  ) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  items = pg_catalog.pg_backend_pid() where (pg_catalog.oidvectorin(
      cast(cast(null as cstring) as cstring)) is NULL) 
  and (22 is NULL);

select  
  sample_0.span as c0
from 
  public.MixedCase as sample_0 tablesample system (9) 
where cast(coalesce(cast(null as xid),
    cast(null as xid)) as xid) = sample_0.Id;

update public.orders set 
  status = public.orders.status
returning 
  public.orders.customer_id as c0;

delete from public.MixedCase
where 
public.MixedCase.span <= public.MixedCase.span
returning 
  (select data from public.MixedCase limit 1 offset 6)
     as c0, 
  public.MixedCase.Label as c1, 
  public.MixedCase.Id as c2, 
  public.MixedCase.Label as c3, 
  public.MixedCase.data as c4;

select  
  sample_0.id as c0, 
  sample_0.tags as c1, 
  sample_0.tags as c2, 
  pg_catalog.inet_server_addr() as c3, 
  pg_catalog.jsonb_build_object() as c4
from 
  public.customers as sample_0 tablesample system (1.1) 
where cast(null as anymultirange) -|- pg_catalog.datemultirange();

insert into public.orders values (
pg_catalog.hashinetextended(
  cast(cast(null as inet) as inet),
  cast(cast(null as int8) as int8)), 
default, 
cast(null as text), 
case when (cast(null as jsonb) @> cast(null as jsonb)) 
    or ((cast(null as tid) = cast(null as tid)) 
      and ((select total from public.recent_orders limit 1 offset 18)
           <= cast(null as "numeric"))) then cast(null as "numeric") else cast(null as "numeric") end
  , 
default, 
pg_catalog.pg_backend_pid());

select  
  ref_0.items as c0, 
  ref_0.id as c1, 
  pg_catalog.int8multirange() as c2, 
  ref_0.placed_at as c3, 
  ref_0.status as c4
from 
  public.orders as ref_0
where case when cast(null as lseg) ?# cast(null as line) then ref_0.items else ref_0.items end
     is not NULL;

select  
  sample_0.status as c0, 
  sample_0.id as c1, 
  66 as c2, 
  sample_0.items as c3, 
  sample_0.items as c4, 
  pg_catalog.pi() as c5, 
  sample_0.total as c6, 
  sample_0.id as c7, 
  cast(nullif(sample_0.status,
    pg_catalog.version()) as text) as c8, 
  sample_0.customer_id as c9, 
  pg_catalog.current_database() as c10, 
  sample_0.total as c11, 
  sample_0.total as c12
from 
  public.orders as sample_0 tablesample system (3.7) 
where sample_0.items >= sample_0.items
limit 35;

insert into public.MixedCase values (
pg_catalog.inet_server_port(), 
case when cast(null as box) &> case when cast(null as "timestamp") >= cast(null as timestamptz) then cast(null as box) else cast(null as box) end
       then cast(null as text) else cast(null as text) end
  , 
false, 
cast(nullif(cast(null as bytea),
  cast(null as bytea)) as bytea), 
pg_catalog.int4range(
  cast(78 as int4),
  cast(95 as int4),
  cast(cast(null as text) as text)));

insert into public.orders values (
default, 
default, 
case when 25 is NULL then cast(null as text) else cast(null as text) end
  , 
cast(null as "numeric"), 
(select placed_at from public.orders limit 1 offset 6)
  , 
85);

select  
  ref_0.id as c0, 
  pg_catalog.txid_current() as c1
from 
  public.customers as ref_0
where ref_0.created_at = ref_0.created_at;

select  
  sample_0.profile as c0
from 
  public.customers as sample_0 tablesample system (8.1) 
where false
limit 17;

insert into public.MixedCase values (
(select items from public.recent_orders limit 1 offset 6)
  , 
default, 
pg_catalog.pg_rotate_logfile(), 
default, 
pg_catalog.int4range_canonical(
  cast(cast(null as int4range) as int4range)));

select  
  sample_0.Label as c0
from 
  public.MixedCase as sample_0 tablesample system (1.1) 
where (select span from public.MixedCase limit 1 offset 61)
     = sample_0.span
limit 22;

select  
  pg_catalog.pg_statistics_obj_is_visible(
    cast(pg_catalog.lo_from_bytea(
      cast(
        pg_catalog.min(
          cast(cast(null as oid) as oid)) over (partition by sample_0.flag,sample_0.data,sample_0.data order by sample_0.Id,sample_0.flag,sample_0.Label) as oid),
      cast(cast(null as bytea) as bytea)) as oid)) as c0
from 
  public.MixedCase as sample_0 tablesample system (9.4) 
where cast(null as macaddr8) > cast(null as macaddr8)
limit 89;

update public.orders set 
  id = public.orders.id, 
  customer_id = public.orders.customer_id, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  public.orders.status as c0, 
  public.orders.placed_at as c1, 
  pg_catalog.pg_current_wal_insert_lsn() as c2, 
  public.orders.customer_id as c3, 
  public.orders.status as c4;

insert into public.MixedCase values (
pg_catalog.inet_client_port(), 
pg_catalog.format_type(
  cast(cast(nullif(pg_catalog.pg_my_temp_schema(),
    cast(null as oid)) as oid) as oid),
  cast(55 as int4)), 
false, 
default, 
cast(null as int4range));

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  email = public.customers.email, 
  created_at = public.customers.created_at, 
  balance = pg_catalog.round(
    cast(public.customers.balance as "numeric"))
returning 
  (select pg_catalog.bool_or(flag) from public.MixedCase)
     as c0, 
  public.customers.tags as c1, 
  public.customers.tags as c2, 
  public.customers.profile as c3;

select  
  pg_catalog.pg_trigger_depth() as c0, 
  cast(coalesce(97,
    pg_catalog.pg_backend_pid()) as int4) as c1, 
  sample_0.Label as c2, 
  sample_0.flag as c3, 
  sample_0.Label as c4, 
  sample_0.span as c5, 
  pg_catalog.pg_stat_get_bgwriter_stat_reset_time() as c6
from 
  public.MixedCase as sample_0 tablesample bernoulli (1.3) 
where sample_0.Id is not NULL
limit 125;

delete from public.orders
where 
pg_catalog.current_schema() ~* public.orders.status
returning 
  public.orders.placed_at as c0, 
  public.orders.placed_at as c1, 
  public.orders.customer_id as c2;

insert into public.MixedCase values (
case when cast(null as name) !~ cast(null as text) then 17 else 17 end
  , 
cast(null as text), 
false, 
default, 
default);

select  
  pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints() as c0
from 
  public.MixedCase as ref_0
where ref_0.Label is not NULL;

insert into public.customers values (
default, 
cast(null as text), 
default, 
pg_catalog.pg_stat_get_snapshot_timestamp(), 
default, 
cast(null as _text), 
cast(null as jsonb));

select  
  pg_catalog.pg_get_wal_replay_pause_state() as c0, 
  sample_0.Label as c1, 
  (select status from public.recent_orders limit 1 offset 1)
     as c2
from 
  public.customers as ref_0
    left join public.MixedCase as sample_0 tablesample system (0.9) 
    on (true)
where ref_0.balance is not NULL
limit 100;

MERGE INTO public.orders as target_0
USING public.recent_orders as ref_0
ON target_0.items = ref_0.items 
WHEN MATCHED AND cast(null as "timestamp") < cast(null as date)
   THEN UPDATE  set 
    customer_id = target_0.id, 
    status = target_0.status, 
    total = cast(coalesce(target_0.total,
      target_0.total) as "numeric");

select  
  ref_0.profile as c0, 
  cast(nullif(ref_0.tags,
    cast(null as _text)) as _text) as c1, 
  ref_0.name as c2, 
  pg_catalog.pg_current_xact_id_if_assigned() as c3, 
  ref_0.name as c4, 
  ref_0.created_at as c5, 
  ref_0.tags as c6, 
  ref_0.name as c7
from 
  public.customers as ref_0
where true
limit 51;

select  
  3 as c0, 
  sample_0.flag as c1, 
  sample_0.flag as c2
from 
  public.MixedCase as sample_0 tablesample bernoulli (2.2) 
where sample_0.span -|- sample_0.span
limit 125;

select  
  pg_catalog.transaction_timestamp() as c0
from 
  public.customers as ref_0
where ref_0.created_at > ref_0.created_at;

delete from public.MixedCase
where 
EXISTS (
  select  
      pg_catalog.exp(
        cast((select pg_catalog.var_pop(balance) from public.customers)
           as "numeric")) as c0
    from 
      public.orders as ref_0
    where true)
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.Label as c1, 
  87 as c2;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  (select customer_id from public.orders limit 1 offset 3)
     as c2, 
  subq_0.c0 as c3
from 
  (select  
        ref_0.status as c0
      from 
        public.orders as ref_0
      where true
      limit 129) as subq_0
where cast(coalesce(cast(null as xid8),
    pg_catalog.pg_current_xact_id_if_assigned()) as xid8) <= pg_catalog.pg_current_xact_id_if_assigned()
limit 79;

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1, 
  subq_0.c1 as c2, 
  subq_0.c0 as c3, 
  subq_0.c1 as c4
from 
  (select  
        sample_0.data as c0, 
        sample_0.span as c1
      from 
        public.MixedCase as sample_0 tablesample system (8.8) 
      where false
      limit 166) as subq_0
where case when false then pg_catalog.current_database() else pg_catalog.current_database() end
     = pg_catalog.pg_client_encoding()
limit 134;

insert into public.orders values (
(select id from public.orders limit 1 offset 1)
  , 
cast(null as int8), 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
(select items from public.recent_orders limit 1 offset 28)
  );

MERGE INTO public.MixedCase as target_0
USING public.customers as ref_0
ON target_0.Label = ref_0.name 
WHEN NOT MATCHED AND 87 is not NULL
   THEN INSERT VALUES ( 30, case when (cast(null as polygon) |&> cast(null as polygon)) 
      or (cast(null as oid) <= cast(null as oid)) then cast(null as text) else cast(null as text) end
    , true, cast(null as bytea), cast(null as int4range));

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = public.MixedCase.Label, 
  flag = public.MixedCase.flag
returning 
  case when (public.MixedCase.Label ~>=~ public.MixedCase.Label) 
      or (false) then public.MixedCase.flag else public.MixedCase.flag end
     as c0;

insert into public.orders values (
pg_catalog.pg_stat_get_buf_written_backend(), 
case when cast(null as int2) >= cast(null as int2) then cast(null as int8) else cast(null as int8) end
  , 
cast(null as text), 
default, 
pg_catalog.timestamp_pl_interval(
  cast(cast(null as "timestamp") as "timestamp"),
  cast(cast(nullif(cast(null as "interval"),
    cast(null as "interval")) as "interval") as "interval")), 
4);

select  
  sample_0.items as c0, 
  (select data from public.MixedCase limit 1 offset 3)
     as c1
from 
  public.orders as sample_0 tablesample system (4.1) 
where pg_catalog.current_schema() <> sample_0.status;

MERGE INTO public.MixedCase as target_0
USING public.customers as ref_0
ON target_0.Label = ref_0.name 
WHEN MATCHED AND cast(null as jsonb) <@ cast(null as jsonb)
   THEN UPDATE  set 
    Id = pg_catalog.pg_trigger_depth();

select  
  sample_0.tags as c0
from 
  public.customers as sample_0 tablesample system (7.7) 
where sample_0.balance < sample_0.balance
limit 69;

select  
  (select profile from public.customers limit 1 offset 3)
     as c0, 
  sample_0.placed_at as c1, 
  sample_0.customer_id as c2, 
  sample_0.total as c3, 
  cast(nullif(sample_0.placed_at,
    sample_0.placed_at) as "timestamp") as c4, 
  sample_0.items as c5, 
  sample_0.total as c6, 
  sample_0.items as c7
from 
  public.orders as sample_0 tablesample system (8.3) 
where cast(null as "numeric") = sample_0.total
limit 10;

select  
  pg_catalog.pg_stat_clear_snapshot() as c0, 
  ref_0.created_at as c1, 
  ref_0.name as c2
from 
  public.customers as ref_0
where ref_0.name is not NULL
limit 55;

select  
  sample_0.span as c0, 
  sample_0.flag as c1, 
  (select Label from public.MixedCase limit 1 offset 3)
     as c2, 
  sample_0.flag as c3
from 
  public.MixedCase as sample_0 tablesample system (7.6) 
where sample_0.span is NULL
limit 169;

select  
  sample_0.status as c0, 
  sample_0.placed_at as c1
from 
  public.orders as sample_0 tablesample system (3.2) 
where sample_0.id is not NULL;

update public.customers set 
  name = public.customers.name, 
  email = public.customers.email, 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  (select created_at from public.customers limit 1 offset 46)
     as c0, 
  public.customers.profile as c1, 
  public.customers.email as c2;

insert into public.orders values (
pg_catalog.int8(
  cast(cast(null as jsonb) as jsonb)), 
cast(null as int8), 
pg_catalog.current_query(), 
cast(null as "numeric"), 
default, 
case when cast(null as float8) = pg_catalog.radius(
      cast(cast(null as circle) as circle)) then 39 else 39 end
  );

select  
  case when cast(null as int2) >= (select id from public.recent_orders limit 1 offset 3)
         then pg_catalog.pg_switch_wal() else pg_catalog.pg_switch_wal() end
     as c0, 
  pg_catalog.pg_advisory_unlock(
    cast((select pg_catalog.bit_or(items) from public.recent_orders)
       as int4),
    cast(sample_0.Id as int4)) as c1
from 
  public.MixedCase as sample_0 tablesample system (9.3) 
where false
limit 126;

insert into public.orders values (
pg_catalog.lastval(), 
default, 
(select pg_catalog.max(status) from public.recent_orders)
  , 
default, 
cast(nullif(cast(null as "timestamp"),
  cast(null as "timestamp")) as "timestamp"), 
pg_catalog.pg_trigger_depth()) on conflict on constraint orders_pkey do update  set 
  id = cast(null as int8), 
  customer_id = cast(null as int8), 
  placed_at = cast(null as "timestamp") where cast(null as tsquery) <= cast(null as tsquery);

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
cast(null as "varchar"), 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
cast(null as jsonb));

select  
  (select span from public.MixedCase limit 1 offset 5)
     as c0, 
  cast(nullif(ref_0.data,
    ref_0.data) as bytea) as c1, 
  ref_0.flag as c2
from 
  public.MixedCase as ref_0
where ((select pg_catalog.var_pop(items) from public.orders)
       is NULL) 
  or (ref_0.Label is not NULL);

insert into public.orders values (
default, 
cast(null as int8), 
cast(null as text), 
default, 
(select placed_at from public.orders limit 1 offset 3)
  , 
37);

insert into public.orders values (
cast(null as int8), 
default, 
cast(null as text), 
default, 
default, 
cast(coalesce(35,
  95) as int4));

select  
  cast(nullif(ref_0.Id,
    pg_catalog.inet_server_port()) as int4) as c0, 
  cast(coalesce(ref_0.span,
    ref_0.span) as int4range) as c1, 
  ref_0.data as c2, 
  case when pg_catalog.getdatabaseencoding() <= ref_0.Label then ref_0.span else ref_0.span end
     as c3
from 
  public.MixedCase as ref_0
where (ref_0.Label is NULL) 
  or (true);

select  
  ref_0.span as c0, 
  ref_0.Label as c1, 
  ref_0.span as c2
from 
  public.MixedCase as ref_0
where (ref_0.data is NULL) 
  or (pg_catalog.current_database() >= pg_catalog.current_schema())
limit 88;

select  
  ref_0.email as c0, 
  ref_0.profile as c1, 
  ref_0.id as c2, 
  ref_0.name as c3
from 
  public.customers as ref_0
where ref_0.created_at is NULL
limit 127;

select  
  (select customer_id from public.orders limit 1 offset 5)
     as c0, 
  75 as c1, 
  ref_0.items as c2
from 
  public.recent_orders as ref_0
where false;

delete from public.orders
where 
pg_catalog.get_current_ts_config() is NULL
returning 
  public.orders.placed_at as c0, 
  public.orders.placed_at as c1;

delete from public.MixedCase
where 
false
returning 
  public.MixedCase.flag as c0, 
  80 as c1, 
  public.MixedCase.flag as c2, 
  87 as c3, 
  public.MixedCase.data as c4;

select  
  sample_0.tags as c0
from 
  public.customers as sample_0 tablesample system (0.1) 
where sample_0.name <@ pg_catalog.datemultirange()
limit 54;

update public.orders set 
  id = public.orders.customer_id, 
  customer_id = pg_catalog.hashoidvectorextended(
    cast(cast(null as oidvector) as oidvector),
    cast(public.orders.id as int8)), 
  status = (select status from public.recent_orders limit 1 offset 2)
    , 
  total = public.orders.total
returning 
  public.orders.customer_id as c0;

select  
  (select status from public.recent_orders limit 1 offset 6)
     as c0, 
  sample_0.span as c1
from 
  public.MixedCase as sample_0 tablesample system (8.8) 
where sample_0.Label <= pg_catalog.session_user();

select  
  case when pg_catalog.current_database() >= cast(null as name) then (select profile from public.customers limit 1 offset 1)
       else (select profile from public.customers limit 1 offset 1)
       end
     as c0
from 
  public.customers as ref_0
where false;

select  
  pg_catalog.int8multirange() as c0, 
  sample_0.id as c1, 
  sample_0.id as c2, 
  case when sample_0.email is NULL then sample_0.id else sample_0.id end
     as c3
from 
  public.customers as sample_0 tablesample bernoulli (2) 
where sample_0.created_at is NULL
limit 139;

select  
  (select tags from public.customers limit 1 offset 3)
     as c0, 
  pg_catalog.current_database() as c1, 
  ref_0.created_at as c2, 
  ref_0.email as c3
from 
  public.customers as ref_0
where EXISTS (
  select  
      sample_0.email as c0
    from 
      public.customers as sample_0 tablesample system (2.9) 
    where ref_0.balance <= ref_0.balance
    limit 91)
limit 59;

select  
  sample_0.span as c0, 
  
    pg_catalog.variance(
      cast(cast(null as float8) as float8)) over (partition by sample_0.flag order by sample_0.Label) as c1
from 
  public.MixedCase as sample_0 tablesample bernoulli (3.4) 
where false;

delete from public.customers
where 
(28 is not NULL) 
  or (cast(null as name) !~~ pg_catalog.pg_current_logfile())
returning 
  public.customers.tags as c0, 
  public.customers.id as c1;

insert into public.orders values (
cast(null as int8), 
case when cast(null as line) = cast(null as line) then cast(null as int8) else cast(null as int8) end
  , 
(select Label from public.MixedCase limit 1 offset 1)
  , 
cast(null as "numeric"), 
default, 
98);

insert into public.MixedCase values (
52, 
(select pg_catalog.max(Label) from public.MixedCase)
  , 
true, 
default, 
cast(null as int4range));

update public.customers set 
  id = public.customers.id, 
  email = public.customers.email, 
  created_at = pg_catalog.pg_stat_get_bgwriter_stat_reset_time(), 
  balance = public.customers.balance, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  27 as c0, 
  public.customers.profile as c1, 
  public.customers.profile as c2, 
  public.customers.profile as c3, 
  public.customers.tags as c4, 
  public.customers.profile as c5;

select  
  pg_catalog.pg_client_encoding() as c0, 
  ref_0.customer_id as c1, 
  ref_0.customer_id as c2, 
  ref_0.name as c3, 
  pg_catalog.pg_current_wal_flush_lsn() as c4, 
  ref_0.name as c5, 
  pg_catalog.pg_reload_conf() as c6, 
  ref_1.total as c7
from 
  public.recent_orders as ref_0
    right join public.recent_orders as ref_1
    on (ref_0.name = ref_1.status )
where ref_0.name is NULL
limit 93;

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  public.MixedCase.span as c0;

select  
  ref_0.placed_at as c0
from 
  (select  
          sample_0.items as c0
        from 
          public.orders as sample_0 tablesample system (4.9) 
        where sample_0.placed_at > cast(null as date)
        limit 58) as subq_0
    inner join public.orders as ref_0
    on (subq_0.c0 is not NULL)
where pg_catalog.pg_get_wal_replay_pause_state() ~<~ (select pg_catalog.max(name) from public.customers)
    
limit 91;

select  
  ref_0.balance as c0
from 
  public.customers as ref_0
where cast(null as anymultirange) >> pg_catalog.tstzmultirange()
limit 113;

select  
  sample_0.name as c0
from 
  public.customers as sample_0 tablesample bernoulli (1.2) 
where cast(null as int4range) = (select span from public.MixedCase limit 1 offset 2);

MERGE INTO public.MixedCase as target_0
USING public.MixedCase as sample_0 tablesample system (8.8) 
ON target_0.data = sample_0.data 
WHEN NOT MATCHED
  AND (false) 
    and (cast(null as tsvector) <> cast(null as tsvector))
   THEN DO NOTHING;

select  
  (select total from public.orders limit 1 offset 4)
     as c0, 
  (select created_at from public.customers limit 1 offset 5)
     as c1
from 
  public.MixedCase as sample_0 tablesample system (8.7) 
where sample_0.Label ~* sample_0.Label
limit 84;

select  
  sample_0.email as c0, 
  sample_0.id as c1
from 
  public.customers as sample_0 tablesample system (2.3) 
where sample_0.profile is NULL
limit 45;

select  
  sample_0.balance as c0, 
  pg_catalog.current_query() as c1, 
  pg_catalog.pg_stat_get_wal() as c2, 
  sample_0.tags as c3
from 
  public.customers as sample_0 tablesample system (2.3) 
where cast(null as anymultirange) << pg_catalog.int8multirange();

select  
  subq_0.c1 as c0, 
  subq_0.c4 as c1
from 
  (select  
        (select pg_catalog.var_pop(total) from public.recent_orders)
           as c0, 
        ref_0.customer_id as c1, 
        ref_0.placed_at as c2, 
        pg_catalog.pg_stat_get_checkpoint_sync_time() as c3, 
        ref_0.total as c4
      from 
        public.recent_orders as ref_0
      where cast(null as date) >= pg_catalog.pg_stat_get_snapshot_timestamp()
      limit 125) as subq_0
where subq_0.c4 is NULL
limit 14;

insert into public.MixedCase values (
42, 
default, 
(select pg_catalog.bool_and(flag) from public.MixedCase)
  , 
case when (cast(null as bpchar) > cast(null as bpchar)) 
    or (cast(null as path) > cast(null as path)) then cast(null as bytea) else cast(null as bytea) end
  , 
default);

select  
  ref_0.id as c0, 
  ref_0.status as c1, 
  pg_catalog.pg_is_in_recovery() as c2
from 
  public.orders as ref_0
where false;

select  
  ref_0.span as c0, 
  ref_0.Label as c1, 
  11 as c2
from 
  public.MixedCase as ref_0
where false;

update public.customers set 
  id = pg_catalog.hashint2extended(
    cast(pg_catalog.abs(
      cast(case when public.customers.id < public.customers.id then cast(null as int2) else cast(null as int2) end
         as int2)) as int2),
    cast(public.customers.id as int8)), 
  profile = public.customers.profile
returning 
  public.customers.created_at as c0;

insert into public.orders values (
cast(null as int8), 
default, 
default, 
cast(null as "numeric"), 
cast(null as "timestamp"), 
15);

select  
  21 as c0, 
  
    pg_catalog.bit_or(
      cast(ref_0.items as int4)) over (partition by ref_0.items order by ref_0.total,ref_0.placed_at) as c1, 
  ref_0.id as c2, 
  pg_catalog.age(
    cast(ref_0.placed_at as "timestamp")) as c3, 
  (select Id from public.MixedCase limit 1 offset 1)
     as c4, 
  ref_0.total as c5, 
  ref_0.placed_at as c6
from 
  public.recent_orders as ref_0
where ref_0.name <= (select status from public.orders limit 1 offset 5);

update public.MixedCase set 
  Id = public.MixedCase.Id, 
  Label = case when public.MixedCase.Label @@ public.MixedCase.Label then public.MixedCase.Label else public.MixedCase.Label end
    , 
  flag = true
returning 
  public.MixedCase.Label as c0, 
  public.MixedCase.data as c1, 
  public.MixedCase.Label as c2;

select  
  ref_0.email as c0
from 
  public.customers as ref_0
where ((ref_0.balance is NULL) 
    or ((cast(nullif((select data from public.MixedCase limit 1 offset 2)
            ,
          cast(null as bytea)) as bytea) ~~ (select data from public.MixedCase limit 1 offset 1)
          ) 
      or (cast(null as timetz) >= cast(null as timetz)))) 
  and (true)
limit 49;

select  
  sample_0.name as c0, 
  pg_catalog.timestamptz_ge_timestamp(
    cast(
      pg_catalog.max(
        cast(sample_0.created_at as timestamptz)) over (partition by sample_0.profile order by sample_0.created_at,sample_0.tags) as timestamptz),
    cast((select pg_catalog.max(placed_at) from public.recent_orders)
       as "timestamp")) as c1, 
  sample_0.created_at as c2
from 
  public.customers as sample_0 tablesample system (9.8) 
where false
limit 139;

select  
  ref_0.tags as c0, 
  
    pg_catalog.avg(
      cast(pg_catalog.bittypmodin(
        cast(cast(null as _cstring) as _cstring)) as int4)) over (partition by ref_0.email,ref_0.email order by ref_0.email,ref_0.tags) as c1, 
  ref_0.name as c2, 
  ref_0.name as c3
from 
  public.customers as ref_0
where case when cast(nullif(ref_0.tags,
        ref_0.tags) as _text) is not NULL then ref_0.name else ref_0.name end
     = pg_catalog.pg_get_wal_replay_pause_state()
limit 95;

MERGE INTO public.orders as target_0
USING public.orders as ref_0
ON target_0.items = ref_0.items 
WHEN NOT MATCHED AND cast(null as pg_lsn) >= cast(null as pg_lsn)
   THEN INSERT VALUES ( cast(coalesce(cast(null as int8),
    cast(null as int8)) as int8), cast(null as int8), cast(null as text), cast(null as "numeric"), cast(null as "timestamp"), 22);

select  
  pg_catalog.pg_current_wal_flush_lsn() as c0, 
  cast(nullif(sample_0.id,
    pg_catalog.int8(
      cast(pg_catalog.pi() as float8))) as int8) as c1
from 
  public.orders as sample_0 tablesample system (3.5) 
where sample_0.placed_at is NULL;

select  
  sample_0.id as c0, 
  sample_0.customer_id as c1, 
  pg_catalog.jsonb_build_object() as c2
from 
  public.orders as sample_0 tablesample system (9.3) 
where sample_0.total is not NULL;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
cast(null as text), 
case when case when cast(null as anymultirange) @> cast(null as anyelement) then cast(null as circle) else cast(null as circle) end
       &<| cast(null as circle) then cast(null as "numeric") else cast(null as "numeric") end
  , 
cast(null as "timestamp"), 
30);

select  
  ref_0.customer_id as c0, 
  12 as c1
from 
  public.recent_orders as ref_0
where pg_catalog.pg_snapshot_xmin(
    cast(case when cast(null as "char") <= cast(null as "char") then cast(null as pg_snapshot) else cast(null as pg_snapshot) end
       as pg_snapshot)) = pg_catalog.pg_current_xact_id()
limit 122;

select  
  subq_0.c0 as c0, 
  pg_catalog.pg_last_wal_receive_lsn() as c1, 
  71 as c2
from 
  (select  
        ref_0.Label as c0, 
        ref_0.Id as c1, 
        ref_0.span as c2
      from 
        public.MixedCase as ref_0
      where pg_catalog.pi() < cast(null as float4)) as subq_0
where (select pg_catalog.max(placed_at) from public.orders)
     < (select pg_catalog.min(placed_at) from public.recent_orders);

select  
  sample_0.Id as c0, 
  
    pg_catalog.variance(
      cast(cast(nullif(cast(null as int2),
        pg_catalog.abs(
          cast(case when false then cast(null as int2) else cast(null as int2) end
             as int2))) as int2) as int2)) over (partition by sample_0.span,sample_0.flag order by sample_0.span,sample_0.Label) as c1
from 
  public.MixedCase as sample_0 tablesample system (0.4) 
where sample_0.Label <> sample_0.Label;

MERGE INTO public.MixedCase as target_0
USING public.customers as ref_0
ON target_0.Label = ref_0.name 
WHEN NOT MATCHED
  AND cast(null as float4) >= pg_catalog.ts_rank_cd(
      cast(cast(null as tsvector) as tsvector),
      cast(cast(null as tsquery) as tsquery))
   THEN DO NOTHING;

delete from public.MixedCase
where 
true
returning 
  51 as c0;

select  
  sample_0.span as c0, 
  ref_0.placed_at as c1
from 
  public.orders as ref_0
    inner join public.MixedCase as sample_0 tablesample system (6.2) 
    on (cast(null as float8) <= pg_catalog.date_part(
          cast(sample_0.Label as text),
          cast(ref_0.placed_at as "timestamp")))
where pg_catalog.tstzmultirange() <= pg_catalog.int8multirange();

insert into public.orders values (
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
cast(null as int8), 
cast(null as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
81);

update public.orders set 
  id = public.orders.id, 
  customer_id = public.orders.id, 
  items = public.orders.items
returning 
  54 as c0, 
  public.orders.customer_id as c1, 
  public.orders.total as c2, 
  public.orders.items as c3;

select  
  sample_0.created_at as c0
from 
  public.customers as sample_0 tablesample bernoulli (2.5) 
where sample_0.email is not NULL;

select  
  ref_0.status as c0
from 
  public.orders as ref_0
where ref_0.items < cast(null as int2)
limit 84;

insert into public.MixedCase values (
55, 
cast(null as text), 
true, 
(select data from public.MixedCase limit 1 offset 7)
  , 
default);

delete from public.MixedCase
where 
pg_catalog.getdatabaseencoding() = case when cast(null as tsvector) <> cast(null as tsvector) then pg_catalog.session_user() else pg_catalog.session_user() end
    
returning 
  public.MixedCase.data as c0, 
  public.MixedCase.Label as c1;

select  
  sample_0.balance as c0
from 
  public.customers as sample_0 tablesample system (5.2) 
where cast(nullif(cast(nullif(cast(null as name),
      pg_catalog.session_user()) as name),
    pg_catalog.current_user()) as name) < pg_catalog.name(
    cast(cast(null as bpchar) as bpchar));

select  
  sample_0.items as c0
from 
  public.orders as sample_0 tablesample system (7.8) 
where cast(null as "char") > cast(null as "char");

select  
  sample_0.total as c0
from 
  public.orders as sample_0 tablesample bernoulli (4.5) 
where (cast(null as name) > (select name from public.customers limit 1 offset 4)
      ) 
  and (pg_catalog.timezone(
      cast(sample_0.status as text),
      cast(sample_0.placed_at as "timestamp")) = sample_0.placed_at)
limit 126;

select  
  pg_catalog.pg_client_encoding() as c0, 
  sample_0.data as c1, 
  pg_catalog.inet_client_addr() as c2, 
  cast(coalesce(pg_catalog.lastval(),
    pg_catalog.txid_current_if_assigned()) as int8) as c3, 
  sample_0.Id as c4, 
  sample_0.Label as c5, 
  sample_0.Id as c6, 
  (select tags from public.customers limit 1 offset 1)
     as c7
from 
  public.MixedCase as sample_0 tablesample system (4.8) 
where sample_0.data is not NULL;

select  
  ref_0.span as c0, 
  ref_0.flag as c1, 
  ref_0.Id as c2, 
  ref_0.Id as c3, 
  ref_0.Label as c4, 
  ref_0.data as c5
from 
  public.MixedCase as ref_0
where ref_0.Label = pg_catalog.pg_client_encoding()
limit 112;

select  
  sample_0.id as c0, 
  sample_0.created_at as c1
from 
  public.customers as sample_0 tablesample bernoulli (2.1) 
where ((select tags from public.customers limit 1 offset 2)
       is NULL) 
  or ((sample_0.profile is NULL) 
    or (pg_catalog.pg_notification_queue_usage() >= pg_catalog.pg_notification_queue_usage()))
limit 85;

select  
  (select data from public.MixedCase limit 1 offset 2)
     as c0, 
  (select Label from public.MixedCase limit 1 offset 6)
     as c1
from 
  public.orders as sample_0 tablesample system (8.2) 
where sample_0.placed_at is not NULL;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
pg_catalog.transaction_timestamp(), 
cast(null as "numeric"), 
pg_catalog.regexp_split_to_array(
  cast(cast(null as text) as text),
  cast(cast(null as text) as text)), 
default);

MERGE INTO public.customers as target_0
USING public.recent_orders as ref_0
ON target_0.id = ref_0.id 
WHEN NOT MATCHED
  AND cast(null as circle) &<| cast(null as circle)
   THEN DO NOTHING;

select  
  sample_0.customer_id as c0
from 
  public.orders as sample_0 tablesample system (2.7) 
where sample_0.total <= case when sample_0.id is not NULL then sample_0.total else sample_0.total end
    
limit 173;

update public.MixedCase set 
  data = public.MixedCase.data, 
  span = (select span from public.MixedCase limit 1 offset 3)
    
returning 
  public.MixedCase.span as c0;

update public.MixedCase set 
  Id = pg_catalog.inet_server_port(), 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data
returning 
  (select pg_catalog.stddev_samp(total) from public.recent_orders)
     as c0, 
  public.MixedCase.Id as c1, 
  (select items from public.orders limit 1 offset 1)
     as c2, 
  public.MixedCase.Id as c3;

select  
  pg_catalog.pg_last_wal_receive_lsn() as c0, 
  ref_0.status as c1, 
  pg_catalog.transaction_timestamp() as c2, 
  ref_0.name as c3, 
  ref_0.id as c4, 
  ref_0.id as c5, 
  ref_0.status as c6, 
  ref_0.total as c7, 
  ref_0.id as c8, 
  ref_0.customer_id as c9, 
  pg_catalog.txid_current_snapshot() as c10, 
  ref_0.total as c11
from 
  public.recent_orders as ref_0
where false
limit 65;

select  
  pg_catalog.multirange_gt(
    cast(pg_catalog.datemultirange() as anymultirange),
    cast(pg_catalog.datemultirange(
      cast(pg_catalog.daterange_canonical(
        cast(pg_catalog.daterange(
          cast(cast(null as date) as date),
          cast(cast(null as date) as date)) as daterange)) as daterange)) as anymultirange)) as c0
from 
  public.orders as ref_0
where ref_0.placed_at is NULL
limit 73;

select  
  case when case when 57 is not NULL then sample_0.created_at else sample_0.created_at end
         > 
        pg_catalog.min(
          cast(cast(null as date) as date)) over (partition by sample_0.balance order by sample_0.created_at) then sample_0.name else sample_0.name end
     as c0, 
  cast(nullif(sample_0.tags,
    sample_0.tags) as _text) as c1, 
  sample_0.email as c2
from 
  public.customers as sample_0 tablesample bernoulli (2.6) 
where sample_0.name is NULL
limit 32;

select  
  ref_0.customer_id as c0
from 
  public.recent_orders as ref_0
where ref_0.id is NULL;

select  
  sample_0.total as c0
from 
  public.orders as sample_0 tablesample bernoulli (6.5) 
where pg_catalog.pg_trigger_depth() is not NULL
limit 41;

update public.orders set 
  customer_id = pg_catalog.pg_size_bytes(
    cast(pg_catalog.pg_current_logfile() as text)), 
  status = public.orders.status, 
  total = public.orders.total, 
  placed_at = public.orders.placed_at, 
  items = public.orders.items
returning 
  public.orders.status as c0, 
  public.orders.id as c1;

select  
  ref_0.level as c0, 
  ref_0.total_nblocks as c1, 
  ref_0.total_nblocks as c2, 
  cast(nullif(ref_0.level,
    ref_0.level) as int4) as c3, 
  
    pg_catalog.stddev_samp(
      cast((select pg_catalog.bit_xor(relnatts) from pg_catalog.pg_class)
         as int2)) over (partition by ref_0.ident order by ref_0.total_nblocks) as c4
from 
  pg_catalog.pg_backend_memory_contexts as ref_0
where ref_0.level < case when pg_catalog.pg_stat_get_buf_written_backend() < ref_0.used_bytes then (select pg_catalog.bit_xor(aggnumdirectargs) from pg_catalog.pg_aggregate)
       else (select pg_catalog.bit_xor(aggnumdirectargs) from pg_catalog.pg_aggregate)
       end
    
limit 88;

select  
  21 as c0, 
  sample_0.lanname as c1
from 
  pg_catalog.pg_language as sample_0 tablesample bernoulli (5.6) 
where (select calls from pg_catalog.pg_stat_user_functions limit 1 offset 3)
     is not NULL
 for share;

select  
  (select confl_bufferpin from pg_catalog.pg_stat_database_conflicts limit 1 offset 6)
     as c0, 
  sample_0.classid as c1, 
  sample_0.refobjsubid as c2
from 
  pg_catalog.pg_depend as sample_0 tablesample bernoulli (7) 
where sample_0.refobjsubid > cast(null as int2);

select  
  ref_0.usesuper as c0, 
  ref_0.valuntil as c1, 
  ref_0.usename as c2
from 
  pg_catalog.pg_user as ref_0
where (select avg_width from pg_catalog.pg_stats limit 1 offset 13)
     >= case when (ref_0.userepl is NULL) 
      and (EXISTS (
        select  
            ref_0.usebypassrls as c0, 
            (select extowner from pg_catalog.pg_extension limit 1 offset 2)
               as c1
          from 
            information_schema.sql_features as sample_0 tablesample system (5.6) 
          where ref_0.valuntil > (select placed_at from public.recent_orders limit 1 offset 8)
              
          limit 157)) then cast(null as int8) else cast(null as int8) end
    
limit 70;

select  
  pg_catalog.now() as c0, 
  ref_0.lanacl as c1, 
  ref_0.lanowner as c2, 
  ref_0.lanname as c3, 
  ref_0.lanowner as c4, 
  ref_0.lanacl as c5, 
  ref_0.laninline as c6, 
  84 as c7
from 
  pg_catalog.pg_language as ref_0
where (select procost from pg_catalog.pg_proc limit 1 offset 3)
     = cast(null as float8);

select  
  ref_0.object_name as c0, 
  case when cast(null as point) ~= pg_catalog.lseg_center(
        cast(pg_catalog.lseg_in(
          cast(cast(null as cstring) as cstring)) as lseg)) then ref_0.object_type else ref_0.object_type end
     as c1, 
  ref_0.grantor as c2
from 
  information_schema.role_usage_grants as ref_0
where ref_0.is_grantable is NULL
limit 151;

update information_schema.sql_sizing set 
  sizing_id = information_schema.sql_sizing.sizing_id, 
  sizing_name = information_schema.sql_sizing.sizing_name, 
  comments = information_schema.sql_sizing.comments
returning 
  information_schema.sql_sizing.sizing_name as c0, 
  pg_catalog.pg_last_wal_replay_lsn() as c1, 
  pg_catalog.pi() as c2, 
  information_schema.sql_sizing.sizing_id as c3, 
  information_schema.sql_sizing.sizing_id as c4;

insert into public.MixedCase values (
pg_catalog.inet_server_port(), 
pg_catalog.pg_collation_for(
  cast(cast(null as "any") as "any")), 
true, 
cast(null as bytea), 
cast(null as int4range));

select  
  sample_0.objoid as c0, 
  sample_0.classoid as c1
from 
  pg_catalog.pg_description as sample_0 tablesample bernoulli (2.9) 
where sample_0.objsubid is not NULL
limit 99;

delete from public.MixedCase
where 
true
returning 
  public.MixedCase.span as c0, 
  public.MixedCase.Id as c1, 
  public.MixedCase.Id as c2, 
  public.MixedCase.flag as c3, 
  public.MixedCase.Id as c4;

select  
  sample_0.cfgnamespace as c0
from 
  pg_catalog.pg_ts_config as sample_0 tablesample system (6.2) 
where sample_0.cfgowner is not NULL
limit 76;

select  
  ref_0.udt_name as c0
from 
  information_schema.domains as ref_0
where false
limit 148;

select  
  sample_0.sizing_id as c0
from 
  information_schema.sql_sizing as sample_0 tablesample bernoulli (5.2) 
where (sample_0.sizing_name is not NULL) 
  or (false)
limit 27;

select  
  (select pg_catalog.var_samp(total) from public.recent_orders)
     as c0, 
  sample_0.tgisinternal as c1, 
  sample_0.tginitdeferred as c2, 
  sample_0.tgconstrrelid as c3, 
  sample_0.tgconstraint as c4, 
  sample_0.tgdeferrable as c5, 
  sample_0.tgnargs as c6, 
  sample_0.tgargs as c7, 
  pg_catalog.binary_upgrade_set_next_toast_pg_class_oid(
    cast((select pg_catalog.min(datid) from pg_catalog.pg_stat_database)
       as oid)) as c8
from 
  pg_catalog.pg_trigger as sample_0 tablesample bernoulli (5.9) 
where cast(null as float8) >= (select total_time from pg_catalog.pg_stat_xact_user_functions limit 1 offset 74)
    
limit 106;

select  
  pg_catalog.random() as c0, 
  ref_0.datctype as c1, 
  ref_0.datname as c2, 
  (select stxkind from pg_catalog.pg_statistic_ext limit 1 offset 2)
     as c3, 
  ref_0.datlocprovider as c4, 
  ref_0.datminmxid as c5, 
  ref_0.datlocprovider as c6
from 
  pg_catalog.pg_database as ref_0
where cast(null as polygon) &> cast(nullif(cast(null as polygon),
    cast(null as polygon)) as polygon)
limit 38
 for share;

update information_schema.sql_sizing set 
  sizing_id = information_schema.sql_sizing.supported_value
returning 
  case when (select pg_catalog.sum(aggtransspace) from pg_catalog.pg_aggregate)
         >= (select pg_catalog.bit_or(seq_scan) from pg_catalog.pg_stat_all_tables)
         then information_schema.sql_sizing.supported_value else information_schema.sql_sizing.supported_value end
     as c0, 
  (select indexrelname from pg_catalog.pg_stat_user_indexes limit 1 offset 5)
     as c1, 
  information_schema.sql_sizing.sizing_name as c2, 
  information_schema.sql_sizing.comments as c3, 
  information_schema.sql_sizing.sizing_id as c4;

update public.customers set 
  id = pg_catalog.jsonb_hash_extended(
    cast(public.customers.profile as jsonb),
    cast(public.customers.id as int8)), 
  name = information_schema._pg_interval_type(
    cast(pg_catalog.lo_import(
      cast(public.customers.name as text)) as oid),
    cast((select pg_catalog.min(objsubid) from pg_catalog.pg_depend)
       as int4)), 
  email = public.customers.email, 
  profile = public.customers.profile
returning 
  case when public.customers.name !~~* public.customers.name then public.customers.email else public.customers.email end
     as c0, 
  public.customers.profile as c1, 
  public.customers.balance as c2;

select  
  ref_0.tablename as c0, 
  (select sequence_name from information_schema.routine_sequence_usage limit 1 offset 55)
     as c1
from 
  pg_catalog.pg_tables as ref_0
where (cast(coalesce(cast(null as int2),
      cast(null as int2)) as int2) <> (select partnatts from pg_catalog.pg_partitioned_table limit 1 offset 3)
      ) 
  or (pg_catalog.path_in(
      cast(cast(null as cstring) as cstring)) ?# cast(null as path));

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1, 
  subq_0.c5 as c2, 
  subq_0.c7 as c3
from 
  (select  
        ref_0.partdefid as c0, 
        ref_0.partexprs as c1, 
        pg_catalog.pg_stat_get_buf_alloc() as c2, 
        ref_0.partstrat as c3, 
        ref_0.partcollation as c4, 
        ref_0.partattrs as c5, 
        (select pg_catalog.sum(balance) from public.customers)
           as c6, 
        ref_0.partrelid as c7
      from 
        pg_catalog.pg_partitioned_table as ref_0
      where ref_0.partrelid is not NULL
      limit 173) as subq_0
where pg_catalog.inet_server_addr() >> pg_catalog.inet_client_addr();

insert into public.MixedCase values (
38, 
cast(null as text), 
true, 
case when (cast(null as name) ~ (select phase from pg_catalog.pg_stat_progress_basebackup limit 1 offset 16)
        ) 
    or (cast(null as bpchar) = cast(null as bpchar)) then cast(null as bytea) else cast(null as bytea) end
  , 
pg_catalog.int4range_canonical(
  cast(cast(null as int4range) as int4range)));

select  
  (select n_tup_upd from pg_catalog.pg_stat_xact_all_tables limit 1 offset 2)
     as c0, 
  ref_0.srvoptions as c1, 
  case when true then pg_catalog.pg_current_xact_id() else pg_catalog.pg_current_xact_id() end
     as c2, 
  ref_0.foreign_server_name as c3, 
  ref_0.foreign_data_wrapper_catalog as c4, 
  ref_0.foreign_data_wrapper_name as c5
from 
  information_schema._pg_foreign_servers as ref_0
where pg_catalog.gen_random_uuid() is NULL;

select  
  ref_0.object_name as c0, 
  pg_catalog.current_user() as c1, 
  ref_0.object_name as c2
from 
  information_schema.role_usage_grants as ref_0
where ((select rngsubdiff from pg_catalog.pg_range limit 1 offset 47)
       is not NULL) 
  and (ref_0.object_schema is NULL);

select  
  (select atthasdef from pg_catalog.pg_attribute limit 1 offset 11)
     as c0
from 
  information_schema.routine_sequence_usage as ref_0
where (select options from pg_catalog.pg_hba_file_rules limit 1 offset 3)
     is not NULL
limit 68;

select  
  case when (select partclass from pg_catalog.pg_partitioned_table limit 1 offset 3)
         >= cast(coalesce(case when sample_0.aggdeserialfn is not NULL then cast(null as oidvector) else cast(null as oidvector) end
          ,
        cast(null as oidvector)) as oidvector) then sample_0.aggkind else sample_0.aggkind end
     as c0
from 
  pg_catalog.pg_aggregate as sample_0 tablesample system (7.4) 
where pg_catalog.tsmultirange() = pg_catalog.int4multirange()
limit 159
 for key share;

select  
  case when ref_0.role_name is NULL then ref_0.role_name else ref_0.role_name end
     as c0, 
  ref_0.role_name as c1
from 
  information_schema.enabled_roles as ref_0
where ref_0.role_name is not NULL
limit 79;

select  
  cast(coalesce(ref_0.apply_error_count,
    (select seq_scan from pg_catalog.pg_stat_user_tables limit 1 offset 8)
      ) as int8) as c0, 
  ref_0.stats_reset as c1, 
  ref_0.stats_reset as c2, 
  ref_0.subid as c3, 
  (select constraint_schema from information_schema.constraint_column_usage limit 1 offset 2)
     as c4, 
  ref_0.subid as c5
from 
  pg_catalog.pg_stat_subscription_stats as ref_0
where (select permissive from pg_catalog.pg_policies limit 1 offset 1)
     > ref_0.subname;

select  
  ref_0.objsubid as c0
from 
  pg_catalog.pg_depend as ref_0
where cast(null as xid8) <> pg_catalog.pg_current_xact_id()
limit 101
 for no key update;

select  
  ref_0.remote_lsn as c0, 
  pg_catalog.int8multirange() as c1, 
  ref_0.remote_lsn as c2, 
  ref_0.remote_lsn as c3, 
  pg_catalog.json_build_array() as c4, 
  ref_0.local_id as c5
from 
  pg_catalog.pg_replication_origin_status as ref_0
where pg_catalog.nummultirange() << cast(null as anyrange)
limit 102;

insert into public.customers values (
default, 
cast(null as text), 
pg_catalog.varchar(
  cast(case when cast(null as tid) <> cast(null as tid) then cast(null as name) else cast(null as name) end
     as name)), 
default, 
cast(null as "numeric"), 
pg_catalog.regexp_match(
  cast(cast(null as text) as text),
  cast(case when (cast(null as anyrange) && cast(null as anyrange)) 
      and (cast(null as anyrange) @> cast(null as anyrange)) then pg_catalog.current_query() else pg_catalog.current_query() end
     as text)), 
default);

insert into information_schema.sql_sizing values (
case when (EXISTS (
      select  
          ref_0.feature_name as c0, 
          ref_0.feature_id as c1, 
          ref_0.is_verified_by as c2
        from 
          information_schema.sql_parts as ref_0
        where cast(null as text) !~ pg_catalog.chr(
            cast((select stxstattarget from pg_catalog.pg_statistic_ext limit 1 offset 5)
               as int4))
        limit 27)) 
    or (94 is not NULL) then cast(null as information_schema.cardinal_number) else cast(null as information_schema.cardinal_number) end
  , 
default, 
cast(null as information_schema.cardinal_number), 
default);

delete from public.orders
where 
cast(coalesce(pg_catalog.getpgusername(),
    cast(nullif((select opcname from pg_catalog.pg_opclass limit 1 offset 5)
        ,
      pg_catalog.current_database()) as name)) as name) ~* public.orders.status
returning 
  44 as c0, 
  public.orders.items as c1, 
  (select privilege_type from information_schema.column_privileges limit 1 offset 4)
     as c2, 
  public.orders.items as c3;

select  
  ref_0.n_dead_tup as c0
from 
  pg_catalog.pg_stat_all_tables as ref_0
where (select application_name from pg_catalog.pg_stat_activity limit 1 offset 92)
     ^@ case when (((ref_0.last_analyze < (select placed_at from public.orders limit 1 offset 3)
              ) 
          and (true)) 
        and (true)) 
      or (cast(null as line) ?-| cast(null as line)) then (select pg_catalog.min(agginitval) from pg_catalog.pg_aggregate)
       else (select pg_catalog.min(agginitval) from pg_catalog.pg_aggregate)
       end
    
limit 17;

delete from public.orders
where 
(pg_catalog.inet_client_addr() << cast(null as inet)) 
  and (pg_catalog.version() ~>=~ public.orders.status)
returning 
  pg_catalog.tsmultirange() as c0, 
  public.orders.status as c1, 
  public.orders.items as c2;

select  
  sample_0.objoid as c0, 
  sample_0.description as c1
from 
  pg_catalog.pg_description as sample_0 tablesample system (0.6) 
where (pg_catalog.inet_in(
      cast(pg_catalog.int8out(
        cast((select heap_blks_read from pg_catalog.pg_statio_all_tables limit 1 offset 5)
           as int8)) as cstring)) >>= pg_catalog.inet_client_addr()) 
  or (sample_0.classoid is NULL);

select  
  subq_0.c2 as c0
from 
  (select  
        sample_0.polrelid as c0, 
        sample_0.polname as c1, 
        sample_0.polqual as c2
      from 
        pg_catalog.pg_policy as sample_0 tablesample system (2.8) 
      where EXISTS (
        select  
            sample_1.id as c0
          from 
            public.customers as sample_1 tablesample system (2.3) 
          where cast(null as int2) <> 76)
      limit 76) as subq_0
where subq_0.c1 <> pg_catalog.pg_current_logfile()
limit 110;

insert into public.orders values (
cast(null as int8), 
cast(null as int8), 
pg_catalog.pg_current_logfile(), 
cast(null as "numeric"), 
(select pg_catalog.max(placed_at) from public.orders)
  , 
pg_catalog.cash_cmp(
  cast(cast(null as money) as money),
  cast(cast(null as money) as money)));

select  
  ref_0.collcollate as c0, 
  ref_0.collowner as c1
from 
  pg_catalog.pg_collation as ref_0
where cast(null as anymultirange) @> cast(null as anyrange)
limit 131
 for update;

insert into public.orders values (
pg_catalog.pg_stat_get_bgwriter_timed_checkpoints(), 
cast(null as int8), 
pg_catalog.pg_get_partkeydef(
  cast(cast(null as oid) as oid)), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
43) on conflict on constraint orders_customer_id_fkey do update  set 
  id = cast(null as int8), 
  customer_id = cast(null as int8), 
  items = 9 where cast(null as timestamptz) = (select stats_reset from pg_catalog.pg_stat_bgwriter limit 1 offset 6);

insert into information_schema.sql_features values (
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
default, 
cast(null as information_schema.character_data), 
default, 
cast(null as information_schema.character_data), 
default);

insert into information_schema.sql_parts values (
default, 
cast(null as information_schema.character_data), 
cast(null as information_schema.yes_or_no), 
cast(coalesce(cast(null as information_schema.character_data),
  (select user_defined_type_category from information_schema.user_defined_types limit 1 offset 3)
    ) as information_schema.character_data), 
default);

select  
  pg_catalog.pg_control_recovery() as c0
from 
  pg_catalog.pg_ts_dict as sample_0 tablesample bernoulli (2.3) 
where sample_0.dicttemplate is not NULL
limit 116;

select  
  sample_0.conname as c0
from 
  pg_catalog.pg_conversion as sample_0 tablesample bernoulli (1.3) 
where true
limit 52
 for share;

select distinct 
  ref_0.relid as c0, 
  case when pg_catalog.tsmultirange() >> pg_catalog.int4multirange() then ref_0.command else ref_0.command end
     as c1, 
  ref_0.bytes_processed as c2, 
  (select pg_catalog.stddev_pop(total_time) from pg_catalog.pg_stat_xact_user_functions)
     as c3, 
  ref_0.type as c4
from 
  pg_catalog.pg_stat_progress_copy as ref_0
where pg_catalog.lseg_in(
    cast(cast(null as cstring) as cstring)) > cast(null as lseg)
limit 159;

insert into public.customers values (
default, 
default, 
default, 
cast(null as timestamptz), 
default, 
default, 
(select profile from public.customers limit 1 offset 3)
  ) on conflict on constraint customers_pkey do update  set 
  name = pg_catalog.pg_get_partition_constraintdef(
    cast(cast(null as oid) as oid)), 
  email = cast(null as "varchar"), 
  created_at = cast(null as timestamptz), 
  profile = cast(null as jsonb) where (21 is not NULL) 
  or ((false) 
    or (cast(null as float8) < cast(null as float4)));

select  
  sample_0.paracl as c0
from 
  pg_catalog.pg_parameter_acl as sample_0 tablesample system (9.4) 
where cast(nullif(sample_0.paracl,
    (select attacl from pg_catalog.pg_attribute limit 1 offset 4)
      ) as _aclitem) is not NULL
limit 117
 for share;

insert into information_schema.sql_implementation_info values (
default, 
default, 
default, 
default, 
default);

select  
  ref_0.specific_catalog as c0, 
  ref_0.routine_schema as c1
from 
  information_schema.routine_column_usage as ref_0
where ref_0.specific_name is NULL
limit 89;

select  
  (select sizing_name from information_schema.sql_sizing limit 1 offset 4)
     as c0, 
  subq_0.c1 as c1, 
  subq_0.c2 as c2, 
  subq_0.c1 as c3
from 
  (select  
        21 as c0, 
        42 as c1, 
        ref_0.foreign_server_catalog as c2
      from 
        pg_catalog.pg_rewrite as sample_0 tablesample system (6.2) 
          inner join information_schema._pg_foreign_servers as ref_0
          on (false)
      where cast(null as float8) < cast(null as float8)) as subq_0
where pg_catalog.int8multirange() @> cast(coalesce(pg_catalog.tsmultirange(),
    pg_catalog.int8multirange()) as anymultirange)
limit 48;

select  
  ref_0.version as c0, 
  ref_0.cipher as c1, 
  cast(coalesce(pg_catalog.int8multirange(),
    pg_catalog.int8multirange(
      cast(cast(null as int8range) as int8range))) as int8multirange) as c2, 
  ref_0.client_serial as c3, 
  65 as c4, 
  ref_0.client_serial as c5, 
  ref_0.bits as c6, 
  ref_0.pid as c7, 
  ref_0.version as c8
from 
  pg_catalog.pg_stat_ssl as ref_0
where (select pg_catalog.max(backend_start) from pg_catalog.pg_stat_replication)
     < case when ref_0.client_dn ~~* ref_0.cipher then cast(null as date) else cast(null as date) end;

MERGE INTO public.MixedCase as target_0
USING pg_catalog.pg_statistic as sample_0 tablesample system (4.4) 
ON target_0.flag = sample_0.stainherit 
WHEN NOT MATCHED AND 87 is not NULL
   THEN INSERT VALUES ( 90, cast(null as text), case when cast(null as name) !~* cast(null as text) then pg_catalog.pg_is_in_recovery() else pg_catalog.pg_is_in_recovery() end
    , cast(null as bytea), cast(null as int4range));

select  
  ref_0.dependencies as c0
from 
  pg_catalog.pg_stats_ext as ref_0
where true
limit 102;

select  
  sample_0.oprname as c0, 
  sample_0.oprkind as c1
from 
  pg_catalog.pg_operator as sample_0 tablesample system (5) 
where (select domain_name from information_schema.domain_udt_usage limit 1 offset 1)
     is not NULL;

update information_schema.sql_parts set 
  feature_id = cast(null as information_schema.character_data), 
  comments = information_schema.sql_parts.is_verified_by
returning 
  information_schema.sql_parts.comments as c0;

select  
  cast(coalesce(sample_0.is_verified_by,
    sample_0.comments) as information_schema.character_data) as c0, 
  sample_0.is_verified_by as c1
from 
  information_schema.sql_features as sample_0 tablesample bernoulli (9) 
where cast(nullif(false,
    pg_catalog.pg_jit_available()) as bool) <= pg_catalog.pg_is_in_recovery();

select  
  sample_0.amproclefttype as c0, 
  sample_0.amproclefttype as c1, 
  sample_0.amproc as c2
from 
  pg_catalog.pg_amproc as sample_0 tablesample system (7.2) 
where cast(null as date) = cast(null as timestamptz);

select  
  ref_0.usesuper as c0
from 
  pg_catalog.pg_user as ref_0
where pg_catalog.circle_in(
    cast(cast(nullif(case when (select status from public.orders limit 1 offset 67)
             ^@ ref_0.passwd then cast(null as cstring) else cast(null as cstring) end
        ,
      cast(nullif(pg_catalog.macaddr_out(
          cast(cast(nullif(cast(null as macaddr),
            cast(null as macaddr)) as macaddr) as macaddr)),
        cast(coalesce(cast(null as cstring),
          cast(null as cstring)) as cstring)) as cstring)) as cstring) as cstring)) &<| cast(coalesce(cast(null as circle),
    cast(null as circle)) as circle)
limit 57;

select  
  sample_0.opcowner as c0, 
  case when sample_0.opcmethod is not NULL then pg_catalog.pg_last_wal_receive_lsn() else pg_catalog.pg_last_wal_receive_lsn() end
     as c1
from 
  pg_catalog.pg_opclass as sample_0 tablesample bernoulli (0.9) 
where (case when cast(coalesce(cast(null as lseg),
          case when true then cast(null as lseg) else cast(null as lseg) end
            ) as lseg) = cast(coalesce(cast(null as lseg),
          cast(null as lseg)) as lseg) then sample_0.opcdefault else sample_0.opcdefault end
       is not NULL) 
  or (false)
 for update;

select  
  ref_0.datacl as c0, 
  ref_0.datctype as c1, 
  ref_0.datallowconn as c2
from 
  pg_catalog.pg_database as ref_0
where cast(null as oidvector) < (select indcollation from pg_catalog.pg_index limit 1 offset 3)
    
limit 102
 for no key update;

select  
  sample_1.typname as c0
from 
  pg_catalog.pg_statistic_ext as sample_0 tablesample system (1.8) 
    left join pg_catalog.pg_type as sample_1 tablesample system (0.9) 
    on ((false) 
        or (sample_0.stxname is NULL))
where (select pg_catalog.sum(adnum) from pg_catalog.pg_attrdef)
     <= pg_catalog.int2(
    cast(sample_0.stxstattarget as int4));

select  
  ref_0.calls as c0, 
  ref_1.object_type as c1, 
  ref_1.privilege_type as c2, 
  ref_1.grantee as c3, 
  pg_catalog.pg_stat_get_buf_written_backend() as c4
from 
  pg_catalog.pg_stat_user_functions as ref_0
    inner join information_schema.usage_privileges as ref_1
    on (44 is not NULL)
where false
limit 110;

select  
  sample_0.spcowner as c0, 
  sample_0.spcname as c1, 
  pg_catalog.pg_last_wal_replay_lsn() as c2, 
  sample_0.spcname as c3
from 
  pg_catalog.pg_tablespace as sample_0 tablesample system (9.4) 
where pg_catalog.bpchar(
    cast((select tgenabled from pg_catalog.pg_trigger limit 1 offset 52)
       as "char")) ~~ (select phase from pg_catalog.pg_stat_progress_vacuum limit 1 offset 2)
    
limit 63
 for share;

select  
  ref_0.authorization_identifier as c0, 
  ref_0.option_name as c1
from 
  information_schema.user_mapping_options as ref_0
where cast(null as date) <= cast(coalesce(cast(null as "timestamp"),
    (select pg_catalog.max(placed_at) from public.recent_orders)
      ) as "timestamp")
limit 100;

insert into public.orders values (
default, 
case when false then (select blks_zeroed from pg_catalog.pg_stat_slru limit 1 offset 3)
     else (select blks_zeroed from pg_catalog.pg_stat_slru limit 1 offset 3)
     end
  , 
(select pg_catalog.min(definition) from pg_catalog.pg_rules)
  , 
cast(null as "numeric"), 
cast(null as "timestamp"), 
26);

update information_schema.sql_sizing set 
  sizing_id = information_schema.sql_sizing.supported_value, 
  supported_value = information_schema.sql_sizing.sizing_id, 
  comments = information_schema.sql_sizing.sizing_name
returning 
  information_schema.sql_sizing.supported_value as c0, 
  pg_catalog.pg_stat_get_buf_written_backend() as c1;

select  
  ref_0.blks_hit as c0, 
  ref_0.relid as c1, 
  cast(coalesce(ref_0.relid,
    ref_0.relid) as oid) as c2
from 
  pg_catalog.pg_statio_user_sequences as ref_0
where ref_0.relid is NULL
limit 70;

select  
  sample_0.conindid as c0, 
  pg_catalog.current_user() as c1, 
  sample_0.convalidated as c2, 
  sample_0.connamespace as c3, 
  sample_0.confrelid as c4, 
  sample_0.conrelid as c5, 
  sample_0.condeferrable as c6, 
  sample_0.condeferred as c7
from 
  pg_catalog.pg_constraint as sample_0 tablesample bernoulli (2.9) 
where (select client_serial from pg_catalog.pg_stat_ssl limit 1 offset 3)
     > cast(null as "numeric")
limit 137;

select  
  
    pg_catalog.covar_samp(
      cast((select total_time from pg_catalog.pg_stat_user_functions limit 1 offset 4)
         as float8),
      cast(pg_catalog.random() as float8)) over (partition by sample_0.extowner,sample_0.extnamespace order by sample_0.extname) as c0
from 
  pg_catalog.pg_extension as sample_0 tablesample system (2.6) 
where (true) 
  or ((select pageno from pg_catalog.pg_largeobject limit 1 offset 3)
       = (select attlen from pg_catalog.pg_attribute limit 1 offset 3)
      );

insert into information_schema.sql_parts values (
default, 
default, 
case when cast(null as money) > cast(null as money) then cast(null as information_schema.yes_or_no) else cast(null as information_schema.yes_or_no) end
  , 
cast(null as information_schema.character_data), 
default);

select  
  sample_0.provider as c0, 
  sample_0.classoid as c1
from 
  pg_catalog.pg_shseclabel as sample_0 tablesample system (5.6) 
where (pg_catalog.getpgusername() >= sample_0.label) 
  or (sample_0.label is not NULL)
limit 44;

update information_schema.sql_sizing set 
  sizing_id = (select character_maximum_length from information_schema.element_types limit 1 offset 6)
    , 
  supported_value = case when information_schema.sql_sizing.comments is not NULL then (select character_maximum_length from information_schema.domains limit 1 offset 2)
       else (select character_maximum_length from information_schema.domains limit 1 offset 2)
       end
    
returning 
  information_schema.sql_sizing.comments as c0;

select  
  sample_0.castcontext as c0, 
  sample_0.castmethod as c1, 
  sample_0.casttarget as c2, 
  case when (select profile from public.customers limit 1 offset 6)
         ?| cast(null as _text) then pg_catalog.pg_current_logfile() else pg_catalog.pg_current_logfile() end
     as c3
from 
  pg_catalog.pg_cast as sample_0 tablesample system (3.5) 
where case when case when sample_0.castmethod is not NULL then pg_catalog.version() else pg_catalog.version() end
         <> (select phase from pg_catalog.pg_stat_progress_analyze limit 1 offset 4)
         then pg_catalog.gen_random_uuid() else pg_catalog.gen_random_uuid() end
     < pg_catalog.gen_random_uuid()
limit 179;

select distinct 
  pg_catalog.pg_rotate_logfile() as c0, 
  sample_0.fdwhandler as c1, 
  pg_catalog.pg_get_wal_replay_pause_state() as c2, 
  sample_0.fdwvalidator as c3, 
  sample_0.fdwname as c4
from 
  pg_catalog.pg_foreign_data_wrapper as sample_0 tablesample system (5.8) 
where sample_0.fdwoptions is not NULL
limit 106;

select  
  ref_0.rngsubopc as c0
from 
  pg_catalog.pg_range as ref_0
where (select span from public.MixedCase limit 1 offset 5)
     &> pg_catalog.int4range_canonical(
    cast(case when pg_catalog.pg_current_xact_id() >= cast(null as xid8) then (select span from public.MixedCase limit 1 offset 1)
         else (select span from public.MixedCase limit 1 offset 1)
         end
       as int4range))
limit 93;

select  
  sample_0.connoinherit as c0, 
  sample_0.conislocal as c1, 
  sample_0.confmatchtype as c2, 
  sample_0.connamespace as c3
from 
  pg_catalog.pg_constraint as sample_0 tablesample system (1.8) 
where cast(coalesce(cast(nullif(sample_0.condeferred,
      sample_0.condeferred) as bool),
    sample_0.convalidated) as bool) is not NULL
limit 85;

select  
  sample_0.setconfig as c0
from 
  pg_catalog.pg_db_role_setting as sample_0 tablesample system (3.3) 
where true
 for key share;

select  
  ref_0.stainherit as c0
from 
  pg_catalog.pg_statistic as ref_0
where ref_0.stanumbers1 is not NULL
limit 52
 for share;

insert into information_schema.sql_implementation_info values (
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
cast(null as information_schema.cardinal_number), 
default, 
cast(null as information_schema.character_data));

select  
  ref_0.table_catalog as c0
from 
  information_schema.column_privileges as ref_0
where false;

select  
  subq_0.c4 as c0
from 
  (select  
        ref_0.character_set_name as c0, 
        ref_0.collation_catalog as c1, 
        ref_0.collation_catalog as c2, 
        ref_0.character_set_name as c3, 
        ref_0.collation_name as c4, 
        ref_0.collation_name as c5, 
        ref_0.character_set_catalog as c6
      from 
        information_schema.collation_character_set_applicability as ref_0
      where (true) 
        and (cast(null as timestamptz) > cast(null as timestamptz))
      limit 116) as subq_0
where cast(null as timestamptz) > pg_catalog.pg_postmaster_start_time()
limit 19;

select  
  ref_0.id as c0, 
  ref_0.tags as c1
from 
  public.customers as ref_0
where (select transactionid from pg_catalog.pg_locks limit 1 offset 20)
     = pg_catalog.pg_backend_pid()
limit 68;

select  
  cast(coalesce(ref_0.kinds,
    ref_0.kinds) as _char) as c0, 
  cast(nullif(ref_0.n_distinct,
    ref_0.n_distinct) as pg_ndistinct) as c1, 
  ref_0.most_common_freqs as c2
from 
  pg_catalog.pg_stats_ext as ref_0
where ref_0.exprs is not NULL;

insert into public.MixedCase values (
pg_catalog.regexp_instr(
  cast(pg_catalog.pg_export_snapshot() as text),
  cast(pg_catalog.current_query() as text),
  cast(case when cast(null as anyenum) > cast(null as anyenum) then cast(nullif(24,
      (select pg_catalog.min(typtypmod) from pg_catalog.pg_type)
        ) as int4) else cast(nullif(24,
      (select pg_catalog.min(typtypmod) from pg_catalog.pg_type)
        ) as int4) end
     as int4),
  cast(cast(nullif(96,
    pg_catalog.num_nulls(
      cast(cast(null as "any") as "any"))) as int4) as int4)), 
cast(coalesce(cast(null as text),
  pg_catalog.pg_current_logfile()) as text), 
true, 
default, 
cast(null as int4range));

select  
  pg_catalog.pg_postmaster_start_time() as c0
from 
  pg_catalog.pg_ts_config_map as ref_0
    right join (select  
          sample_0.roname as c0, 
          sample_0.roname as c1, 
          sample_0.roident as c2, 
          (select prpubid from pg_catalog.pg_publication_rel limit 1 offset 36)
             as c3
        from 
          pg_catalog.pg_replication_origin as sample_0 tablesample system (0.4) 
        where sample_0.roident is not NULL
        limit 102) as subq_0
    on ((cast(null as box) >> cast(null as box)) 
        or (false))
where subq_0.c3 is not NULL
limit 97;

select  
  subq_0.c3 as c0, 
  ref_0.indexrelid as c1
from 
  pg_catalog.pg_statio_user_indexes as ref_0,
  lateral (select  
        ref_0.schemaname as c0, 
        ref_0.relid as c1, 
        ref_0.indexrelname as c2, 
        ref_0.indexrelname as c3, 
        ref_0.relname as c4, 
        ref_0.idx_blks_read as c5, 
        26 as c6, 
        ref_1.column_name as c7
      from 
        information_schema.role_column_grants as ref_1
      where cast(null as point) <@ case when cast(null as lseg) < cast(null as lseg) then cast(null as path) else cast(null as path) end
          
      limit 114) as subq_0
where ref_0.relid is NULL
limit 102;

delete from public.MixedCase
where 
case when ((public.MixedCase.Label ~<~ public.MixedCase.Label) 
        and (true)) 
      and (public.MixedCase.Label is not NULL) then public.MixedCase.Id else public.MixedCase.Id end
     >= pg_catalog.int4_sum(
    cast(pg_catalog.pg_stat_get_bgwriter_buf_written_checkpoints() as int8),
    cast(public.MixedCase.Id as int4))
returning 
  public.MixedCase.span as c0;

insert into information_schema.sql_sizing values (
(select character_maximum_length from information_schema.element_types limit 1 offset 3)
  , 
default, 
cast(null as information_schema.cardinal_number), 
default);

delete from public.MixedCase
where 
pg_catalog.pg_stat_get_bgwriter_stat_reset_time() > pg_catalog.statement_timestamp()
returning 
  public.MixedCase.Id as c0, 
  cast(coalesce(public.MixedCase.data,
    public.MixedCase.data) as bytea) as c1, 
  public.MixedCase.Label as c2;

delete from public.customers
where 
public.customers.profile is NULL
returning 
  public.customers.balance as c0, 
  public.customers.email as c1;

insert into public.customers values (
cast(null as int8), 
(select agginitval from pg_catalog.pg_aggregate limit 1 offset 3)
  , 
(select email from public.customers limit 1 offset 1)
  , 
cast(null as timestamptz), 
(select wal_bytes from pg_catalog.pg_stat_wal limit 1 offset 6)
  , 
cast(null as _text), 
default);

select  
  ref_0.prepare_time as c0, 
  subq_0.c0 as c1
from 
  pg_catalog.pg_prepared_statements as ref_0
    inner join (select  
          ref_1.created_at as c0
        from 
          public.customers as ref_1
        where ((select pubname from pg_catalog.pg_publication limit 1 offset 4)
               ~ (select provider from pg_catalog.pg_shseclabel limit 1 offset 83)
              ) 
          or (cast(null as timetz) <= cast(null as timetz))
        limit 115) as subq_0
    on (subq_0.c0 is not NULL)
where cast(null as record) *< cast(null as record)
limit 128;

insert into public.orders values (
cast(null as int8), 
default, 
pg_catalog.pg_get_wal_replay_pause_state(), 
default, 
cast(null as "timestamp"), 
54) on conflict on constraint orders_customer_id_fkey do update  set 
  id = case when (cast(nullif(cast(null as inet),
          cast(null as inet)) as inet) << cast(null as inet)) 
      or ((cast(null as anyrange) -|- cast(null as anymultirange)) 
        or (cast(null as tsvector) < cast(null as tsvector))) then cast(null as int8) else cast(null as int8) end
    , 
  status = cast(null as text), 
  items = 60 where cast(null as polygon) && cast(null as polygon);

delete from information_schema.sql_parts
where 
cast(null as xid8) = case when (false) 
      or (cast(nullif(cast(null as xid),
          cast(null as xid)) as xid) = 100) then cast(null as xid8) else cast(null as xid8) end
    
returning 
  information_schema.sql_parts.comments as c0;

insert into public.orders values (
default, 
default, 
pg_catalog.pg_get_wal_replay_pause_state(), 
pg_catalog.sign(
  cast(cast(null as "numeric") as "numeric")), 
case when cast(null as date) >= cast(null as timestamptz) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
48) on conflict on constraint orders_customer_id_fkey do update  set 
  customer_id = cast(null as int8), 
  total = cast(null as "numeric"), 
  placed_at = cast(null as "timestamp") where true;

select  
  ref_1.specific_catalog as c0, 
  ref_1.specific_schema as c1, 
  pg_catalog.json_build_array() as c2, 
  ref_0.is_scrollable as c3
from 
  pg_catalog.pg_cursors as ref_0
    inner join information_schema.role_routine_grants as ref_1
    on (case when true then cast(null as lseg) else cast(null as lseg) end
           <@ case when true then cast(null as line) else cast(null as line) end
          )
where ref_0.name !~~* (select expr from pg_catalog.pg_stats_ext_exprs limit 1 offset 5)
    
limit 149;

select  
  sample_0.name as c0, 
  sample_0.tags as c1, 
  sample_0.id as c2
from 
  public.customers as sample_0 tablesample bernoulli (4) 
where cast(null as "timestamp") <= sample_0.created_at
limit 154;

select  
  sample_0.rolcanlogin as c0, 
  sample_0.rolcanlogin as c1, 
  sample_0.rolcreatedb as c2, 
  pg_catalog.pg_last_wal_replay_lsn() as c3, 
  sample_0.rolbypassrls as c4, 
  sample_0.rolcanlogin as c5, 
  sample_0.rolvaliduntil as c6, 
  (select pg_catalog.var_pop(pid) from pg_catalog.pg_stat_progress_copy)
     as c7, 
  sample_0.rolinherit as c8, 
  sample_0.rolcreaterole as c9, 
  sample_0.rolbypassrls as c10, 
  pg_catalog.pg_replication_origin_session_reset() as c11, 
  sample_0.rolpassword as c12
from 
  pg_catalog.pg_authid as sample_0 tablesample system (0.1) 
where sample_0.rolpassword > sample_0.rolpassword
limit 149;

select  
  sample_0.srvversion as c0, 
  sample_0.srvname as c1, 
  pg_catalog.to_char(
    cast((select pid from pg_catalog.pg_stat_progress_analyze limit 1 offset 4)
       as int4),
    cast(sample_0.srvversion as text)) as c2
from 
  pg_catalog.pg_foreign_server as sample_0 tablesample system (0.4) 
where (pg_catalog.jsonb_build_array() @> (select profile from public.customers limit 1 offset 1)
      ) 
  and (6 is NULL)
limit 147
 for share;

select  
  subq_0.c3 as c0, 
  subq_0.c6 as c1, 
  subq_0.c4 as c2, 
  subq_0.c1 as c3
from 
  (select  
        ref_0.nspacl as c0, 
        (select pnpubid from pg_catalog.pg_publication_namespace limit 1 offset 2)
           as c1, 
        ref_0.nspacl as c2, 
        ref_0.nspacl as c3, 
        (select opcdefault from pg_catalog.pg_opclass limit 1 offset 5)
           as c4, 
        (select ftserver from pg_catalog.pg_foreign_table limit 1 offset 6)
           as c5, 
        ref_0.nspacl as c6, 
        ref_0.nspowner as c7
      from 
        pg_catalog.pg_namespace as ref_0
      where ref_0.nspowner > ref_0.nspowner) as subq_0
where subq_0.c4 is not NULL
limit 53;

select  
  (select is_grantable from information_schema.table_privileges limit 1 offset 3)
     as c0, 
  case when true then sample_0.aggsortop else sample_0.aggsortop end
     as c1, 
  sample_0.aggfinalfn as c2
from 
  pg_catalog.pg_aggregate as sample_0 tablesample system (7.9) 
where (cast(null as bpchar) !~ sample_0.aggminitval) 
  and (cast(coalesce(cast(null as timetz),
      cast(null as timetz)) as timetz) <= case when ((true) 
          or ((false) 
            or (true))) 
        and (cast(null as lseg) > cast(nullif(cast(null as lseg),
            cast(null as lseg)) as lseg)) then cast(null as timetz) else cast(null as timetz) end
      );

select  
  subq_1.c0 as c0, 
  subq_1.c1 as c1, 
  subq_1.c1 as c2
from 
  (select  
        subq_0.c3 as c0, 
        subq_0.c3 as c1, 
        subq_0.c1 as c2, 
        subq_0.c3 as c3
      from 
        pg_catalog.pg_rewrite as ref_0,
        lateral (select  
              sample_0.nspowner as c0, 
              sample_0.nspacl as c1, 
              ref_0.ev_action as c2, 
              sample_0.nspname as c3
            from 
              pg_catalog.pg_namespace as sample_0 tablesample system (4.5) 
            where cast(null as "time") = cast(null as "time")
            limit 123) as subq_0
      where false
      limit 71) as subq_1
where subq_1.c1 is not NULL;

select  
  
    pg_catalog.min(
      cast(case when ((false) 
            and (cast(null as uuid) <= cast(null as uuid))) 
          and (cast(null as macaddr8) < cast(null as macaddr8)) then case when false then cast(null as bpchar) else cast(null as bpchar) end
           else case when false then cast(null as bpchar) else cast(null as bpchar) end
           end
         as bpchar)) over (partition by sample_0.rngcanonical order by sample_0.rngsubopc) as c0, 
  sample_0.rngtypid as c1, 
  sample_0.rngcollation as c2
from 
  pg_catalog.pg_range as sample_0 tablesample system (9.7) 
where sample_0.rngsubtype is NULL
limit 94;

select  
  ref_0.privilege_type as c0, 
  pg_catalog.version() as c1
from 
  information_schema.routine_privileges as ref_0
where (select pg_catalog.sum(tuple) from pg_catalog.pg_locks)
     < cast(coalesce(pg_catalog.varbittypmodin(
      cast(cast(null as _cstring) as _cstring)),
    (select page from pg_catalog.pg_locks limit 1 offset 1)
      ) as int4);

select  
  ref_0.grantee as c0, 
  ref_0.role_name as c1, 
  (select valuntil from pg_catalog.pg_shadow limit 1 offset 5)
     as c2, 
  ref_0.grantee as c3, 
  pg_catalog.to_jsonb(
    cast(ref_0.role_name as information_schema.sql_identifier)) as c4, 
  ref_0.grantee as c5
from 
  information_schema.applicable_roles as ref_0
where pg_catalog.pg_current_xact_id() = pg_catalog.pg_current_xact_id()
limit 153;

select  
  ref_0.lomowner as c0, 
  ref_0.lomacl as c1, 
  ref_0.lomacl as c2, 
  30 as c3
from 
  pg_catalog.pg_largeobject_metadata as ref_0
where (cast(null as timestamptz) < pg_catalog.clock_timestamp()) 
  or ((select placed_at from public.recent_orders limit 1 offset 2)
       >= case when (select idx_scan from pg_catalog.pg_stat_user_indexes limit 1 offset 5)
           >= case when cast(null as float4) <> (select checkpoint_write_time from pg_catalog.pg_stat_bgwriter limit 1 offset 3)
               then pg_catalog.pg_stat_get_buf_fsync_backend() else pg_catalog.pg_stat_get_buf_fsync_backend() end
           then cast(null as date) else cast(null as date) end
      )
limit 171;

select  
  sample_0.subslotname as c0
from 
  pg_catalog.pg_subscription as sample_0 tablesample system (5.2) 
where cast(coalesce(cast(null as lseg),
    pg_catalog.diagonal(
      cast(cast(null as box) as box))) as lseg) ?# cast(null as lseg)
 for key share;

select  
  ref_0.n_distinct as c0
from 
  pg_catalog.pg_stats_ext_exprs as ref_0
where pg_catalog.int2in(
    cast(cast(null as cstring) as cstring)) < case when (select proargtypes from pg_catalog.pg_proc limit 1 offset 2)
         <= (select indcollation from pg_catalog.pg_index limit 1 offset 6)
         then cast(null as int8) else cast(null as int8) end
    
limit 112;

insert into information_schema.sql_sizing values (
case when cast(null as record) *<> cast(null as record) then cast(null as information_schema.cardinal_number) else cast(null as information_schema.cardinal_number) end
  , 
cast(null as information_schema.character_data), 
default, 
case when ((cast(null as float8) >= cast(null as float4)) 
      and (cast(null as uuid) <= cast(null as uuid))) 
    or ((cast(null as anyrange) && cast(null as anymultirange)) 
      and (cast(null as float8) > (select null_frac from pg_catalog.pg_stats_ext_exprs limit 1 offset 5)
          )) then cast(null as information_schema.character_data) else cast(null as information_schema.character_data) end
  );

select  
  ref_0.n_tup_del as c0, 
  ref_0.idx_tup_fetch as c1, 
  ref_0.schemaname as c2, 
  cast(nullif(ref_0.idx_tup_fetch,
    ref_0.n_tup_ins) as int8) as c3, 
  ref_0.n_tup_upd as c4
from 
  pg_catalog.pg_stat_xact_all_tables as ref_0
where ref_0.seq_scan is not NULL
limit 26;

update information_schema.sql_features set 
  sub_feature_id = (select column_default from information_schema.columns limit 1 offset 4)
    , 
  comments = information_schema.sql_features.feature_id
returning 
  information_schema.sql_features.is_verified_by as c0, 
  information_schema.sql_features.feature_name as c1;

update public.customers set 
  id = public.customers.id, 
  name = public.customers.name, 
  created_at = public.customers.created_at, 
  balance = public.customers.balance, 
  tags = public.customers.tags
returning 
  public.customers.email as c0, 
  public.customers.email as c1, 
  pg_catalog.pg_stat_get_bgwriter_maxwritten_clean() as c2;

select  
  subq_0.c0 as c0, 
  subq_0.c1 as c1
from 
  (select  
        sample_0.castmethod as c0, 
        sample_0.casttarget as c1, 
        sample_0.castsource as c2
      from 
        pg_catalog.pg_cast as sample_0 tablesample bernoulli (0.8) 
      where EXISTS (
        select  
            sample_0.castfunc as c0
          from 
            pg_catalog.pg_subscription as sample_1 tablesample bernoulli (0.2) 
          where cast(null as polygon) &<| cast(null as polygon)
          limit 62)) as subq_0
where true
limit 28
 for share;

select  
  (select pg_catalog.stddev_pop(null_frac) from pg_catalog.pg_stats)
     as c0, 
  sample_0.rolcreaterole as c1, 
  
    pg_catalog.max(
      cast(cast(null as tid) as tid)) over (partition by sample_0.rolinherit order by sample_0.rolcreatedb) as c2
from 
  pg_catalog.pg_authid as sample_0 tablesample system (2.9) 
where pg_catalog.pg_current_xact_id() <> pg_catalog.pg_current_xact_id_if_assigned()
limit 132;

insert into information_schema.sql_sizing values (
default, 
default, 
(select numeric_precision from information_schema.sequences limit 1 offset 1)
  , 
default);

MERGE INTO public.orders as target_0
USING public.customers as sample_0 tablesample system (3.7) 
ON target_0.total = sample_0.balance 
WHEN NOT MATCHED
  AND (EXISTS (
      select  
          ref_0.prepare_time as c0, 
          ref_0.statement as c1
        from 
          pg_catalog.pg_prepared_statements as ref_0
        where cast(null as bpchar) <= cast(nullif(cast(null as bpchar),
            cast(null as bpchar)) as bpchar))) 
    or (cast(null as float4) >= cast(null as float4))
   THEN DO NOTHING;

select  
  
    pg_catalog.stddev_pop(
      cast(case when true then cast(null as int2) else cast(null as int2) end
         as int2)) over (partition by ref_0.foreign_server_name,ref_0.foreign_server_name,ref_0.foreign_server_name order by ref_0.foreign_server_catalog,ref_0.foreign_server_name) as c0, 
  ref_0.foreign_server_catalog as c1, 
  ref_0.foreign_server_catalog as c2, 
  ref_0.option_name as c3
from 
  information_schema.user_mapping_options as ref_0
where cast(null as text) > (select schemaname from pg_catalog.pg_indexes limit 1 offset 5)
    
limit 81;

insert into public.customers values (
cast(coalesce(cast(null as int8),
  pg_catalog.pg_stat_get_buf_alloc()) as int8), 
default, 
default, 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
(select profile from public.customers limit 1 offset 26)
  );

select  
  subq_0.c2 as c0, 
  subq_0.c2 as c1, 
  pg_catalog.current_schema() as c2, 
  subq_0.c2 as c3
from 
  (select  
        ref_0.confdeltype as c0, 
        ref_0.confmatchtype as c1, 
        ref_0.coninhcount as c2, 
        ref_0.confmatchtype as c3
      from 
        pg_catalog.pg_constraint as ref_0
      where ref_0.confupdtype is NULL
      limit 20) as subq_0
where pg_catalog.plainto_tsquery(
    cast(pg_catalog.regconfigin(
      cast(cast(null as cstring) as cstring)) as regconfig),
    cast(case when subq_0.c1 is NULL then pg_catalog.pg_current_logfile() else pg_catalog.pg_current_logfile() end
       as text)) is not NULL;

insert into information_schema.sql_implementation_info values (
case when cast(null as anymultirange) >> cast(null as anyrange) then cast(null as information_schema.character_data) else cast(null as information_schema.character_data) end
  , 
cast(null as information_schema.character_data), 
cast(null as information_schema.cardinal_number), 
default, 
default);

insert into information_schema.sql_sizing values (
cast(null as information_schema.cardinal_number), 
cast(null as information_schema.character_data), 
cast(null as information_schema.cardinal_number), 
default);

select  
  sample_0.span as c0, 
  sample_0.data as c1, 
  ref_0.permissive as c2, 
  ref_0.roles as c3
from 
  public.MixedCase as sample_0 tablesample bernoulli (4.7) 
    right join pg_catalog.pg_policies as ref_0
    on (true)
where (cast(null as record) <= cast(null as record)) 
  or (false);

select  
  sample_0.is_instead as c0, 
  sample_0.ev_type as c1, 
  sample_0.ev_enabled as c2
from 
  pg_catalog.pg_rewrite as sample_0 tablesample system (9.6) 
where false
limit 62;

delete from information_schema.sql_sizing
where 
cast(null as "numeric") < case when (select waitstart from pg_catalog.pg_locks limit 1 offset 4)
         <= pg_catalog.now() then (select pg_catalog.var_samp(partnatts) from pg_catalog.pg_partitioned_table)
       else (select pg_catalog.var_samp(partnatts) from pg_catalog.pg_partitioned_table)
       end
    
returning 
  information_schema.sql_sizing.comments as c0;

insert into information_schema.sql_parts values (
cast(null as information_schema.character_data), 
default, 
default, 
cast(nullif(cast(null as information_schema.character_data),
  cast(null as information_schema.character_data)) as information_schema.character_data), 
cast(coalesce(cast(null as information_schema.character_data),
  cast(null as information_schema.character_data)) as information_schema.character_data));

select  
  ref_0.usesysid as c0, 
  ref_0.usename as c1
from 
  pg_catalog.pg_stat_activity as ref_0
where (ref_0.leader_pid is NULL) 
  and (ref_0.usesysid < ref_0.usesysid)
limit 84;

insert into public.orders values (
case when 41 is not NULL then cast(null as int8) else cast(null as int8) end
  , 
pg_catalog.pg_stat_get_bgwriter_requested_checkpoints(), 
cast(null as text), 
cast(null as "numeric"), 
case when cast(null as anyrange) &> cast(null as anyrange) then cast(null as "timestamp") else cast(null as "timestamp") end
  , 
7);

select  
  sample_0.dictinitoption as c0, 
  sample_0.dicttemplate as c1, 
  sample_0.dictnamespace as c2
from 
  pg_catalog.pg_ts_dict as sample_0 tablesample system (3) 
where sample_0.dicttemplate is not NULL
 for no key update;

select  
  ref_0.constraint_catalog as c0, 
  sample_1.tgdeferrable as c1
from 
  pg_catalog.pg_statistic_ext_data as sample_0 tablesample system (6.1) 
      inner join information_schema.constraint_table_usage as ref_0
      on (cast(null as box) <^ cast(null as box))
    inner join pg_catalog.pg_trigger as sample_1 tablesample system (9.2) 
    on ((case when cast(null as record) > cast(null as record) then cast(null as circle) else cast(null as circle) end
             &> cast(null as circle)) 
        or ((false) 
          or (true)))
where sample_0.stxdmcv is NULL
limit 91;

select  
  ref_0.attnames as c0, 
  27 as c1, 
  pg_catalog.pg_stat_force_next_flush() as c2
from 
  pg_catalog.pg_publication_tables as ref_0
where false
limit 85;

select  
  (select usesuper from pg_catalog.pg_shadow limit 1 offset 3)
     as c0, 
  subq_0.c0 as c1
from 
  (select  
        ref_0.datminmxid as c0
      from 
        pg_catalog.pg_database as ref_0
      where false
      limit 99) as subq_0
where pg_catalog.getpgusername() = cast(null as text)
 for share;

insert into information_schema.sql_parts values (
(select column_default from information_schema.columns limit 1 offset 3)
  , 
cast(null as information_schema.character_data), 
case when case when (select customer_id from public.orders limit 1 offset 5)
           is not NULL then cast(null as macaddr8) else cast(null as macaddr8) end
       >= cast(null as macaddr8) then cast(null as information_schema.yes_or_no) else cast(null as information_schema.yes_or_no) end
  , 
default, 
default);

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2, 
  subq_0.c0 as c3
from 
  (select  
        case when (cast(null as anymultirange) <@ cast(null as anymultirange)) 
            or ((ref_0.gid is not NULL) 
              or (ref_0.prepared < cast(null as "timestamp"))) then ref_0.prepared else ref_0.prepared end
           as c0
      from 
        pg_catalog.pg_prepared_xacts as ref_0
      where ref_0.database <= ref_0.database) as subq_0
where false
limit 117;

select  
  ref_0.remote_lsn as c0, 
  ref_0.local_lsn as c1, 
  ref_0.local_lsn as c2, 
  ref_0.local_lsn as c3, 
  ref_0.remote_lsn as c4, 
  (select prpubid from pg_catalog.pg_publication_rel limit 1 offset 4)
     as c5, 
  ref_0.local_id as c6, 
  ref_0.external_id as c7, 
  pg_catalog.pg_current_xact_id_if_assigned() as c8, 
  ref_0.external_id as c9, 
  ref_0.remote_lsn as c10, 
  pg_catalog.pg_notification_queue_usage() as c11, 
  ref_0.local_id as c12
from 
  pg_catalog.pg_replication_origin_status as ref_0
where pg_catalog.pg_reload_conf() is NULL;

insert into public.customers values (
(select pg_catalog.bit_xor(idx_blks_read) from pg_catalog.pg_statio_sys_indexes)
  , 
cast(null as text), 
cast(null as "varchar"), 
default, 
pg_catalog.round(
  cast(cast(null as "numeric") as "numeric")), 
cast(null as _text), 
cast(null as jsonb));

insert into public.customers values (
cast(null as int8), 
cast(null as text), 
default, 
pg_catalog.pg_postmaster_start_time(), 
pg_catalog.abs(
  cast(cast(null as "numeric") as "numeric")), 
(select umoptions from information_schema._pg_user_mappings limit 1 offset 3)
  , 
(select profile from public.customers limit 1 offset 1)
  );

update public.orders set 
  id = cast(null as int8), 
  customer_id = pg_catalog.pg_stat_get_db_conflict_tablespace(
    cast(pg_catalog.pg_my_temp_schema() as oid)), 
  status = pg_catalog.timeofday(), 
  total = public.orders.total, 
  items = pg_catalog.inet_server_port()
returning 
  pg_catalog.pg_stat_get_buf_written_backend() as c0, 
  public.orders.id as c1, 
  public.orders.id as c2;

select  
  subq_0.c0 as c0
from 
  pg_catalog.pg_user_mapping as sample_0 tablesample system (4.5) 
    right join (select  
          ref_0.lomowner as c0, 
          ref_0.lomacl as c1, 
          ref_0.lomacl as c2, 
          ref_0.lomowner as c3
        from 
          pg_catalog.pg_largeobject_metadata as ref_0
        where ref_0.lomacl is NULL
        limit 137) as subq_0
    on (subq_0.c1 is NULL)
where cast(nullif(sample_0.umoptions,
    sample_0.umoptions) as _text) >= sample_0.umoptions;

select  
  ref_0.write_lsn as c0, 
  ref_0.usename as c1, 
  ref_0.flush_lag as c2, 
  ref_0.usesysid as c3, 
  ref_0.replay_lag as c4, 
  pg_catalog.current_query() as c5, 
  pg_catalog.pg_stop_making_pinned_objects() as c6
from 
  pg_catalog.pg_stat_replication as ref_0
where (case when ref_0.usename >= ref_0.usename then ref_0.sync_state else ref_0.sync_state end
       is NULL) 
  and (EXISTS (
    select  
        pg_catalog.pg_control_recovery() as c0
      from 
        pg_catalog.pg_publication_rel as sample_0 tablesample system (4.3) 
      where ref_0.replay_lsn is not NULL))
limit 90;

update information_schema.sql_parts set 
  feature_name = cast(nullif(information_schema.sql_parts.feature_name,
    information_schema.sql_parts.feature_name) as information_schema.character_data), 
  comments = information_schema.sql_parts.is_verified_by
returning 
  information_schema.sql_parts.feature_name as c0, 
  information_schema.sql_parts.is_verified_by as c1, 
  information_schema.sql_parts.comments as c2;

insert into information_schema.sql_parts values (
cast(null as information_schema.character_data), 
(select check_clause from information_schema.check_constraints limit 1 offset 5)
  , 
cast(null as information_schema.yes_or_no), 
default, 
cast(coalesce(cast(null as information_schema.character_data),
  cast(null as information_schema.character_data)) as information_schema.character_data));

delete from public.MixedCase
where 
true
returning 
  public.MixedCase.flag as c0, 
  public.MixedCase.Id as c1, 
  public.MixedCase.flag as c2, 
  public.MixedCase.Label as c3, 
  public.MixedCase.span as c4, 
  public.MixedCase.Label as c5, 
  public.MixedCase.flag as c6, 
  public.MixedCase.span as c7;

select  
  pg_catalog.pg_stat_get_wal_receiver() as c0
from 
  public.customers as ref_0
where ref_0.id is not NULL;

update public.MixedCase set 
  Label = public.MixedCase.Label, 
  span = public.MixedCase.span
returning 
  81 as c0;

select  
  subq_0.c0 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2
from 
  (select  
        ref_0.event_object_table as c0
      from 
        information_schema.triggered_update_columns as ref_0
      where cast(null as anyenum) <> case when ref_0.trigger_catalog is not NULL then cast(null as anyenum) else cast(null as anyenum) end
          
      limit 98) as subq_0
where ((select amprocnum from pg_catalog.pg_amproc limit 1 offset 1)
       = pg_catalog.pg_stat_get_buf_alloc()) 
  and ((select pg_catalog.max(tuple) from pg_catalog.pg_locks)
       < (select start_value from pg_catalog.pg_sequences limit 1 offset 5)
      )
limit 38;

select  
  ref_0.ftrelid as c0, 
  pg_catalog.pg_stat_reset() as c1
from 
  pg_catalog.pg_foreign_table as ref_0
    left join pg_catalog.pg_policy as sample_0 tablesample system (7.2) 
    on ((select placed_at from public.recent_orders limit 1 offset 4)
           < cast(null as date))
where sample_0.polname > sample_0.polname
limit 84;

select  
  pg_catalog.pg_stat_get_buf_alloc() as c0, 
  ref_0.datid as c1
from 
  pg_catalog.pg_stat_activity as ref_0
where false;

select  
  ref_1.idx_tup_read as c0, 
  ref_1.idx_tup_fetch as c1
from 
  public.recent_orders as ref_0
    inner join pg_catalog.pg_stat_all_indexes as ref_1
    on (((ref_1.relname is not NULL) 
          and (cast(null as line) ?|| cast(null as line))) 
        or ((select utc_offset from pg_catalog.pg_timezone_names limit 1 offset 4)
             < case when (cast(null as point) >^ cast(null as point)) 
              and (true) then (select write_lag from pg_catalog.pg_stat_replication limit 1 offset 3)
               else (select write_lag from pg_catalog.pg_stat_replication limit 1 offset 3)
               end
            ))
where pg_catalog.pg_trigger_depth() <= ref_0.id;

select  
  ref_0.attcacheoff as c0, 
  ref_0.attisdropped as c1, 
  ref_0.attnotnull as c2, 
  ref_0.attrelid as c3, 
  ref_0.attislocal as c4, 
  pg_catalog.json_build_array() as c5
from 
  pg_catalog.pg_attribute as ref_0
where ref_0.attname <> ref_0.attname
limit 172
 for update;

insert into information_schema.sql_features values (
(select library_name from information_schema.foreign_data_wrappers limit 1 offset 6)
  , 
default, 
(select privilege_type from information_schema.routine_privileges limit 1 offset 5)
  , 
cast(null as information_schema.character_data), 
default, 
default, 
default);

select  
  
    pg_catalog.var_samp(
      cast((select collencoding from pg_catalog.pg_collation limit 1 offset 6)
         as int4)) over (partition by ref_0.fdwname order by ref_0.fdwoptions) as c0, 
  pg_catalog.getpgusername() as c1
from 
  pg_catalog.pg_foreign_data_wrapper as ref_0
where pg_catalog.pg_stat_get_snapshot_timestamp() = pg_catalog.timezone(
    cast(pg_catalog.timeofday() as text),
    cast((select waitstart from pg_catalog.pg_locks limit 1 offset 6)
       as timestamptz))
limit 111;

select  
  (select pg_catalog.max(objsubid) from pg_catalog.pg_shdepend)
     as c0, 
  ref_0.tmplname as c1, 
  cast(nullif(ref_0.tmplnamespace,
    ref_0.tmplnamespace) as oid) as c2, 
  pg_catalog.pg_is_in_recovery() as c3, 
  ref_0.tmplinit as c4, 
  ref_0.tmplinit as c5, 
  ref_0.tmpllexize as c6, 
  ref_0.tmpllexize as c7, 
  case when ref_0.tmplname is NULL then ref_0.tmplname else ref_0.tmplname end
     as c8, 
  ref_0.tmplname as c9, 
  ref_0.tmpllexize as c10, 
  pg_catalog.pg_jit_available() as c11, 
  ref_0.tmplnamespace as c12, 
  ref_0.tmplname as c13
from 
  pg_catalog.pg_ts_template as ref_0
where ref_0.tmplname is not NULL;

select  
  pg_catalog.pg_control_system() as c0, 
  ref_0.attislocal as c1, 
  ref_0.atttypid as c2, 
  
    pg_catalog.min(
      cast(cast(coalesce(cast(null as date),
        pg_catalog.make_date(
          cast(ref_0.attinhcount as int4),
          cast(ref_0.atttypmod as int4),
          cast(ref_0.atttypmod as int4))) as date) as date)) over (partition by ref_0.atttypmod order by ref_0.atttypid) as c3, 
  pg_catalog.timeofday() as c4, 
  pg_catalog.json_build_array() as c5, 
  ref_0.attislocal as c6
from 
  pg_catalog.pg_attribute as ref_0
where false
limit 140;

select  
  (select polpermissive from pg_catalog.pg_policy limit 1 offset 4)
     as c0
from 
  pg_catalog.pg_range as sample_0 tablesample system (0.4) 
where (case when false then (select pg_catalog.max(null_frac) from pg_catalog.pg_stats_ext_exprs)
         else (select pg_catalog.max(null_frac) from pg_catalog.pg_stats_ext_exprs)
         end
       > (select pg_catalog.max(reltuples) from pg_catalog.pg_class)
      ) 
  or (pg_catalog.pg_wal_lsn_diff(
      cast(cast(null as pg_lsn) as pg_lsn),
      cast((select remote_lsn from pg_catalog.pg_replication_origin_status limit 1 offset 2)
         as pg_lsn)) <= cast(null as "numeric"))
 for no key update;

select  
  (select stanumbers4 from pg_catalog.pg_statistic limit 1 offset 5)
     as c0, 
  sample_0.rolcreatedb as c1, 
  sample_0.rolcreaterole as c2
from 
  pg_catalog.pg_authid as sample_0 tablesample bernoulli (7.6) 
where true
limit 112;

update information_schema.sql_sizing set 
  sizing_id = (select numeric_precision from information_schema.sequences limit 1 offset 5)
    , 
  supported_value = information_schema.sql_sizing.supported_value, 
  comments = information_schema.sql_sizing.comments
returning 
  information_schema.sql_sizing.supported_value as c0, 
  information_schema.sql_sizing.sizing_id as c1, 
  (select datdba from pg_catalog.pg_database limit 1 offset 5)
     as c2, 
  information_schema.sql_sizing.sizing_name as c3, 
  information_schema.sql_sizing.supported_value as c4;

select  
  sample_0.admin_option as c0, 
  sample_0.member as c1, 
  sample_0.admin_option as c2, 
  (select relid from pg_catalog.pg_stat_subscription limit 1 offset 6)
     as c3, 
  (select relname from pg_catalog.pg_statio_sys_sequences limit 1 offset 2)
     as c4, 
  sample_0.admin_option as c5
from 
  pg_catalog.pg_auth_members as sample_0 tablesample system (4.9) 
where case when cast(null as text) ^@ (select pg_catalog.max(version) from pg_catalog.pg_stat_ssl)
         then sample_0.grantor else sample_0.grantor end
     is NULL;

select  
  ref_0.tmplinit as c0, 
  pg_catalog.txid_current() as c1, 
  ref_0.tmpllexize as c2, 
  (select routine_schema from information_schema.routine_sequence_usage limit 1 offset 46)
     as c3
from 
  pg_catalog.pg_ts_template as ref_0
where cast(null as macaddr) <= cast(null as macaddr);

update public.customers set 
  name = public.customers.name, 
  tags = public.customers.tags, 
  profile = public.customers.profile
returning 
  public.customers.name as c0, 
  cast(coalesce(public.customers.tags,
    public.customers.tags) as _text) as c1, 
  (select pg_catalog.var_pop(idx_blks_read) from pg_catalog.pg_statio_sys_indexes)
     as c2, 
  public.customers.profile as c3, 
  cast(nullif(public.customers.name,
    (select prosrc from pg_catalog.pg_proc limit 1 offset 4)
      ) as text) as c4;

select  
  ref_0.datid as c0, 
  (select pg_catalog.bit_xor(seq_scan) from pg_catalog.pg_stat_xact_all_tables)
     as c1
from 
  pg_catalog.pg_stat_progress_copy as ref_0
where case when false then cast(null as int2) else cast(null as int2) end
     <> ref_0.bytes_processed
limit 88;

select  
  subq_0.c1 as c0
from 
  (select  
        sample_0.datcollversion as c0, 
        (select pg_catalog.min(usename) from pg_catalog.pg_stat_replication)
           as c1
      from 
        pg_catalog.pg_database as sample_0 tablesample system (1.5) 
      where (select datid from pg_catalog.pg_stat_progress_create_index limit 1 offset 28)
           = cast(null as oid)) as subq_0
where subq_0.c0 is NULL
limit 90;

MERGE INTO public.orders as target_0
USING pg_catalog.pg_foreign_server as sample_0 tablesample system (3.1) 
ON target_0.status = sample_0.srvtype 
WHEN NOT MATCHED
  AND (EXISTS (
      select  
          ref_0.total_bytes as c0, 
          ref_0.level as c1, 
          ref_0.total_bytes as c2
        from 
          pg_catalog.pg_backend_memory_contexts as ref_0
        where ref_0.free_chunks is NULL
        limit 76)) 
    or (cast(null as timestamptz) = cast(null as date))
   THEN DO NOTHING;

select  
  ref_0.trffromsql as c0, 
  ref_1.idx_tup_fetch as c1, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c2, 
  ref_0.trffromsql as c3
from 
  pg_catalog.pg_transform as ref_0
    left join pg_catalog.pg_stat_all_indexes as ref_1
    on ((select constraint_name from information_schema.key_column_usage limit 1 offset 5)
           is not NULL)
where ref_1.schemaname >= ref_1.indexrelname
limit 144;

select  
  ref_0.idx_scan as c0, 
  ref_0.n_tup_hot_upd as c1, 
  38 as c2, 
  ref_0.seq_tup_read as c3
from 
  pg_catalog.pg_stat_all_tables as ref_0
where ref_0.seq_scan is NULL
limit 60;

insert into public.customers values (
default, 
default, 
cast(null as "varchar"), 
cast(null as timestamptz), 
cast(null as "numeric"), 
default, 
default);

insert into information_schema.sql_sizing values (
cast(null as information_schema.cardinal_number), 
default, 
default, 
default);

update public.MixedCase set 
  Id = pg_catalog.mod(
    cast(public.MixedCase.Id as int4),
    cast(pg_catalog.pg_backend_pid() as int4)), 
  Label = public.MixedCase.Label, 
  data = public.MixedCase.data, 
  span = public.MixedCase.span
returning 
  public.MixedCase.Label as c0, 
  pg_catalog.pg_is_wal_replay_paused() as c1;

update information_schema.sql_features set 
  feature_id = information_schema.sql_features.feature_name, 
  sub_feature_id = information_schema.sql_features.sub_feature_id, 
  is_verified_by = information_schema.sql_features.feature_name
returning 
  (select position_in_unique_constraint from information_schema.key_column_usage limit 1 offset 96)
     as c0, 
  54 as c1;

update information_schema.sql_implementation_info set 
  implementation_info_id = (select pad_attribute from information_schema.collations limit 1 offset 30)
    , 
  implementation_info_name = (select library_name from information_schema.foreign_data_wrappers limit 1 offset 1)
    , 
  character_value = information_schema.sql_implementation_info.character_value, 
  comments = information_schema.sql_implementation_info.implementation_info_name
returning 
  information_schema.sql_implementation_info.character_value as c0, 
  information_schema.sql_implementation_info.implementation_info_id as c1;

select  
  ref_0.checkpoint_sync_time as c0, 
  (select amtype from pg_catalog.pg_am limit 1 offset 5)
     as c1, 
  (select option_value from information_schema.foreign_server_options limit 1 offset 5)
     as c2, 
  pg_catalog.pg_stat_get_xact_blocks_hit(
    cast((select relid from pg_catalog.pg_statio_user_tables limit 1 offset 8)
       as oid)) as c3, 
  ref_0.checkpoint_sync_time as c4
from 
  pg_catalog.pg_stat_bgwriter as ref_0
where cast(nullif(case when true then ref_0.buffers_backend_fsync else ref_0.buffers_backend_fsync end
      ,
    ref_0.maxwritten_clean) as int8) is NULL
limit 90;

select  
  (select lanplcallfoid from pg_catalog.pg_language limit 1 offset 3)
     as c0, 
  74 as c1, 
  sample_0.cfgowner as c2, 
  pg_catalog.pg_stat_get_archiver() as c3, 
  sample_0.cfgnamespace as c4, 
  sample_0.cfgname as c5, 
  sample_0.cfgname as c6, 
  (select is_grantable from information_schema.applicable_roles limit 1 offset 1)
     as c7
from 
  pg_catalog.pg_ts_config as sample_0 tablesample bernoulli (0.1) 
where pg_catalog.current_query() ~<~ cast(coalesce((select phase from pg_catalog.pg_stat_progress_basebackup limit 1 offset 6)
      ,
    pg_catalog.current_query()) as text);

insert into public.MixedCase values (
100, 
pg_catalog.version(), 
false, 
default, 
cast(coalesce(cast(null as int4range),
  cast(null as int4range)) as int4range));

select  
  sample_0.aggtransfn as c0
from 
  pg_catalog.pg_aggregate as sample_0 tablesample bernoulli (0.2) 
where (false) 
  or (EXISTS (
    select  
        ref_0.column_name as c0
      from 
        information_schema.role_column_grants as ref_0
      where (false) 
        and (cast(null as anymultirange) >= cast(null as anymultirange))
      limit 84))
limit 91;

select  
  ref_0.name as c0, 
  ref_0.placed_at as c1, 
  ref_0.customer_id as c2, 
  ref_0.placed_at as c3, 
  case when true then ref_0.id else ref_0.id end
     as c4, 
  ref_0.items as c5, 
  ref_0.customer_id as c6, 
  ref_0.placed_at as c7
from 
  public.recent_orders as ref_0
where ref_0.placed_at is not NULL
limit 109;

select  
  pg_catalog.pg_reload_conf() as c0
from 
  pg_catalog.pg_backend_memory_contexts as ref_0
where ref_0.level is not NULL
limit 53;

insert into information_schema.sql_features values (
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
(select option_value from information_schema.column_options limit 1 offset 1)
  , 
(select attribute_default from information_schema.attributes limit 1 offset 5)
  , 
cast(null as information_schema.yes_or_no), 
cast(null as information_schema.character_data), 
(select data_type from information_schema.domains limit 1 offset 3)
  );

insert into public.MixedCase values (
pg_catalog.pg_trigger_depth(), 
cast(null as text), 
pg_catalog.pg_is_in_recovery(), 
default, 
default);

select  
  99 as c0, 
  subq_0.c0 as c1, 
  subq_0.c0 as c2, 
  subq_0.c0 as c3, 
  pg_catalog.json_build_object() as c4, 
  case when false then subq_0.c0 else subq_0.c0 end
     as c5, 
  subq_0.c0 as c6
from 
  (select  
        sample_0.character_value as c0
      from 
        information_schema.sql_implementation_info as sample_0 tablesample system (7.3) 
      where cast(coalesce(case when sample_0.integer_value is not NULL then cast(null as circle) else cast(null as circle) end
            ,
          cast(null as circle)) as circle) @> cast(null as point)
      limit 34) as subq_0
where true;

select  
  subq_0.c1 as c0, 
  subq_0.c2 as c1
from 
  (select  
        sample_0.pubdelete as c0, 
        3 as c1, 
        pg_catalog.current_user() as c2, 
        sample_0.pubinsert as c3, 
        (select phase from pg_catalog.pg_stat_progress_create_index limit 1 offset 3)
           as c4, 
        sample_0.pubowner as c5, 
        sample_0.pubowner as c6
      from 
        pg_catalog.pg_publication as sample_0 tablesample bernoulli (9.1) 
      where pg_catalog.int8(
          cast((select wal_write_time from pg_catalog.pg_stat_wal limit 1 offset 52)
             as float8)) < pg_catalog.lastval()) as subq_0
where pg_catalog.current_user() !~~ subq_0.c4;

select  
  ref_0.roleid as c0
from 
  pg_catalog.pg_auth_members as ref_0
    right join information_schema.schemata as ref_1
    on ((cast(null as circle) <<| cast(null as circle)) 
        or ((select data from public.MixedCase limit 1 offset 1)
             > cast(null as bytea)))
where (false) 
  and (EXISTS (
    select  
        sample_0.objoid as c0
      from 
        pg_catalog.pg_shdescription as sample_0 tablesample system (7.7) 
      where cast(null as "bit") >= cast(null as "bit")
      limit 119))
limit 144;

insert into information_schema.sql_features values (
default, 
cast(null as information_schema.character_data), 
default, 
default, 
default, 
cast(null as information_schema.character_data), 
case when true then cast(null as information_schema.character_data) else cast(null as information_schema.character_data) end
  );

insert into information_schema.sql_implementation_info values (
cast(null as information_schema.character_data), 
default, 
cast(null as information_schema.cardinal_number), 
cast(null as information_schema.character_data), 
cast(nullif(cast(null as information_schema.character_data),
  cast(null as information_schema.character_data)) as information_schema.character_data));

select  
  sample_0.collname as c0, 
  sample_0.collnamespace as c1, 
  sample_0.colliculocale as c2
from 
  pg_catalog.pg_collation as sample_0 tablesample bernoulli (3.7) 
where cast(null as "interval") >= cast(nullif((select utc_offset from pg_catalog.pg_timezone_abbrevs limit 1 offset 2)
      ,
    case when sample_0.collnamespace is NULL then (select write_lag from pg_catalog.pg_stat_replication limit 1 offset 63)
         else (select write_lag from pg_catalog.pg_stat_replication limit 1 offset 63)
         end
      ) as "interval")
limit 74;

select  
  (select pg_catalog.variance(stanullfrac) from pg_catalog.pg_statistic)
     as c0, 
  ref_0.indpred as c1, 
  ref_0.indisexclusion as c2, 
  ref_0.indisvalid as c3, 
  (select attgenerated from pg_catalog.pg_attribute limit 1 offset 1)
     as c4, 
  case when cast(null as int2) = ref_0.indnkeyatts then ref_0.indimmediate else ref_0.indimmediate end
     as c5, 
  ref_0.indoption as c6, 
  ref_0.indisready as c7
from 
  pg_catalog.pg_index as ref_0
where true
limit 97
 for share;

select  
  ref_0.total as c0
from 
  public.recent_orders as ref_0
where ref_0.status is NULL
limit 109;

select  
  sample_0.amname as c0, 
  sample_0.amname as c1
from 
  pg_catalog.pg_am as sample_0 tablesample system (9.6) 
where (pg_catalog.charge(
      cast(sample_0.amtype as "char"),
      cast(sample_0.amtype as "char")) is not NULL) 
  or (((select indnatts from pg_catalog.pg_index limit 1 offset 57)
         = cast(null as int2)) 
    or (sample_0.amtype is not NULL));

select  
  ref_0.schemaname as c0, 
  ref_0.with_check as c1, 
  ref_0.schemaname as c2, 
  (select mapseqno from pg_catalog.pg_ts_config_map limit 1 offset 2)
     as c3, 
  ref_0.schemaname as c4, 
  pg_catalog.lastval() as c5, 
  ref_0.policyname as c6, 
  ref_0.roles as c7
from 
  pg_catalog.pg_policies as ref_0
where ref_0.with_check !~ ref_0.qual;

select  
  case when true then ref_0.refclassid else ref_0.refclassid end
     as c0, 
  ref_0.refclassid as c1
from 
  pg_catalog.pg_depend as ref_0
where cast(null as bpchar) ~<=~ case when true then cast(null as bpchar) else cast(null as bpchar) end;

select  
  subq_0.c1 as c0
from 
  (select  
        sample_0.profile as c0, 
        sample_0.name as c1
      from 
        public.customers as sample_0 tablesample system (1) 
      where cast(null as "timestamp") < sample_0.created_at) as subq_0
where (cast(coalesce(cast(null as box),
      cast(null as box)) as box) >> cast(null as box)) 
  or (cast(null as bpchar) ~~ subq_0.c1);

select  
  (select datallowconn from pg_catalog.pg_database limit 1 offset 4)
     as c0
from 
  pg_catalog.pg_ts_config_map as sample_0 tablesample bernoulli (5.7) 
where true
limit 96;

update information_schema.sql_parts set 
  feature_id = information_schema.sql_parts.is_verified_by, 
  feature_name = information_schema.sql_parts.comments, 
  is_verified_by = information_schema.sql_parts.feature_name
returning 
  information_schema.sql_parts.feature_name as c0, 
  information_schema.sql_parts.is_supported as c1;

select  
  sample_0.amtype as c0, 
  (select datctype from pg_catalog.pg_database limit 1 offset 1)
     as c1, 
  pg_catalog.oidne(
    cast(cast(nullif((select prpubid from pg_catalog.pg_publication_rel limit 1 offset 2)
        ,
      cast(null as oid)) as oid) as oid),
    cast(cast(null as oid) as oid)) as c2
from 
  pg_catalog.pg_am as sample_0 tablesample system (0.8) 
where ((select pg_catalog.max(tgtype) from pg_catalog.pg_trigger)
       <> (select pg_catalog.min(amopstrategy) from pg_catalog.pg_amop)
      ) 
  and ((select pid from pg_catalog.pg_stat_gssapi limit 1 offset 1)
       <> 98)
limit 139;

select  
  ref_0.specific_catalog as c0, 
  ref_0.table_schema as c1
from 
  information_schema.view_routine_usage as ref_0
where case when pg_catalog.inet_client_port() <= 17 then ref_0.table_name else ref_0.table_name end
     is NULL;

insert into information_schema.sql_implementation_info values (
default, 
default, 
default, 
cast(coalesce(cast(null as information_schema.character_data),
  cast(null as information_schema.character_data)) as information_schema.character_data), 
cast(null as information_schema.character_data));

select  
  sample_0.rngsubopc as c0, 
  sample_0.rngtypid as c1
from 
  pg_catalog.pg_range as sample_0 tablesample system (9.3) 
where sample_0.rngtypid is NULL
limit 123;

select  
  27 as c0, 
  ref_0.tgnargs as c1, 
  ref_0.tgattr as c2, 
  pg_catalog.datemultirange() as c3, 
  ref_0.tgqual as c4, 
  ref_0.tgnargs as c5
from 
  pg_catalog.pg_publication_rel as sample_0 tablesample bernoulli (1.4) 
    inner join pg_catalog.pg_trigger as ref_0
    on (cast(null as date) = case when (sample_0.prrelid is NULL) 
            or (cast(null as macaddr8) >= cast(null as macaddr8)) then cast(null as date) else cast(null as date) end
          )
where pg_catalog.pg_export_snapshot() ~<=~ cast(null as text)
limit 52
 for key share;

update public.customers set 
  name = public.customers.name, 
  created_at = pg_catalog.pg_stat_get_backend_start(
    cast(6 as int4)), 
  balance = public.customers.balance, 
  profile = public.customers.profile
returning 
  pg_catalog.pg_jit_available() as c0, 
  (select slot_name from pg_catalog.pg_stat_replication_slots limit 1 offset 1)
     as c1;

select  
  sample_0.data as c0, 
  pg_catalog.xmlvalidate(
    cast(cast(null as xml) as xml),
    cast(pg_catalog.pg_get_wal_replay_pause_state() as text)) as c1, 
  (select tup_fetched from pg_catalog.pg_stat_database limit 1 offset 3)
     as c2, 
  sample_0.loid as c3
from 
  pg_catalog.pg_largeobject as sample_0 tablesample system (5.9) 
where (sample_0.loid <> cast(null as oid)) 
  or (pg_catalog.jsonb_build_array() is not NULL)
limit 76;

select  
  sample_0.admin_option as c0, 
  sample_0.roleid as c1, 
  sample_0.member as c2, 
  case when cast(null as int8) = (select items from public.orders limit 1 offset 5)
         then sample_0.grantor else sample_0.grantor end
     as c3, 
  pg_catalog.jsonb_build_array() as c4, 
  (select foreign_server_catalog from information_schema.foreign_tables limit 1 offset 6)
     as c5, 
  sample_0.roleid as c6
from 
  pg_catalog.pg_auth_members as sample_0 tablesample system (6.6) 
where case when cast(null as date) = cast(null as "timestamp") then sample_0.member else sample_0.member end
     is NULL
limit 164;

insert into information_schema.sql_parts values (
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
cast(null as information_schema.yes_or_no), 
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data));

insert into public.MixedCase values (
25, 
default, 
cast(coalesce(false,
  false) as bool), 
cast(null as bytea), 
cast(null as int4range));

update public.customers set 
  id = public.customers.id, 
  email = pg_catalog.varchar(
    cast(pg_catalog.current_schema() as name)), 
  balance = public.customers.balance, 
  profile = pg_catalog.jsonb_build_array()
returning 
  public.customers.name as c0, 
  public.customers.email as c1, 
  public.customers.tags as c2, 
  public.customers.email as c3;

select  
  ref_0.schemaname as c0, 
  ref_0.funcname as c1, 
  ref_0.total_time as c2
from 
  pg_catalog.pg_stat_xact_user_functions as ref_0
where cast(coalesce(ref_0.calls,
    pg_catalog.pg_stat_get_db_deadlocks(
      cast((select connamespace from pg_catalog.pg_conversion limit 1 offset 3)
         as oid))) as int8) is NULL
limit 108;

select  
  ref_0.nspowner as c0, 
  ref_0.nspname as c1
from 
  pg_catalog.pg_namespace as ref_0
where cast(null as bpchar) ~>~ case when pg_catalog.lseg_in(
        cast(cast(null as cstring) as cstring)) <@ pg_catalog.box_intersect(
        cast(cast(null as box) as box),
        cast(cast(null as box) as box)) then cast(null as bpchar) else cast(null as bpchar) end
    
limit 87;

delete from public.orders
where 
(true) 
  or (false)
returning 
  public.orders.status as c0, 
  pg_catalog.pg_stat_get_bgwriter_buf_written_clean() as c1, 
  public.orders.customer_id as c2;

select  
  ref_0.foreign_data_wrapper_name as c0, 
  31 as c1, 
  ref_0.library_name as c2, 
  pg_catalog.inet_server_port() as c3, 
  ref_0.foreign_data_wrapper_catalog as c4, 
  (select pg_catalog.max(null_frac) from pg_catalog.pg_stats)
     as c5, 
  ref_0.authorization_identifier as c6
from 
  information_schema.foreign_data_wrappers as ref_0
where false
limit 86;

insert into information_schema.sql_features values (
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
cast(null as information_schema.yes_or_no), 
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data));

select  
  ref_0.grolist as c0, 
  ref_0.groname as c1, 
  ref_0.grosysid as c2, 
  ref_0.grosysid as c3, 
  ref_0.groname as c4
from 
  pg_catalog.pg_group as ref_0
where (select inhseqno from pg_catalog.pg_inherits limit 1 offset 5)
     > pg_catalog.int2pl(
    cast(pg_catalog.int2(
      cast(pg_catalog.ceil(
        cast((select total_time from pg_catalog.pg_stat_xact_user_functions limit 1 offset 3)
           as float8)) as float8)) as int2),
    cast((select pg_catalog.min(adnum) from pg_catalog.pg_attrdef)
       as int2))
limit 91;

insert into information_schema.sql_parts values (
cast(nullif(cast(null as information_schema.character_data),
  cast(null as information_schema.character_data)) as information_schema.character_data), 
(select privilege_type from information_schema.role_column_grants limit 1 offset 52)
  , 
default, 
default, 
default);

select  
  ref_0.pad_attribute as c0, 
  cast(coalesce(ref_0.collation_name,
    ref_0.collation_schema) as information_schema.sql_identifier) as c1, 
  ref_0.pad_attribute as c2, 
  ref_0.collation_catalog as c3
from 
  information_schema.collations as ref_0
where ref_0.pad_attribute is not NULL;

select  
  case when (select data from pg_catalog.pg_largeobject limit 1 offset 58)
         <> cast(null as bytea) then ref_0.foreign_data_wrapper_catalog else ref_0.foreign_data_wrapper_catalog end
     as c0, 
  ref_1.grantee as c1
from 
  information_schema.foreign_data_wrapper_options as ref_0
    inner join information_schema.column_privileges as ref_1
    on (true)
where (select trigger_schema from information_schema.triggers limit 1 offset 6)
     is not NULL
limit 69;

MERGE INTO information_schema.sql_implementation_info as target_0
USING information_schema.role_routine_grants as ref_0
ON target_0.implementation_info_id = ref_0.privilege_type 
WHEN MATCHED AND cast(null as anyarray) <= cast(null as anyarray)
   THEN UPDATE  set 
    comments = target_0.implementation_info_id;

select  
  ref_0.backend_xmin as c0, 
  ref_0.leader_pid as c1, 
  ref_0.application_name as c2, 
  pg_catalog.inet_client_port() as c3, 
  
    pg_catalog.stddev_pop(
      cast((select pg_catalog.min(procost) from pg_catalog.pg_proc)
         as float4)) over (partition by ref_0.leader_pid order by ref_0.client_hostname,ref_0.usesysid,ref_0.wait_event) as c4, 
  ref_0.state as c5, 
  ref_0.client_hostname as c6, 
  (select pg_catalog.var_samp(aggtransspace) from pg_catalog.pg_aggregate)
     as c7, 
  ref_0.backend_type as c8
from 
  pg_catalog.pg_stat_activity as ref_0
where false
limit 65;

update information_schema.sql_implementation_info set 
  integer_value = information_schema.sql_implementation_info.integer_value
returning 
  information_schema.sql_implementation_info.implementation_info_id as c0, 
  information_schema.sql_implementation_info.comments as c1, 
  information_schema.sql_implementation_info.implementation_info_name as c2;

update information_schema.sql_sizing set 
  sizing_name = information_schema.sql_sizing.comments
returning 
  information_schema.sql_sizing.sizing_id as c0, 
  information_schema.sql_sizing.sizing_id as c1, 
  information_schema.sql_sizing.comments as c2, 
  82 as c3;

select  
  ref_0.routine_schema as c0, 
  ref_0.table_name as c1, 
  pg_catalog.pg_replication_origin_session_reset() as c2, 
  ref_0.table_schema as c3, 
  pg_catalog.pg_stat_get_last_vacuum_time(
    cast((select aggsortop from pg_catalog.pg_aggregate limit 1 offset 4)
       as oid)) as c4, 
  ref_0.table_catalog as c5
from 
  information_schema.routine_table_usage as ref_0
where pg_catalog.pg_rotate_logfile() <= (select pg_catalog.bool_or(oprcanmerge) from pg_catalog.pg_operator);

insert into information_schema.sql_parts values (
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
default, 
(select data_type from information_schema.sequences limit 1 offset 5)
  , 
case when false then cast(null as information_schema.character_data) else cast(null as information_schema.character_data) end
  );

select  
  ref_0.umoptions as c0, 
  ref_0.foreign_server_catalog as c1, 
  ref_0.foreign_server_catalog as c2
from 
  information_schema._pg_user_mappings as ref_0
where (select placed_at from public.orders limit 1 offset 3)
     = (select pg_catalog.max(backend_start) from pg_catalog.pg_stat_activity)
    
limit 32;

insert into information_schema.sql_sizing values (
default, 
default, 
default, 
default);

select  
  76 as c0, 
  ref_0.paracl as c1, 
  ref_0.parname as c2
from 
  pg_catalog.pg_parameter_acl as ref_0
where pg_catalog.nummultirange() is not NULL;

select  
  (select event_object_catalog from information_schema.triggered_update_columns limit 1 offset 89)
     as c0
from 
  (select  
        82 as c0
      from 
        pg_catalog.pg_collation as sample_0 tablesample system (4.8) 
      where sample_0.colliculocale is NULL
      limit 106) as subq_0
where false
 for key share;

select  
  sample_0.ev_enabled as c0, 
  sample_0.rulename as c1, 
  sample_0.is_instead as c2, 
  (select tmpllexize from pg_catalog.pg_ts_template limit 1 offset 6)
     as c3, 
  pg_catalog.pg_stat_get_db_sessions_fatal(
    cast(sample_0.ev_class as oid)) as c4, 
  sample_0.ev_qual as c5, 
  sample_0.ev_class as c6, 
  sample_0.ev_class as c7
from 
  pg_catalog.pg_rewrite as sample_0 tablesample system (6.2) 
where (select minimum_value from information_schema.sequences limit 1 offset 3)
     is NULL;

update public.customers set 
  created_at = public.customers.created_at, 
  tags = public.customers.tags
returning 
  pg_catalog.random() as c0;

select  
  sample_0.pubname as c0, 
  sample_0.puballtables as c1, 
  sample_0.pubupdate as c2, 
  sample_0.pubname as c3, 
  case when cast(null as _aclitem) @> pg_catalog.aclitemin(
        cast(cast(null as cstring) as cstring)) then sample_0.puballtables else sample_0.puballtables end
     as c4, 
  sample_0.pubtruncate as c5, 
  sample_0.pubupdate as c6
from 
  pg_catalog.pg_publication as sample_0 tablesample system (5.1) 
where sample_0.pubupdate is not NULL
limit 18
 for key share;

select  
  pg_catalog.tstzmultirange() as c0, 
  sample_0.evtname as c1
from 
  pg_catalog.pg_event_trigger as sample_0 tablesample system (0.8) 
where sample_0.evtenabled is NULL
limit 165
 for share;

select  
  sample_0.stxddependencies as c0, 
  sample_0.stxdndistinct as c1, 
  sample_0.stxddependencies as c2, 
  sample_0.stxdmcv as c3, 
  sample_0.stxoid as c4
from 
  pg_catalog.pg_statistic_ext_data as sample_0 tablesample system (8.4) 
where (pg_catalog.pg_lsn(
      cast((select wal_bytes from pg_catalog.pg_stat_wal limit 1 offset 6)
         as "numeric")) > pg_catalog.pg_last_wal_replay_lsn()) 
  and (sample_0.stxdndistinct is not NULL)
 for no key update;

select  
  subq_1.c1 as c0
from 
  (select  
        subq_0.c1 as c0, 
        subq_0.c0 as c1
      from 
        (select  
              ref_0.option_name as c0, 
              ref_0.option_name as c1
            from 
              information_schema.foreign_data_wrapper_options as ref_0
            where ref_0.option_name is NULL
            limit 104) as subq_0
      where (cast(null as jsonb) ?& cast(null as _text)) 
        or (cast(null as anyenum) <= cast(coalesce(cast(null as anyenum),
            cast(null as anyenum)) as anyenum))
      limit 42) as subq_1
where pg_catalog.int4(
    cast(cast(null as "char") as "char")) is NULL
limit 157;

insert into public.MixedCase values (
96, 
cast(null as text), 
false, 
default, 
cast(null as int4range));

select  
  sample_0.placed_at as c0, 
  sample_0.placed_at as c1, 
  sample_0.items as c2, 
  sample_0.items as c3
from 
  public.orders as sample_0 tablesample bernoulli (6.8) 
where case when cast(null as name) ~~ pg_catalog.pg_current_logfile() then cast(null as int4range) else cast(null as int4range) end
     <= (select span from public.MixedCase limit 1 offset 1)
    
limit 113;

update information_schema.sql_implementation_info set 
  implementation_info_name = information_schema.sql_implementation_info.comments, 
  integer_value = information_schema.sql_implementation_info.integer_value, 
  character_value = information_schema.sql_implementation_info.character_value, 
  comments = information_schema.sql_implementation_info.character_value
returning 
  cast(coalesce(information_schema.sql_implementation_info.comments,
    information_schema.sql_implementation_info.implementation_info_name) as information_schema.character_data) as c0;

update public.customers set 
  name = public.customers.name
returning 
  cast(nullif(public.customers.tags,
    public.customers.tags) as _text) as c0;

select  
  (select pg_catalog.min(wal_write_time) from pg_catalog.pg_stat_wal)
     as c0, 
  ref_0.bytes_total as c1, 
  ref_0.datname as c2, 
  sample_0.tginitdeferred as c3, 
  ref_0.datname as c4, 
  ref_0.datname as c5, 
  sample_0.tgattr as c6
from 
  pg_catalog.pg_stat_progress_copy as ref_0
    inner join pg_catalog.pg_trigger as sample_0 tablesample system (5.9) 
    on (ref_0.bytes_total is not NULL)
where pg_catalog.hostmask(
    cast((select pg_catalog.max(client_addr) from pg_catalog.pg_stat_replication)
       as inet)) > pg_catalog.inet_client_addr()
limit 87;

select  
  ref_0.amproc as c0
from 
  pg_catalog.pg_amproc as ref_0
where pg_catalog.int4or(
    cast(pg_catalog.pg_backend_pid() as int4),
    cast(pg_catalog.pg_trigger_depth() as int4)) is NULL;

select  
  pg_catalog.pg_current_xact_id_if_assigned() as c0, 
  (select pg_catalog.max(subskiplsn) from pg_catalog.pg_subscription)
     as c1, 
  sample_0.convalidated as c2, 
  sample_0.conppeqop as c3, 
  
    pg_catalog.min(
      cast((select rowfilter from pg_catalog.pg_publication_tables limit 1 offset 2)
         as text)) over (partition by sample_0.condeferrable,sample_0.condeferred order by sample_0.confrelid) as c4
from 
  pg_catalog.pg_constraint as sample_0 tablesample system (1.3) 
where sample_0.contypid is not NULL;

insert into information_schema.sql_parts values (
cast(null as information_schema.character_data), 
cast(null as information_schema.character_data), 
cast(null as information_schema.yes_or_no), 
cast(null as information_schema.character_data), 
(select foreign_data_wrapper_language from information_schema._pg_foreign_data_wrappers limit 1 offset 2)
  );

insert into information_schema.sql_implementation_info values (
default, 
default, 
default, 
default, 
cast(null as information_schema.character_data));

select  
  sample_0.paracl as c0, 
  pg_catalog.nummultirange() as c1, 
  sample_0.parname as c2, 
  pg_catalog.inet_server_addr() as c3, 
  sample_0.parname as c4
from 
  pg_catalog.pg_parameter_acl as sample_0 tablesample system (9.2) 
where true;

update information_schema.sql_implementation_info set 
  implementation_info_id = information_schema.sql_implementation_info.implementation_info_id, 
  implementation_info_name = information_schema.sql_implementation_info.character_value, 
  character_value = cast(coalesce(information_schema.sql_implementation_info.comments,
    information_schema.sql_implementation_info.character_value) as information_schema.character_data), 
  comments = information_schema.sql_implementation_info.character_value
returning 
  information_schema.sql_implementation_info.implementation_info_id as c0, 
  information_schema.sql_implementation_info.integer_value as c1;

select  
  (select tablename from pg_catalog.pg_tables limit 1 offset 3)
     as c0, 
  ref_0.udt_catalog as c1, 
  ref_0.udt_name as c2, 
  ref_0.privilege_type as c3, 
  ref_0.udt_schema as c4
from 
  information_schema.udt_privileges as ref_0
where pg_catalog.pg_postmaster_start_time() is not NULL
limit 130;

select  
  ref_0.off as c0
from 
  pg_catalog.pg_shmem_allocations as ref_0
where case when case when true then pg_catalog.date_in(
          cast(cast(null as cstring) as cstring)) else pg_catalog.date_in(
          cast(cast(null as cstring) as cstring)) end
         >= cast(coalesce(cast(null as date),
        cast(coalesce(cast(null as date),
          cast(null as date)) as date)) as date) then pg_catalog.inet_client_port() else pg_catalog.inet_client_port() end
     > ref_0.allocated_size
limit 114;

select  
  sample_0.nspacl as c0, 
  sample_0.nspowner as c1
from 
  pg_catalog.pg_namespace as sample_0 tablesample system (8.9) 
where sample_0.nspowner >= sample_0.nspowner
 for no key update;

select  
  sample_0.datname as c0, 
  pg_catalog.pg_notification_queue_usage() as c1, 
  sample_0.datfrozenxid as c2, 
  sample_0.datlocprovider as c3
from 
  pg_catalog.pg_database as sample_0 tablesample system (2.4) 
where false
 for no key update;

insert into public.customers values (
pg_catalog.pg_stat_get_buf_alloc(), 
cast(null as text), 
default, 
default, 
case when cast(null as lseg) ?# cast(null as line) then cast(null as "numeric") else cast(null as "numeric") end
  , 
default, 
cast(null as jsonb));

select  
  pg_catalog.pg_get_wal_replay_pause_state() as c0, 
  sample_0.typalign as c1, 
  (select foreign_server_name from information_schema.user_mapping_options limit 1 offset 4)
     as c2, 
  sample_0.typsend as c3
from 
  pg_catalog.pg_type as sample_0 tablesample bernoulli (2.1) 
where (sample_0.typnamespace is NULL) 
  or ((select pg_catalog.min(placed_at) from public.recent_orders)
       <= cast(coalesce(pg_catalog.clock_timestamp(),
      (select stats_reset from pg_catalog.pg_stat_bgwriter limit 1 offset 6)
        ) as timestamptz))
 for update;

select  
  ref_0.lomowner as c0, 
  ref_0.lomacl as c1, 
  pg_catalog.pg_last_wal_replay_lsn() as c2, 
  ref_0.lomacl as c3, 
  (select deptype from pg_catalog.pg_shdepend limit 1 offset 4)
     as c4
from 
  pg_catalog.pg_largeobject_metadata as ref_0
where (case when (cast(null as circle) >> case when (select generic_plans from pg_catalog.pg_prepared_statements limit 1 offset 3)
                 <= (select relnatts from pg_catalog.pg_class limit 1 offset 1)
                 then cast(null as circle) else cast(null as circle) end
            ) 
        or (ref_0.lomowner is not NULL) then ref_0.lomacl else ref_0.lomacl end
       is not NULL) 
  or (false);

select  
  sample_0.dictowner as c0
from 
  (select  
          ref_0.udt_catalog as c0, 
          ref_0.grantor as c1, 
          ref_0.udt_schema as c2, 
          (select object_schema from information_schema.role_usage_grants limit 1 offset 6)
             as c3
        from 
          information_schema.role_udt_grants as ref_0
        where false
        limit 84) as subq_0
    left join pg_catalog.pg_ts_dict as sample_0 tablesample system (2.4) 
    on ((select indcollation from pg_catalog.pg_index limit 1 offset 64)
           <> pg_catalog.oidvectorin(
          cast(cast(null as cstring) as cstring)))
where (false) 
  or (cast(null as bpchar) ~ sample_0.dictinitoption);

insert into information_schema.sql_features values (
cast(null as information_schema.character_data), 
default, 
default, 
cast(null as information_schema.character_data), 
cast(null as information_schema.yes_or_no), 
default, 
cast(null as information_schema.character_data));

insert into public.orders values (
cast(nullif(cast(null as int8),
  cast(null as int8)) as int8), 
default, 
cast(null as text), 
cast(null as "numeric"), 
cast(null as "timestamp"), 
case when cast(null as lseg) ?# cast(null as lseg) then pg_catalog.pg_trigger_depth() else pg_catalog.pg_trigger_depth() end
  ) on conflict on constraint orders_customer_id_fkey do update  set 
  id = cast(null as int8), 
  status = cast(null as text), 
  items = pg_catalog.inet_server_port() where cast(null as timestamptz) <= case when 63 is not NULL then cast(null as timestamptz) else cast(null as timestamptz) end;

select  
  sample_0.trftosql as c0, 
  pg_catalog.pg_current_xact_id_if_assigned() as c1, 
  sample_0.trftype as c2, 
  pg_catalog.datemultirange() as c3, 
  sample_0.trftosql as c4, 
  sample_0.trftosql as c5, 
  sample_0.trflang as c6
from 
  pg_catalog.pg_transform as sample_0 tablesample system (9.2) 
where (false) 
  or ((select foreign_table_catalog from information_schema.foreign_tables limit 1 offset 2)
       is NULL);

update information_schema.sql_features set 
  feature_name = information_schema.sql_features.sub_feature_id, 
  sub_feature_name = information_schema.sql_features.feature_id, 
  is_supported = cast(coalesce(information_schema.sql_features.is_supported,
    information_schema.sql_features.is_supported) as information_schema.yes_or_no), 
  comments = cast(null as information_schema.character_data)
returning 
  information_schema.sql_features.feature_name as c0;

insert into public.orders values (
default, 
pg_catalog.pg_stat_get_bgwriter_requested_checkpoints(), 
cast(null as text), 
cast(null as "numeric"), 
pg_catalog.date_mi_interval(
  cast(cast(nullif(cast(null as date),
    cast(null as date)) as date) as date),
  cast(cast(null as "interval") as "interval")), 
59);
