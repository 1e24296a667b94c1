{#- Connected components of an undirected graph, as two CTEs for a `with recursive` block:
    `reachable` (every node with every node it reaches, itself included) and `components`
    (node_id, component_id = the smallest node id it reaches). `nodes` is a relation with the
    node ids in column `node_column`; `edges` a relation with columns from_id and to_id holding
    both directions of each edge. Components take the smallest id, so the result does not depend
    on the order of the evidence; keep the graph sparse (blocked edges), the recursion enumerates
    reachable pairs. -#}
{% macro connected_components(nodes, node_column, edges) -%}
reachable (node_id, reached_id) as (

    select {{ node_column }} as node_id, {{ node_column }} as reached_id from {{ nodes }}
    union
    select {{ edges }}.to_id as node_id, reachable.reached_id
    from reachable
    inner join {{ edges }} on reachable.node_id = {{ edges }}.from_id

),

components as (

    select node_id, min(reached_id) as component_id
    from reachable
    group by node_id

)
{%- endmacro %}
