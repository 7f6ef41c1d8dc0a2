package org.cadretraining.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the answers to one question (about the course, or about one evaluated item) add up to: how many answered,
 * how many chose each scale level (1 to 5) or each option, and the free texts sorted by their wording. Built only
 * where the threshold is reached.
 */
record QuestionResult(Question question, long answers, List<Long> counts, List<String> texts) {

    QuestionResult {
        counts = List.copyOf(counts);
        texts = List.copyOf(texts);
    }

    /** The mean over every rating given to the scale questions among {@code results}; null without any. */
    static BigDecimal meanOf(List<QuestionResult> results) {
        long sum = 0;
        long ratings = 0;
        for (QuestionResult result : results) {
            if (result.scaled()) {
                sum += result.ratingSum();
                ratings += result.ratings();
            }
        }
        return mean(sum, ratings);
    }

    /** A mean of ratings to two decimals, rounded half up; null without any rating. */
    static BigDecimal mean(long ratingSum, long ratings) {
        return ratings == 0
                ? null
                : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
    }

    /** The mean of a scale question, to two decimals; null for any other kind or without answers. */
    public BigDecimal mean() {
        return meanOf(List.of(this));
    }

    public boolean scaled() {
        return question.kind().scaled();
    }

    public boolean choice() {
        return question.kind().choice();
    }

    public boolean freeText() {
        return question.kind() == QuestionKind.FREE_TEXT;
    }

    /** The share of the answers that chose the level or option at {@code index}, in whole per cent. */
    public long percent(int index) {
        return answers == 0 ? 0 : Math.round(100.0 * counts.get(index) / answers);
    }

    private long ratings() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    private long ratingSum() {
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            sum += (long) (i + QuestionKind.LOWEST) * counts.get(i);
        }
        return sum;
    }
}
