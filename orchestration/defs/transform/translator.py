"""Asset keys are DuckDB relations: [schema, name] for dbt models, seeds and sources alike, so dbt
sources
line up with the Python assets that write them and the graph is one lineage. Groups follow the
folder."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtProject

GROUP_OWNERS = {
    "staging": "team:transform",
    "intermediate": "team:transform",
    "marts": "team:transform",
    "analysis": "team:analysis",
    "reference": "team:transform",
}


def relation_key(props: Mapping[str, Any]) -> dg.AssetKey:
    if props["resource_type"] == "source":
        return dg.AssetKey([props["schema"], props.get("identifier") or props["name"]])
    schema = props.get("config", {}).get("schema") or props["schema"]
    return dg.AssetKey([schema, props.get("alias") or props["name"]])


def group_for(props: Mapping[str, Any]) -> str:
    if props["resource_type"] == "seed":
        return "reference"
    fqn = props.get("fqn", [])
    return fqn[1] if len(fqn) > 2 else "transform"


class NewsDbtTranslator(DagsterDbtTranslator):
    def get_asset_spec(
        self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        key = relation_key(props)
        if props["resource_type"] == "source":
            return spec.replace_attributes(key=key)
        group = group_for(props)
        return spec.replace_attributes(
            key=key, group_name=group, owners=[GROUP_OWNERS.get(group, "team:transform")]
        )
