/**
 * Serial sensors (Modbus RTU and ASCII probes on RS-485); the only module that imports jSerialComm.
 */
@NullMarked
package org.cundang.sensors.serial;

import org.jspecify.annotations.NullMarked;
