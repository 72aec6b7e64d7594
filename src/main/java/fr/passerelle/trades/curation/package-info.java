/**
 * Curated trade sheets: a campus or a cluster picks the ROME fiches of its sector (EuroSIMA showed 90, Pro&amp;Mer
 * printed 40 in French and English), enriches each with what ROME does not say — missions, functions, nature of the
 * job, pay, required level, working environment, the savoir-faire and savoir-être it highlights, prospects — in French
 * and in English, reviews them every year, and prints its selection as a booklet. Sheets keep the ROME trade code
 * only; a code that leaves the current release keeps its sheet, flagged.
 */
package fr.passerelle.trades.curation;
