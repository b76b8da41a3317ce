package fi.saatava.simulators.recording;

/**
 * The answer to one delivery.
 *
 * @param replayed true when the answer is the stored result of an earlier delivery with the same key
 */
public record Exchange(SimulatedResponse response, boolean replayed) {
}
