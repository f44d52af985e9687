/* outer /* nested; */ still a comment; */
INSERT INTO notes (body) VALUES (E'it\'s; done\\'), ('it''s; done'), (U&'d\0061ta'), (B'1010'), (X'FF');
COMMENT ON TABLE "Odd ""Name""" IS $tag$ DROP TABLE users; $$ $tag$;
ALTER TABLE U&"d\0061ta" RENAME TO data2; -- trailing comment
SELECT 1.5e-3, .5, 0x1F, 1_000::bigint, $1, "x"."y"[1];
