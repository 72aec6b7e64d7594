package fr.passerelle.clusters.surveys;

import fr.passerelle.clusters.SurveyCampaigns;
import fr.passerelle.identity.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SurveyCampaigns} over the survey service. */
@Service
class SurveyCampaignsApi implements SurveyCampaigns {

    private final SurveyService service;

    SurveyCampaignsApi(SurveyService service) {
        this.service = service;
    }

    @Override
    @Transactional
    public UUID open(Actor actor, UUID clusterId, NewCampaign c) {
        SurveyCampaign campaign = service.open(actor, clusterId, new SurveyCampaign.Settings(SurveyKind.valueOf(c.kind()), c.title(), c.opensOn(),
                c.closesOn(), c.minAnswers(), 7), true, List.of());
        c.jobTitleOgrs().forEach(ogr -> service.addTrade(actor, clusterId, campaign.id(), ogr));
        return campaign.id();
    }

    @Override
    @Transactional
    public void answer(Actor actor, UUID clusterId, UUID campaignId, List<TradeFigures> figures) {
        var state = service.answerState(actor, clusterId, campaignId);
        service.answer(actor, clusterId, campaignId, state.version(), new SurveyAnswer.Content(null, null, null, null, null,
                figures.stream().map(f -> new SurveyAnswer.TradeAnswer(f.jobTitleOgr(), f.hiringNeeds(), f.difficulty(), f.unfilled(), f.forecast(),
                        f.skillOgrs())).toList()));
    }

    @Override
    public void markCitable(Actor actor, UUID clusterId, UUID campaignId, boolean citable) {
        service.markCitable(actor, clusterId, campaignId, citable);
    }
}
