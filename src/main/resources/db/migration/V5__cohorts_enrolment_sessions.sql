-- Cohorts in full: regions, trainers, capacity and the release schedule; NGO teams and enrolments;
-- one-time links to set a password; face-to-face sessions and attendance; lesson and module progress.

alter table cohort add column capacity int;
alter table cohort add column open_for_requests boolean not null default false;

create table cohort_region (
    cohort_id   bigint not null,
    region_id   bigint not null,
    primary key (cohort_id, region_id),
    constraint fk_cohort_region_cohort foreign key (cohort_id) references cohort (id) on delete cascade,
    constraint fk_cohort_region_region foreign key (region_id) references region (id)
) engine=InnoDB default charset=utf8mb4;

create table cohort_trainer (
    cohort_id   bigint not null,
    account_id  bigint not null,
    primary key (cohort_id, account_id),
    constraint fk_cohort_trainer_cohort foreign key (cohort_id) references cohort (id) on delete cascade,
    constraint fk_cohort_trainer_account foreign key (account_id) references account (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_cohort_trainer_account on cohort_trainer (account_id);

-- one row per module of the cohort's course version: opens on a date, or on completion of the previous
create table module_release (
    cohort_id      bigint      not null,
    module_id      varchar(64) not null,
    position       int         not null,
    opens_on       date,
    on_completion  boolean     not null,
    primary key (cohort_id, module_id),
    constraint fk_module_release_cohort foreign key (cohort_id) references cohort (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table team (
    id              bigint       not null auto_increment,
    cohort_id       bigint       not null,
    name            varchar(200) not null,
    name_key        varchar(200) not null,
    organisation_id bigint,
    version         bigint       not null,
    primary key (id),
    constraint fk_team_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_team_organisation foreign key (organisation_id) references organisation (id),
    constraint uq_team_name unique (cohort_id, name_key)
) engine=InnoDB default charset=utf8mb4;

create table enrolment (
    id              bigint       not null auto_increment,
    cohort_id       bigint       not null,
    account_id      bigint       not null,
    team_id         bigint,
    status          varchar(16)  not null,
    requested_at    datetime(6)  not null,
    status_at       datetime(6)  not null,
    reason          varchar(500),
    decided_by      bigint,
    version         bigint       not null,
    primary key (id),
    constraint uq_enrolment unique (cohort_id, account_id),
    constraint fk_enrolment_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_enrolment_account foreign key (account_id) references account (id),
    constraint fk_enrolment_team foreign key (team_id) references team (id),
    constraint fk_enrolment_decided_by foreign key (decided_by) references account (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_enrolment_cohort_status on enrolment (cohort_id, status);
create index ix_enrolment_account on enrolment (account_id);

create table password_link (
    id          bigint      not null auto_increment,
    account_id  bigint      not null,
    token_hash  char(64)    not null,
    created_at  datetime(6) not null,
    expires_at  datetime(6) not null,
    used_at     datetime(6),
    primary key (id),
    constraint uq_password_link_token unique (token_hash),
    constraint fk_password_link_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table training_session (
    id          bigint       not null auto_increment,
    cohort_id   bigint       not null,
    kind        varchar(16)  not null,
    title       varchar(200) not null,
    starts_at   datetime     not null,
    ends_at     datetime     not null,
    place       varchar(200) not null,
    module_id   varchar(64),
    version     bigint       not null,
    primary key (id),
    constraint fk_training_session_cohort foreign key (cohort_id) references cohort (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_training_session_cohort_start on training_session (cohort_id, starts_at);

create table attendance (
    session_id    bigint       not null,
    enrolment_id  bigint       not null,
    status        varchar(16)  not null,
    note          varchar(500),
    recorded_at   datetime(6)  not null,
    recorded_by   bigint       not null,
    primary key (session_id, enrolment_id),
    constraint fk_attendance_session foreign key (session_id) references training_session (id) on delete cascade,
    constraint fk_attendance_enrolment foreign key (enrolment_id) references enrolment (id),
    constraint fk_attendance_recorded_by foreign key (recorded_by) references account (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_attendance_enrolment on attendance (enrolment_id);

create table lesson_progress (
    enrolment_id  bigint      not null,
    lesson_id     varchar(64) not null,
    module_id     varchar(64) not null,
    completed_at  datetime(6) not null,
    primary key (enrolment_id, lesson_id),
    constraint fk_lesson_progress_enrolment foreign key (enrolment_id) references enrolment (id)
) engine=InnoDB default charset=utf8mb4;

create table module_completion (
    enrolment_id  bigint      not null,
    module_id     varchar(64) not null,
    completed_at  datetime(6) not null,
    primary key (enrolment_id, module_id),
    constraint fk_module_completion_enrolment foreign key (enrolment_id) references enrolment (id)
) engine=InnoDB default charset=utf8mb4;
