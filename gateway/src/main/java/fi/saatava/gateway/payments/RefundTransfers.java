package fi.saatava.gateway.payments;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.clientfunds.CreditTransferFiles;
import fi.saatava.gateway.iso20022.CreditTransferBatch;
import fi.saatava.gateway.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pays the due refunds in one credit transfer file; each refund is paid by exactly one file. */
@Service
public class RefundTransfers {

    private static final Logger log = LoggerFactory.getLogger(RefundTransfers.class);

    private final RefundRepository refunds;
    private final CreditTransferFiles files;
    private final Clock clock;

    RefundTransfers(RefundRepository refunds, CreditTransferFiles files, Clock clock) {
        this.refunds = refunds;
        this.files = files;
        this.clock = clock;
    }

    /**
     * @throws RefundNotFoundException if there is no such refund
     * @throws ConflictException       if it was paid or cancelled already
     */
    @Transactional
    public Refund setPayeeAccount(UUID refundId, String iban, String operator) {
        Refund refund = refunds.find(refundId).orElseThrow(() -> new RefundNotFoundException(refundId));
        if (!refund.due()) {
            throw new ConflictException("Refund " + refundId + " is not due any more (paid or cancelled)");
        }
        refunds.setPayeeIban(refundId, iban);
        log.info("Refund {}: payee account given by {}", refundId, operator);
        return refunds.find(refundId).orElseThrow();
    }

    /**
     * Every due refund whose account is known.
     *
     * @throws ConflictException if no refund can be paid now
     */
    @Transactional
    public CreditTransferFiles.StoredFile payDueRefunds(String operator) {
        List<Refund> payable = refunds.lockDue().stream().filter(refund -> refund.payeeIban() != null).toList();
        if (payable.isEmpty()) {
            throw new ConflictException("No refund is due with a known account");
        }
        List<CreditTransferBatch.Transfer> transfers = payable.stream()
                .map(refund -> new CreditTransferBatch.Transfer("REFUND-" + refund.id().toString()
                        .replace("-", "").substring(0, 24), refund.amount(),
                        new CreditTransferBatch.Party(refund.payeeName(), refund.payeeIban(), null),
                        "Palautus / Refund " + refund.paymentId()))
                .toList();
        CreditTransferFiles.StoredFile file = files.create(CreditTransferFiles.Purpose.REFUNDS, transfers, operator);
        refunds.markTransferred(payable.stream().map(Refund::id).toList(), file.id(), clock.instant());
        log.info("{} refunds, {} € in all, in credit transfer file {} by {}", payable.size(), file.total(), file.id(),
                operator);
        return file;
    }
}
