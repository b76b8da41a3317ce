package fi.saatava.gateway.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' record of insolvency proceedings and deaths (docs/contracts.md): a notice of new proceedings freezes
 * the claim's collection through its process; a later notice about the same proceedings completes their details (the
 * start, the lodging deadline, the administrator), which lodging the claim needs.
 */
@RestController
@RequestMapping(path = "/api/admin/claims/{claimId}/insolvency-proceedings",
        produces = MediaType.APPLICATION_JSON_VALUE)
class InsolvencyAdminController {

    private final InsolvencyProceedings proceedings;

    InsolvencyAdminController(InsolvencyProceedings proceedings) {
        this.proceedings = proceedings;
    }

    record AddressRequest(@NotBlank String street, @NotBlank @Pattern(regexp = "\\d{5}") String postalCode,
                          @NotBlank String city) {
    }

    record AdministratorRequest(@NotBlank String name, @Email String email, @Valid AddressRequest address) {
    }

    /** @param lodgingDeadline the valvontapäivä, the deadline set for the case, or the public summons' määräpäivä */
    record NoticeRequest(
            @NotNull @Pattern(regexp = "BANKRUPTCY|DEBT_ADJUSTMENT|RESTRUCTURING|DECEASED_ESTATE",
                    message = "must be BANKRUPTCY, DEBT_ADJUSTMENT, RESTRUCTURING or DECEASED_ESTATE")
            String procedure,
            String caseNumber,
            LocalDate startDate,
            LocalDate lodgingDeadline,
            @Valid AdministratorRequest administrator) {
    }

    /** @param delivered whether the claim's process took the notice (false: it already waits in the proceedings) */
    record NoticeView(InsolvencyProceeding proceeding, boolean delivered) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NoticeView> notice(@PathVariable UUID claimId, @Valid @RequestBody NoticeRequest request) {
        if (request.startDate() != null && request.lodgingDeadline() != null
                && request.lodgingDeadline().isBefore(request.startDate())) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(List.of(
                    new FieldProblem("lodgingDeadline", "must not be before startDate"))), null);
        }
        AdministratorRequest administrator = request.administrator();
        InsolvencyProceedings.Notice notice = proceedings.notify(claimId, new InsolvencyProceeding.Details(
                request.procedure(), request.caseNumber(), request.startDate(), request.lodgingDeadline(),
                administrator == null ? null : new InsolvencyProceeding.Administrator(administrator.name(),
                        administrator.email(), administrator.address() == null ? null
                        : new PostalAddress(administrator.address().street(), administrator.address().postalCode(),
                                administrator.address().city(), "FI"))));
        return ResponseEntity.status(notice.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new NoticeView(notice.proceeding(), notice.delivered()));
    }

    @GetMapping
    List<InsolvencyProceeding> list(@PathVariable UUID claimId) {
        return proceedings.all(claimId);
    }
}
