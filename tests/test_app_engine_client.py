"""A window's answers from the engine: on the GUI thread, for the project that asked, never after close."""

from __future__ import annotations

import threading

from nnbuilder.app.engine_client import EngineClient


def test_answers_arrive_on_the_gui_thread(qtbot):
    client = EngineClient()
    heard = []
    client.submit(lambda workspace: threading.current_thread().name, lambda name: heard.append(
        (name, threading.current_thread() is threading.main_thread())))  # fmt: skip
    qtbot.waitUntil(lambda: bool(heard), timeout=10_000)
    assert heard == [("nnbuilder-engine", True)]
    assert not client.waiting()


def test_an_answer_for_a_project_no_longer_open_is_dropped_unless_it_is_news(qtbot):
    client = EngineClient()
    heard = []
    release = threading.Event()
    client.submit(lambda workspace: release.wait(10), lambda value: heard.append("prediction"))
    client.submit(lambda workspace: "report", heard.append, keep_when_stale=True)
    client.new_generation()  # another project was opened while the engine worked
    client.submit(lambda workspace: "new project", heard.append)
    release.set()
    qtbot.waitUntil(lambda: not client.waiting(), timeout=10_000)
    assert heard == ["report", "new project"]


def test_failures_reach_the_failure_callback(qtbot):
    client = EngineClient()
    failed = []
    client.submit(lambda workspace: 1 / 0, lambda value: failed.append("done?"), failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert failed == ["unexpected ZeroDivisionError: division by zero"]


def test_a_closed_client_hears_nothing_and_its_models_are_forgotten(qtbot):
    client = EngineClient()
    heard = []
    client.engine.call(lambda workspace: workspace.trained.__setitem__(client.owner, "a model"))
    client.submit(lambda workspace: "late", heard.append)
    client.close()
    assert client.wait(10)
    qtbot.wait(50)
    assert heard == []
    assert client.owner not in client.engine.call(lambda workspace: dict(workspace.trained))


def test_two_clients_do_not_hear_each_other(qtbot):
    first, second = EngineClient(), EngineClient()
    heard = []
    first.submit(lambda workspace: "first", heard.append)
    second.submit(lambda workspace: "second", heard.append)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=10_000)
    qtbot.wait(50)
    assert sorted(heard) == ["first", "second"]
