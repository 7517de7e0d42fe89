package dev.aigraph.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import dev.aigraph.system.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole graph as a backup file over HTTP, and back. Both need the API key, the backup too: it is every fact,
 * source and pending proposal at once. A restore body is spooled to a temporary file (a restore reads the file twice:
 * once to check it, once to write it), at most {@code aigraph.backup.max-body-bytes}.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "backup", description = "The whole graph to a file, and back into an empty database")
class BackupController {

    static final String NDJSON = "application/x-ndjson";

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final GraphBackup backup;
    private final GraphRestore restore;
    private final long maxBodyBytes;

    BackupController(GraphBackup backup, GraphRestore restore,
                     @Value("${aigraph.backup.max-body-bytes:1073741824}") long maxBodyBytes) {
        this.backup = backup;
        this.restore = restore;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** What a restore wrote. */
    record RestoreReport(long nodeCount, long relationshipCount, Map<String, Long> nodes,
                         Map<String, Long> relationships) {
    }

    @Operation(summary = "Back up the whole graph as JSON Lines (needs the API key)",
            description = "Streams every node and relationship with all properties: a header line, one line per "
                    + "node, one per relationship, and a trailer with the counts and a SHA-256 of the lines before "
                    + "it. Save it to a file; POST it to /api/restore, or give it to the restore command, to bring "
                    + "the graph back into an empty database. A body that ends without the trailer is incomplete.")
    @GetMapping(path = "/backup", produces = NDJSON)
    void backup(HttpServletResponse response) throws IOException {
        response.setContentType(NDJSON);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"aigraph-backup-" + LocalDate.now() + ".jsonl\"");
        // The container closes the stream: closing it here would commit the response before an error could reset it.
        try {
            var counts = backup.write(response.getOutputStream(), Progress.NONE);
            log.info("Backup sent: {} nodes, {} relationships", counts.nodeCount(), counts.relationshipCount());
        } catch (IllegalStateException cannotBackUp) {
            // Once lines are sent the status is too; the client then gets a file without a trailer.
            if (response.isCommitted()) {
                throw cannotBackUp;
            }
            response.reset();
            throw ApiProblem.of(HttpStatus.CONFLICT, cannotBackUp.getMessage());
        }
    }

    @Operation(summary = "Restore a backup into the empty database (needs the API key)",
            description = "Body: a file from GET /api/backup or the backup command. The database must hold no graph "
                    + "(409 otherwise). The whole file is checked before anything is written; a bad file answers "
                    + "400 with the line and what is wrong, and writes nothing. Larger than "
                    + "aigraph.backup.max-body-bytes (1 GiB): 413, use the restore command.")
    @PostMapping(path = "/restore", consumes = {NDJSON, MediaType.APPLICATION_NDJSON_VALUE, "application/jsonl",
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    RestoreReport restore(HttpServletRequest request) throws IOException {
        try {
            // Before receiving what may be a gigabyte.
            restore.requireEmpty();
        } catch (DatabaseNotEmptyException e) {
            throw ApiProblem.of(HttpStatus.CONFLICT, e.getMessage());
        }
        Path file = Files.createTempFile("aigraph-restore-", ".jsonl");
        try {
            spool(request, file);
            var counts = restore.restore(file, Progress.NONE);
            log.info("Restored a backup: {} nodes, {} relationships", counts.nodeCount(),
                    counts.relationshipCount());
            return new RestoreReport(counts.nodeCount(), counts.relationshipCount(), counts.nodes(),
                    counts.relationships());
        } catch (BackupFileException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "the body is not a whole aigraph backup, nothing was "
                    + "written: " + e.getMessage());
        } catch (DatabaseNotEmptyException e) {
            throw ApiProblem.of(HttpStatus.CONFLICT, e.getMessage());
        } catch (RestoreFailedException e) {
            log.error("Restore failed", e);
            throw ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void spool(HttpServletRequest request, Path file) throws IOException {
        try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBodyBytes) {
                    throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBodyBytes
                            + " bytes (aigraph.backup.max-body-bytes); restore a larger backup with the restore "
                            + "command");
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
