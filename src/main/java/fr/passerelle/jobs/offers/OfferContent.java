package fr.passerelle.jobs.offers;

import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import java.time.LocalDate;

/**
 * An offer's content as the service resolved it from what was typed: the job title with its fiche and grand domain,
 * the commune with its name, centre and région.
 */
record OfferContent(String title, String description, int jobTitleOgr, String jobTitleLabel, String tradeCode, String domainCode,
                    JobOfferContract contract, Integer durationMonths, JobOfferWorkingTime workingTime, Integer hoursPerWeek,
                    String municipalityCode, String municipalityName, String regionCode, Double latitude, Double longitude,
                    JobOfferLevel level, Integer salaryMin, Integer salaryMax, LocalDate startsOn, int positions, String applyEmail,
                    String applyUrl, String applyInstructions) {
}
