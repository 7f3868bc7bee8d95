-- Microsoft's product names list has part numbers of up to 103 characters (e.g. Power Pages
-- capacity packs for GCC High), and Graph reports the same ones: 200 leaves room.
ALTER TABLE M365_SKU_TITLE MODIFY COLUMN PART_NUMBER VARCHAR(200) NOT NULL;
ALTER TABLE M365_LICENCE MODIFY COLUMN SKU_PART_NUMBER VARCHAR(200) NOT NULL;
