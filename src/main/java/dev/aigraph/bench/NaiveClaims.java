package dev.aigraph.bench;

import java.util.List;

import org.springframework.data.neo4j.core.schema.DynamicLabels;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/**
 * The naive way to write facts, for comparison only: a Spring Data Neo4j repository and {@code save()} per fact. Each
 * save is its own transaction of several statements (the claim, then each related entity and source, then each
 * relationship). Spring Boot registers it like any repository; only the benchmark calls it.
 */
interface NaiveClaims extends Neo4jRepository<NaiveClaims.Claim, String> {

    /** A claim with its subject, object and source, mapped the way a first SDN model would map it. */
    @Node("Claim")
    record Claim(@Id String id, String relation, String edge, String sentence, Long amount, String currency,
                 String start, String end, @Relationship("SUBJECT") Entity subject,
                 @Relationship("OBJECT") Entity object, @Relationship("STATED_IN") Source source) {
    }

    /** An entity, its kind as a second label as aigraph has it. */
    @Node("Entity")
    record Entity(@Id String id, String name, String kind, @DynamicLabels List<String> labels) {
    }

    @Node("Source")
    record Source(@Id String id, String title, String published) {
    }
}
