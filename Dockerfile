# One Dockerfile for every Saatava service: the build stage compiles the module with the Maven wrapper,
# the runtime stage holds only its runnable jar. docker-compose.yml sets MODULE and JAR per service.
#   docker build --build-arg MODULE=gateway --build-arg JAR=saatava-gateway-0.1.0-SNAPSHOT-exec.jar -t saatava-gateway .
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl "${MODULE}" -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG MODULE
ARG JAR
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home saatava \
    && mkdir -p /app/var/outbox && chown -R saatava /app
# Services keep local files under /app/var (the letters outbox); a named volume mounted there inherits the ownership.
WORKDIR /app
COPY --from=build /src/${MODULE}/target/${JAR} /app/app.jar
USER saatava
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
