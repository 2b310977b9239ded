"""Which language a text is written in (helpers.load.written_in): texts written for these tests."""
from __future__ import annotations

import pytest

from helpers.load.article import from_text
from helpers.load.written_in import guess_language, language_warning

ENGLISH = ("The council said on Monday that the new bridge would open in the spring, and that the cost had risen "
           "by a fifth since the plans were first shown to residents of the town, who have waited for it for years.")
FRENCH = ("Le conseil municipal a annoncé lundi que le nouveau pont serait ouvert au printemps, et que son coût a "
          "augmenté d'un cinquième depuis que les plans ont été présentés aux habitants de la ville, qui l'attendent "
          "depuis des années.")
SPANISH = ("El ayuntamiento anunció el lunes que el nuevo puente se abrirá en la primavera y que su costo ha subido "
           "una quinta parte desde que los planes se mostraron a los vecinos de la ciudad, que lo esperan desde hace "
           "años.")
GERMAN = ("Der Stadtrat teilte am Montag mit, dass die neue Brücke im Frühjahr eröffnet werde und dass die Kosten "
          "um ein Fünftel gestiegen seien, seit die Pläne den Bewohnern der Stadt gezeigt wurden, die seit Jahren "
          "darauf warten.")
HINDI = ("नगर परिषद ने सोमवार को कहा कि नया पुल वसंत में खुलेगा और इसकी लागत में पांचवें हिस्से की बढ़ोतरी हुई है "
         "जब से योजनाएं शहर के निवासियों को दिखाई गई थीं जो वर्षों से इसका इंतजार कर रहे हैं और अब भी कर रहे हैं "
         "क्योंकि काम धीरे चल रहा है")
RUSSIAN = ("Городской совет в понедельник заявил, что новый мост откроется весной и что его стоимость выросла на "
           "пятую часть с тех пор, как планы были показаны жителям города, которые ждут его уже много лет и всё ещё "
           "надеются на скорое открытие моста через реку")
KOREAN = ("시의회는 월요일 새 다리가 봄에 개통될 것이며 계획이 처음 주민들에게 공개된 이후 비용이 오분의 일 늘었다고 "
          "밝혔다 주민들은 수년 동안 다리를 기다려 왔으며 여전히 빠른 개통을 바라고 있다 공사는 천천히 진행되고 있다 "
          "시장은 내년 예산에 추가 비용을 반영하겠다고 말했다 주민 대표는 환영한다고 했다")
# a pasted page's menu: English, but few function words
MENU = " ".join(["Home", "News", "Sport", "Weather", "Business", "Politics", "Health", "Science", "Culture",
                 "Travel", "Video", "Podcasts", "Newsletters", "Subscribe", "Login", "Search"] * 3)


@pytest.mark.parametrize("text, language", [
    (ENGLISH * 2, "english"), (FRENCH * 2, "french"), (SPANISH * 2, "spanish"), (GERMAN * 2, "german"),
    (HINDI * 2, "Devanagari script"), (RUSSIAN * 2, "Cyrillic script"), (KOREAN * 3, "Korean"),
    ("Le pont ouvrira.", None),  # too short to tell
    (MENU, None),  # no function words at all: no guess, and no warning
], ids=["english", "french", "spanish", "german", "hindi", "russian", "korean", "too short", "menu"])
def test_guess_language(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize("text, warned", [(ENGLISH * 2, False), (MENU, False), (FRENCH * 2, True),
                                          (HINDI * 2, True)], ids=["english", "menu", "french", "hindi"])
def test_an_article_not_in_english_says_so_in_one_line(text, warned):
    article = from_text(text)
    warnings = [w for w in article.warnings if "not English" in w]
    assert len(warnings) == (1 if warned else 0)
    assert all("\n" not in w for w in warnings)
    _, warning = language_warning(text)
    assert (warning is not None) == warned


def test_the_overview_names_the_language_and_measures_no_english_reading_level():
    from helpers.language.segment import Document
    from helpers.views.overview import at_a_glance

    table = at_a_glance(Document(from_text(FRENCH * 3)))["value"]
    assert table["Language"].startswith("French, guessed")
    assert table["Reading level"].startswith("not measured")
    english = at_a_glance(Document(from_text(ENGLISH * 3)))["value"]
    assert "Language" not in english.index and english["Reading level"].startswith("grade")
