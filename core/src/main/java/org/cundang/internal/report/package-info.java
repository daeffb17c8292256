/**
 * Internal: the printable HTML transfer report (移交检验报告). Not exported; use
 * {@code org.cundang.transfer.TransferReports}.
 */
@NullMarked
package org.cundang.internal.report;

import org.jspecify.annotations.NullMarked;
