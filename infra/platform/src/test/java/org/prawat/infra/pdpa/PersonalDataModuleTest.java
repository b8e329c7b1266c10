package org.prawat.infra.pdpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.TrainingId;
import org.prawat.infra.axon.AxonConfigurationAccess;

class PersonalDataModuleTest {

    private static final EmployeeId PRANEE = new EmployeeId("pranee");
    private static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            PRANEE,
            "3901100456783",
            "นางสาว",
            "ปราณี",
            "ศรีสงขลา",
            PersonnelType.MUNICIPAL_STAFF,
            new OrganisationUnitId("mae-hia-municipality"),
            "นักวิเคราะห์นโยบายและแผนชำนาญการ",
            "ชำนาญการ",
            LocalDate.of(2012, 6, 1));

    private final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
    private final ObjectMapper stored = AxonConfigurationAccess.axonJson().registerModule(new PersonalDataModule(keys));

    @Test
    void the_national_id_title_and_names_are_stored_encrypted_and_nothing_else_is() throws Exception {
        String json = stored.writeValueAsString(REGISTERED);

        assertThat(json)
                .doesNotContain("3901100456783", "ปราณี", "ศรีสงขลา", "นางสาว")
                .contains("นักวิเคราะห์นโยบายและแผนชำนาญการ", "2012-06-01", "pranee");
        var object = (ObjectNode) stored.readTree(json);
        for (String field : new String[] {"nationalId", "title", "firstName", "lastName"}) {
            assertThat(object.get(field).asText()).startsWith(PersonalDataCodec.PREFIX);
        }
    }

    @Test
    void a_stored_event_reads_back_as_it_was_while_the_person_has_a_key() throws Exception {
        String json = stored.writeValueAsString(REGISTERED);

        assertThat(stored.readValue(json, EmployeeRegistered.class)).isEqualTo(REGISTERED);
    }

    @Test
    void every_value_gets_its_own_iv_so_equal_names_do_not_show_as_equal_ciphertexts() throws Exception {
        assertThat(stored.writeValueAsString(REGISTERED)).isNotEqualTo(stored.writeValueAsString(REGISTERED));
    }

    @Test
    void once_the_key_is_destroyed_the_personal_fields_read_as_erased_and_the_rest_stays() throws Exception {
        String json = stored.writeValueAsString(REGISTERED);
        keys.destroy(PRANEE.value());

        var erased = stored.readValue(json, EmployeeRegistered.class);

        assertThat(erased.nationalId()).isNull();
        assertThat(erased.title()).isNull();
        assertThat(erased.firstName()).isNull();
        assertThat(erased.lastName()).isNull();
        assertThat(erased.position()).isEqualTo(REGISTERED.position());
        assertThat(erased.appointedOn()).isEqualTo(REGISTERED.appointedOn());
    }

    @Test
    void a_value_copied_into_another_persons_event_does_not_decrypt_there() throws Exception {
        var object = (ObjectNode) stored.readTree(stored.writeValueAsString(REGISTERED));
        keys.findOrCreate("somchai");
        object.put("employeeId", "somchai");

        var moved = stored.treeToValue(object, EmployeeRegistered.class);

        assertThat(moved.firstName()).isNull();
    }

    @Test
    void events_stored_in_clear_before_encryption_still_read() throws Exception {
        String clear = AxonConfigurationAccess.axonJson().writeValueAsString(REGISTERED);

        assertThat(stored.readValue(clear, EmployeeRegistered.class)).isEqualTo(REGISTERED);
    }

    @Test
    void records_without_personal_data_are_written_as_before() throws Exception {
        var id = new TrainingId("training-2568-1");

        assertThat(stored.writeValueAsString(id))
                .isEqualTo(AxonConfigurationAccess.axonJson().writeValueAsString(id));
    }
}
