package org.cadretraining.account;

import org.cadretraining.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("account_role")
record AccountRole(Role role) {}
