BEGIN;
--
-- Add field owner to order
--
ALTER TABLE "shop_order" ADD COLUMN "owner_id" bigint DEFAULT 1 NOT NULL CONSTRAINT "shop_order_owner_id_fk_auth_user_id" REFERENCES "auth_user"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "shop_order_owner_id_fk_auth_user_id" IMMEDIATE;
ALTER TABLE "shop_order" ALTER COLUMN "owner_id" DROP DEFAULT;
--
-- Rename field total on order to amount
--
ALTER TABLE "shop_order" RENAME COLUMN "total" TO "amount";
CREATE INDEX "shop_order_owner_id_5d2f3e1c" ON "shop_order" ("owner_id");
COMMIT;
