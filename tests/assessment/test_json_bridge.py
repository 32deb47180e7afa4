import json
import subprocess
import sys
from pathlib import Path

from assessment import assess
from assessment._json_bridge import assess_json


def test_valid_answers_give_the_contract_dict() -> None:
    answers = {"pain_spread": "yes", "after_increase": "worse"}
    envelope = json.loads(assess_json(json.dumps(answers)))
    assert envelope == {"ok": True, "result": json.loads(json.dumps(assess(answers).to_dict()))}


def test_an_invalid_answer_is_an_error_message_not_an_exception() -> None:
    envelope = json.loads(assess_json(json.dumps({"pain_spread": "sometimes"})))
    assert envelope["ok"] is False
    assert "pain_spread" in envelope["error"]


def test_text_that_is_not_json_is_an_error_message() -> None:
    envelope = json.loads(assess_json("{not json"))
    assert envelope["ok"] is False
    assert "not valid JSON" in envelope["error"]


def test_call_json_dispatches_by_name() -> None:
    from assessment._json_bridge import call_json

    answers = json.dumps({"pain_spread": "yes"})
    assert call_json("assess", answers) == assess_json(answers)


def test_call_json_names_an_unknown_call() -> None:
    from assessment._json_bridge import call_json

    envelope = json.loads(call_json("no_such_call", "{}"))
    assert envelope["ok"] is False
    assert "no_such_call" in envelope["error"] and "assess" in envelope["error"]


def test_the_bridge_boots_without_the_diary_and_imports_it_on_its_first_call() -> None:
    # A fresh interpreter: this test session has long imported the diary.
    script = (
        "import json, sys\n"
        "from assessment._json_bridge import call_json\n"
        "before = 'assessment.diary' in sys.modules\n"
        "envelope = json.loads(call_json('analyse_diary', '[]'))\n"
        "print(json.dumps([before, 'assessment.diary' in sys.modules, envelope['ok']]))\n"
    )
    root = Path(__file__).resolve().parents[2]
    output = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    # The call ran the diary's own validation: a list is not a diary.
    assert json.loads(output.stdout) == [False, True, False]
