-- The operational director of a dossier, a condition of the label: either named (with the mission letter signed by the
-- recteur d'académie, stored among the dossier's attachments) or the commitment to recruit one. One row per dossier,
-- written by its promoters with a revision checked like the criteria's. Existing dossiers have none yet: a draft gets
-- it before it is submitted; dossiers already submitted keep their history as it was.
create table application_direction (
    application_id    uuid         primary key references application (id) on delete cascade,
    kind              varchar(20)  not null check (kind in ('NAMED', 'COMMITMENT')),
    director_name     varchar(150),
    director_email    varchar(255),
    director_phone    varchar(30),
    director_employer varchar(255),
    starts_on         date,
    planned_on        date,
    committed_by      varchar(255),
    mission_letter_id uuid         references application_attachment (id) on delete set null,
    revision          integer      not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(150) not null,
    check (kind <> 'NAMED' or (director_name is not null and director_email is not null and director_employer is not null and starts_on is not null)),
    check (kind <> 'COMMITMENT' or (planned_on is not null and committed_by is not null))
);
