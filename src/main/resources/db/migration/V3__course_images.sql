-- Pictures a course ships in its images/ folder, kept with the version that imported them.

create table course_image (
    id              bigint       not null auto_increment,
    version_id      bigint       not null,
    name            varchar(128) not null,
    content_type    varchar(64)  not null,
    content         longblob     not null,
    primary key (id),
    constraint fk_course_image_version foreign key (version_id) references course_version (id),
    constraint uq_course_image_name unique (version_id, name)
) engine=InnoDB default charset=utf8mb4;
