package org.cundang.sensor;

import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/** The {@code sensors} message catalogue of the SPI (CD-6101 to CD-6119). */
final class SensorMessages {

    private static final MessageCatalog CATALOG = MessageCatalog.load(SensorMessages.class, "sensors");

    private SensorMessages() {
    }

    static LocalizedText text(String code, Object... args) {
        return CATALOG.text(code, args);
    }

    static SensorException exception(String code, Object... args) {
        return new SensorException(code, text(code, args), null);
    }
}
