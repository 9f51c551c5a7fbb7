package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** How a campaign reaches customers: a call, an SMS, a visit or a Zalo message. */
public enum CareChannel {
    CALL, SMS, VISIT, ZALO;

    public String labelKey() {
        return "campaign.channel." + name();
    }

    static String join(Set<CareChannel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<CareChannel> split(String text) {
        EnumSet<CareChannel> channels = EnumSet.noneOf(CareChannel.class);
        Arrays.stream(text.split(",")).filter(name -> !name.isBlank()).map(CareChannel::valueOf).forEach(channels::add);
        return channels;
    }
}
