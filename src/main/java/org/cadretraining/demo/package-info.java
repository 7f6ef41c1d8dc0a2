/**
 * Demo data: on request, fills an empty database with the seed course's organisation, people, course, attendance,
 * completion and certificates, and its news page.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "organisation",
            "course",
            "course :: site",
            "course :: lecturer",
            "enrolment",
            "attendance",
            "leave",
            "news"
        })
package org.cadretraining.demo;
