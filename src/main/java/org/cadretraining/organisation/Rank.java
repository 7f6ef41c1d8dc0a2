package org.cadretraining.organisation;

import org.cadretraining.shared.LocalizedText;

/** A rank (级别) from the institution's configurable list, and which requirement tier it falls under. */
public record Rank(String code, LocalizedText name, String tier) {}
