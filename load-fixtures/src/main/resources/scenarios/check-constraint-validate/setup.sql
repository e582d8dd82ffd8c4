-- Production's orders table is what makes a validating scan hurt: at hundreds of millions of rows
-- PostgreSQL reads for hours before the new constraint is in place. The fixture has 100,000
-- orders (by default), which a plain CHECK (total >= 0) reads in about 30 ms. To let the story's
-- scan last as long as it would on a table 40 to 60 times that size, the constraint's expression
-- also calls this function, which spends 12 microseconds of wall-clock time per row it is asked
-- about: the scan of 100,000 orders then takes 1.2 s at the very least, on any machine, busy on
-- one core the whole time, as a real scan is. Rows that the traffic inserts or updates pay it once
-- each (microseconds, far below any latency limit). docs/FIXTURES.md explains the scale model.
CREATE FUNCTION row_cost_at_production_scale() RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  done_at timestamptz := clock_timestamp() + interval '12 microseconds';
BEGIN
  WHILE clock_timestamp() < done_at LOOP
  END LOOP;
  RETURN true;
END
$$;
