/**
 * The job platform (issue 15): job offers posted free by the recruiters of a cluster's member companies and by the
 * cluster's staff for them, the public job board, candidates and their structured profiles, the CV bank readable only
 * by active members' recruiters, explained matching both ways, applications to an answer, and the candidates' personal
 * data (consents per purpose, export, erasure). Sub-packages: {@code offers}: job offers posted free by the recruiters
 * of a cluster's active member companies and by the cluster's staff ({@code Clusters.access}), published 60 days,
 * reminded 7 days and 1 day before expiry, extended or closed with how they were filled; the public board
 * {@code /offres} (Hibernate Search index {@code job_offer}: words, trade, facets, distance), its Atom feed, schema.org
 * {@code JobPosting}, {@code /api/v1/job-offers}; panels on clusters', companies' and campuses' public pages and on the
 * landing page; API {@link fr.passerelle.jobs.JobOffers}. And {@code candidates}: self-registration confirmed by e-mail, a structured profile on ROME
 * and the training catalogue, active for six months after its last update, a CV file, consents per purpose (versioned,
 * with history), export in JSON and PDF, erasure on request or after two years without activity, anonymous counts of
 * erasures; API {@link fr.passerelle.jobs.Candidates}. And {@code cvbank}: the members-only CV bank
 * {@code /gestion/cvtheque}, readable by the recruiters of a company whose cluster membership is active today, showing
 * only candidates who consented to the CV bank with an active profile; search by ROME job title or fiche, skill, place
 * (mobility area or distance) and diploma level, paginated in SQL; each view of a profile or CV logged
 * ({@code candidate_profile_view}) and shown to the candidate, erased with them; an audited CSV export. And
 * {@code alerts}: a candidate saves a search of the board under a name (with their consent to alerts, 10 at most) and
 * manages it at {@code /candidat/alertes}; every morning the offers published since the last day covered are e-mailed
 * once, with a one-click unsubscribe; no e-mail without the consent; erased with the candidate. APIs
 * {@link fr.passerelle.jobs.JobOfferSearches} and {@link fr.passerelle.jobs.CandidateAlertConsents}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"clusters", "trades", "training", "campus", "directory",
        "territory", "identity", "notifications", "platform"})
package fr.passerelle.jobs;
