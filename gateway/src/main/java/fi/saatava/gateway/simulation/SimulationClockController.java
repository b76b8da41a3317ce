package fi.saatava.gateway.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.gateway.time.ClockConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' time machine for demos and end-to-end tests (docs/contracts.md, README "Time travel demo"): shows the
 * simulated time and moves it forward, by days or to a date (00:00 in Finland) or instant. Answers 409 unless the
 * gateway runs with the {@code simulation} profile.
 */
@RestController
@RequestMapping(path = "/api/admin/simulation/clock", produces = MediaType.APPLICATION_JSON_VALUE)
class SimulationClockController {

    private final TimeTravel travel;

    SimulationClockController(TimeTravel travel) {
        this.travel = travel;
    }

    /**
     * @param today  the Finnish calendar day, which the legal dates count in
     * @param offset how far simulated time is from the system clock
     */
    record ClockView(Instant now, LocalDate today, Duration offset) {

        static ClockView of(SimulationClock clock) {
            Instant now = clock.instant();
            return new ClockView(now, LocalDate.ofInstant(now, ClockConfiguration.FINLAND), clock.offset());
        }
    }

    /**
     * Exactly one of the two.
     *
     * @param advanceDays whole days forward
     * @param to          an ISO date (its 00:00 in Finland) or an ISO instant, not in the simulated past
     */
    record Move(@Positive @Max(3660) Integer advanceDays, String to) {
    }

    @GetMapping
    ClockView show() {
        return ClockView.of(travel.clock());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ClockView move(@Valid @RequestBody Move move) {
        SimulationClock clock = travel.clock();
        if ((move.advanceDays() == null) == (move.to() == null)) {
            throw invalid("advanceDays", "give either advanceDays or to");
        }
        Instant target = move.advanceDays() != null
                ? clock.instant().plus(Duration.ofDays(move.advanceDays()))
                : parse(move.to());
        try {
            travel.advanceTo(target);
        } catch (IllegalArgumentException e) {
            throw invalid("to", e.getMessage());
        }
        return ClockView.of(clock);
    }

    private static Instant parse(String to) {
        try {
            return to.length() == 10
                    ? LocalDate.parse(to).atStartOfDay(ClockConfiguration.FINLAND).toInstant()
                    : Instant.parse(to);
        } catch (DateTimeParseException e) {
            throw invalid("to", "must be an ISO date (yyyy-MM-dd) or instant (e.g. 2026-03-09T08:00:00Z)");
        }
    }

    private static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemResponses.invalidRequest(List.of(new FieldProblem(field, message))), null);
    }
}
