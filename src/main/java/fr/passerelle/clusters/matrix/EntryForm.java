package fr.passerelle.clusters.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The staff's form of a member company's entry: the job titles kept (ticked), one more chosen in the picker, and the
 * values ticked on the cluster's lists; {@code version} is the one the form was opened with (none for a new entry).
 */
record EntryForm(List<Integer> jobTitles, Integer addJobTitle, String addJobTitleQuery, List<UUID> skill, List<UUID> activity,
                 List<UUID> market, Long version) {

    EntryForm {
        jobTitles = jobTitles == null ? List.of() : List.copyOf(jobTitles.stream().filter(java.util.Objects::nonNull).toList());
        skill = skill == null ? List.of() : List.copyOf(skill.stream().filter(java.util.Objects::nonNull).toList());
        activity = activity == null ? List.of() : List.copyOf(activity.stream().filter(java.util.Objects::nonNull).toList());
        market = market == null ? List.of() : List.copyOf(market.stream().filter(java.util.Objects::nonNull).toList());
    }

    static EntryForm of(MatrixViews.Entry entry) {
        return new EntryForm(entry.jobTitles().stream().map(j -> j.ogr()).toList(), null, null, entry.skills(), entry.activities(),
                entry.markets(), entry.exists() ? entry.version() : null);
    }

    /** The job titles kept and the one added. */
    Set<Integer> allJobTitles() {
        Set<Integer> all = new LinkedHashSet<>(new ArrayList<>(jobTitles));
        if (addJobTitle != null) {
            all.add(addJobTitle);
        }
        return all;
    }
}
