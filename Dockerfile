# Builds the same target/aigraph.jar as `mvn package` and runs it; docker-compose.yml runs it in server mode.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY cypher cypher
COPY src src
RUN mvn -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home aigraph
WORKDIR /home/aigraph
COPY --from=build /src/target/aigraph.jar /opt/aigraph/aigraph.jar
USER aigraph
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/aigraph/aigraph.jar"]
