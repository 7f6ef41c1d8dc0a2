/** Demo data: on request, fills an empty database with the seed course's organisation and sample people. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "organisation",
            "course",
            "course :: site",
            "course :: lecturer",
            "enrolment",
            "news"
        })
package org.cadretraining.demo;
