package io.switchboard.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactTests {

    @Test
    void aPersonGetsAStablePseudonymThatDoesNotContainTheId() {
        assertThat(Redact.person("393401234567"))
                .isEqualTo(Redact.person("393401234567"))
                .isNotEqualTo(Redact.person("393401234568"))
                .doesNotContain("3934")
                .hasSize(10);
    }

    @Test
    void aPhoneShowsOnlyItsLastTwoDigits() {
        assertThat(Redact.phone("393401234567")).isEqualTo("**********67");
    }
}
