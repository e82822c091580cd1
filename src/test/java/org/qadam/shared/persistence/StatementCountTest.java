package org.qadam.shared.persistence;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCountTest {

    private final StatementCount cut = new StatementCount();

    @Test
    void countsEachStatementOfThisThreadAndTheTimeBetweenItsTwoEvents() throws Exception {
        StatementCount.Snapshot before = StatementCount.now();
        for (int i = 0; i < 3; i++) {
            cut.preExecuteCall(null);
            Thread.sleep(2);
            cut.postExecuteCall(null);
        }
        StatementCount.Snapshot done = StatementCount.now().since(before);
        assertThat(done.statements()).isEqualTo(3);
        assertThat(done.dbMillis()).isGreaterThanOrEqualTo(6.0);
    }

    @Test
    void anotherThreadsStatementsAreNotThisOnes() throws Exception {
        StatementCount.Snapshot before = StatementCount.now();
        CompletableFuture.runAsync(() -> {
            cut.preExecuteCall(null);
            cut.postExecuteCall(null);
        }).get();
        assertThat(StatementCount.now().since(before).statements()).isZero();
    }
}
