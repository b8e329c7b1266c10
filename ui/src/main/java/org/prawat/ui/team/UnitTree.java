package org.prawat.ui.team;

import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitNode;

/**
 * The units a user may see as a tree, fully open. A manager's scope covers only their unit and the
 * units below it, so their tree starts at their own unit.
 */
final class UnitTree extends TreeGrid<OrganisationUnitNode> {

    UnitTree() {
        setId("units");
        setHeightFull();
        addHierarchyColumn(OrganisationUnitNode::name).setHeader(getTranslation("team.units"));
    }

    /** Shows {@code units} (parents before children) and selects the first top unit. */
    void show(List<OrganisationUnitNode> units) {
        var data = new TreeData<OrganisationUnitNode>();
        var byId = new HashMap<OrganisationUnitId, OrganisationUnitNode>();
        for (var unit : units) {
            // A unit whose parent lies outside the scope is a top unit of this tree.
            data.addItem(unit.parentId() == null ? null : byId.get(unit.parentId()), unit);
            byId.put(unit.unitId(), unit);
        }
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        first(data).ifPresent(this::select);
    }

    private static Optional<OrganisationUnitNode> first(TreeData<OrganisationUnitNode> data) {
        return data.getRootItems().stream().findFirst();
    }
}
