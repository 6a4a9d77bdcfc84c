"""The shortcut table: no key sequence serves two actions, and the menus use the table."""
from __future__ import annotations

from unquote.ui.actions.shortcuts import SHORTCUTS, key_sequences


def test_no_key_sequence_is_bound_twice(qapp):
    seen: dict[str, str] = {}
    clashes = []
    for action in SHORTCUTS:
        for seq in {k.toString() for k in key_sequences(action)}:
            if seq in seen:
                clashes.append((seq, seen[seq], action))
            seen[seq] = action
    assert clashes == []


def test_every_action_has_a_shortcut_here(qapp):
    missing = [name for name in SHORTCUTS if not key_sequences(name)]
    assert missing == []


def test_menu_actions_carry_the_table_shortcuts(window):
    for name, action in window.actions_.items():
        if name in SHORTCUTS:
            assert [k.toString() for k in action.shortcuts()] == [k.toString() for k in key_sequences(name)], name
