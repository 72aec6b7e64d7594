/**
 * The life of a campus, run by its operational director: its governing bodies (strategic orientation committee,
 * steering committee, technical committee, working groups) with their dated seats (the strategic committee's expected
 * seats, the steering committee's colleges), chair and expected frequency, and their meetings — invitations by e-mail,
 * attendance and participation rate (one definition, {@link fr.passerelle.governance.Participation}, offered to other
 * modules by {@link fr.passerelle.governance.MeetingParticipations}), minutes and decisions, satisfaction surveys; its
 * yearly budget (funding requests checked against their funder's ceiling, partners who contribute nothing named) and
 * action plan; its calendar (month and list views, iCal feeds); its documents library. Every item has a
 * {@link fr.passerelle.governance.Visibility} and each reader sees what their
 * {@link fr.passerelle.governance.CampusAudience} allows.
 * <p>
 * The same bodies and meetings also hang from a région, a national network of campuses or a cluster (ADR 0011):
 * {@link fr.passerelle.governance.CoPiloting} and, for a cluster's employment and training commissions,
 * {@link fr.passerelle.governance.ClusterCommissions} (who runs and reads them is decided from the actor alone, so that
 * governance never depends on the clusters module).
 * <p>
 * For the indicators module, governance publishes views (migration V54, each commented « published by governance for
 * indicators »): {@code indicator_source_meeting} (each meeting with its participation by the one definition of
 * {@link fr.passerelle.governance.Participation}, in SQL), {@code indicator_source_attendance},
 * {@code indicator_source_survey_answer} (scores, never who answered), {@code indicator_source_action},
 * {@code indicator_source_action_learners}, {@code indicator_source_funding_request} and {@code indicator_source_document};
 * and for its annual review of a campus's actions (migration V72) {@code indicator_source_action_detail} (dates, place,
 * cost and funder of each action), {@code indicator_source_action_partner} and {@code indicator_source_budget_line}.
 * Changing these tables means keeping those views' columns.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "identity", "territory", "platform"})
package fr.passerelle.governance;
