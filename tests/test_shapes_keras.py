"""The spec's parameter counts (shown while editing, without TensorFlow) agree with Keras's."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnbuilder.engine.build import build_model
from nnbuilder.spec import LayerSpec, stack_shapes

layers = st.one_of(
    st.builds(
        lambda units, bias, act: LayerSpec("Dense", {"units": units, "use_bias": bias, "activation": act}),
        st.integers(1, 40), st.booleans(), st.sampled_from(["relu", "linear", "sigmoid"]),
    ),
    st.builds(lambda rate: LayerSpec("Dropout", {"rate": rate}), st.floats(0, 0.9)),
    st.builds(
        lambda center, scale: LayerSpec("BatchNormalization", {"center": center, "scale": scale}),
        st.booleans(), st.booleans(),
    ),
    st.just(LayerSpec("Activation", {"activation": "tanh"})),
)  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stack=st.lists(layers, min_size=1, max_size=6), input_width=st.integers(1, 30))
def test_counts_and_widths_match_keras(stack, input_width):
    model = build_model(stack, input_width)
    shapes = stack_shapes(stack, input_width)
    assert sum(s.params for s in shapes) == model.count_params()
    assert [s.params for s in shapes] == [layer.count_params() for layer in model.layers]
    assert shapes[-1].output_width == model.output_shape[-1]
    trainable = sum(int(w.numpy().size) for w in model.trainable_weights)
    assert sum(s.trainable_params for s in shapes) == trainable
