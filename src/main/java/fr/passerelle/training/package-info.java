/**
 * Trainings: the diplomas of the national nomenclature (BCN, with their official CFD codes and levels), and the
 * trainings of a campus — which diploma each partner establishment delivers and by which route (school,
 * apprenticeship, continuing education). {@link fr.passerelle.training.Trainings#summary(java.util.UUID)} quotes them
 * for the labelling dossier; the public page of a campus lists them by level. Later, the catalogue of trainings with
 * their outcomes (InserJeunes).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "identity", "territory", "platform"})
package fr.passerelle.training;
