package fi.saatava.gateway.settlements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fi.saatava.gateway.agency.AgencyProperties;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.creditors.Creditor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A settlement's report for the creditor to reconcile: a CSV with one row per claim (amounts with two decimals and a
 * '.'), and a PDF with the creditor, the terms applied, the same rows and the totals.
 */
@Component
class SettlementReports {

    private final ClaimRepository claims;
    private final AgencyProperties agency;
    private final CsvMapper csv = new CsvMapper();

    SettlementReports(ClaimRepository claims, AgencyProperties agency) {
        this.claims = claims;
        this.agency = agency;
    }

    record Report(byte[] csv, byte[] pdf) {
    }

    /** One claim's row: the claim as the creditor knows it and its amounts. */
    @JsonPropertyOrder({"claimId", "creditorReference", "referenceNumber", "principal", "interest", "collectionCosts",
            "creditorCostShare", "commission", "fixedFee", "remittanceFees", "net"})
    record Row(UUID claimId, String creditorReference, String referenceNumber, String principal, String interest,
               String collectionCosts, String creditorCostShare, String commission, String fixedFee,
               String remittanceFees, String net) {
    }

    Report write(Settlement settlement, Creditor creditor, List<SettlementLine> lines) {
        List<Row> rows = lines.stream().map(this::row).toList();
        return new Report(csv(rows), pdf(settlement, creditor, rows));
    }

    private Row row(SettlementLine line) {
        Claim claim = claims.require(line.claimId());
        return new Row(line.claimId(), claim.creditorReference(), claim.referenceNumber(), line.principal().toString(),
                line.interest().toString(), line.costs().toString(), line.creditorCostShare().toString(),
                line.commission().toString(), line.fixedFee().toString(), line.remittanceFees().toString(),
                line.net().toString());
    }

    private byte[] csv(List<Row> rows) {
        try {
            return csv.writer(csv.schemaFor(Row.class).withHeader()).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a settlement CSV", e);
        }
    }

    private byte[] pdf(Settlement settlement, Creditor creditor, List<Row> rows) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                  @page { size: A4 landscape; margin: 15mm; }
                  body { font-family: sans-serif; font-size: 9pt; }
                  table { border-collapse: collapse; width: 100%; }
                  th, td { border-bottom: 0.5pt solid #999; padding: 2pt 4pt; text-align: right; }
                  th.text, td.text { text-align: left; }
                  tr.total td { font-weight: bold; border-top: 1pt solid #000; }
                </style></head><body>""");
        html.append("<h1>Tilitys / Settlement</h1>")
                .append(paragraph(agency.name() + " (" + agency.businessId() + ")"))
                .append(paragraph("Creditor: " + creditor.name() + " (" + creditor.businessId() + "), account "
                        + settlement.payeeIban()))
                .append(paragraph("Settled on " + settlement.settledOn() + ", settlement " + settlement.id()))
                .append(paragraph("Terms: commission " + settlement.terms().percent().toPlainString()
                        + " % of principal, interest and the creditor's share of costs; fixed fee "
                        + settlement.terms().fixedFeePerClaim() + " € per claim in its first settlement; creditor's "
                        + "share of collection costs " + settlement.terms().feeSharePercent().toPlainString() + " %"))
                .append("<table><tr><th class=\"text\">Claim</th><th class=\"text\">Reference</th>")
                .append("<th>Principal</th><th>Interest</th><th>Collection costs</th><th>Creditor's share</th>")
                .append("<th>Commission</th><th>Fixed fee</th><th>Remittance fees</th><th>Net</th></tr>");
        for (Row row : rows) {
            html.append("<tr><td class=\"text\">").append(escape(row.creditorReference())).append("</td>")
                    .append("<td class=\"text\">").append(row.referenceNumber()).append("</td>")
                    .append(cells(row.principal(), row.interest(), row.collectionCosts(), row.creditorCostShare(),
                            row.commission(), row.fixedFee(), row.remittanceFees(), row.net()))
                    .append("</tr>");
        }
        html.append("<tr class=\"total\"><td class=\"text\" colspan=\"2\">Total</td>")
                .append(cells(settlement.principal().toString(), settlement.interest().toString(),
                        settlement.costs().toString(), settlement.creditorCostShare().toString(),
                        settlement.commission().toString(), "", settlement.remittanceFees().toString(),
                        settlement.net().toString()))
                .append("</tr></table>")
                .append(paragraph("Paid to the creditor: " + settlement.net() + " €. The commission above includes "
                        + "the fixed fees. Collection costs beyond the creditor's share are the agency's. Remittance fees are the "
                        + "enforcement authority's (asetus ulosottomaksuista 3 a §), paid by the creditor: the authority "
                        + "withheld them from the money it transferred, so they are deducted once, here."))
                .append("</body></html>");
        return render(html.toString());
    }

    private static String cells(String... amounts) {
        StringBuilder cells = new StringBuilder();
        for (String amount : amounts) {
            cells.append("<td>").append(amount).append("</td>");
        }
        return cells.toString();
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render a settlement PDF", e);
        }
    }
}
