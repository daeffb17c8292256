package org.cundang.sensors.serial.modbus;

import org.cundang.sensors.serial.modbus.ModbusFrameException.Reason;

/**
 * One Modbus request a master sends: read holding registers (03), read input registers (04) or write a single
 * register (06). Immutable; validated at construction.
 *
 * <p>Ranges (Modbus Application Protocol V1.1b3, §6.3, §6.4, §6.6): slave address 1..247 (0 is broadcast, allowed
 * only for writes, which get no answer); register 0..65535; quantity 1..125 and not past register 65535; written
 * value 0..65535.
 *
 * @param unit     the slave address
 * @param function {@link ModbusRtu#READ_HOLDING_REGISTERS}, {@link ModbusRtu#READ_INPUT_REGISTERS} or
 *                 {@link ModbusRtu#WRITE_SINGLE_REGISTER}
 * @param register the first register (protocol address, 0-based)
 * @param value    the quantity to read, or the value to write
 */
public record ModbusRequest(int unit, int function, int register, int value) {

    /**
     * Validates the fields.
     *
     * @throws ModbusFrameException CD-6120 if a field is out of range
     */
    public ModbusRequest {
        boolean write = function == ModbusRtu.WRITE_SINGLE_REGISTER;
        if (function != ModbusRtu.READ_HOLDING_REGISTERS && function != ModbusRtu.READ_INPUT_REGISTERS && !write) {
            throw invalid("function " + function + " (supported: 3, 4, 6)");
        }
        if (unit < (write ? 0 : 1) || unit > 247) {
            throw invalid("slave address " + unit + " (1..247)");
        }
        if (register < 0 || register > 0xFFFF) {
            throw invalid("register " + register + " (0..65535)");
        }
        if (write) {
            if (value < 0 || value > 0xFFFF) {
                throw invalid("value " + value + " (0..65535)");
            }
        } else if (value < 1 || value > 125 || register + value > 0x10000) {
            throw invalid("quantity " + value + " from register " + register + " (1..125, not past 65535)");
        }
    }

    /**
     * Read holding registers (function 03).
     *
     * @param unit     slave address 1..247
     * @param register first register 0..65535
     * @param quantity 1..125
     * @return the request
     * @throws ModbusFrameException CD-6120 if out of range
     */
    public static ModbusRequest readHoldingRegisters(int unit, int register, int quantity) {
        return new ModbusRequest(unit, ModbusRtu.READ_HOLDING_REGISTERS, register, quantity);
    }

    /**
     * Read input registers (function 04).
     *
     * @param unit     slave address 1..247
     * @param register first register 0..65535
     * @param quantity 1..125
     * @return the request
     * @throws ModbusFrameException CD-6120 if out of range
     */
    public static ModbusRequest readInputRegisters(int unit, int register, int quantity) {
        return new ModbusRequest(unit, ModbusRtu.READ_INPUT_REGISTERS, register, quantity);
    }

    /**
     * Write a single holding register (function 06).
     *
     * @param unit     slave address 0..247 (0: broadcast, no answer)
     * @param register register 0..65535
     * @param value    0..65535 (a signed value is written as its two's complement)
     * @return the request
     * @throws ModbusFrameException CD-6120 if out of range
     */
    public static ModbusRequest writeSingleRegister(int unit, int register, int value) {
        return new ModbusRequest(unit, ModbusRtu.WRITE_SINGLE_REGISTER, register, value);
    }

    /** Whether this is a read (03 or 04). */
    public boolean isRead() {
        return function != ModbusRtu.WRITE_SINGLE_REGISTER;
    }

    /** Whether a slave answers it (not a broadcast). */
    public boolean expectsResponse() {
        return unit != 0;
    }

    /**
     * The length of the normal response frame, with address and CRC: 5 + 2 × quantity for reads, 8 for a write.
     *
     * @return bytes
     */
    public int responseLength() {
        return isRead() ? 5 + 2 * value : 8;
    }

    /**
     * The RTU frame: address, function, register (big-endian), quantity or value (big-endian), CRC (low byte first).
     *
     * @return 8 new bytes
     */
    public byte[] encode() {
        byte[] f = new byte[8];
        f[0] = (byte) unit;
        f[1] = (byte) function;
        f[2] = (byte) (register >>> 8);
        f[3] = (byte) register;
        f[4] = (byte) (value >>> 8);
        f[5] = (byte) value;
        int crc = Crc16.of(f, 0, 6);
        f[6] = (byte) crc;
        f[7] = (byte) (crc >>> 8);
        return f;
    }

    private static ModbusFrameException invalid(String detail) {
        return ModbusFrameException.of(Reason.INVALID_REQUEST, new byte[0], -1, detail);
    }
}
