-- Assignments in a cohort: dates a trainer moved for the cohort, extensions for one learner or team,
-- submissions (one row per attempt) with their files, rubric scores and the audit trail of grades.
--
-- An owner_key names who a submission belongs to: 'E' + enrolment id for an individual assignment,
-- 'T' + team id for a team assignment (one submission for the whole NGO team).

create table assignment_dates (
    cohort_id      bigint      not null,
    assignment_id  varchar(64) not null,
    due_on         date        not null,
    cut_off_on     date        not null,
    changed_by     bigint      not null,
    changed_at     datetime(6) not null,
    version        bigint      not null,
    primary key (cohort_id, assignment_id),
    constraint fk_assignment_dates_cohort foreign key (cohort_id) references cohort (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table extension (
    id             bigint       not null auto_increment,
    cohort_id      bigint       not null,
    assignment_id  varchar(64)  not null,
    owner_key      varchar(24)  not null,
    until_on       date         not null,
    reason         varchar(500),
    granted_by     bigint       not null,
    granted_at     datetime(6)  not null,
    version        bigint       not null,
    primary key (id),
    constraint uq_extension unique (cohort_id, assignment_id, owner_key),
    constraint fk_extension_cohort foreign key (cohort_id) references cohort (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table submission (
    id               bigint        not null auto_increment,
    cohort_id        bigint        not null,
    module_id        varchar(64)   not null,
    assignment_id    varchar(64)   not null,
    owner_key        varchar(24)   not null,
    enrolment_id     bigint,
    team_id          bigint,
    -- the owner's NGO when the attempt was started, so the grading queue filters without a join per row
    organisation_id  bigint,
    attempt          int           not null,
    status           varchar(16)   not null,
    text_html        longtext,
    late             boolean       not null default false,
    created_at       datetime(6)   not null,
    saved_at         datetime(6)   not null,
    saved_by         bigint        not null,
    submitted_at     datetime(6),
    submitted_by     bigint,
    total            decimal(9, 2),
    feedback_html    longtext,
    graded_by        bigint,
    graded_at        datetime(6),
    released_at      datetime(6),
    version          bigint        not null,
    primary key (id),
    constraint uq_submission_attempt unique (cohort_id, assignment_id, owner_key, attempt),
    constraint fk_submission_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_submission_enrolment foreign key (enrolment_id) references enrolment (id),
    constraint fk_submission_team foreign key (team_id) references team (id),
    constraint fk_submission_organisation foreign key (organisation_id) references organisation (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_submission_queue on submission (cohort_id, status, submitted_at);
create index ix_submission_owner on submission (owner_key, assignment_id);

create table submission_score (
    submission_id  bigint        not null,
    criterion_id   varchar(64)   not null,
    points         decimal(9, 2) not null,
    primary key (submission_id, criterion_id),
    constraint fk_submission_score_submission foreign key (submission_id) references submission (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

-- A file's bytes live in the file store under storage_key; its SHA-256 and size detect a damaged file.
create table submission_file (
    id             bigint        not null auto_increment,
    submission_id  bigint        not null,
    purpose        varchar(16)   not null,
    name           varchar(200)  not null,
    media_type     varchar(120)  not null,
    size_bytes     bigint        not null,
    sha256         char(64)      not null,
    storage_key    varchar(64)   not null,
    uploaded_at    datetime(6)   not null,
    uploaded_by    bigint        not null,
    primary key (id),
    constraint uq_submission_file_key unique (storage_key),
    constraint fk_submission_file_submission foreign key (submission_id) references submission (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_submission_file_submission on submission_file (submission_id);

-- Every change of a grade: who, when, and from what to what (status, total and the levels picked).
create table grade_change (
    id             bigint         not null auto_increment,
    submission_id  bigint         not null,
    changed_at     datetime(6)    not null,
    changed_by     bigint         not null,
    action         varchar(16)    not null,
    from_status    varchar(16)    not null,
    to_status      varchar(16)    not null,
    from_total     decimal(9, 2),
    to_total       decimal(9, 2),
    from_scores    varchar(2000),
    to_scores      varchar(2000),
    primary key (id),
    constraint fk_grade_change_submission foreign key (submission_id) references submission (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_grade_change_submission on grade_change (submission_id, changed_at);
