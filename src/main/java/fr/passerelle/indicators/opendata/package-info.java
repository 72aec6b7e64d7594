/**
 * Open data of the indicators: the values of the public indicators per campus and year, never masked nor blank, as a
 * snapshot table (V68) published once a day across nodes, at start-up when empty and on demand by the national
 * administration; served as CSV ({@code /open-data/indicators.csv}) streamed from SQL and in the JSON API
 * ({@code /api/v1/indicators}, {@code /api/v1/indicators/values}) paginated in SQL, each stating when it was published.
 */
package fr.passerelle.indicators.opendata;
