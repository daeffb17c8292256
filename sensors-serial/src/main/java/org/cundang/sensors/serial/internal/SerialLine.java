package org.cundang.sensors.serial.internal;

/**
 * A byte pipe to a serial device: the seam between the Modbus master and jSerialComm. Implementations wrap every
 * failure in a {@code SensorException}; none throws a checked exception.
 */
public interface SerialLine extends AutoCloseable {

    /**
     * Writes all bytes.
     *
     * @param data the bytes
     */
    void write(byte[] data);

    /**
     * Reads what is available, waiting at most until the deadline for the first byte.
     *
     * @param buf          the buffer
     * @param offset       where to put the bytes
     * @param length       at most this many
     * @param deadlineNanos {@link System#nanoTime()} deadline
     * @return bytes read; 0 if none arrived before the deadline
     */
    int read(byte[] buf, int offset, int length, long deadlineNanos);

    /** Discards whatever is waiting in the input (stale bytes, a late answer to an earlier request). */
    int discardInput();

    /** Closes the line; idempotent. */
    @Override
    void close();
}
