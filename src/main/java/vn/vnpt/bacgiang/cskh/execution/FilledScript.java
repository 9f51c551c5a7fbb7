package vn.vnpt.bacgiang.cskh.execution;

import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/** A campaign's approved script, filled in for one customer and the staff member speaking to them. */
public record FilledScript(String title, @Nullable CareChannel channel, String text) {
}
