/**
 * The action plan of a campus, year by year: its actions (fairs, company visits, talks in schools, teacher training,
 * contests, mobility…), their status, partners, learners reached by audience and sex, teachers reached, cost and
 * funding, evidence files; spreadsheet exports; and the dated actions on the campus calendar.
 */
package fr.passerelle.governance.actions;
