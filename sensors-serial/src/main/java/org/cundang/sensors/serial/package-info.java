/**
 * Serial sensors: RS-485 temperature/humidity probes read over Modbus RTU ({@link
 * org.cundang.sensors.serial.ModbusRtuMaster}, {@link org.cundang.sensors.serial.ModbusProbeSource}) or as
 * streamed text lines ({@link org.cundang.sensors.serial.AsciiLineSource}), device profiles as data
 * ({@link org.cundang.sensors.serial.DeviceProfiles}), and a simulated Modbus slave for tests and demos
 * ({@link org.cundang.sensors.serial.ModbusSlaveSimulator}). The only module that imports jSerialComm; no
 * jSerialComm type appears in this API.
 *
 * <p>Stable API (issue 6). Design notes and sources: {@code docs/sensors.md}.
 */
@NullMarked
package org.cundang.sensors.serial;

import org.jspecify.annotations.NullMarked;
