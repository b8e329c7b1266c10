package org.prawat.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.prawat.api.course.RecordSessionAttendance;

class ThaiCaseFilesTest {

    @Test
    void the_same_seed_gives_the_same_commands() {
        assertThat(everything(new ThaiCaseFiles(DataSize.SMALL, 7)))
                .isEqualTo(everything(new ThaiCaseFiles(DataSize.SMALL, 7)));
    }

    @Test
    void another_seed_gives_other_people_and_records() {
        var one = new ThaiCaseFiles(DataSize.SMALL, 7);
        var other = new ThaiCaseFiles(DataSize.SMALL, 8);
        assertThat(one.caseFile(100).commands())
                .isNotEqualTo(other.caseFile(100).commands());
        assertThat(one.organisation()).isNotEqualTo(other.organisation());
    }

    @Test
    void a_case_file_comes_out_the_same_alone_in_parallel_or_in_sequence() {
        var data = new ThaiCaseFiles(DataSize.SMALL, 2568);
        List<CaseFile> inSequence = data.caseFiles().toList();
        assertThat(data.caseFiles().parallel().toList()).isEqualTo(inSequence);
        assertThat(data.caseFile(123)).isEqualTo(inSequence.get(123));
    }

    @Test
    void the_small_data_set_stores_ten_thousand_events_within_five_percent() {
        var data = new ThaiCaseFiles(DataSize.SMALL, 2568);
        long events = EventCounts.of(data.organisation())
                + EventCounts.of(data.courses())
                + data.caseFiles().mapToLong(CaseFile::events).sum()
                + EventCounts.of(data.unitManagers())
                + EventCounts.of(data.attendance().toList());
        assertThat(events).isBetween(9_500L, 10_500L);
    }

    @Test
    void bulk_attendance_holds_one_session_of_exactly_300_people() {
        var data = new ThaiCaseFiles(DataSize.SMALL, 2568);
        var bulk = (RecordSessionAttendance) data.attendance().findFirst().orElseThrow();
        assertThat(bulk.sessionId()).isEqualTo(data.bulkSessionId());
        assertThat(bulk.attendees()).hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void the_medium_data_set_has_a_team_of_over_a_thousand_people_under_one_unit() {
        var data = new ThaiCaseFiles(DataSize.MEDIUM, 2568);
        var tree = new OrganisationTree(DataSize.MEDIUM, 2568);
        var profiles = new Profiles(2568, tree, BenchCalendar.recordsSince(DataSize.MEDIUM));
        long inTeam = java.util.stream.IntStream.range(0, data.employees())
                .mapToObj(profiles::profile)
                .filter(p -> p.separatedOn() == null)
                .filter(p -> p.placement().organisation().unitId().equals(data.teamUnitId()))
                .count();
        assertThat(inTeam).isGreaterThan(1_000);
    }

    private static List<Object> everything(ThaiCaseFiles data) {
        return Stream.of(
                        data.organisation().stream(),
                        data.courses().stream(),
                        data.caseFiles().map(Object.class::cast),
                        data.unitManagers().stream().map(Object.class::cast),
                        data.attendance())
                .flatMap(s -> s)
                .toList();
    }
}
