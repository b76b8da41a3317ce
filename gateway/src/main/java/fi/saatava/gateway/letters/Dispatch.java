package fi.saatava.gateway.letters;

import java.time.Instant;
import java.util.UUID;

/** When and how a letter left, as the letters worker reported it first. */
record Dispatch(UUID letterId, DispatchChannel channel, Instant dispatchedAt) {
}
