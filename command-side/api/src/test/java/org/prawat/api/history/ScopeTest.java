package org.prawat.api.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prawat.api.organisation.OrganisationUnitId;

class ScopeTest {

    private static final List<String> HR_DIVISION_OF_SONGKHLA = List.of("moi", "songkhla-pao", "songkhla-pao-hr");

    @Test
    void a_unit_covers_the_case_files_of_every_unit_below_it() {
        var songkhla = Scope.of(List.of(new OrganisationUnitId("songkhla-pao")));

        assertThat(songkhla.covers(HR_DIVISION_OF_SONGKHLA)).isTrue();
        assertThat(songkhla.covers(List.of("moi", "maehia-municipality"))).isFalse();
    }

    @Test
    void everything_covers_any_case_file_and_no_units_cover_none() {
        assertThat(Scope.everything().covers(HR_DIVISION_OF_SONGKHLA)).isTrue();
        assertThat(Scope.everything().covers(List.of())).isTrue();
        assertThat(Scope.of(List.of()).covers(HR_DIVISION_OF_SONGKHLA)).isFalse();
    }

    @Test
    void everything_names_no_units() {
        assertThatThrownBy(() -> new Scope(true, Set.of(new OrganisationUnitId("moi"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
