package vn.vnpt.bacgiang.cskh.customer;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * The values an import file may name: the portal's own labels in Vietnamese (shown in messages) or
 * English, or the enum codes; districts by name or code.
 */
@Component
class ImportLabels {

    final LabelLookup<CustomerKind> kinds;
    final LabelLookup<VipTier> vipTiers;
    final LabelLookup<Service> services;
    final LabelLookup<SubscriptionStatus> statuses;
    final LabelLookup<District> districts;

    ImportLabels(I18NProvider i18n) {
        kinds = new LabelLookup<>(CustomerKind.values(), kind -> labels(i18n, kind.labelKey()));
        vipTiers = new LabelLookup<>(VipTier.values(), tier -> labels(i18n, tier.labelKey()));
        services = new LabelLookup<>(Service.values(), service -> labels(i18n, service.labelKey()));
        statuses = new LabelLookup<>(SubscriptionStatus.values(), status -> labels(i18n, status.labelKey()));
        districts = new LabelLookup<>(District.values(), district -> List.of(district.displayName()));
    }

    private static List<String> labels(I18NProvider i18n, String key) {
        return List.of(i18n.getTranslation(key, PortalI18NProvider.VIETNAMESE),
                i18n.getTranslation(key, PortalI18NProvider.ENGLISH));
    }
}
