-- Cohorts: runs of a course, each on the course version it started with until a coordinator moves it.

create table cohort (
    id              bigint       not null auto_increment,
    name            varchar(200) not null,
    course_id       bigint       not null,
    course_version  int          not null,
    starts_on       date         not null,
    ends_on         date         not null,
    created_at      datetime(6)  not null,
    version         bigint       not null,
    primary key (id),
    constraint fk_cohort_course foreign key (course_id) references course (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_cohort_starts_on on cohort (starts_on);
