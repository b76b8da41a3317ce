package fi.saatava.worker.letters.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The letter snapshot documented in docs/contracts.md binds to this worker's {@link LetterSnapshot} with no field left
 * over. The gateway's own test checks that its snapshots have exactly the documented example's fields, so together
 * they hold every field the gateway sends to one the worker reads.
 */
class LetterSnapshotContractTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void theDocumentedSnapshotHasNoFieldTheWorkerIgnores() throws IOException {
        LetterSnapshot letter = json.readValue(documentedExample(), LetterSnapshot.class);

        assertThat(letter.deliveryOrOutbox().channel()).isEqualTo(LetterSnapshot.Delivery.EMAIL);
        assertThat(letter.deliveryOrOutbox().email()).isNotBlank();
        assertThat(letter.isVoided()).isFalse();
        assertThat(letter.isDirectlyEnforceable()).isTrue();
        assertThat(letter.creditor().originalName()).isNotBlank();
        assertThat(letter.payment().amount()).isEqualTo(letter.total());
        assertThat(letter.amounts()).filteredOn(item -> "LATE_INTEREST".equals(item.kind()))
                .allSatisfy(item -> assertThat(item.from()).isBefore(item.to()))
                .extracting(LetterSnapshot.AmountItem::rate).doesNotContainNull();
        assertThat(letter.letterDate()).isEqualTo(LocalDate.parse("2025-11-21"));
    }

    /** The first JSON block of the "Letter snapshot" section (tests run in workers/letters). */
    private static String documentedExample() throws IOException {
        String contracts = Files.readString(Path.of("..", "..", "docs", "contracts.md"), StandardCharsets.UTF_8);
        String section = contracts.substring(contracts.indexOf("### Letter snapshot"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        return section.substring(start, section.indexOf("```", start));
    }
}
