package vn.vnpt.bacgiang.cskh.handoff;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link HandoffEscalation} on its schedule ({@code portal.handoff.escalation.cron}, "-" to switch it off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HandoffScheduling {
}
