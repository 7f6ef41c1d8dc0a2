package org.cadretraining.demo;

/**
 * One part of the demo data (the organisation now; the course and its news article later). Steps run in their
 * {@link org.springframework.core.annotation.Order} within one transaction, so a later step can find what an
 * earlier one wrote through the codes and staff numbers that {@link DemoOrganisation} publishes.
 */
interface DemoStep {

    void fill(Seed seed);
}
