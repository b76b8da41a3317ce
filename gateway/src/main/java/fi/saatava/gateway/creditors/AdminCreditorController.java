package fi.saatava.gateway.creditors;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import fi.saatava.gateway.openapi.ApiExamples;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Operators register creditors and manage their API keys (HTTP basic, operators and admins only). */
@RestController
@RequestMapping(path = "/api/admin/creditors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin: creditors", description = "Registering creditors and managing their API keys")
class AdminCreditorController {

    private final CreditorRegistration registration;
    private final CreditorRepository creditors;
    private final ApiKeys apiKeys;
    private final ApiKeyRepository keys;

    AdminCreditorController(CreditorRegistration registration, CreditorRepository creditors, ApiKeys apiKeys,
                            ApiKeyRepository keys) {
        this.registration = registration;
        this.creditors = creditors;
        this.apiKeys = apiKeys;
        this.keys = keys;
    }

    /** @param apiKey the creditor's first key: shown only in this response */
    record RegisteredCreditor(CreditorView creditor, ApiKeys.IssuedKey apiKey) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a creditor", description = "Returns the creditor and its first API key. The key "
            + "is shown only in this response: it is stored as a hash and cannot be read again.")
    ResponseEntity<RegisteredCreditor> register(@io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = CreditorRequest.class),
                    examples = @ExampleObject(name = "creditor", value = ApiExamples.CREDITOR)))
                                                @Valid @RequestBody CreditorRequest request) {
        CreditorRegistration.Registered registered = registration.register(request);
        Creditor creditor = registered.creditor();
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(creditor.id()).toUri();
        return ResponseEntity.created(location).body(new RegisteredCreditor(
                CreditorView.of(creditor, keys.keysOf(creditor.id())), registered.apiKey()));
    }

    @GetMapping
    @Operation(summary = "List the creditors")
    List<CreditorView> list() {
        return creditors.all().stream().map(creditor -> CreditorView.of(creditor, keys.keysOf(creditor.id())))
                .toList();
    }

    @GetMapping("/{creditorId}")
    @Operation(summary = "Show a creditor and its API keys (never the secrets)")
    CreditorView show(@PathVariable UUID creditorId) {
        return CreditorView.of(existing(creditorId), keys.keysOf(creditorId));
    }

    /** @param interval {@code EVERY_RUN} (every settlement run, weekly by default) or {@code MONTHLY} */
    record SettlementSchedule(@NotNull @Pattern(regexp = "EVERY_RUN|MONTHLY", message = "must be EVERY_RUN or MONTHLY")
                              String interval) {
    }

    @PutMapping(path = "/{creditorId}/settlement-schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change how often the creditor is settled", description = "From the next settlement run: "
            + "EVERY_RUN settles it by every run, MONTHLY by the first run of a month that settles it. Funds held "
            + "so far stay client funds until a run settles them.")
    CreditorView changeSettlementSchedule(@PathVariable UUID creditorId,
                                          @Valid @RequestBody SettlementSchedule schedule) {
        if (!creditors.changeSettlementInterval(creditorId, SettlementInterval.valueOf(schedule.interval()))) {
            throw new CreditorNotFoundException(creditorId);
        }
        return show(creditorId);
    }

    @PostMapping("/{creditorId}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an additional API key", description = "The creditor's other keys stay valid, so it can "
            + "switch over without downtime and then revoke the old key. The key is shown only in this response.")
    ApiKeys.IssuedKey issue(@PathVariable UUID creditorId) {
        existing(creditorId);
        return apiKeys.issue(creditorId);
    }

    @PostMapping("/{creditorId}/api-keys/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rotate the API keys", description = "Issues a new key and revokes every other key of the "
            + "creditor at once, e.g. after a leak. The key is shown only in this response.")
    ApiKeys.IssuedKey rotate(@PathVariable UUID creditorId) {
        existing(creditorId);
        return apiKeys.rotate(creditorId);
    }

    @DeleteMapping("/{creditorId}/api-keys/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key", description = "Requests with the key are refused from now on. Revoking "
            + "a revoked key changes nothing.")
    void revoke(@PathVariable UUID creditorId, @PathVariable UUID keyId) {
        existing(creditorId);
        if (!apiKeys.revoke(creditorId, keyId)) {
            throw new ApiKeyNotFoundException(keyId);
        }
    }

    private Creditor existing(UUID creditorId) {
        return creditors.find(creditorId).orElseThrow(() -> new CreditorNotFoundException(creditorId));
    }
}
