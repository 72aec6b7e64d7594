/**
 * Reports of indicators in PDF and XLSX: a scope-free model ({@link fr.passerelle.indicators.reports.Report}: title,
 * scope, filters, date of the data, sections of paragraphs and tables) with its two renderers
 * ({@link fr.passerelle.indicators.reports.ReportPdf}, {@link fr.passerelle.indicators.reports.ReportXlsx}), and the
 * annual report of a campus built on them ({@code /gestion/campus/{id}/indicateurs/rapport/{year}.pdf} and
 * {@code .xlsx}). The annual reports of a région or of the nation build a {@code Report} the same way from their own
 * figures and hand it to the same renderers.
 */
package fr.passerelle.indicators.reports;
