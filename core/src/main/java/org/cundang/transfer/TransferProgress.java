package org.cundang.transfer;

/**
 * Progress of a validation's hashing phase. Called from worker threads: implementations must be thread-safe and
 * quick (a progress bar updates a volatile field).
 */
@FunctionalInterface
public interface TransferProgress {

    /** Reports nothing. */
    TransferProgress NONE = (f, ft, b, bt) -> { };

    /**
     * Called after each file.
     *
     * @param filesDone  files finished
     * @param filesTotal files to do
     * @param bytesDone  bytes finished
     * @param bytesTotal bytes to do
     */
    void progress(long filesDone, long filesTotal, long bytesDone, long bytesTotal);
}
