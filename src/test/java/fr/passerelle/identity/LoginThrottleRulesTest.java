package fr.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The delays of the login throttle and the keys it counts by, without Spring. */
class LoginThrottleRulesTest {

    @Test
    void loginsAreRefusedFromTheThresholdForADelayThatDoublesUpToFiveMinutes() {
        int threshold = LoginThrottle.ACCOUNT_THRESHOLD;
        assertThat(LoginThrottle.delayAfter(threshold - 1, threshold)).isZero();
        assertThat(LoginThrottle.delayAfter(threshold, threshold)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(threshold + 1, threshold)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(threshold + 2, threshold)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delayAfter(threshold + 8, threshold)).isEqualTo(Duration.ofSeconds(256));
        assertThat(LoginThrottle.delayAfter(threshold + 9, threshold)).isEqualTo(Duration.ofMinutes(5));
        assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE, threshold)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aNameCountsAsAccountsAreLookedUpAndAnIpv6AddressAsItsSlash64Network() {
        assertThat(LoginThrottle.accountKey("  Admin ")).isEqualTo("admin");
        assertThat(LoginThrottle.accountKey("x".repeat(500))).hasSize(200);
        assertThat(LoginThrottle.addressKey("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"));
        assertThat(LoginThrottle.addressKey("not:an:address")).isEqualTo("not:an:address");
        assertThat(LoginThrottle.addressKey(null)).isEqualTo("inconnue");
    }
}
