-- Courses imported from courses/: one row per course, one per imported version. A version's content is
-- a JSON document (PublishedCourse) written once and never changed.

create table course (
    id              bigint       not null auto_increment,
    code            varchar(64)  not null,
    latest_version  int          not null,
    version         bigint       not null,
    primary key (id),
    constraint uq_course_code unique (code)
) engine=InnoDB default charset=utf8mb4;

create table course_version (
    id              bigint       not null auto_increment,
    course_id       bigint       not null,
    number          int          not null,
    content_hash    char(64)     not null,
    title_en        varchar(300) not null,
    title_ru        varchar(300) not null,
    title_uz        varchar(300) not null,
    content         longtext     not null,
    imported_at     datetime(6)  not null,
    primary key (id),
    constraint fk_course_version_course foreign key (course_id) references course (id),
    constraint uq_course_version_number unique (course_id, number),
    constraint uq_course_version_hash unique (course_id, content_hash)
) engine=InnoDB default charset=utf8mb4;
