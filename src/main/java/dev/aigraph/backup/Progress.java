package dev.aigraph.backup;

/** Told, as a backup or restore goes, how far it is; for a progress bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (stage, done, total) -> { };

    /** The steps of a backup and a restore, each counted in lines of the file. */
    enum Stage {
        BACKUP("backing up"),
        CHECK("checking"),
        RESTORE("restoring");

        private final String description;

        Stage(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * @param done  lines written (backup, restore) or read (check) so far
     * @param total lines in all, or -1 while unknown (a file is checked before its length in lines is known)
     */
    void step(Stage stage, long done, long total);
}
