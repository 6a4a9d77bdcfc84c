"""Words of sentence texts: a text both documents hold is read once, with the same words."""
from unquote.engine.text.textnorm import WORD, TOKEN, words, words_of_both

LEFT = ["The mayor’s plan, “a bold one,” costs £1,200.50 – 3.5% more.", "Rain fell.", "Rain fell."]
RIGHT = ["Rain fell.", "THE MAYOR said: it's 12:30, not 1.5 hours", "The mayor’s plan, “a bold one,” costs £1,200.50 – 3.5% more."]


def test_words_of_both_are_each_texts_words_and_a_repeated_text_shares_its_list():
    left, right = words_of_both(LEFT, RIGHT)
    assert left == [words(t) for t in LEFT] and right == [words(t) for t in RIGHT]
    assert left[0] == ["the", "mayor's", "plan", "a", "bold", "one", "costs", "1,200.50", "3.5", "more"]
    assert right[2] is left[0] and left[1] is left[2] is right[0]  # read once
    assert right[1] is not left[0]


def test_numbers_and_inner_apostrophes_stay_one_token():
    assert WORD.findall("it's 1,200.50 or 12:30. x1.5y don’t") == ["it's", "1,200.50", "or", "12:30", "x1", "5", "y",
                                                                    "don’t"]
    assert TOKEN.findall("3.5% up.") == ["3.5%", "up", "."]
