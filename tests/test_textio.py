import pytest

from verify import InputError, analyze
from verify.textio import decode_story, html_to_text, read_story


def test_non_utf8_is_refused_with_a_fix(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 owners said prices rose.".encode("latin-1"))
    with pytest.raises(InputError, match="not valid UTF-8.*iconv"):
        read_story(p)


def test_binary_and_utf16_are_refused():
    with pytest.raises(InputError, match="binary"):
        decode_story(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="UTF-16"):
        decode_story("hello".encode("utf-16"))


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_story_is_a_clear_error(text):
    with pytest.raises(InputError, match="empty"):
        analyze(text)


def test_bom_is_kept_so_offsets_match_the_file(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffOfficials said the bridge was closed.".encode("utf-8"))
    text = read_story(p)
    assert text.startswith("\ufeff")
    claim = analyze(text).claim_records[0]
    assert text[claim.start:claim.end] == claim.text


def test_html_page_is_reduced_to_its_text():
    page = "<html><head><title>x</title><script>alert(1)</script></head><body><p>Police said two men were held.</p><p>A &amp; B.</p></body></html>"
    assert html_to_text(page) == "Police said two men were held.\n\nA & B."
