import pytest

from conflict_timeline.temporal.scoring import evaluate, format_report


def _t(start: int, end: int, value: str, type_: str = "DATE") -> dict:
    return {"start": start, "end": end, "text": "x" * (end - start), "type": type_,
            "value": value}


GOLD = [{"doc_id": "d", "dct": "2025-12-19", "text": "", "timexes": [
    _t(0, 10, "2022-02"), _t(20, 25, "P4Y", "DURATION"), _t(30, 35, "2025-12-19")]}]


@pytest.mark.parametrize(
    ("pred", "strict", "relaxed", "value"),
    [
        # perfect
        ([_t(0, 10, "2022-02"), _t(20, 25, "P4Y", "DURATION"), _t(30, 35, "2025-12-19")],
         1.0, 1.0, 1.0),
        # shifted span: relaxed only; wrong granularity: no value credit
        ([_t(3, 10, "2022-02"), _t(20, 25, "P4Y", "DURATION"), _t(30, 35, "2025-12")],
         2 / 3, 1.0, 2 / 3),
        # nothing predicted
        ([], 0.0, 0.0, 0.0),
    ],
)
def test_overall_scores(pred: list[dict], strict: float, relaxed: float, value: float) -> None:
    res = evaluate(GOLD, [{"doc_id": "d", "timexes": pred}])["overall"]
    assert res["strict_f1"] == pytest.approx(strict)
    assert res["relaxed_f1"] == pytest.approx(relaxed)
    assert res["value_f1"] == pytest.approx(value)


def test_relaxed_is_one_to_one_and_date_subset() -> None:
    # two predictions overlap one gold expression: only one may match
    pred = [_t(0, 5, "2022-02"), _t(5, 10, "2022-02")]
    res = evaluate(GOLD, [{"doc_id": "d", "timexes": pred}])
    assert res["overall"]["relaxed_p"] == pytest.approx(0.5)
    assert res["overall"]["relaxed_r"] == pytest.approx(1 / 3)
    assert res["DATE"]["n_gold"] == 2
    assert res["DATE"]["value_r"] == pytest.approx(0.5)


def test_type_accuracy_and_report() -> None:
    pred = [_t(0, 10, "2022-02", "TIME")]
    res = evaluate(GOLD, [{"doc_id": "d", "timexes": pred}])
    assert res["overall"]["type_acc"] == 0.0
    report = format_report(res)
    assert "overall" in report and "DATE" in report
