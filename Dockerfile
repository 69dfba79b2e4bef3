# syntax=docker/dockerfile:1

# Build: the Maven wrapper builds the server's executable jar (tests run in CI, not here).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -pl server -am package -DskipTests \
    && cp server/target/taskapi-server-*-exec.jar /taskapi.jar \
    && java -Djarmode=tools -jar /taskapi.jar extract --destination /app

# Run: a JRE only, as an unprivileged user. Virtual threads want the newest JDK.
FROM eclipse-temurin:25-jre
RUN groupadd --system taskapi \
    && useradd --system --gid taskapi --home-dir /var/lib/taskapi --create-home taskapi
# Extracted: the jar and its libraries on a plain class path start faster than the nested jar.
COPY --from=build /app /app
USER taskapi
ENV PORT=8080 \
    TASKAPI_DATA_DIR=/var/lib/taskapi
EXPOSE 8080
# java is PID 1, so it receives SIGTERM itself and drains before it exits.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/taskapi.jar"]
