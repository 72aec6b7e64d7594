package fr.passerelle.governance.regional;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.governance.CoPiloting.Scope;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.documents.DocumentKind;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.Times;
import fr.passerelle.platform.UploadedFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared space of a région: the documents of its campuses that each one's visibility lets the reader see — public
 * ones, all those of the campuses whose team the reader belongs to, partner ones where the reader is a partner or sits
 * on a body, body-only ones of the bodies they sit on — filtered by campus and kind and paginated in SQL; and the
 * regional bodies' own documents and minutes files. Read by the readers of the région ({@link RegionalPermissions}).
 */
@Service
class SharedSpace {

    static final int PAGE_SIZE = 20;
    private static final UUID NONE = new UUID(0, 0);

    private final RegionalCoPiloting coPiloting;
    private final CampusRegistry registry;
    private final CampusAudiences audiences;
    private final JdbcClient jdbc;

    SharedSpace(RegionalCoPiloting coPiloting, CampusRegistry registry, CampusAudiences audiences, JdbcClient jdbc) {
        this.coPiloting = coPiloting;
        this.registry = registry;
        this.audiences = audiences;
        this.jdbc = jdbc;
    }

    /** A document of a campus of the région, with the link that opens it to this reader. */
    record CampusDocument(UUID id, String title, String campusName, String fileName, String typeLabel, long size, Instant uploadedAt,
                          Visibility visibility, String path) {

        public String sizeText() {
            return UploadedFile.displaySize(size);
        }

        public String uploaded() {
            return Times.current().date(uploadedAt);
        }
    }

    /** A document of a regional body: one it filed, or the minutes file of one of its meetings. */
    record BodyDocument(String title, String bodyName, String fileName, long size, Instant uploadedAt, String path) {

        public String sizeText() {
            return UploadedFile.displaySize(size);
        }

        public String uploaded() {
            return Times.current().date(uploadedAt);
        }
    }

    /** A page of the shared space. */
    record Page(RegionalCoPiloting.Access access, List<CampusCard> campuses, List<CampusDocument> documents, long total, int page,
                List<BodyDocument> bodyDocuments) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    @Transactional(readOnly = true)
    Page page(Actor actor, String regionCode, UUID campusId, DocumentKind kind, int page) {
        var access = coPiloting.read(actor, Scope.region(regionCode));
        List<CampusCard> campuses = registry.all().stream().filter(c -> regionCode.equals(c.regionCode()))
                .sorted(java.util.Comparator.comparing(CampusCard::name, java.text.Collator.getInstance(java.util.Locale.FRENCH))).toList();
        // What the reader sees of each campus, as its library would show it.
        List<UUID> all = new ArrayList<>();
        List<UUID> team = new ArrayList<>();
        List<UUID> partnerItems = new ArrayList<>();
        List<UUID> bodies = new ArrayList<>();
        for (CampusCard campus : campuses) {
            CampusAudience audience = audiences.of(actor, campus.id());
            all.add(campus.id());
            if (audience.team()) {
                team.add(campus.id());
            } else if (audience.seesPartnerItems()) {
                partnerItems.add(campus.id());
            }
            bodies.addAll(audience.bodies());
        }
        StringBuilder where = new StringBuilder("""
                 from document d
                 join lateral (select file_name, file_type, size, uploaded_at from document_version
                                where document_id = d.id order by number desc limit 1) v on true
                where d.campus_id in (:campuses)
                  and (d.visibility = 'PUBLIC' or d.campus_id in (:team)
                       or (d.visibility = 'PARTNERS' and d.campus_id in (:partners))
                       or (d.visibility = 'BODY' and d.body_id in (:bodies)))""");
        Map<String, Object> params = new HashMap<>();
        params.put("campuses", orNone(all));
        params.put("team", orNone(team));
        params.put("partners", orNone(partnerItems));
        params.put("bodies", orNone(bodies));
        if (campusId != null) {
            where.append(" and d.campus_id = :campus");
            params.put("campus", campusId);
        }
        if (kind != null) {
            where.append(" and v.file_type in (:types)");
            params.put("types", kind.types().stream().map(Enum::name).toList());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        int shown = Math.max(1, Math.min(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        Map<UUID, CampusCard> byId = new HashMap<>();
        campuses.forEach(c -> byId.put(c.id(), c));
        List<CampusDocument> documents = total == 0 ? List.of()
                : jdbc.sql("select d.id, d.title, d.campus_id, v.file_name, v.file_type, v.size, v.uploaded_at, d.visibility" + where
                                + " order by v.uploaded_at desc, d.id limit " + PAGE_SIZE + " offset " + (long) (shown - 1) * PAGE_SIZE)
                        .params(params).query((rs, n) -> document(rs, byId)).list();
        return new Page(access, campuses, documents, total, shown, bodyDocuments(access));
    }

    private static CampusDocument document(ResultSet rs, Map<UUID, CampusCard> campuses) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        CampusCard campus = campuses.get(rs.getObject(3, UUID.class));
        Visibility visibility = Visibility.valueOf(rs.getString(8));
        // A public document opens from the campus's public page, to anyone; the others from its library, which opens
        // to those whose audience sees them.
        String path = visibility == Visibility.PUBLIC ? "/campus/" + campus.slug() + "/documents/" + id
                : "/gestion/campus/" + campus.id() + "/documents/" + id + "/fichier";
        return new CampusDocument(id, rs.getString(2), campus.name(), rs.getString(4), UploadedFile.FileType.valueOf(rs.getString(5)).label(),
                rs.getLong(6), rs.getTimestamp(7).toInstant(), visibility, path);
    }

    /** The documents and minutes files of the région's bodies, the latest first (a few a year). */
    private List<BodyDocument> bodyDocuments(RegionalCoPiloting.Access access) {
        String path = access.path();
        return jdbc.sql("""
                        select * from (
                          select d.title, b.name, d.file_name, d.size, d.uploaded_at, 'documents/' || d.id as link
                            from body_document d join governing_body b on b.id = d.body_id where b.region_code = :region
                          union all
                          select 'Compte rendu de la réunion du ' || to_char(m.starts_at, 'DD/MM/YYYY'), b.name, f.file_name, f.file_size, f.uploaded_at,
                                 'reunions/' || m.id || '/compte-rendu/fichier'
                            from meeting_minutes_file f join meeting m on m.id = f.meeting_id join governing_body b on b.id = m.body_id
                           where b.region_code = :region) docs
                         order by uploaded_at desc limit 200""")
                .param("region", access.scope().regionCode())
                .query((rs, n) -> new BodyDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(),
                        path + "/" + rs.getString(6)))
                .list();
    }

    private static List<UUID> orNone(List<UUID> ids) {
        return ids.isEmpty() ? List.of(NONE) : ids;
    }
}
