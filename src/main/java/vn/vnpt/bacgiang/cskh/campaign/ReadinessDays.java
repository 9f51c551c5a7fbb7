package vn.vnpt.bacgiang.cskh.campaign;

import org.springframework.stereotype.Component;

/**
 * How many days a unit has to confirm its readiness once the campaign enters step 5: the scorecard judges a
 * confirmation late against the same number the campaign's deadline was set from.
 */
@Component
public class ReadinessDays {

    private final CampaignStepDays stepDays;

    ReadinessDays(CampaignStepDays stepDays) {
        this.stepDays = stepDays;
    }

    public int days() {
        return stepDays.of(CampaignState.READINESS);
    }
}
