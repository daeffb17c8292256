package org.cundang.sensors.serial.modbus;

import static java.util.Objects.requireNonNull;

/**
 * CRC-16/MODBUS (polynomial 0xA001 reflected, initial value 0xFFFF), appended to an RTU frame low byte first.
 *
 * <p>Source: Modbus over Serial Line Specification V1.02, §6.2.2 and appendix B. Check value: the CRC of the ASCII
 * bytes {@code "123456789"} is {@code 0x4B37}.
 */
public final class Crc16 {

    private static final int[] TABLE = table();

    private Crc16() {
    }

    /**
     * Computes the CRC of a byte range.
     *
     * @param data   the bytes, not null
     * @param offset the first byte
     * @param length how many bytes
     * @return the CRC, 0..0xFFFF
     * @throws IndexOutOfBoundsException if the range is outside {@code data} (a programming error)
     */
    public static int of(byte[] data, int offset, int length) {
        requireNonNull(data, "data");
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    /**
     * Computes the CRC of a whole array.
     *
     * @param data the bytes, not null
     * @return the CRC, 0..0xFFFF
     */
    public static int of(byte[] data) {
        requireNonNull(data, "data");
        return of(data, 0, data.length);
    }

    private static int[] table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            t[n] = c;
        }
        return t;
    }
}
