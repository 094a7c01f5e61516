"""The network diagram: what a student sees and clicks, for small and very wide networks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsTextItem

from nnbuilder.app.diagram import NetworkDiagram
from nnbuilder.spec import LayerSpec, stack_shapes

SMALL = [
    LayerSpec("Dense", {"units": 4, "activation": "relu"}),
    LayerSpec("Dropout", {"rate": 0.3}),
    LayerSpec("Dense", {"units": 1}),
]
WIDE = [
    LayerSpec("Dense", {"units": 512, "activation": "relu"}),
    LayerSpec("Dropout", {"rate": 0.3}),
    LayerSpec("BatchNormalization", {}),
    LayerSpec("Activation", {"activation": "relu"}),
    LayerSpec("Dense", {"units": 1}),
]


@pytest.fixture
def diagram(qtbot) -> NetworkDiagram:
    view = NetworkDiagram()
    qtbot.addWidget(view)
    view.resize(800, 450)
    view.show()
    qtbot.waitExposed(view)
    return view


def show(view: NetworkDiagram, input_width: int | None, layers: list[LayerSpec], selected: int | None = None) -> None:
    shapes = stack_shapes(layers, input_width) if input_width is not None else []
    view.set_network(input_width, layers, shapes, selected)


def texts(view: NetworkDiagram) -> list[str]:
    return [item.toPlainText() for item in view.items() if isinstance(item, QGraphicsTextItem)]


def items_with_tooltip(view: NetworkDiagram, start: str) -> list:
    return [item for item in view.items() if item.toolTip().startswith(start)]


def test_small_dense_layers_show_one_circle_per_unit_and_a_bias_node_each(diagram):
    show(diagram, 3, SMALL)
    assert diagram.neuron_count(-1) == 3
    assert diagram.neuron_count(0) == 4
    assert diagram.neuron_count(2) == 1
    assert not any(diagram.is_block(index) for index in (-1, 0, 1, 2))
    assert texts(diagram).count("1") == 2  # the two Dense layers' bias nodes
    assert any("3 inputs" in text for text in texts(diagram))


def test_a_layer_without_bias_has_no_bias_node(diagram):
    show(diagram, 3, [LayerSpec("Dense", {"units": 4, "use_bias": False}), LayerSpec("Dense", {"units": 1})])
    assert texts(diagram).count("1") == 1


def test_wide_layers_are_blocks_labelled_with_their_width(diagram):
    show(diagram, 11, WIDE)
    assert diagram.is_block(0)
    assert diagram.neuron_count(0) == 0
    assert "512\nunits" in texts(diagram)
    assert diagram.neuron_count(-1) == 11 and diagram.neuron_count(4) == 1


def test_the_width_limit_for_circles_is_sixteen(diagram):
    show(diagram, 16, [LayerSpec("Dense", {"units": 16}), LayerSpec("Dense", {"units": 17})])
    assert diagram.neuron_count(-1) == 16 and diagram.neuron_count(0) == 16
    assert diagram.is_block(1)
    show(diagram, 17, [])
    assert diagram.is_block(-1)


def test_layers_without_neurons_draw_no_neurons_and_are_labelled(diagram):
    show(diagram, 11, WIDE)
    for index in (1, 2, 3):
        assert diagram.neuron_count(index) == 0
        assert not diagram.is_block(index)
    assert {"rate 0.3", "BN", "relu"} <= set(texts(diagram))


def test_tooltips_explain_the_parameter_count(diagram):
    show(diagram, 11, WIDE)
    expected = "Dense: 512 units, relu — 11 inputs × 512 units + 512 biases = 6,144 parameters"
    assert {item.toolTip() for item in items_with_tooltip(diagram, "Dense: 512")} == {expected}
    assert items_with_tooltip(diagram, "Dropout: rate 0.3 — nothing to learn")


def test_the_selected_layer_and_only_it_is_highlighted(diagram):
    show(diagram, 3, SMALL, selected=2)
    assert diagram.highlighted_index() == 2
    accent = diagram.palette().color(QPalette.Highlight)
    circles = [item for item in diagram.items() if isinstance(item, QGraphicsEllipseItem)]
    outlined = {item.toolTip() for item in circles if item.pen().color() == accent}
    assert outlined == {items_with_tooltip(diagram, "Dense: 1 unit")[0].toolTip()}
    show(diagram, 3, SMALL, selected=None)
    assert diagram.highlighted_index() is None


def test_clicking_a_layer_reports_its_index_without_selecting_it(diagram, qtbot):
    show(diagram, 3, SMALL, selected=None)
    for start, index in (("Dense: 4 units", 0), ("Dropout", 1), ("Inputs", -1)):
        item = items_with_tooltip(diagram, start)[0]
        position = diagram.mapFromScene(item.sceneBoundingRect().center())
        with qtbot.waitSignal(diagram.layer_clicked) as signal:
            qtbot.mouseClick(diagram.viewport(), Qt.LeftButton, pos=position)
        assert signal.args == [index]
    assert diagram.highlighted_index() is None  # the window selects, by calling set_network


def test_clicking_empty_space_reports_nothing(diagram, qtbot):
    show(diagram, 3, SMALL)
    with qtbot.assertNotEmitted(diagram.layer_clicked):
        qtbot.mouseClick(diagram.viewport(), Qt.LeftButton, pos=QPoint(2, 2))


def test_twenty_wide_layers_build_with_few_items(diagram):
    layers = [LayerSpec("Dense", {"units": 1024, "activation": "relu"}) for _ in range(20)]
    show(diagram, 1024, layers, selected=19)
    assert all(diagram.is_block(index) for index in range(-1, 20))
    assert len(diagram.items()) < 300


def test_twenty_small_layers_stay_bounded_too(diagram):
    layers = [LayerSpec("Dense", {"units": 16}) for _ in range(20)]
    show(diagram, 16, layers)
    assert len(diagram.items()) < 2000  # wires are one path per layer, not one item per line


def test_set_network_again_replaces_the_drawing(diagram):
    show(diagram, 3, SMALL, selected=0)
    count = len(diagram.items())
    for selected in (1, 2, -1, 0):
        show(diagram, 3, SMALL, selected=selected)
    assert len(diagram.items()) == count


def test_unknown_input_width_shows_question_marks(diagram):
    show(diagram, None, [LayerSpec("Dense", {"units": 4, "activation": "relu"}), LayerSpec("Dense", {})])
    assert any("? inputs" in text for text in texts(diagram))
    assert diagram.is_block(-1) and diagram.neuron_count(0) == 4 and diagram.is_block(1)


def test_no_layers_draws_just_the_inputs(diagram):
    show(diagram, 3, [])
    assert diagram.neuron_count(-1) == 3
    assert all(item.toolTip().startswith("Inputs") for item in diagram.items() if item.toolTip())


def test_fits_the_view_with_readable_text(diagram):
    show(diagram, 3, SMALL)
    visible = diagram.mapToScene(diagram.viewport().rect()).boundingRect()
    assert visible.adjusted(-1, -1, 1, 1).contains(diagram.sceneRect())  # within pixel rounding
    diagram.resize(300, 200)  # too small to fit: the text keeps its size and the view scrolls
    caption = next(item for item in diagram.items() if isinstance(item, QGraphicsTextItem))
    assert caption.font().pointSizeF() * diagram.transform().m11() >= 9


def test_follows_the_palette_and_is_accessible(diagram):
    dark = QPalette()
    dark.setColor(QPalette.Base, QColor(30, 30, 30))
    dark.setColor(QPalette.Text, QColor(230, 230, 230))
    diagram.setPalette(dark)
    show(diagram, 3, SMALL)
    assert diagram.backgroundBrush().color() == QColor(30, 30, 30)
    captions = [item for item in diagram.items() if isinstance(item, QGraphicsTextItem)]
    assert {item.defaultTextColor().name() for item in captions} == {QColor(230, 230, 230).name()}
    assert diagram.accessibleName() == "Network diagram"
    assert "Dropout: rate 0.3" in diagram.accessibleDescription()


@pytest.mark.parametrize("input_width, layers", [(3, SMALL), (11, WIDE)], ids=["small", "wide"])
def test_renders_to_an_image(diagram, tmp_path, input_width, layers):
    show(diagram, input_width, layers, selected=0)
    path = tmp_path / "diagram.png"
    assert diagram.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() == 800
    colours = {image.pixel(x, y) for x in range(0, image.width(), 10) for y in range(0, image.height(), 10)}
    assert len(colours) > 10  # neurons, bands, text and highlight, not a blank background
