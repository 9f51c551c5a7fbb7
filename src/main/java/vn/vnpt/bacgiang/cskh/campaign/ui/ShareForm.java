package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.campaign.CampaignShare;

/** A unit's quota and KPI targets. */
class ShareForm extends BeanForm<CampaignShare> {

    ShareForm() {
        super(CampaignShare.class);
        IntegerField quota = new IntegerField(getTranslation("campaign.plan.quota"));
        quota.setId("share-quota");
        IntegerField reach = new IntegerField(getTranslation("campaign.plan.reachRate"));
        reach.setId("share-reach");
        IntegerField success = new IntegerField(getTranslation("campaign.plan.successRate"));
        success.setId("share-success");
        BigDecimalField satisfaction = new BigDecimalField(getTranslation("campaign.plan.satisfaction"));
        satisfaction.setId("share-satisfaction");

        binder.forField(quota).asRequired().withConverter(toLong()).bind("quota");
        binder.forField(reach).asRequired().bind("reachRate");
        binder.forField(success).asRequired().bind("successRate");
        binder.forField(satisfaction).asRequired().bind("satisfaction");
        getContent().add(quota, reach, success, satisfaction);
    }

    static Converter<Integer, Long> toLong() {
        return Converter.from(value -> Result.ok(value == null ? null : value.longValue()),
                value -> value == null ? null : Math.toIntExact(value));
    }
}
