-- The certificate register lists the newest first: with this index a page of it reads 25 index entries
-- instead of sorting every certificate (docs/performance.md, issue 7).
create index ix_certificate_issued on certificate (issued_at);
