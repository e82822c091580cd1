package org.qadam.shared.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionsTest {

    @Test
    void noFilterMeansNoWhereClauseAtAll() {
        assertThat(new Conditions().where()).isEmpty();
    }

    @Test
    void theConditionsGivenAreJoinedWithAnd() {
        Conditions where = new Conditions().and("s.status <> :draft", "draft", "DRAFT").and("s.late = true")
                .and("(a.x = :x or a.y = :y)", "x", 1).with("y", 2);
        assertThat(where.where()).isEqualTo(" where s.status <> :draft and s.late = true and (a.x = :x or a.y = :y)");
    }
}
