/**
 * Transfer packages (移交包: BagIt 1.0 bags with the Cundang profile) and transfer validation (移交检验) under the
 * four properties of 档案法 第三十九条 / DA/T 70-2018 (真实性、完整性、可用性、安全性).
 *
 * <p>Entry points: {@link org.cundang.transfer.TransferValidator} (validate a bag or a plain folder),
 * {@link org.cundang.transfer.TransferPacker} (write a bag), {@link org.cundang.transfer.TransferReport} (the result).
 * Further checks plug in through {@link org.cundang.transfer.TransferCheck}. See {@code docs/transfer-package.md}.
 *
 * <p>Beta API: may still change before 1.0.
 */
@NullMarked
package org.cundang.transfer;

import org.jspecify.annotations.NullMarked;
