from graph.model import Event, GraphBatch, Label, Person, node


def test_write_is_idempotent(store):
    batch = GraphBatch(nodes=[node(Label.PERSON, Person(id="p1", name="A")), node(Label.EVENT, Event(id="e1"))])
    store.write(batch)
    store.write(batch)
    assert store.counts().nodes == {"Person": 1, "Event": 1}
