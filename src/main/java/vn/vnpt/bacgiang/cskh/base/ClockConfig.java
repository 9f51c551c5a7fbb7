package vn.vnpt.bacgiang.cskh.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, in Vietnam's time zone, so that tests can move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
