package org.cundang.sensors.serial.testkit;


import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Missing tools skip the end-to-end tests with the reason, or fail them under -Dcundang.requireSerialTools=true. */
class SerialToolsTest {

    @Test
    void a_missing_tool_skips_with_the_reason_or_fails_when_required() {
        String old = System.getProperty("cundang.requireSerialTools");
        try {
            System.setProperty("cundang.requireSerialTools", "false");
            assertThatThrownBy(() -> SerialTools.require(false, "frobnicator is not installed"))
                    .isInstanceOf(TestAbortedException.class).hasMessageContaining("frobnicator is not installed");
            System.setProperty("cundang.requireSerialTools", "true");
            assertThatThrownBy(() -> SerialTools.require(false, "frobnicator is not installed"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("cundang.requireSerialTools=true");
            SerialTools.require(true, "present");
        } finally {
            if (old == null) {
                System.clearProperty("cundang.requireSerialTools");
            } else {
                System.setProperty("cundang.requireSerialTools", old);
            }
        }
    }
}
