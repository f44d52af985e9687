CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- a comment; with a semicolon
  RETURN NEW;
END;
$$;

CREATE FUNCTION grade(score integer) RETURNS text LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN score > 50 THEN 'pass' ELSE 'fail' END;
END;

DO $migration$
BEGIN
  EXECUTE $sql$ALTER TABLE users DROP COLUMN legacy$sql$;
END
$migration$;
