package fi.saatava.worker.letters.delivery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.saatava.worker.kit.task.PermanentFailureException;

/** The channels by name. */
public class DeliveryChannels {

    private final Map<String, DeliveryChannel> byName;

    public DeliveryChannels(List<DeliveryChannel> channels) {
        this.byName = channels.stream().collect(Collectors.toUnmodifiableMap(DeliveryChannel::name, Function.identity()));
    }

    public DeliveryChannel get(String name) {
        DeliveryChannel channel = byName.get(name);
        if (channel == null) {
            throw new PermanentFailureException("No delivery channel '" + name + "'");
        }
        return channel;
    }
}
