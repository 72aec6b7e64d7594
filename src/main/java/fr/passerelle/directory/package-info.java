/**
 * The directory of organisations (schools, apprentice centres, universities, labs, companies, clusters, local
 * authorities, State services) and people, and the memberships that tie them to campuses with a role. Schools
 * are identified by their UAI, companies by their SIRET or SIREN, both checked by their control keys.
 * <p>
 * For the indicators module, directory publishes views (migration V54, « published by directory for indicators »):
 * {@code indicator_source_organisation} (name, kind, UAI), {@code indicator_source_membership} (organisations' memberships
 * of campuses with since and until), {@code indicator_source_person} (names) and
 * {@code indicator_source_partnership_agreement} (with the days each agreement runs).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"territory", "identity", "platform"})
package fr.passerelle.directory;
