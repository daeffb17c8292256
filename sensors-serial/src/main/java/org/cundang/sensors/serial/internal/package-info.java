/**
 * Implementation details of the serial sensors: the jSerialComm line, the message catalogue, the JSON binding of
 * device profiles. Not exported; may change at any time.
 */
@NullMarked
package org.cundang.sensors.serial.internal;

import org.jspecify.annotations.NullMarked;
