/**
 * Completion (结业) and certificates: when a course is completed each trainee's completion is decided by the rule
 * (credited 学时 reach the requirement, leave within the cap and not withdrawn, mandatory items attended or made up
 * (补学, recorded by the organiser, earning no 学时), the reflection report submitted where the course asks for one), with the reason for every non-completion; completers'
 * 学时 are written to the ledger item by item with an explanation, and they receive a certificate numbered per year
 * that anyone can verify by its QR code. While a course runs, each trainee's standing is kept in the database and
 * re-judged when attendance, leave, the agenda or the training rules change (their events), so the completion page
 * reads it rather than judging every trainee on each view. Also each cadre's archive (一人一档).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "organisation",
            "course",
            "enrolment",
            "attendance",
            "leave",
            "credit",
            "documents"
        })
package org.cadretraining.completion;
