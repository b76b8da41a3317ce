package fi.saatava.gateway.security;

import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the group every user task names as candidate group ({@code collection-operators}) and puts the configured
 * admin in it, so the admin sees operator tasks in Tasklist on a fresh install. Operators are added in Admin.
 */
@Component
class OperatorsGroup {

    private static final Logger log = LoggerFactory.getLogger(OperatorsGroup.class);

    private final IdentityService identityService;
    private final CamundaBpmProperties camunda;

    OperatorsGroup(IdentityService identityService, CamundaBpmProperties camunda) {
        this.identityService = identityService;
        this.camunda = camunda;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        String groupId = ProcessContract.Groups.OPERATORS;
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName("Collection operators");
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identityService.saveGroup(group);
            log.info("Created group {}", groupId);
        }
        String admin = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getId();
        if (admin != null && identityService.createUserQuery().userId(admin).memberOfGroup(groupId).count() == 0
                && identityService.createUserQuery().userId(admin).count() == 1) {
            identityService.createMembership(admin, groupId);
            log.info("Added {} to group {}", admin, groupId);
        }
    }
}
