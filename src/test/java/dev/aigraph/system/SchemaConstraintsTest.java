package dev.aigraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.aigraph.graph.RelationType;
import dev.aigraph.support.AigraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every key the writers MERGE on is backed by a uniqueness constraint once the migrations have run: the natural keys
 * of the nodes, and the key of every relation type's direct edges.
 */
@AigraphTest
class SchemaConstraintsTest {

    @Autowired
    Driver driver;

    @Test
    void everyMergeKeyHasAUniquenessConstraint() {
        List<String> unique = driver.executableQuery("""
                        SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
                        WHERE type IN ['UNIQUENESS', 'RELATIONSHIP_UNIQUENESS'] AND size(properties) = 1
                        RETURN labelsOrTypes[0] + '.' + properties[0] AS key""").execute().records().stream()
                .map(r -> r.get("key")).map(Value::asString).toList();

        var nodeKeys = Stream.of("Entity.id", "Source.id", "Claim.id", "Alias.key", "Proposal.id");
        var edgeKeys = Arrays.stream(RelationType.values()).map(type -> type.name() + ".key");
        assertThat(unique).containsAll(Stream.concat(nodeKeys, edgeKeys).toList());
    }
}
