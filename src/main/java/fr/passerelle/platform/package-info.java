/**
 * Shared infrastructure only: the embedded PostgreSQL, the audit trail of business changes, the page layout,
 * CSV helpers, the clock, and scheduled jobs run once per period across nodes ({@link fr.passerelle.platform.ClusterJobs}). No business rule lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.passerelle.platform;
