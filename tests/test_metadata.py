"""Article metadata from the first lines: title, publication date, news agency."""

from __future__ import annotations

import pytest

from kg.metadata import Metadata, parse_date, parse_metadata, parse_source


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("10 October 2012 17:47", "2012-10-10", id="day-month-year-time"),
    pytest.param("Wednesday, July 10, 2019", "2019-07-10", id="weekday-month-day-year"),
    pytest.param("2019-01-04", "2019-01-04", id="iso"),
    pytest.param("Oct. 10, 2012", "2012-10-10", id="abbreviated-month-dot"),
    pytest.param("Sept. 3, 2014", "2014-09-03", id="sept"),
    pytest.param("3 Jan 2020", "2020-01-03", id="day-short-month"),
    pytest.param("5 MAY, 2019", "2019-05-05", id="upper-case-comma"),
    pytest.param("Published 1 March 2015, updated 2 March 2015", "2015-03-01", id="first-date-wins"),
    pytest.param("Azerbaijan, Baku, Oct. 10, 2012 / Trend", "2012-10-10", id="in-a-dateline"),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("May 2019", id="no-day"),
    pytest.param("13/05/2019", id="numeric-slashes"),
    pytest.param("2019-13-01", id="month-13"),
    pytest.param("The summit ends on Tuesday.", id="no-date"),
    pytest.param("31 February 2019", id="impossible-day"),
])
def test_parse_date_rejects(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("head", "expected"), [
    pytest.param("AFP- Russian President Vladimir Putin arrived ...", "AFP", id="afp-dash"),
    pytest.param("LONDON (Reuters) - Britain said on Monday ...", "Reuters", id="reuters-parenthesis"),
    pytest.param("Azerbaijan, Baku, Oct. 10 / Trend", "Trend", id="trend-slash"),
    pytest.param("TOKYO (AP) - Japan's prime minister ...", "AP", id="ap-parenthesis"),
    pytest.param("Xinhua: China's exports rose ...", "Xinhua", id="xinhua-colon"),
    pytest.param("NEW YORK (Associated Press) - Stocks fell ...", "Associated Press", id="two-word-agency"),
    pytest.param("Apple - the company said ...", None, id="no-agency"),
    pytest.param("Trendy cafes opened in Paris - the city said.", None, id="agency-name-inside-a-word"),
])
def test_parse_source(head, expected):
    assert parse_source(head) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Putin visits Astana\n\n10 October 2012 17:47\n\nAFP- Russian President Vladimir Putin arrived on Monday.",
                 Metadata("Putin visits Astana", "2012-10-10", "AFP"), id="afp-article"),
    pytest.param("Britain expels diplomats\nWednesday, July 10, 2019\nLONDON (Reuters) - Britain expelled two diplomats.",
                 Metadata("Britain expels diplomats", "2019-07-10", "Reuters"), id="reuters-article"),
    pytest.param("Baku hosts forum\nAzerbaijan, Baku, Oct. 10, 2012 / Trend\nThe forum opened on Wednesday.",
                 Metadata("Baku hosts forum", "2012-10-10", "Trend"), id="trend-article"),
    pytest.param("\n\n   Japan and Brazil sign deal   \n2019-01-04\nThe two countries signed a deal.",
                 Metadata("Japan and Brazil sign deal", "2019-01-04", None), id="leading-blank-lines"),
    pytest.param("Ghana hosts summit\n\nLeaders gathered in Accra on Tuesday.", Metadata("Ghana hosts summit", None, None), id="no-date"),
    pytest.param("", Metadata(None, None, None), id="empty"),
    pytest.param("  \n \n", Metadata(None, None, None), id="blank"),
])
def test_parse_metadata(text, expected):
    assert parse_metadata(text) == expected


def test_title_is_the_first_non_empty_line():
    assert parse_metadata("\n\nFirst line\nSecond line\n").title == "First line"


def test_a_date_far_in_the_body_is_not_taken():
    body = "\n\n".join(f"Paragraph {n} of the story." for n in range(1, 8))
    text = f"Treaty anniversary\n\n{body}\n\nThe treaty was signed on 15 May 1992 in Tashkent."
    assert parse_metadata(text).date is None


def test_the_date_line_wins_over_a_date_in_the_body():
    text = "Treaty anniversary\n\n10 October 2012\n\nThe treaty was signed on 15 May 1992 in Tashkent."
    assert parse_metadata(text).date == "2012-10-10"


def test_a_date_in_the_lead_paragraph_is_not_the_publication_date():
    text = "Treaty anniversary\n\nAFP- The treaty signed on 15 May 1992 in Tashkent is still in force, officials said."
    assert parse_metadata(text).date is None


def test_a_jsonl_dateline_kept_apart_goes_back_in_front_of_the_text(tmp_path):
    """Reuters-21578 keeps "SALVADOR, Feb 26 -" apart; the story reads it ("arrived here"), once."""
    import json

    from kg.articles_read import read_articles

    records = [
        {"id": "a", "dateline": "CARACAS, March 3 -", "text": "Ecuador's minister arrived here last night\nfor talks."},
        {"id": "b", "dateline": "CARACAS, March 3 -", "text": "CARACAS, March 3 - Ecuador's minister arrived here."},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    texts = [a.text for a in read_articles([path]).articles]
    assert texts[0].startswith("CARACAS, March 3 - Ecuador's minister arrived here")
    assert texts[1].count("CARACAS") == 1
