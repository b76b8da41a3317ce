package fi.saatava.gateway.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters go out when the debtor has no valid consent to e-mail (docs/contracts.md, letter snapshot).
 *
 * @param defaultChannel {@code PRINT} (the print house posts the letter; the simulators' print house in local runs)
 *                       or {@code OUTBOX} (the PDF in the letters worker's outbox is the letter, for installations
 *                       that post it by other means). Never {@code EMAIL}: that needs the debtor's consent.
 */
@ConfigurationProperties("saatava.letters")
record LetterChannelProperties(@DefaultValue("PRINT") DispatchChannel defaultChannel) {

    LetterChannelProperties {
        if (defaultChannel == DispatchChannel.EMAIL) {
            throw new IllegalArgumentException("saatava.letters.default-channel must be PRINT or OUTBOX: a letter "
                    + "goes by e-mail only with the debtor's consent (PerintäL 5 § 2 mom, spec §3.6)");
        }
    }
}
