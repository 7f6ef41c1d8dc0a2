package org.cadretraining.organisation;

public enum Gender {
    MALE,
    FEMALE
}
