package dev.aigraph.extract;

import java.util.List;

/**
 * What extraction found in one document.
 *
 * @param language         the language read (given by the caller or detected)
 * @param languageDetected whether it was detected rather than given
 * @param sentences        how many sentences were read
 * @param facts            the facts, one per subject, relation and object, the best-attested sentence kept
 * @param proposedEntities organisations the gazetteer does not know that facts name, with the evidence
 */
public record Extraction(String doc, String language, boolean languageDetected, int sentences,
                         List<ExtractedFact> facts, List<ProposedEntity> proposedEntities) {

    /** An unknown name a relation puts in an organisation's role, proposed for review rather than invented. */
    public record ProposedEntity(String id, String name, String kind, String sentence) {
    }
}
