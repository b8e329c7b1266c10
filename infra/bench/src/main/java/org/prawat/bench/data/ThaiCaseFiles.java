package org.prawat.bench.data;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.AssignUnitManager;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.bench.data.OrganisationTree.Head;

/**
 * Thai local-government case files for the benchmarks, the same for the same size and seed: real
 * provinces and districts, Thai names and positions, careers since the records began (fiscal year
 * 2561) with two evaluations a year, trainings from the seed texts, commendations, plans and a few
 * corrections. Each case file is drawn from its own generator, so {@link #caseFiles()} may be
 * consumed lazily and in parallel; nothing but the organisation tree is held in memory.
 *
 * <p>Send in this order: {@link #organisation()}, {@link #courses()}, {@link #caseFiles()} (each
 * case file's commands in order), {@link #unitManagers()} (they name registered employees), then
 * {@link #attendance()}. RequestCorrection is the record owner's to send (AccessPolicy), the unit
 * commands an administrator's, everything else an HR officer's.
 */
public final class ThaiCaseFiles implements BenchData {

    /** Case files drawn to learn the average size before the rest is extrapolated. */
    private static final int CALIBRATION_SAMPLE = 2_000;

    private final DataSize size;
    private final long seed;
    private final OrganisationTree tree;
    private final Profiles profiles;
    private final CaseFileWriter writer;
    private final CourseCatalogue catalogue;
    private final int employees;

    public ThaiCaseFiles(DataSize size, long seed) {
        this.size = size;
        this.seed = seed;
        this.tree = new OrganisationTree(size, seed);
        this.profiles = new Profiles(seed, tree, BenchCalendar.recordsSince(size));
        this.writer = new CaseFileWriter(seed, tree);
        this.catalogue = new CourseCatalogue(size, seed, tree.largestTeam().name());
        long others = EventCounts.of(organisation())
                + EventCounts.of(courses())
                + tree.heads().size()
                + catalogue.attendanceEvents();
        this.employees = employeesFor(size.events() - others);
    }

    @Override
    public DataSize size() {
        return size;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public List<Object> organisation() {
        return List.copyOf(tree.commands());
    }

    @Override
    public List<Object> courses() {
        return catalogue.courses();
    }

    @Override
    public Stream<CaseFile> caseFiles() {
        return IntStream.range(0, employees).mapToObj(this::caseFile);
    }

    /** Employee {@code index}'s case file (0 ≤ index < {@link #employees()}), generated anew. */
    public CaseFile caseFile(int index) {
        return writer.write(profiles.profile(index));
    }

    @Override
    public Stream<Object> attendance() {
        return catalogue.attendance(profiles, employees).stream();
    }

    /**
     * Each organisation's and division's head made its manager; send after the case files, since
     * a manager must be a registered employee. (Not part of {@link #organisation()} for that reason.)
     */
    @Override
    public List<Object> unitManagers() {
        List<Head> heads = tree.heads();
        return IntStream.range(0, heads.size())
                .mapToObj(i -> {
                    Profile head = profiles.profile(i);
                    LocalDate from = BenchCalendar.max(head.appointedOn(), head.recordsFrom());
                    return (Object) new AssignUnitManager(heads.get(i).unitId(), head.employeeId(), from);
                })
                .toList();
    }

    @Override
    public List<String> searchTerms() {
        return List.of(
                "การทำงานเป็นทีม",
                "ปฐมนิเทศ",
                "สถาบันดำรงราชานุภาพ",
                "ธรรมาภิบาล",
                "สำนักงานอัจฉริยะ",
                "บริการประชาชน",
                "คุณธรรม จริยธรรม",
                "ความเป็นเลิศ",
                "พนักงาน",
                "นักทรัพยากรบุคคล",
                "กองคลัง",
                "สงขลา",
                "ชูเกิด",
                "Mindset",
                "PMQA",
                "Thailand ๔.๐");
    }

    /** How many case files {@link #caseFiles()} holds. */
    public int employees() {
        return employees;
    }

    /** The 35-year career of about 500 events, fully recorded from 1991, for the as-at query. */
    public EmployeeId asAtEmployeeId() {
        return profiles.profile(profiles.veteranIndex()).employeeId();
    }

    /** The first province's อบจ.: its subtree holds over 1,000 people at MEDIUM, for the team timeline. */
    public OrganisationUnitId teamUnitId() {
        return tree.largestTeam().unitId();
    }

    /** The session whose attendance of exactly 300 people {@link #attendance()} records first. */
    public CourseSessionId bulkSessionId() {
        return catalogue.bulkSessionId();
    }

    /**
     * Exact for small data sets (the case files are counted one by one until the budget is spent);
     * beyond the calibration sample, extrapolated from the average of the ordinary case files in it.
     */
    private int employeesFor(long budget) {
        int specials = profiles.veteranIndex() + 1;
        long spent = 0;
        long ordinary = 0;
        int index = 0;
        for (; index < specials + CALIBRATION_SAMPLE && spent < budget; index++) {
            int events = caseFile(index).events();
            spent += events;
            ordinary += index < specials ? 0 : events;
        }
        if (spent >= budget) {
            return index;
        }
        double average = (double) ordinary / (index - specials);
        return index + (int) Math.round((budget - spent) / average);
    }
}
