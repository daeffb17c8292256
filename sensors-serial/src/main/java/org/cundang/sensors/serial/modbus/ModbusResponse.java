package org.cundang.sensors.serial.modbus;

import java.util.List;

/**
 * A decoded, CRC-checked response that answers its request: register values, a write echo, or an exception
 * response. Immutable.
 */
public sealed interface ModbusResponse {

    /** The slave address that answered. */
    int unit();

    /**
     * Register values read with function 03 or 04.
     *
     * @param unit     the slave address
     * @param function 3 or 4
     * @param values   the registers as unsigned 16-bit values 0..65535, in register order, not null
     */
    record Registers(int unit, int function, List<Integer> values) implements ModbusResponse {

        /** Copies the values. */
        public Registers {
            values = List.copyOf(values);
        }

        /**
         * A register as an unsigned value.
         *
         * @param index 0-based index in this response
         * @return 0..65535
         * @throws IndexOutOfBoundsException if outside the response (a programming error)
         */
        public int unsigned(int index) {
            return values.get(index);
        }

        /**
         * A register as a signed (two's complement) value: 0xFF33 is -205.
         *
         * @param index 0-based index in this response
         * @return -32768..32767
         * @throws IndexOutOfBoundsException if outside the response (a programming error)
         */
        public int signed(int index) {
            return (short) values.get(index).intValue();
        }
    }

    /**
     * The echo of a single-register write (function 06).
     *
     * @param unit     the slave address
     * @param register the register written
     * @param value    the value written, 0..65535
     */
    record WriteEcho(int unit, int register, int value) implements ModbusResponse {
    }

    /**
     * An exception response: function code with the high bit set, and an exception code.
     *
     * @param unit          the slave address
     * @param function      the function asked (without the high bit)
     * @param exceptionCode the exception code, e.g. 2 (illegal data address)
     */
    record Exception(int unit, int function, int exceptionCode) implements ModbusResponse {

        /**
         * The name of the exception code (Modbus Application Protocol V1.1b3, §7).
         *
         * @return e.g. {@code "ILLEGAL DATA ADDRESS"}, or {@code "UNKNOWN"}
         */
        public String name() {
            return ModbusRtu.exceptionName(exceptionCode);
        }
    }
}
