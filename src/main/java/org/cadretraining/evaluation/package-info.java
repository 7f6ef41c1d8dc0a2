/**
 * Evaluation (训后评估): a question bank of bilingual templates, each course's questionnaire (template, evaluated
 * agenda items, when it opens and closes, whether completion waits for it), and the trainees' anonymous answers.
 *
 * <h2>Anonymous, but once per trainee</h2>
 *
 * Only the course's trainees answer, each once. Two records are kept apart, and nothing stored joins them:
 *
 * <ul>
 *   <li>{@code evaluation_answered (course_id, cadre_ids)}: who has answered, for the response rate, for completion
 *       and to refuse a second submission. One row per course holds the set of cadre ids, kept sorted by id: there
 *       is no row per submission whose place on disk or whose key could tell who answered before whom, and no
 *       time. It is read as a set or a count.
 *   <li>{@code evaluation_response (id, course_id, template_id)} and {@code evaluation_answer (id, response_id,
 *       ...)}: what was answered. Their keys are random UUIDs (no serial number counts the submissions), and they
 *       hold no person, no account, and no time or date of any kind. Every read of them orders by something that
 *       says nothing of who answered when (the random key, the question, the value), never by the order written.
 * </ul>
 *
 * A submission checks every answer first, then adds the trainee to the set and writes the answers, in one
 * transaction: a refused or failed submission leaves neither. Adding to the set goes first and locks the course's
 * row, so a second submission, even a concurrent one, finds the trainee there and is refused before it writes an
 * answer. No page, API answer or export shows a response with a person.
 *
 * <p>The response rate and reminders read only the set: how many of the trainees are in it, and the names of those
 * who are not, so they can be reminded. A round of reminders is kept as when, by whom and to how many, never to
 * whom; the in-app notice each reminded trainee receives does carry its time, and so tells that this trainee had not
 * answered by then, which the organiser saw on the page anyway. It says nothing of any answer.
 *
 * <p>What this cannot hide, and why: the answers' rows lie on disk in the order they were written, so someone
 * reading the tables directly learns that one response came before another, but not whose it is. Someone with
 * database superuser rights who inspects PostgreSQL's internals could still, until vacuum removes them, compare
 * the old versions of the set's row and match the trainee each one added, through the hidden {@code xmin} column
 * that names the writing transaction, to the response written in the same transaction. The application never reads those.
 *
 * <h2>Results</h2>
 *
 * Results are sums computed in the database ({@code ResultsStore}): per question and evaluated item, how many gave
 * each rating or option, and the free texts sorted by their wording. No response is ever read with its answers.
 * They are shown (page, API, XLSX, PDF, the lecturers' scores) only from {@code app.evaluation.min-answers}
 * responses on (default 5), for the course and for each item on its own count, so that a small group cannot be read
 * person by person; below it only the count is told.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "organisation", "course", "enrolment", "completion", "documents"})
package org.cadretraining.evaluation;
