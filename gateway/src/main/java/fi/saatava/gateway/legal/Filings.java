package fi.saatava.gateway.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.gateway.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares filings create-or-return (docs/contracts.md, "Filings"): the first call with a filing id freezes the
 * document as of that day, every later call gets exactly the same text, so a retried filing sends the authority a
 * byte-identical body. Also records the authorities' receipts, the first one per filing.
 */
@Service
public class Filings {

    private static final Logger log = LoggerFactory.getLogger(Filings.class);

    private final ClaimRepository claims;
    private final LegalRecords records;
    private final Map<FilingKind, FilingDocument> documents = new EnumMap<>(FilingKind.class);
    private final ObjectMapper json;
    private final Clock clock;

    Filings(ClaimRepository claims, LegalRecords records, List<FilingDocument> documents, ObjectMapper json,
            Clock clock) {
        this.claims = claims;
        this.records = records;
        documents.forEach(document -> this.documents.put(document.kind(), document));
        this.json = json;
        this.clock = clock;
    }

    /** @param created whether this call prepared the document (false: it returns the document frozen earlier) */
    public record Prepared(String document, boolean created) {
    }

    @Transactional
    public Prepared prepare(UUID claimId, String filingId, FilingKind kind) {
        var existing = records.findFiling(filingId);
        if (existing.isPresent()) {
            return new Prepared(sameFiling(existing.get(), claimId, kind).document(), false);
        }
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        LocalDate today = LocalDate.now(clock);
        String document = toJson(documents.get(kind).prepare(claim, filingId, today));
        boolean created = records.insertFilingIfAbsent(
                new Filing(filingId, claimId, kind, today, document, clock.instant(), null));
        if (created) {
            log.info("Claim {}: {} filing {} prepared", claimId, kind, filingId);
        }
        Filing stored = records.findFiling(filingId).orElseThrow();
        return new Prepared(sameFiling(stored, claimId, kind).document(), created);
    }

    /** @return whether this receipt was recorded (false: the filing already had one, which is kept) */
    @Transactional
    public boolean recordReceipt(String filingId, Filing.Receipt receipt) {
        records.findFiling(filingId).orElseThrow(() -> new FilingNotFoundException(filingId));
        boolean recorded = records.recordReceiptIfAbsent(filingId, receipt, clock.instant());
        if (recorded) {
            log.info("Filing {} received by {} as {}", filingId, receipt.authority(), receipt.reference());
        }
        return recorded;
    }

    private static Filing sameFiling(Filing filing, UUID claimId, FilingKind kind) {
        if (!filing.claimId().equals(claimId) || filing.kind() != kind) {
            throw new ConflictException("Filing " + filing.id() + " is a " + filing.kind() + " filing of claim "
                    + filing.claimId() + ", not a " + kind + " filing of claim " + claimId);
        }
        return filing;
    }

    private String toJson(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a filing document", e);
        }
    }

    static class FilingNotFoundException extends NotFoundException {

        FilingNotFoundException(String filingId) {
            super("No filing with id " + filingId);
        }
    }
}
