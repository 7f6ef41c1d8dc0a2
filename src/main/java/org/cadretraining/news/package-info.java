/**
 * News: columns (栏目) and bilingual articles with a review workflow (an editor drafts, a reviewer approves or
 * rejects, a publisher publishes now or at a set time), every revision kept; and the public portal that readers use
 * without signing in, with exact browse counts and previous/next links. The article editor offers the photos staff
 * took during a course (from material); drafts name the course's materials and its completion counts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organisation", "course", "enrolment", "completion", "material"})
package org.cadretraining.news;
