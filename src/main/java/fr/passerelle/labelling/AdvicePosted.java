package fr.passerelle.labelling;

import java.util.UUID;

/** A message was written in the advice thread of a draft, by an attached advisor or by a promoter. */
record AdvicePosted(UUID applicationId, UUID authorId, boolean fromAdvisor) {
}
