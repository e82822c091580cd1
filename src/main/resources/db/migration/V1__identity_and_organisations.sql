-- Regions, organisations and accounts: the foundation every later feature refers to.
-- Written once for MySQL 8 / MariaDB; the embedded H2 runs it in MySQL mode.

create table region (
    id          bigint       not null auto_increment,
    code        varchar(16)  not null,
    name_en     varchar(120) not null,
    name_ru     varchar(120) not null,
    name_uz     varchar(120) not null,
    version     bigint       not null,
    primary key (id),
    constraint uq_region_code unique (code)
) engine=InnoDB default charset=utf8mb4;

create table organisation (
    id          bigint       not null auto_increment,
    name        varchar(200) not null,
    name_key    varchar(200) not null,
    kind        varchar(16)  not null,
    region_id   bigint       not null,
    version     bigint       not null,
    primary key (id),
    constraint fk_organisation_region foreign key (region_id) references region (id),
    constraint uq_organisation_name unique (region_id, name_key)
) engine=InnoDB default charset=utf8mb4;

create table account (
    id              bigint       not null auto_increment,
    email           varchar(254) not null,
    display_name    varchar(120) not null,
    password_hash   varchar(255) not null,
    language        varchar(2)   not null,
    organisation_id bigint,
    active          boolean      not null,
    created_at      datetime(6)  not null,
    version         bigint       not null,
    primary key (id),
    constraint uq_account_email unique (email),
    constraint fk_account_organisation foreign key (organisation_id) references organisation (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_account_display_name on account (display_name);

create table account_role (
    account_id  bigint      not null,
    role        varchar(16) not null,
    primary key (account_id, role),
    constraint fk_account_role_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;
