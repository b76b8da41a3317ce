package fi.saatava.gateway.settlements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import fi.saatava.gateway.clientfunds.CreditTransferFiles;
import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.gateway.creditors.CreditorRepository;
import fi.saatava.gateway.iso20022.CreditTransferBatch;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a settlement run (process {@code settlement-run}), each idempotent in its own transaction: open the run
 * with its cut-off, find the next creditor with client funds to settle, settle it, and write one credit transfer file
 * for the run. A creditor whose unsettled funds are negative (the bank took back money settled before, and nothing
 * new came in) is left for a later run, so a settlement never asks money back.
 */
@Service
public class Settlements {

    /** Who the credit transfer files of settlement runs are recorded as created by. */
    static final String RUN_USER = "settlement-run";

    private static final Logger log = LoggerFactory.getLogger(Settlements.class);

    private final SettlementRepository settlements;
    private final CreditorRepository creditors;
    private final SettlementReports reports;
    private final CreditTransferFiles transferFiles;
    private final Clock clock;

    Settlements(SettlementRepository settlements, CreditorRepository creditors, SettlementReports reports,
                CreditTransferFiles transferFiles, Clock clock) {
        this.settlements = settlements;
        this.creditors = creditors;
        this.reports = reports;
        this.transferFiles = transferFiles;
        this.clock = clock;
    }

    /** The run of this process instance: created with the cut-off now, or found again on a retry. */
    @Transactional
    public UUID openRun(String processInstanceId) {
        settlements.insertRunOnce(UUID.randomUUID(), processInstanceId, clock.instant(), clock.instant());
        SettlementRun run = settlements.runOfProcess(processInstanceId).orElseThrow();
        log.info("Settlement run {} opened, cut-off {}", run.id(), run.cutoff());
        return run.id();
    }

    /**
     * The next creditor of the run with funds to settle that are not negative, if any, and due by its settlement
     * interval (a monthly creditor only in the first run of a month that settles it).
     */
    @Transactional
    public Optional<UUID> nextCreditor(UUID runId) {
        SettlementRun run = requireRun(runId);
        LocalDate runDay = LocalDate.ofInstant(run.cutoff(), ClockConfiguration.FINLAND);
        for (UUID creditorId : settlements.creditorsToSettle(runId, run.cutoff())) {
            Creditor creditor = creditors.require(creditorId);
            LocalDate lastSettledOn = settlements.settlementsOfCreditor(creditorId).stream().findFirst()
                    .map(Settlement::settledOn).orElse(null);
            if (!creditor.settlementInterval().due(runDay, lastSettledOn)) {
                continue;
            }
            Draft draft = draft(run, creditor);
            if (!draft.net().isNegative()) {
                return Optional.of(creditorId);
            }
            log.info("Settlement run {}: creditor {} has {} € to settle, negative: left for a later run", runId,
                    creditorId, draft.net());
        }
        return Optional.empty();
    }

    /**
     * Settles the creditor's client funds booked up to the run's cut-off and not settled before: one line per claim,
     * the reports, and every entry marked settled. Idempotent: a retried step finds the settlement made.
     */
    @Transactional
    public Settlement settle(UUID runId, UUID creditorId) {
        SettlementRun run = requireRun(runId);
        Optional<Settlement> done = settlements.settlementOf(runId, creditorId);
        if (done.isPresent()) {
            return done.get();
        }
        Creditor creditor = creditors.require(creditorId);
        Draft draft = draft(run, creditor);
        List<SettlementLine> lines = draft.lines();
        Settlement settlement = new Settlement(UUID.randomUUID(), runId, creditorId, LocalDate.now(clock),
                sum(lines, SettlementLine::principal), sum(lines, SettlementLine::interest),
                sum(lines, SettlementLine::costs), sum(lines, SettlementLine::creditorCostShare),
                sum(lines, SettlementLine::commission).plus(sum(lines, SettlementLine::fixedFee)),
                sum(lines, SettlementLine::remittanceFees), draft.net(),
                creditor.commission(), creditor.settlementIban(), clock.instant());
        SettlementReports.Report report = reports.write(settlement, creditor, lines);
        settlements.insert(settlement, lines, draft.entryIds(), report.csv(), report.pdf());
        log.info("Settlement {} of creditor {}: {} claims, {} entries, net {} €", settlement.id(), creditorId,
                lines.size(), draft.entryIds().size(), settlement.net());
        return settlement;
    }

    /**
     * One pain.001.001.03 file paying every settlement of the run with a positive net amount to the creditor's
     * settlement account; none when nothing is payable. Idempotent: the run is finished once.
     */
    @Transactional
    public Optional<CreditTransferFiles.StoredFile> writeTransfers(UUID runId) {
        SettlementRun run = requireRun(runId);
        if (run.finishedAt() != null) {
            return Optional.ofNullable(run.transferFileId()).flatMap(transferFiles::find);
        }
        List<CreditTransferBatch.Transfer> transfers = settlements.settlementsOfRun(runId).stream()
                .filter(settlement -> settlement.net().isPositive())
                .map(settlement -> new CreditTransferBatch.Transfer(
                        "SETTLEMENT-" + settlement.id().toString().replace("-", "").substring(0, 24),
                        settlement.net(), new CreditTransferBatch.Party(creditors.require(settlement.creditorId())
                                .name(), settlement.payeeIban(), null),
                        "Tilitys / Settlement " + settlement.settledOn() + " " + settlement.id()))
                .toList();
        Optional<CreditTransferFiles.StoredFile> file = transfers.isEmpty() ? Optional.empty()
                : Optional.of(transferFiles.create(CreditTransferFiles.Purpose.SETTLEMENT, transfers, RUN_USER));
        settlements.finishRun(runId, file.map(CreditTransferFiles.StoredFile::id).orElse(null), clock.instant());
        log.info("Settlement run {} finished: {} transfers, {} € in all", runId, transfers.size(),
                file.map(CreditTransferFiles.StoredFile::total).orElse(Money.ZERO));
        return file;
    }

    /**
     * Every creditor's client funds received and not settled yet, per claim (PerintäL 11 §): what the ledger's
     * client-funds payments and reversals and the confirmed enforcement remittances brought in, less what settlements
     * covered.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Map<UUID, CollectedFunds>> unsettledFunds() {
        Map<UUID, Map<UUID, CollectedFunds>> byCreditor = new LinkedHashMap<>();
        for (SettlementRepository.UnsettledEntry entry : settlements.allUnsettledEntries()) {
            byCreditor.computeIfAbsent(entry.creditorId(), id -> new LinkedHashMap<>())
                    .merge(entry.funds().claimId(), entry.funds(), CollectedFunds::plus);
        }
        return byCreditor;
    }

    public List<SettlementRun> runs() {
        return settlements.runs();
    }

    public List<Settlement> ofRun(UUID runId) {
        return settlements.settlementsOfRun(runId);
    }

    public List<Settlement> ofCreditor(UUID creditorId) {
        return settlements.settlementsOfCreditor(creditorId);
    }

    /** The settlement if it exists and belongs to the creditor. */
    public Optional<Settlement> findOfCreditor(UUID creditorId, UUID settlementId) {
        return settlements.find(settlementId).filter(settlement -> settlement.creditorId().equals(creditorId));
    }

    public List<SettlementLine> lines(UUID settlementId) {
        return settlements.lines(settlementId);
    }

    public Optional<byte[]> csv(UUID settlementId) {
        return settlements.report(settlementId, "report_csv");
    }

    public Optional<byte[]> pdf(UUID settlementId) {
        return settlements.report(settlementId, "report_pdf");
    }

    /** What settling the creditor now would do: its lines, their net, and the entries it would mark. */
    private record Draft(List<SettlementLine> lines, List<UUID> entryIds) {

        Money net() {
            return sum(lines, SettlementLine::net);
        }
    }

    private Draft draft(SettlementRun run, Creditor creditor) {
        Map<UUID, CollectedFunds> byClaim = new LinkedHashMap<>();
        List<UUID> entryIds = new ArrayList<>();
        for (SettlementRepository.UnsettledEntry entry : settlements.unsettledEntries(creditor.id(), run.cutoff())) {
            byClaim.merge(entry.funds().claimId(), entry.funds(), CollectedFunds::plus);
            entryIds.add(entry.entryId());
        }
        Set<UUID> settledBefore = settlements.claimsSettledBefore(byClaim.keySet());
        List<SettlementLine> lines = byClaim.values().stream()
                .map(funds -> SettlementCalculator.line(funds, creditor.commission(),
                        !settledBefore.contains(funds.claimId())))
                .toList();
        return new Draft(lines, entryIds);
    }

    private SettlementRun requireRun(UUID runId) {
        return settlements.lockRun(runId).orElseThrow(() -> new IllegalStateException("No settlement run " + runId));
    }

    private static Money sum(List<SettlementLine> lines, Function<SettlementLine, Money> part) {
        return lines.stream().map(part).reduce(Money.ZERO, Money::plus);
    }
}
