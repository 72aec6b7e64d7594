package fr.passerelle.labelling.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.labelling.SupportMilestone;
import fr.passerelle.labelling.SupportStep;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final Instant NOW = Instant.parse("2027-03-15T09:00:00Z");

    @Test
    void aMilestoneNotDoneIsOverdueFromTheDayAfterItsPlannedDay() {
        assertThat(MilestoneStatus.of(TODAY.minusDays(1), null, TODAY)).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(MilestoneStatus.of(TODAY, null, TODAY)).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(MilestoneStatus.of(TODAY.plusDays(3), null, TODAY)).isEqualTo(MilestoneStatus.PLANNED);
    }

    @Test
    void aMilestoneDoneIsNeverOverdue() {
        assertThat(MilestoneStatus.of(TODAY.minusDays(30), TODAY.minusDays(2), TODAY)).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void aSupportLetterNamesItsSignatory() {
        assertThatThrownBy(() -> Milestone.plan(UUID.randomUUID(), new SupportMilestone(SupportStep.SUPPORT_LETTER, TODAY, null, " ", null), TODAY, NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("qui signe");
        Milestone letter = Milestone.plan(UUID.randomUUID(), new SupportMilestone(SupportStep.SUPPORT_LETTER, TODAY, null, " Président de l'UIMM ", null),
                TODAY, NOW);
        assertThat(letter.signatory()).isEqualTo("Président de l'UIMM");
    }

    @Test
    void onlyASupportLetterKeepsASignatory() {
        Milestone meeting = Milestone.plan(UUID.randomUUID(), new SupportMilestone(SupportStep.PARTNERS_MEETING, TODAY, null, "Quelqu'un", null),
                TODAY, NOW);
        assertThat(meeting.signatory()).isNull();
    }

    @Test
    void aMilestoneCannotBeDoneOnADayToCome() {
        assertThatThrownBy(() -> Milestone.plan(UUID.randomUUID(), new SupportMilestone(SupportStep.CAEN_PASSAGE, TODAY, TODAY.plusDays(1), null, null),
                TODAY, NOW)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("à venir");
    }

    @Test
    void aMilestoneNeedsItsPlannedDay() {
        assertThatThrownBy(() -> Milestone.plan(UUID.randomUUID(), new SupportMilestone(SupportStep.CAEN_PASSAGE, null, null, null, null), TODAY, NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("date prévue");
    }

    @Test
    void aStaleFormIsRefused() {
        Milestone milestone = Milestone.plan(UUID.randomUUID(), new SupportMilestone(SupportStep.CAEN_PASSAGE, TODAY, null, null, null), TODAY, NOW);
        assertThatThrownBy(() -> milestone.revise(3, new SupportMilestone(SupportStep.CAEN_PASSAGE, TODAY, TODAY, null, null), TODAY, NOW))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anAdoptedPlanHasItsDayOfAdoptionWhichIsNotToCome() {
        DeploymentPlan plan = DeploymentPlan.open("32", 2027, NOW);
        assertThatThrownBy(() -> plan.revise(0, PlanStatus.ADOPTED, null, null, TODAY, NOW)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("adopté");
        assertThatThrownBy(() -> plan.revise(0, PlanStatus.ADOPTED, TODAY.plusDays(1), null, TODAY, NOW)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("à venir");
        plan.revise(0, PlanStatus.ADOPTED, TODAY, " Adopté en comité. ", TODAY, NOW);
        assertThat(plan.adoptedOn()).isEqualTo(TODAY);
        assertThat(plan.comment()).isEqualTo("Adopté en comité.");
    }

    @Test
    void aSectorIsAPriorityOfAPlanOnceAndWithItsRationale() {
        DeploymentPlan plan = DeploymentPlan.open("32", 2027, NOW);
        assertThatThrownBy(() -> plan.prioritise(fr.passerelle.campus.Sector.DIGITAL, " ", NOW)).isInstanceOf(BusinessRuleException.class);
        plan.prioritise(fr.passerelle.campus.Sector.DIGITAL, "Besoins en cybersécurité.", NOW);
        assertThatThrownBy(() -> plan.prioritise(fr.passerelle.campus.Sector.DIGITAL, "Encore.", NOW)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("déjà une priorité");
        assertThat(plan.priorities()).hasSize(1);
    }
}
