package fr.passerelle.jobs.cvbank;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of the views of candidates' profiles in the CV bank: written by {@link CvBank} at each view (the profile's
 * page, its CV file, an export naming the candidate), read by the candidate in their own space ({@code jobs.candidates}
 * asks with the candidate's own account). Its rows go with the candidate's (erasure, on delete cascade).
 */
@Service
public class ProfileViews {

    public static final int PAGE_SIZE = 10;

    /** What was viewed. */
    public enum What {
        PROFILE("Profil"), CV("CV"), EXPORT("Export");

        private final String label;

        What(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One view as the candidate reads it: which company, what, when. */
    public record ProfileView(String companyName, What what, Instant viewedAt) {
    }

    /** One page of the views of a candidate's profile, newest first. */
    public record Page(List<ProfileView> views, int page, int total) {

        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final JdbcClient jdbc;

    ProfileViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The views of the profile of this candidate's account, page {@code page} (from 1). */
    @Transactional(readOnly = true)
    public Page ofCandidateAccount(UUID candidateAccountId, int page) {
        int current = Math.max(1, page);
        int total = jdbc.sql("select count(*) from candidate_profile_view v join candidate c on c.id = v.candidate_id where c.account_id = ?")
                .param(candidateAccountId).query(Integer.class).single();
        List<ProfileView> views = jdbc.sql("""
                        select v.company_name, v.what, v.viewed_at from candidate_profile_view v join candidate c on c.id = v.candidate_id
                        where c.account_id = ? order by v.viewed_at desc, v.id desc limit ? offset ?""")
                .params(candidateAccountId, PAGE_SIZE, (current - 1) * PAGE_SIZE)
                .query((rs, n) -> new ProfileView(rs.getString(1), What.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()))
                .list();
        return new Page(views, current, total);
    }

    void record(UUID candidateId, UUID viewerAccountId, UUID companyId, String companyName, What what, Instant at) {
        jdbc.sql("""
                        insert into candidate_profile_view (candidate_id, viewer_account_id, company_id, company_name, what, viewed_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(candidateId, viewerAccountId, companyId, companyName, what.name(), Timestamp.from(at)).update();
    }
}
