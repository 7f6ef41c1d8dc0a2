/**
 * Evaluation (训后评估): a question bank of bilingual templates, each course's questionnaire (template, evaluated
 * agenda items, when it opens and closes, whether completion waits for it), and the trainees' anonymous answers.
 *
 * <h2>Anonymous, but once per trainee</h2>
 *
 * Only the course's trainees answer, each once. Two records are kept apart, and nothing stored joins them:
 *
 * <ul>
 *   <li>{@code evaluation_answered (course_id, cadre_ids, pending)}: who has answered, for the response rate, for
 *       completion and to refuse a second submission. One row per course holds the set of cadre ids, kept sorted by
 *       id: there is no row per submission whose place on disk or whose key could tell who answered before whom, and
 *       no time. It is read as a set or a count. The same row holds the pool ({@code pending}) described below.
 *   <li>{@code evaluation_response (id, course_id, template_id)} and {@code evaluation_answer (id, course_id,
 *       response_id, ...)}: what was answered. Their keys are random UUIDs (no serial number counts the submissions), and they
 *       hold no person, no account, and no time or date of any kind. Every read of them orders by something that
 *       says nothing of who answered when (the random key, the question, the value), never by the order written.
 * </ul>
 *
 * A submission checks every answer first, then, in one statement of one transaction, adds the trainee to the set and
 * the response to the pool: a refused or failed submission leaves neither. The statement locks the course's row, so
 * a second submission, even a concurrent one, finds the trainee there and is refused before it writes anything.
 * No page, API answer or export shows a response with a person.
 *
 * <h2>Why the answers wait in a pool</h2>
 *
 * PostgreSQL marks every row with the transaction that wrote it ({@code xmin}, readable by any query) and stores new
 * rows one after another ({@code ctid}). Rows of its own would thus date each response, and the session table,
 * written in the transaction right after a request and naming the person whose request it was, would tell whose the
 * newest one is. So a response first joins the pool in the set's row, sorted by its random key; every submission
 * rewrites that row, which therefore carries the newest transaction for every response in it. Once the pool holds
 * twice {@code app.evaluation.min-answers}, half of it, the responses whose random keys come first, moves to the
 * tables in that submission's transaction, written in the order of their random keys: every transaction that wrote
 * answers wrote at least the threshold's number of responses, and the newest submission is hidden among as many
 * others as results need anyway. The pool lies beside the set in one row, but each is sorted by its own key (the
 * cadre's id, the response's random key), so neither's place leads to the other. Closing moves the rest and writes every response and answer of the course again
 * under new random keys in one transaction, in a random order: a closed questionnaire's answers have no order at
 * all. Results, the templates' "answered" mark and the lecturers' scores read the views {@code
 * evaluation_response_given} and {@code evaluation_answer_given}, which join the tables and the pool.
 *
 * <p>The response rate and reminders read only the set: how many of the trainees are in it, and the names of those
 * who are not, so they can be reminded. A round of reminders is kept as when, by whom and to how many, never to
 * whom; the in-app notice each reminded trainee receives does carry its time, and so tells that this trainee had not
 * answered by then, which the organiser saw on the page anyway. It says nothing of any answer.
 *
 * <p>What this cannot hide, and why: someone who reads the database after every single submission sees each
 * response arrive in the pool, as the organiser watching the response rate sees each name leave the list; and
 * someone with superuser rights who inspects PostgreSQL's internals could compare the old versions of the set's row,
 * until vacuum removes them. The application never reads either. While the questionnaire is open, the moves from
 * the pool are in the order of submission, so a response is known to be among the threshold's number of early or
 * late ones; closing takes that away too.
 *
 * <h2>Results</h2>
 *
 * Results are sums computed in the database ({@code ResultsStore}), in one pass over the course's answers (the course
 * is on each answer row, so that pass does not depend on PostgreSQL's statistics knowing the course, which they do not
 * right after closing rewrote it): per question and evaluated item, how many gave each rating or option, and the free
 * texts sorted by their wording. No response is ever read with its answers.
 * They are shown (page, API, XLSX, PDF, the lecturers' scores) only from {@code app.evaluation.min-answers}
 * responses on (default 5), for the course and for each item on its own count, so that a small group cannot be read
 * person by person; below it only the count is told.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "organisation", "course", "enrolment", "completion", "documents"})
package org.cadretraining.evaluation;
