package fi.saatava.gateway.payments;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.clientfunds.CreditTransferFiles;
import fi.saatava.gateway.iso20022.InvalidIso20022Document;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.law.identifiers.Iban;
import fi.saatava.law.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' money-in API: bank statements (camt.054), single payments, the unmatched queue with its decisions,
 * and refunds paid by credit transfer file. HTTP basic with an operator's credentials (see the security package).
 */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class PaymentAdminController {

    private final BankStatementImport statementImport;
    private final PaymentReception reception;
    private final PaymentRepository payments;
    private final UnmatchedPayments unmatched;
    private final RefundRepository refunds;
    private final RefundTransfers refundTransfers;
    private final PaymentAllocation allocation;
    private final CurrentOperator operator;

    PaymentAdminController(BankStatementImport statementImport, PaymentReception reception,
                           PaymentRepository payments, UnmatchedPayments unmatched, RefundRepository refunds,
                           RefundTransfers refundTransfers, PaymentAllocation allocation,
                           CurrentOperator operator) {
        this.allocation = allocation;
        this.statementImport = statementImport;
        this.reception = reception;
        this.payments = payments;
        this.unmatched = unmatched;
        this.refunds = refunds;
        this.refundTransfers = refundTransfers;
        this.operator = operator;
    }

    record ImportedLine(String bankReference, String kind, String amount, String outcome, PaymentView payment) {
    }

    record ImportedStatement(UUID statementId, String messageId, List<ImportedLine> lines) {
    }

    @PostMapping(path = "/bank-statements", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ImportedStatement importStatement(@RequestBody byte[] file) {
        BankStatementImport.Result result = statementImport.importFile(file, operator.name());
        return new ImportedStatement(result.statementId(), result.messageId(), result.lines().stream()
                .map(line -> new ImportedLine(line.bankReference(), line.kind().name(), line.amount().toString(),
                        line.outcome().name(), line.payment() == null ? null : PaymentView.of(line.payment())))
                .toList());
    }

    @PostMapping(path = "/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PaymentView> receive(@Valid @RequestBody SinglePaymentRequest request) {
        String payerIban = request.payer() == null ? null : request.payer().iban();
        if (payerIban != null && !Iban.validate(payerIban).valid()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(List.of(
                    new FieldProblem("payer.iban", Iban.validate(payerIban).problem()))), null);
        }
        PaymentReception.Receipt receipt = reception.receive(new IncomingPayment(request.bankReference().trim(),
                null, Money.of(request.amount()), request.date(), request.date(), request.reference(),
                request.payer() == null ? null : request.payer().name(),
                payerIban == null ? null : Iban.compact(payerIban), request.message()));
        PaymentView view = PaymentView.of(allocation.allocateIfMatched(receipt.payment()));
        return receipt.duplicate() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/admin/payments/" + view.id())).body(view);
    }

    /** Newest first; e.g. {@code ?processMessage=NOT_DELIVERED}: allocated payments whose process did not take them. */
    @GetMapping("/payments")
    List<PaymentView> payments(@RequestParam(required = false) PaymentState state,
                               @RequestParam(required = false) ProcessMessage processMessage) {
        return payments.list(state, processMessage).stream().map(PaymentView::of).toList();
    }

    @GetMapping("/payments/{id}")
    PaymentView payment(@PathVariable UUID id) {
        return PaymentView.of(payments.find(id).orElseThrow(() -> new PaymentNotFoundException(id)));
    }

    @GetMapping("/unmatched-payments")
    List<PaymentView> unmatchedPayments() {
        return unmatched.queue().stream().map(PaymentView::of).toList();
    }

    record Assignment(@NotNull UUID claimId) {
    }

    @PostMapping(path = "/unmatched-payments/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    PaymentView assign(@PathVariable UUID id, @Valid @RequestBody Assignment assignment) {
        return PaymentView.of(allocation.allocateIfMatched(unmatched.assign(id, assignment.claimId(),
                operator.name())));
    }

    /** @param payeeIban optional: the account the payment came from is used when absent */
    record RefundDecision(@Size(max = 70) String payeeName, @Size(max = 34) String payeeIban) {
    }

    @PostMapping(path = "/unmatched-payments/{id}/refund", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RefundView> refund(@PathVariable UUID id, @Valid @RequestBody RefundDecision decision) {
        if (decision.payeeIban() != null && !Iban.validate(decision.payeeIban()).valid()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(List.of(
                    new FieldProblem("payeeIban", Iban.validate(decision.payeeIban()).problem()))), null);
        }
        RefundView refund = RefundView.of(unmatched.refund(id, decision.payeeName(), decision.payeeIban(),
                operator.name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(refund);
    }

    @GetMapping("/refunds")
    List<RefundView> dueRefunds() {
        return refunds.due().stream().map(RefundView::of).toList();
    }

    record PayeeAccount(@NotNull @Size(max = 34) String payeeIban) {
    }

    /** The account of a refund whose payer's account the bank did not give (e.g. an overpayment entered by hand). */
    @PutMapping(path = "/refunds/{id}/payee-account", consumes = MediaType.APPLICATION_JSON_VALUE)
    RefundView setPayeeAccount(@PathVariable UUID id, @Valid @RequestBody PayeeAccount account) {
        if (!Iban.validate(account.payeeIban()).valid()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(List.of(
                    new FieldProblem("payeeIban", Iban.validate(account.payeeIban()).problem()))), null);
        }
        return RefundView.of(refundTransfers.setPayeeAccount(id, Iban.compact(account.payeeIban()), operator.name()));
    }

    /** A credit transfer file as stored; its content is at {@code /api/admin/credit-transfer-files/{id}}. */
    record TransferFileView(UUID id, String messageId, String purpose, LocalDate executionDate, String total,
                            int transfers, Instant createdAt, String createdBy) {

        static TransferFileView of(CreditTransferFiles.StoredFile file) {
            return new TransferFileView(file.id(), file.messageId(), file.purpose().name(), file.executionDate(),
                    file.total().toString(), file.transfers(), file.createdAt(), file.createdBy());
        }
    }

    @PostMapping("/refund-transfers")
    ResponseEntity<TransferFileView> payRefunds() {
        CreditTransferFiles.StoredFile file = refundTransfers.payDueRefunds(operator.name());
        return ResponseEntity.created(URI.create("/api/admin/credit-transfer-files/" + file.id()))
                .body(TransferFileView.of(file));
    }

    @ExceptionHandler(InvalidIso20022Document.class)
    ResponseEntity<ProblemDetail> invalidFile(InvalidIso20022Document invalid) {
        ProblemDetail problem = ProblemResponses.invalidRequest(invalid.problems().stream()
                .map(message -> new FieldProblem("file", message)).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
