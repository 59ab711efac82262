# Build stage: the same Maven build as ./quotedesk, tests left to CI.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
RUN mvn -q -B -DskipTests -Dspotless.check.skip=true package

# Run stage: a JRE, the jar with its copied dependencies, defaults and seeds; no root.
FROM eclipse-temurin:17-jre
RUN groupadd --system quotedesk && useradd --system --gid quotedesk --home /app quotedesk
WORKDIR /app
COPY --from=build /src/target/quotedesk.jar ./quotedesk.jar
COPY --from=build /src/target/lib ./lib
COPY config ./config
COPY seeds ./seeds
RUN mkdir /data && chown quotedesk:quotedesk /data
USER quotedesk
ENV QUOTEDESK_DATA_DIR=/data
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Dquotedesk.home=/app", "-jar", "/app/quotedesk.jar"]
CMD ["--help"]
