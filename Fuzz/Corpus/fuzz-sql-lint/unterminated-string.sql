CREATE TABLE a (id int);
INSERT INTO a VALUES ('never closed);
DROP TABLE users;
