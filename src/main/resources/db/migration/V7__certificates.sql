-- Certificates: one row per certificate issued, with everything it says copied at issue (so later course
-- wording never changes it), its verification code, its status, and its PDF in the file store.
--
-- valid_slot holds the enrolment id while the certificate is valid and is null otherwise: its unique
-- index allows exactly one valid certificate per person per cohort, whatever is clicked twice or retried.

create table certificate (
    id              bigint        not null auto_increment,
    code            varchar(17)   not null,
    cohort_id       bigint        not null,
    enrolment_id    bigint        not null,
    account_id      bigint        not null,
    holder_name     varchar(120)  not null,
    language        varchar(2)    not null,
    course_code     varchar(64)   not null,
    course_version  int           not null,
    cohort_name     varchar(200)  not null,
    starts_on       date          not null,
    ends_on         date          not null,
    details         longtext      not null,
    issued_at       datetime(6)   not null,
    issued_by       bigint        not null,
    status          varchar(16)   not null,
    status_at       datetime(6)   not null,
    status_by       bigint,
    reason          varchar(500),
    superseded_by   bigint,
    valid_slot      bigint,
    pdf_key         varchar(64)   not null,
    pdf_sha256      char(64)      not null,
    pdf_size        bigint        not null,
    version         bigint        not null,
    primary key (id),
    constraint uq_certificate_code unique (code),
    constraint uq_certificate_valid unique (valid_slot),
    constraint fk_certificate_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_certificate_enrolment foreign key (enrolment_id) references enrolment (id),
    constraint fk_certificate_account foreign key (account_id) references account (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_certificate_cohort on certificate (cohort_id, status);
create index ix_certificate_account on certificate (account_id);
create index ix_certificate_holder on certificate (holder_name);
