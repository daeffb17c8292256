package org.cundang.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

    @Test
    void reads_the_domain_tags() {
        assertThat(Confidence.fromTag("V")).contains(Confidence.VERIFIED);
        assertThat(Confidence.fromTag(" S ")).contains(Confidence.SECONDARY);
        assertThat(Confidence.fromTag("R")).contains(Confidence.RECALLED);
        assertThat(Confidence.fromTag("v")).isEmpty();
        assertThat(Confidence.fromTag("")).isEmpty();
        assertThat(Confidence.RECALLED.tag()).isEqualTo("R");
    }
}
