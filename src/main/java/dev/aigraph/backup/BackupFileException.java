package dev.aigraph.backup;

/** A backup file a restore will not read: what is wrong and on which line. Nothing was written. */
public final class BackupFileException extends RuntimeException {

    private final long line;

    BackupFileException(long line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** The line (from 1) where the problem is. */
    public long line() {
        return line;
    }
}
