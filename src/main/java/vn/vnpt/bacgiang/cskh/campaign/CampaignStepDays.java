package vn.vnpt.bacgiang.cskh.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many days each step (and fixing a returned plan) may take: {@code portal.campaign.step-days.PLANNING=10}. */
@ConfigurationProperties("portal.campaign")
record CampaignStepDays(Map<CampaignState, Integer> stepDays) {

    private static final int DEFAULT_DAYS = 7;

    CampaignStepDays {
        stepDays = stepDays == null ? Map.of() : new EnumMap<>(stepDays);
    }

    int of(CampaignState state) {
        return stepDays.getOrDefault(state, DEFAULT_DAYS);
    }
}
