package org.cadretraining.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.cadretraining.shared.Role;

/** The account form as an administrator fills it in; the cadre is named by staff number. */
record AccountForm(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = Accounts.USERNAME_PATTERN, message = "{account.username.pattern}")
        String username,

        @NotBlank(message = "{account.displayName.required}") @Size(max = 100, message = "{account.displayName.length}")
        String displayName,

        Set<Role> roles,

        @Size(max = 32, message = "{account.cadre.unknown}") String cadreStaffNumber,

        Long liaisonUnitId,
        Boolean enabled) {

    AccountForm {
        username = username == null ? "" : username.strip();
        displayName = displayName == null ? "" : displayName.strip();
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        cadreStaffNumber = cadreStaffNumber == null ? "" : cadreStaffNumber.strip();
        enabled = enabled != null && enabled;
    }

    static AccountForm empty() {
        return new AccountForm("", "", Set.of(), "", null, true);
    }

    static AccountForm of(Account account, String cadreStaffNumber) {
        return new AccountForm(
                account.username(),
                account.displayName(),
                account.roleSet(),
                cadreStaffNumber,
                account.liaisonUnitId(),
                account.enabled());
    }
}
