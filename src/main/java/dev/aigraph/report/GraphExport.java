package dev.aigraph.report;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The graph, or the part around one entity, as GraphML (Gephi, yEd), JSON or CSV (one row per edge, with both
 * entities' names, kinds and Wikidata ids), so it can be taken to other tools.
 */
@Service
public class GraphExport {

    /** The formats an export is written in. */
    public enum Format {
        GRAPHML("application/graphml+xml"), JSON("application/json"), CSV("text/csv");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format '" + text + "' is not one of graphml, json, csv", e);
            }
        }
    }

    // The depth bound is a validated integer formatted in, because a quantifier cannot be a parameter.
    private static final String NODES = """
            MATCH (x:Entity) WHERE $focus IS NULL OR x.id = $focus OR toLower(x.name) = toLower($focus)
            OPTIONAL MATCH (x)((a)-[r]-(b) WHERE r.key IS NOT NULL){1,%d}(y) WHERE $focus IS NOT NULL
            WITH collect(DISTINCT x) + collect(DISTINCT y) AS all
            UNWIND all AS e
            WITH DISTINCT e WHERE e IS NOT NULL
            RETURN e.id AS id, e.name AS name, e.kind AS kind, e.wikidata AS wikidata, e.website AS website
            ORDER BY id""";

    private static final String EDGES = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL AND a.id IN $ids AND b.id IN $ids
            RETURN a.id AS from, type(r) AS relation, b.id AS to, r.scope AS scope, r.amount AS amount,
                   r.currency AS currency, r.amountQualifier AS amountQualifier, r.quantity AS quantity,
                   r.unit AS unit, r.start AS start, r.end AS end, r.status AS status, r.sources AS sources
            ORDER BY from, relation, to""";

    private static final List<String> EDGE_COLUMNS = List.of("from", "fromName", "fromKind", "fromWikidata",
            "relation", "to", "toName", "toKind", "toWikidata", "scope", "amount", "currency", "amountQualifier",
            "quantity", "unit", "start", "end", "status", "sources");

    private final Driver driver;

    GraphExport(Driver driver) {
        this.driver = driver;
    }

    /** The nodes and edges of an export. */
    public record Graph(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
    }

    /**
     * Reads the whole graph, or the entities within {@code depth} hops of {@code focus} (an entity id or name) and
     * the edges between them.
     *
     * @throws IllegalArgumentException when no entity has that id or name
     */
    public Graph read(String focus, int depth) {
        var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        try (var session = driver.session(config)) {
            return session.executeRead(tx -> {
                var parameters = new LinkedHashMap<String, Object>();
                parameters.put("focus", focus);
                List<Map<String, Object>> nodes = tx.run(NODES.formatted(depth), parameters).list(GraphExport::map);
                if (focus != null && nodes.isEmpty()) {
                    throw new IllegalArgumentException("focus: no entity with id or name '" + focus + "'");
                }
                List<Object> ids = nodes.stream().map(n -> n.get("id")).toList();
                List<Map<String, Object>> edges = tx.run(EDGES, Map.of("ids", ids)).list(GraphExport::map);
                return new Graph(nodes, edges);
            });
        }
    }

    public String write(Graph graph, Format format) {
        return switch (format) {
            case JSON -> JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(graph);
            case CSV -> csv(graph);
            case GRAPHML -> graphml(graph);
        };
    }

    private static Map<String, Object> map(Record record) {
        var map = new LinkedHashMap<String, Object>();
        record.keys().forEach(k -> map.put(k, record.get(k).isNull() ? null : record.get(k).asObject()));
        return map;
    }

    private static String csv(Graph graph) {
        Map<Object, Map<String, Object>> nodes = new LinkedHashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.get("id"), n));
        var rows = graph.edges().stream().map(e -> {
            var row = new LinkedHashMap<String, Object>();
            var from = nodes.get(e.get("from"));
            var to = nodes.get(e.get("to"));
            row.put("from", e.get("from"));
            row.put("fromName", from.get("name"));
            row.put("fromKind", from.get("kind"));
            row.put("fromWikidata", from.get("wikidata"));
            row.put("relation", e.get("relation"));
            row.put("to", e.get("to"));
            row.put("toName", to.get("name"));
            row.put("toKind", to.get("kind"));
            row.put("toWikidata", to.get("wikidata"));
            EDGE_COLUMNS.subList(9, EDGE_COLUMNS.size()).forEach(c -> row.put(c, e.get(c)));
            return row;
        }).toList();
        var schema = CsvSchema.builder();
        EDGE_COLUMNS.forEach(schema::addColumn);
        return CsvMapper.builder().build().writer(schema.build().withHeader()).writeValueAsString(rows);
    }

    private static String graphml(Graph graph) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            List<String> nodeKeys = List.of("name", "kind", "wikidata", "website");
            List<String> edgeKeys = EDGE_COLUMNS.subList(9, EDGE_COLUMNS.size());
            for (String key : nodeKeys) {
                key(xml, "n_" + key, "node", key, "string");
            }
            key(xml, "e_relation", "edge", "relation", "string");
            for (String key : edgeKeys) {
                key(xml, "e_" + key, "edge", key, switch (key) {
                    case "amount", "sources" -> "long";
                    case "quantity" -> "double";
                    default -> "string";
                });
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "aigraph");
            xml.writeAttribute("edgedefault", "directed");
            for (Map<String, Object> node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", String.valueOf(node.get("id")));
                for (String key : nodeKeys) {
                    data(xml, "n_" + key, node.get(key));
                }
                xml.writeEndElement();
            }
            int i = 0;
            for (Map<String, Object> edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", String.valueOf(edge.get("from")));
                xml.writeAttribute("target", String.valueOf(edge.get("to")));
                data(xml, "e_relation", edge.get("relation"));
                for (String key : edgeKeys) {
                    data(xml, "e_" + key, edge.get(key));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write GraphML", e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String id, String target, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(String.valueOf(value));
        xml.writeEndElement();
    }
}
