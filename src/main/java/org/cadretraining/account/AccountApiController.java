package org.cadretraining.account;

import java.util.Set;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.web.bind.annotation.GetMapping;

/** Lets an API client check whose credentials it holds and what they may do. */
@ApiController("/api/v1/account")
class AccountApiController {

    record Me(String username, String displayName, Set<Role> roles, Long cadreId, Long liaisonUnitId) {}

    private final Accounts accounts;

    AccountApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    Me me() {
        Account account = accounts.find(CurrentUser.get().accountId());
        return new Me(
                account.username(),
                account.displayName(),
                account.roleSet(),
                account.cadreId(),
                account.liaisonUnitId());
    }
}
