package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.cadretraining.browser.DrawnQrCodes;
import org.junit.jupiter.api.Test;

/**
 * The item's QR code reads back as the answering page's address, whatever the address: the browser journeys follow
 * the code a phone scans, so a code the test's reader cannot find would fail them now and then.
 */
class EvaluationQrTests {

    @Test
    void everyAnsweringAddressReadsBackFromTheCodeDrawnForIt() throws Exception {
        Random random = new Random(20261206);
        for (int i = 0; i < 400; i++) {
            String address = "http://localhost:" + (32768 + random.nextInt(28000)) + "/courses/"
                    + (1 + random.nextInt(100_000)) + "/evaluation?item=" + (1 + random.nextInt(1_000_000));
            assertThat(DrawnQrCodes.read(EvaluationQr.dataUri(address, 480))).isEqualTo(address);
        }
    }
}
