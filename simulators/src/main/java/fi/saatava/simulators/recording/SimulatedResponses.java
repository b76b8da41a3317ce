package fi.saatava.simulators.recording;

import org.springframework.http.ResponseEntity;

/** Turns an exchange into the HTTP answer, marking replays the way common idempotent APIs do. */
public final class SimulatedResponses {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private SimulatedResponses() {
    }

    public static ResponseEntity<Object> toEntity(Exchange exchange) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(exchange.response().status());
        if (exchange.replayed()) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.body(exchange.response().body());
    }
}
