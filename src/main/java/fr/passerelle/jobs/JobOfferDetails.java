package fr.passerelle.jobs;

import java.time.LocalDate;

/**
 * What a recruiter writes of an offer. {@code jobTitleOgr} is a ROME job title (appellation); {@code municipalityCode} an
 * INSEE commune code, anywhere in France; salaries are gross yearly euros, both optional, the minimum not above the
 * maximum; at least one way to apply (e-mail, address of a page, or instructions).
 */
public record JobOfferDetails(String title, String description, int jobTitleOgr, JobOfferContract contract, Integer durationMonths,
                              JobOfferWorkingTime workingTime, Integer hoursPerWeek, String municipalityCode, JobOfferLevel level,
                              Integer salaryMin, Integer salaryMax, LocalDate startsOn, int positions, String applyEmail, String applyUrl,
                              String applyInstructions) {
}
