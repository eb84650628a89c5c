-- A minor's representatives in the order they were entered (the first one is the contact of the
-- banks): an index by the minor alone keeps them in that order, where the unique index by
-- (minor, representative) would need a sort for every row of a bank.
CREATE INDEX legal_representative_minor ON legal_representative (minor_id);
