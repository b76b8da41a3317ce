package fi.saatava.worker.letters.delivery;

import org.springframework.context.annotation.Bean;

import feign.codec.ErrorDecoder;
import fi.saatava.worker.kit.http.RemoteErrorDecoder;

/** Feign configuration of the print house client only (no gateway credentials). Not a scanned configuration. */
public class PrintHouseClientConfiguration {

    @Bean
    ErrorDecoder printHouseErrorDecoder() {
        return new RemoteErrorDecoder("print house");
    }
}
