from articles.reading.reflow import clean, clean_title, ends_sentence


def test_it_drops_stray_spaces_inside_chinese_and_keeps_the_map() -> None:
    raw = "记者冯 立新\n2 月6 日上\n午"
    m = clean(raw, 0, len(raw))
    assert m.text() == "记者冯立新2月6日上午"
    assert [raw[o] for o in m.offsets] == list(m.text())


def test_it_keeps_spaces_between_latin_words_and_numbers() -> None:
    raw = "AAA 级景区 New York 2 000"
    assert clean(raw, 0, len(raw)).text() == "AAA级景区New York 2 000"


def test_it_closes_up_letter_spaced_titles_but_keeps_phrase_spaces() -> None:
    assert clean_title("开 发 产 业") == "开发产业"
    assert clean_title("补齐民生短板  提升城市品质") == "补齐民生短板 提升城市品质"


def test_it_knows_a_sentence_end_behind_a_closing_quote() -> None:
    assert ends_sentence("他说：“好。”")
    assert not ends_sentence("推动脱贫攻坚与乡村振兴有效衔接的关")
