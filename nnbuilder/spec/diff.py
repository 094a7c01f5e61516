"""What changed between two projects, one short line per change, in the course's words.

"layer 1 Dense units 512 → 1024", "+ Dropout(0.3)", "batch_size 256 → 32". Layers are matched by
content and then by class, so inserting a layer reads as one "+" line rather than as every later
layer having changed. Arguments left out count as Keras's defaults: {} and {"use_bias": True} are equal.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from ..i18n import translate
from .catalogue import CATALOGUE, OPTIMIZERS, Param
from .project import EarlyStoppingSpec, LayerSpec, Project

_UNKNOWN = object()  # an argument with no known default: shown as set, never assumed equal


def describe_changes(old: Project, new: Project) -> list[str]:
    """Every difference that can change training, layers first, then training, then data."""
    return _layer_changes(old.layers, new.layers) + _training_changes(old, new) + _data_changes(old, new)


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return translate("Diff", "on") if value else translate("Diff", "off")
    if value is None:
        return translate("Diff", "default")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(item) for item in value) or translate("Diff", "none")
    return str(value)


def _change(name: str, before: Any, after: Any) -> str:
    return f"{name} {format_value(before)} → {format_value(after)}"


def _default(params: tuple[Param, ...], name: str) -> Any:
    param = next((p for p in params if p.name == name), None)
    if param is None or param.required:
        return _UNKNOWN
    return param.default


def _config_changes(
    old: dict[str, Any], old_params: tuple[Param, ...], new: dict[str, Any], new_params: tuple[Param, ...]
) -> list[str]:
    lines = []
    for name in [*old, *(key for key in new if key not in old)]:
        before = old.get(name, _default(old_params, name))
        after = new.get(name, _default(new_params, name))
        if before is _UNKNOWN and after is _UNKNOWN or before == after:
            continue
        if before is _UNKNOWN:
            lines.append(f"{name} {format_value(after)}")
        elif after is _UNKNOWN:
            lines.append(translate("Diff", "{name} {value} removed").format(name=name, value=format_value(before)))
        else:
            lines.append(_change(name, before, after))
    return lines


def _layer_params(layer: LayerSpec) -> tuple[Param, ...]:
    kind = CATALOGUE.get(layer.class_name)
    return kind.params if kind is not None else ()


def describe_layer(layer: LayerSpec) -> str:
    """"Dense(64, relu)", "Dropout(0.3)", "BatchNormalization(momentum=0.9)": the settings that matter."""
    kind = CATALOGUE.get(layer.class_name)
    key_params = kind.key_params if kind is not None else ()
    shown = [format_value(layer.config[name]) for name in key_params if name in layer.config]
    for name, value in layer.config.items():
        if name not in key_params and value != _default(_layer_params(layer), name):
            shown.append(f"{name}={format_value(value)}")
    return f"{layer.class_name}({', '.join(shown)})" if shown else layer.class_name


def _layer_changes(old: list[LayerSpec], new: list[LayerSpec]) -> list[str]:
    """Unchanged layers anchor the comparison; between anchors, layers of the same class are paired."""
    identical = difflib.SequenceMatcher(a=[_signature(l) for l in old], b=[_signature(l) for l in new], autojunk=False)
    lines = []
    for tag, old_start, old_end, new_start, new_end in identical.get_opcodes():
        if tag != "equal":
            lines += _paired_changes(old[old_start:old_end], new[new_start:new_end], new_start)
    return lines


def _signature(layer: LayerSpec) -> str:
    return layer.class_name + json.dumps(layer.config, sort_keys=True, default=str)


def _paired_changes(old: list[LayerSpec], new: list[LayerSpec], first_position: int) -> list[str]:
    by_class = difflib.SequenceMatcher(
        a=[layer.class_name for layer in old], b=[layer.class_name for layer in new], autojunk=False
    )
    lines = []
    for tag, old_start, old_end, new_start, new_end in by_class.get_opcodes():
        if tag == "equal":
            for offset in range(old_end - old_start):
                before, after = old[old_start + offset], new[new_start + offset]
                where = translate("Diff", "layer {number} {class_name}").format(
                    number=first_position + new_start + offset + 1, class_name=after.class_name
                )
                params = _layer_params(after)
                lines += [f"{where} {line}" for line in _config_changes(before.config, params, after.config, params)]
            continue
        lines += [f"− {describe_layer(layer)}" for layer in old[old_start:old_end]]
        lines += [f"+ {describe_layer(layer)}" for layer in new[new_start:new_end]]
    return lines


def _training_changes(old: Project, new: Project) -> list[str]:
    before, after = old.training, new.training
    lines = []
    if before.optimizer.class_name != after.optimizer.class_name:
        lines.append(_change("optimizer", before.optimizer.class_name, after.optimizer.class_name))
    lines += _config_changes(
        before.optimizer.config,
        OPTIMIZERS.get(before.optimizer.class_name, ()),
        after.optimizer.config,
        OPTIMIZERS.get(after.optimizer.class_name, ()),
    )
    for name in ("loss", "metrics", "batch_size", "epochs", "seed"):
        if getattr(before, name) != getattr(after, name):
            lines.append(_change(name, getattr(before, name), getattr(after, name)))
    return lines + _early_stopping_changes(before.early_stopping, after.early_stopping)


def _early_stopping_changes(before: EarlyStoppingSpec | None, after: EarlyStoppingSpec | None) -> list[str]:
    if before is None and after is None:
        return []
    if before is None:
        return [translate("Diff", "early stopping on")]
    if after is None:
        return [translate("Diff", "early stopping off")]
    return [
        _change(name, getattr(before, name), getattr(after, name))
        for name in ("monitor", "min_delta", "patience", "restore_best_weights")
        if getattr(before, name) != getattr(after, name)
    ]


def _data_changes(old: Project, new: Project) -> list[str]:
    lines = []
    for name in (
        "source", "target", "features", "validation_split", "split_seed", "scaling", "missing", "stratify",
        "samples", "noise",
    ):  # fmt: skip
        before, after = getattr(old.data, name), getattr(new.data, name)
        if before != after:
            if name == "features":
                before, after = before or translate("Diff", "all"), after or translate("Diff", "all")
            lines.append(_change(name, before, after))
    return lines
