-- Production's orders table is what makes a validating scan hurt: at hundreds of millions of rows
-- PostgreSQL reads for hours before the new constraint is in place. The fixture has tens of
-- thousands of orders, which a plain CHECK (total >= 0) reads in milliseconds. To let the story's
-- scan last as long as it would on a table far bigger, the constraint's expression also calls
-- this function, which spends wall-clock time on each row it is asked about: 1.2 s divided by the
-- orders there are now (12 microseconds a row at 100,000 orders, 48 at 25,000), so that the scan
-- of all of them takes 1.2 s at the very least, whatever --rows, on any machine, busy on one core
-- the whole time, as a real scan is. Rows that the traffic inserts or updates pay it once each
-- (well under a millisecond, below any latency limit). docs/FIXTURES.md explains the scale model.
DO $setup$
BEGIN
  EXECUTE format(
    $function$
      CREATE FUNCTION row_cost_at_production_scale() RETURNS boolean
      LANGUAGE plpgsql AS $body$
      DECLARE
        done_at timestamptz := clock_timestamp() + interval '%s microseconds';
      BEGIN
        WHILE clock_timestamp() < done_at LOOP
        END LOOP;
        RETURN true;
      END
      $body$
    $function$,
    greatest(1, 1200000 / greatest(1, (SELECT count(*) FROM orders))));
END
$setup$;
