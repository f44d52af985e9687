BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 3f2a1b7c9d10

CREATE TABLE users (
    id SERIAL NOT NULL, 
    email VARCHAR(320) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_users_email ON users (email);

INSERT INTO alembic_version (version_num) VALUES ('3f2a1b7c9d10') RETURNING alembic_version.version_num;

-- Running upgrade 3f2a1b7c9d10 -> 8e4d2c6a0b11

ALTER TABLE orders ADD COLUMN user_id INTEGER NOT NULL;

ALTER TABLE orders ADD CONSTRAINT fk_orders_user_id_users FOREIGN KEY(user_id) REFERENCES users (id);

CREATE INDEX ix_orders_user_id ON orders (user_id);

UPDATE alembic_version SET version_num='8e4d2c6a0b11' WHERE alembic_version.version_num = '3f2a1b7c9d10';

COMMIT;
