package org.prawat.ui.demo;

import static org.prawat.api.organisation.UnitKind.DIVISION;
import static org.prawat.api.organisation.UnitKind.MINISTRY;
import static org.prawat.api.organisation.UnitKind.ORGANISATION;
import static org.prawat.api.organisation.UnitKind.PROVINCE;
import static org.prawat.api.organisation.UnitKind.SECTION;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;

/** The organisations of the seed documents, parents before children. */
final class DemoUnits {

    static final String MINISTRY_NAME = "กระทรวงมหาดไทย";

    /** Units that employees are placed in, in order of assignment. */
    static final List<String> WORKPLACES = List.of(
            "กองการเจ้าหน้าที่",
            "ฝ่ายสรรหาและบรรจุแต่งตั้ง",
            "ฝ่ายพัฒนาบุคลากร",
            "สำนักปลัดเทศบาล",
            "กองคลัง เทศบาลเมืองแม่เหียะ",
            "สำนักปลัด องค์การบริหารส่วนตำบลใหม่",
            "กองคลัง องค์การบริหารส่วนตำบลใหม่",
            "สถาบันดำรงราชานุภาพ",
            "สถาบันพัฒนาบุคลากรท้องถิ่น");

    static List<CreateOrganisationUnit> all() {
        return List.of(
                unit(MINISTRY_NAME, MINISTRY, null),
                unit("สำนักงานปลัดกระทรวงมหาดไทย", ORGANISATION, MINISTRY_NAME),
                unit("สถาบันดำรงราชานุภาพ", DIVISION, "สำนักงานปลัดกระทรวงมหาดไทย"),
                unit("กรมส่งเสริมการปกครองท้องถิ่น", ORGANISATION, MINISTRY_NAME),
                unit("สถาบันพัฒนาบุคลากรท้องถิ่น", DIVISION, "กรมส่งเสริมการปกครองท้องถิ่น"),
                unit("จังหวัดสงขลา", PROVINCE, MINISTRY_NAME),
                unit("องค์การบริหารส่วนจังหวัดสงขลา", ORGANISATION, "จังหวัดสงขลา"),
                unit("กองการเจ้าหน้าที่", DIVISION, "องค์การบริหารส่วนจังหวัดสงขลา"),
                unit("ฝ่ายสรรหาและบรรจุแต่งตั้ง", SECTION, "กองการเจ้าหน้าที่"),
                unit("ฝ่ายพัฒนาบุคลากร", SECTION, "กองการเจ้าหน้าที่"),
                unit("จังหวัดเชียงใหม่", PROVINCE, MINISTRY_NAME),
                unit("เทศบาลเมืองแม่เหียะ", ORGANISATION, "จังหวัดเชียงใหม่"),
                unit("สำนักปลัดเทศบาล", DIVISION, "เทศบาลเมืองแม่เหียะ"),
                unit("กองคลัง เทศบาลเมืองแม่เหียะ", DIVISION, "เทศบาลเมืองแม่เหียะ"),
                unit("จังหวัดนครราชสีมา", PROVINCE, MINISTRY_NAME),
                unit("องค์การบริหารส่วนตำบลใหม่", ORGANISATION, "จังหวัดนครราชสีมา"),
                unit("สำนักปลัด องค์การบริหารส่วนตำบลใหม่", DIVISION, "องค์การบริหารส่วนตำบลใหม่"),
                unit("กองคลัง องค์การบริหารส่วนตำบลใหม่", DIVISION, "องค์การบริหารส่วนตำบลใหม่"));
    }

    /** Demo ids are derived from the name, so loading twice names the same units. */
    static OrganisationUnitId idOf(String name) {
        return new OrganisationUnitId(UUID.nameUUIDFromBytes(("demo-unit:" + name).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    private static CreateOrganisationUnit unit(String name, UnitKind kind, String parent) {
        return new CreateOrganisationUnit(idOf(name), name, kind, parent == null ? null : idOf(parent));
    }

    private DemoUnits() {}
}
