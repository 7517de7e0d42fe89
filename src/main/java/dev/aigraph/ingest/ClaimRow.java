package dev.aigraph.ingest;

import dev.aigraph.graph.Evidence;
import dev.aigraph.graph.Fact;

/**
 * One claim ready to write: the fact with its endpoints resolved to entity ids, the key of the direct edge it
 * supports, and its evidence.
 *
 * @param position the line (statements) or index (JSON facts) it came from, for reports back to the user
 */
record ClaimRow(String id, EdgeKey edge, Fact fact, Evidence evidence, int position) {
}
