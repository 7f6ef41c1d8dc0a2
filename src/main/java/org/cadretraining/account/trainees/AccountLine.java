package org.cadretraining.account.trainees;

import org.cadretraining.enrolment.ClassMember;

/**
 * One trainee in a preview of accounts to make: the user name they get (their staff number) or already have; why
 * they cannot have one ({@code reasonKey}, null otherwise); the one-time password once the account is made.
 */
record AccountLine(
        ClassMember trainee,
        String username,
        State state,
        String reasonKey,
        Object[] reasonArguments,
        String password) {

    enum State {
        MAKE,
        HAS_ACCOUNT,
        CANNOT
    }

    static AccountLine toMake(ClassMember trainee) {
        return new AccountLine(trainee, trainee.staffNumber(), State.MAKE, null, new Object[0], null);
    }

    static AccountLine existing(ClassMember trainee, String username) {
        return new AccountLine(trainee, username, State.HAS_ACCOUNT, null, new Object[0], null);
    }

    static AccountLine refused(ClassMember trainee, String reasonKey, Object[] reasonArguments) {
        return new AccountLine(trainee, trainee.staffNumber(), State.CANNOT, reasonKey, reasonArguments, null);
    }

    AccountLine madeWith(String oneTimePassword) {
        return new AccountLine(trainee, username, state, reasonKey, reasonArguments, oneTimePassword);
    }
}
