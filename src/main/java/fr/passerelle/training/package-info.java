/**
 * Trainings: the diplomas of the national nomenclature (BCN, with their official CFD codes and levels), and the
 * trainings of a campus — which diploma each partner establishment delivers and by which route (school,
 * apprenticeship, continuing education). {@link fr.passerelle.training.Trainings#summary(java.util.UUID)} quotes them
 * for the labelling dossier; the public page of a campus lists them by level and links each to its sheet.
 * <p>
 * Sub-package {@code catalogue}: the national training catalogue joined across the BCN, RNCP (with its ROME v3 codes),
 * Kit apprentissage, CPC, ONISEP Idéo, CFA, lycées and InserJeunes files — imported at start from
 * {@code passerelle.training.catalogue-folder} or by the national administrator, with rejected rows by file, line and
 * column — its public search and training sheets ({@code /formations}), {@code /api/v1/trainings}, the labels clusters
 * give to trainings, and a campus's offer in LHÉO 2.3. Other modules use {@link fr.passerelle.training.TrainingCatalogue}
 * (for instance {@code trainingsLeadingTo(tradeCode)} for a trade sheet). The trades are reached in SQL through the view
 * {@code rome_current_trade} the trades module publishes (no Java dependency).
 * <p>
 * For the indicators module, training publishes the views {@code indicator_source_campus_training} (a campus's trainings
 * with route and opening year) and {@code indicator_source_outcome} (InserJeunes outcomes per UAI, school year, file and
 * population) in migration V54.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"trades", "campus", "directory", "identity", "territory", "platform"})
package fr.passerelle.training;
