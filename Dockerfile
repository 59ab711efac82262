# Build stage: the same Maven build as ./quotedesk, tests left to CI. Base images are pinned to
# exact tags so a rebuild gets the same JDK; bump them on purpose.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
RUN mvn -q -B -DskipTests -Dspotless.check.skip=true package

# Run stage: a JRE, the jar with its copied dependencies, defaults and seeds; no root.
FROM eclipse-temurin:17.0.13_11-jre
RUN groupadd --system quotedesk && useradd --system --gid quotedesk --home /app quotedesk
WORKDIR /app
COPY --from=build /src/target/quotedesk.jar ./quotedesk.jar
COPY --from=build /src/target/lib ./lib
COPY config ./config
COPY seeds ./seeds
# Class-data sharing: measured to cut serve's time to ready by a third (docker/cds-training.sh).
COPY docker/cds-training.sh /tmp/cds-training.sh
RUN bash /tmp/cds-training.sh && rm /tmp/cds-training.sh
RUN mkdir /data && chown quotedesk:quotedesk /data
USER quotedesk
# The SQLite archive (unless db.url names PostgreSQL) lives in the volume, not the container.
ENV QUOTEDESK_DATA_DIR=/data
VOLUME /data
# serve --http --port 3000 answers Slack here; in Socket Mode the same port serves /health,
# /ready and /metrics (slack.healthPort).
ENV QUOTEDESK_SLACK_HEALTH_PORT=3000
EXPOSE 3000
# Liveness from bash alone (the JRE image has no curl): GET /health must answer 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/3000 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
# SIGTERM drains answers in flight for up to 25 s: stop with `docker stop -t 30`.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=/app/quotedesk.jsa", "-Xshare:auto", \
  "-Dquotedesk.home=/app", "-jar", "/app/quotedesk.jar"]
CMD ["--help"]
