package org.prawat.query.organisation;

import java.util.List;
import org.prawat.query.employee.EmployeeProjection;
import org.prawat.query.projection.LiveProjectionTarget;
import org.prawat.query.projection.ProjectionSet;
import org.prawat.query.projection.ProjectionTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live organisation units and the same projection made afresh for a rebuild. */
@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    @Bean
    OrganisationUnitProjection organisationUnitProjection(LiveProjectionTarget target) {
        return new OrganisationUnitProjection(target);
    }

    @Bean
    ProjectionSet organisationUnitProjections() {
        return new ProjectionSet() {
            @Override
            public String processingGroup() {
                return EmployeeProjection.PROCESSING_GROUP;
            }

            @Override
            public List<String> aliases() {
                return List.of(OrganisationUnits.INDEX);
            }

            @Override
            public List<Object> projections(ProjectionTarget target) {
                return List.of(new OrganisationUnitProjection(target));
            }
        };
    }
}
