package org.prawat.domain.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.pdpa.ErasePersonalData;
import org.prawat.api.pdpa.PersonalDataAlreadyErased;
import org.prawat.api.pdpa.PersonalDataErased;
import org.prawat.domain.TestClock;
import org.prawat.domain.lookup.InMemoryEmployeePlacements;
import org.prawat.domain.lookup.InMemoryNationalIdRegistry;
import org.prawat.domain.lookup.InMemoryOrganisationUnitDirectory;
import org.prawat.domain.lookup.InMemoryPersonalDataShredder;

class EmployeeErasureTest {

    private static final EmployeeId WANNA = new EmployeeId("wanna");
    private static final OrganisationUnitId PAO = new OrganisationUnitId("songkhla-pao");
    private static final OrganisationUnitId HR = new OrganisationUnitId("songkhla-pao-hr");
    private static final OrganisationUnitId FINANCE = new OrganisationUnitId("songkhla-pao-finance");
    private static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            WANNA,
            "1103700123453",
            "นาง",
            "วรรณา",
            "ทองประเสริฐ",
            PersonnelType.PROVINCIAL_STAFF,
            HR,
            "นักทรัพยากรบุคคลชำนาญการ",
            "ชำนาญการ",
            LocalDate.of(2010, 10, 1));
    private static final String LEGAL_BASIS = "มาตรา 33 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562";
    private static final String REQUEST = "สข 51001/1234";
    private static final String REASON = "เจ้าของข้อมูลพ้นจากราชการครบ 10 ปีและขอให้ลบข้อมูล";
    private static final ErasePersonalData ERASE = new ErasePersonalData(WANNA, LEGAL_BASIS, REQUEST, REASON);
    private static final PersonalDataErased ERASED = new PersonalDataErased(WANNA, LEGAL_BASIS, REQUEST);

    private final InMemoryOrganisationUnitDirectory units = new InMemoryOrganisationUnitDirectory();
    private final InMemoryPersonalDataShredder shredder = new InMemoryPersonalDataShredder();
    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        units.register(PAO, null);
        units.register(HR, PAO);
        units.register(FINANCE, PAO);
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResources(
                new InMemoryNationalIdRegistry(),
                units,
                shredder,
                new InMemoryEmployeePlacements(),
                TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void erasure_is_recorded_with_its_legal_basis_and_the_persons_key_is_shredded() {
        fixture.given(REGISTERED)
                .when(new ErasePersonalData(WANNA, " " + LEGAL_BASIS + " ", REQUEST + " ", REASON))
                .expectEvents(ERASED);
        assertThat(shredder.shredded()).containsExactly(WANNA);
    }

    @Test
    void the_reason_given_travels_in_the_metadata_of_the_erasure() {
        fixture.given(REGISTERED).when(ERASE).expectEvents(ERASED);
        var erasure = fixture.getEventStore()
                .readEvents(WANNA.value())
                .asStream()
                .filter(event -> event.getPayload() instanceof PersonalDataErased)
                .findFirst()
                .orElseThrow();
        assertThat(erasure.getMetaData()).containsAllEntriesOf(Map.of(MetaDataKeys.REASON, REASON));
    }

    @Test
    void a_person_who_has_left_service_may_still_be_erased() {
        var retired = new EmployeeSeparated(WANNA, SeparationReason.RETIRED, "99/2568", LocalDate.of(2025, 9, 30));
        fixture.given(REGISTERED, retired).when(ERASE).expectEvents(ERASED);
    }

    @Test
    void a_second_erasure_is_refused_and_shreds_nothing() {
        fixture.given(REGISTERED, ERASED)
                .when(ERASE)
                .expectException(refusedWith(PersonalDataAlreadyErased.class))
                .expectNoEvents();
        assertThat(shredder.shredded()).isEmpty();
    }

    @Test
    void an_erased_persons_records_still_take_career_changes() {
        var effective = LocalDate.of(2020, 10, 1);
        fixture.given(REGISTERED, ERASED)
                .when(new TransferEmployee(WANNA, FINANCE, "12/2563", effective))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_erasure_without_a_legal_basis_or_request_reference_or_reason_is_refused() {
        for (var incomplete : new ErasePersonalData[] {
            new ErasePersonalData(WANNA, " ", REQUEST, REASON),
            new ErasePersonalData(WANNA, LEGAL_BASIS, "", REASON),
            new ErasePersonalData(WANNA, LEGAL_BASIS, REQUEST, null)
        }) {
            assertThatThrownBy(() -> fixture.given(REGISTERED).when(incomplete))
                    .isInstanceOf(JSR303ViolationException.class);
        }
        assertThat(shredder.shredded()).isEmpty();
    }
}
