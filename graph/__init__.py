"""diplograph's graph layer: domain model, store interface, backends, networkx bridge, maps."""
