/**
 * The directory of organisations (schools, apprentice centres, universities, labs, companies, clusters, local
 * authorities, State services) and people, and the memberships that tie them to campuses with a role. Schools
 * are identified by their UAI, companies by their SIRET or SIREN, both checked by their control keys.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"territory", "identity", "platform"})
package fr.passerelle.directory;
