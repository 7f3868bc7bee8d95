-- Microsoft's product names list has part numbers of up to 103 characters (e.g. Power Pages
-- capacity packs for GCC High), and Graph reports the same ones: 200 leaves room.
ALTER TABLE M365_SKU_TITLE ALTER COLUMN PART_NUMBER SET DATA TYPE VARCHAR(200);
ALTER TABLE M365_LICENCE ALTER COLUMN SKU_PART_NUMBER SET DATA TYPE VARCHAR(200);
