{#- Two participants of one meeting met each other unless they stood on the same side: both
    subjects ("A and B met C"), both objects, both visitors or both hosts. Co-participants ("A and
    B met", "talks between A and B") and differing roles are opposite sides. -#}
{% macro on_opposite_sides(left_role, right_role) -%}
    not coalesce(
        {{ left_role }} = {{ right_role }}
        and {{ left_role }} in ('subject', 'object', 'visitor', 'host'),
        false
    )
{%- endmacro %}
