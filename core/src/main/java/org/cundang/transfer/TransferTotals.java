package org.cundang.transfer;

/**
 * The totals of a transfer, for the report and the 移交接收登记表.
 *
 * @param items 件数: catalogue rows
 * @param pages 页数: the sum of the catalogue's 页数 column (rows with a number)
 * @param bytes payload bytes
 * @param files payload files
 */
public record TransferTotals(long items, long pages, long bytes, long files) {
}
