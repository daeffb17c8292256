/**
 * The Modbus RTU frame codec: CRC-16/MODBUS, request encoding for functions 03, 04 and 06, and response decoding
 * (whole frames and byte by byte). Pure functions without I/O, usable from any transport.
 *
 * <p>Source: Modbus Application Protocol Specification V1.1b3 (PDUs, exception codes) and Modbus over Serial Line
 * Specification V1.02 (RTU framing, CRC, §2.5.1.2). Stable API.
 */
@NullMarked
package org.cundang.sensors.serial.modbus;

import org.jspecify.annotations.NullMarked;
