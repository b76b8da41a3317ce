package fi.saatava.gateway.simulation;

import java.time.Instant;

import fi.saatava.gateway.problem.ConflictException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Moves simulated time forward for the operators' simulation endpoint. Refused while jobs or external tasks are locked:
 * their locks are engine-clock times, so a jump would expire them and let the same work run twice. After the move the
 * job executor is woken, so the timers that came due fire at once.
 */
@Service
class TimeTravel {

    private static final Logger log = LoggerFactory.getLogger(TimeTravel.class);

    private final ObjectProvider<SimulationClock> clock;
    private final ManagementService managementService;
    private final ExternalTaskService externalTaskService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    TimeTravel(ObjectProvider<SimulationClock> clock, ManagementService managementService,
               ExternalTaskService externalTaskService, ProcessEngineConfigurationImpl engineConfiguration) {
        this.clock = clock;
        this.managementService = managementService;
        this.externalTaskService = externalTaskService;
        this.engineConfiguration = engineConfiguration;
    }

    /** @throws ConflictException when the gateway does not run with the simulation profile */
    SimulationClock clock() {
        SimulationClock simulation = clock.getIfAvailable();
        if (simulation == null) {
            throw new ConflictException("Time moves only when the gateway runs with the '"
                    + SimulationConfiguration.PROFILE + "' profile (SPRING_PROFILES_ACTIVE=" + SimulationConfiguration.PROFILE
                    + "); this gateway runs on the system clock");
        }
        return simulation;
    }

    /**
     * @throws ConflictException        when work is in flight, or the profile is off
     * @throws IllegalArgumentException when {@code target} is in the simulated past
     */
    Instant advanceTo(Instant target) {
        SimulationClock simulation = clock();
        long lockedJobs = managementService.createJobQuery().acquired().count();
        long lockedTasks = externalTaskService.createExternalTaskQuery().locked().count();
        if (lockedJobs > 0 || lockedTasks > 0) {
            throw new ConflictException(lockedJobs + " jobs and " + lockedTasks + " external tasks are being worked "
                    + "on; moving time now would expire their locks and let the work run twice. Try again when they "
                    + "are done.");
        }
        Instant now = simulation.advanceTo(target);
        if (engineConfiguration.getJobExecutor() != null) {
            engineConfiguration.getJobExecutor().jobWasAdded();
        }
        log.warn("Simulated time moved to {}", now);
        return now;
    }
}
