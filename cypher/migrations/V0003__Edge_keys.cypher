// Direct edges are MERGEd on their key (subject, relation, object, scope). A uniqueness constraint per relation type
// backs that key as the node constraints back theirs: a duplicate edge cannot be committed, however writers race.
// (Community Edition has relationship uniqueness constraints, though not relationship key constraints.)
// One line per RelationType: a new relation type needs a new migration, which SchemaConstraintsTest asks for.
CREATE CONSTRAINT edge_key_invested_in IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_acquired IF NOT EXISTS FOR ()-[r:ACQUIRED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_buys_compute_from IF NOT EXISTS FOR ()-[r:BUYS_COMPUTE_FROM]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_runs_on IF NOT EXISTS FOR ()-[r:RUNS_ON]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_competes_with IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_develops IF NOT EXISTS FOR ()-[r:DEVELOPS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_uses_model IF NOT EXISTS FOR ()-[r:USES_MODEL]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_tests_model IF NOT EXISTS FOR ()-[r:TESTS_MODEL]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_licenses IF NOT EXISTS FOR ()-[r:LICENSES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_has_exclusive_rights IF NOT EXISTS FOR ()-[r:HAS_EXCLUSIVE_RIGHTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_has_right_of_first_refusal IF NOT EXISTS FOR ()-[r:HAS_RIGHT_OF_FIRST_REFUSAL]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_leads IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_works_for IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_based_in IF NOT EXISTS FOR ()-[r:BASED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_subsidiary_of IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() REQUIRE r.key IS UNIQUE;
