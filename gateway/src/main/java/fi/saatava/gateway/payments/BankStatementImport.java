package fi.saatava.gateway.payments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.agency.AgencyProperties;
import fi.saatava.gateway.iso20022.BankTransaction;
import fi.saatava.gateway.iso20022.Camt054Notification;
import fi.saatava.gateway.iso20022.Camt054Reader;
import fi.saatava.gateway.iso20022.InvalidIso20022Document;
import fi.saatava.gateway.iso20022.Iso20022Schema;
import fi.saatava.law.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a camt.054 file of the client-funds account. The file is stored as received, then each transaction is
 * received in its own transaction and a matched payment allocated in the next: a crash half-way loses nothing, and
 * importing the file again (or a file that repeats some of its transactions) receives only what is new, recognised
 * by the bank's archive reference, and retries the allocation of a payment still MATCHED.
 */
@Service
public class BankStatementImport {

    private static final Logger log = LoggerFactory.getLogger(BankStatementImport.class);

    private final Camt054Reader reader = new Camt054Reader();
    private final BankStatementRepository statements;
    private final PaymentReception reception;
    private final PaymentReversals reversals;
    private final PaymentAllocation allocation;
    private final AgencyProperties agency;
    private final Clock clock;

    BankStatementImport(BankStatementRepository statements, PaymentReception reception, PaymentReversals reversals,
                        PaymentAllocation allocation, AgencyProperties agency, Clock clock) {
        this.statements = statements;
        this.reception = reception;
        this.reversals = reversals;
        this.allocation = allocation;
        this.agency = agency;
        this.clock = clock;
    }

    /** What happened to one transaction of the file. */
    public enum Outcome {
        /** A new payment, matched or queued. */
        RECEIVED,
        /** A new reversal of a payment we hold. */
        REVERSED,
        /** A new reversal of a payment we do not hold: an operator must look into it. */
        REVERSAL_UNMATCHED,
        /** Imported before: nothing changed. */
        DUPLICATE,
        /** Not a debtor's payment (the agency's own transfers): left alone. */
        NOT_A_PAYMENT
    }

    public record Line(String bankReference, BankTransaction.Kind kind, Money amount, Outcome outcome,
                       Payment payment) {
    }

    public record Result(UUID statementId, String messageId, List<Line> lines) {
    }

    /**
     * @throws InvalidIso20022Document if the file is not a valid camt.054.001.02 of the client-funds account; then
     *                                  nothing was stored
     */
    public Result importFile(byte[] file, String operator) {
        Camt054Notification notification = reader.read(file);
        for (BankTransaction transaction : notification.transactions()) {
            if (!transaction.accountIban().equals(agency.iban())) {
                throw new InvalidIso20022Document(Iso20022Schema.CAMT_054_001_02, List.of("the file is about account "
                        + transaction.accountIban() + ", not the client-funds account " + agency.iban()));
            }
        }
        BankStatementRepository.Statement statement = statements.storeOnce(notification.messageId(), sha256(file),
                file, operator, clock.instant());
        List<Line> lines = new ArrayList<>();
        for (BankTransaction transaction : notification.transactions()) {
            lines.add(importTransaction(transaction, statement.id()));
        }
        log.info("Bank statement {} ({}): {} transactions, {} new", statement.id(), notification.messageId(),
                lines.size(), lines.stream().filter(line -> line.outcome() != Outcome.DUPLICATE).count());
        return new Result(statement.id(), notification.messageId(), lines);
    }

    private Line importTransaction(BankTransaction transaction, UUID statementId) {
        return switch (transaction.kind()) {
            case CREDIT -> {
                PaymentReception.Receipt receipt = reception.receive(new IncomingPayment(transaction.bankReference(),
                        statementId, transaction.amount(), transaction.bookingDate(), transaction.valueDate(),
                        transaction.creditorReference(), transaction.payerName(), transaction.payerIban(),
                        transaction.message()));
                yield line(transaction, receipt.duplicate() ? Outcome.DUPLICATE : Outcome.RECEIVED,
                        allocation.allocateIfMatched(receipt.payment()));
            }
            case REVERSAL -> {
                PaymentReversals.Outcome outcome = reversals.reverse(transaction, statementId);
                Outcome result = outcome.duplicate() ? Outcome.DUPLICATE
                        : outcome.reversed().isPresent() ? Outcome.REVERSED : Outcome.REVERSAL_UNMATCHED;
                yield line(transaction, result, outcome.reversed().orElse(null));
            }
            case OTHER -> line(transaction, Outcome.NOT_A_PAYMENT, null);
        };
    }

    private static Line line(BankTransaction transaction, Outcome outcome, Payment payment) {
        return new Line(transaction.bankReference(), transaction.kind(), transaction.amount(), outcome, payment);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
