"""Chapter titles without Qt: each inside its band, wrapped or shortened there, and never
beside another title so that the two read as one line."""

from careersquiggle.core.titles import Band, fit_lines, layout


def measure(text: str) -> float:
    return 7.0 * len(text)  # a fixed-pitch font: 7 px a character


def fit(title: str, room: int, lines: int) -> tuple[str, ...]:
    return fit_lines(title, measure, room, lines)


def place(bands, pad=4.0, gap=12.0, stack=24.0):
    return layout(bands, fit, measure, pad, gap, stack)


def test_a_title_is_whole_then_on_two_balanced_lines_then_shortened():
    title = "Engineering manager at Fernbank"  # 31 characters, 217 px
    assert fit(title, 300, 2) == (title,)
    two = fit(title, 150, 2)
    assert len(two) == 2 and " ".join(two) == title and max(map(measure, two)) <= 150
    assert fit(title, 150, 1)[0].endswith("…") and measure(fit(title, 150, 1)[0]) <= 150
    first, rest = fit(title, 90, 2)  # the first words whole, the rest shortened
    assert first == "Engineering" and rest.endswith("…") and measure(rest) <= 90
    assert fit("Sabbatical", 25, 2) == ()  # "Sa…" at most: nothing rather than a stub
    assert fit("Sabbatical", 35, 2) == ("Sabb…",)


def test_long_titles_in_neighbouring_bands_stay_in_their_own():
    bands = [Band("PhD in computational biology", 0, 120, 0, 2),
             Band("Engineering manager at Fernbank", 120, 300, 0, 2),
             Band("VP Engineering at Fernbank", 300, 1000, 0, 2)]
    titles = place(bands)
    assert [t.lines for t in titles] == [
        ("PhD in", "computational…"), ("Engineering", "manager at Fernbank"),
        ("VP Engineering at Fernbank",)]
    for t in titles:
        b = bands[t.index]
        assert b.left + 4 <= t.x and t.x + t.width <= b.right - 8
    for a, b in zip(titles, titles[1:], strict=False):
        assert b.x - (a.x + a.width) >= 12  # level titles: a clear gap, and a band edge


def test_overlapping_chapters_stack_or_end_a_gap_before_the_next():
    # A PhD (lane 0) and a teaching job inside it (lane 1), one row each.
    phd, job = Band("PhD in computational biology", 0, 600, 0, 1), Band("Teaching", 100, 300, 1, 1)
    a, b = place([phd, job])
    assert a.lines == ("PhD in computational biology",) and b.lines == ("Teaching",)
    assert a.x + a.width - b.x >= 24  # over the start of the row below: two lines, stacked
    # The job starts just where the PhD's title ends: that would read as one line.
    job = Band("Teaching", 4 + 196 + 4, 400, 1, 1)
    a, b = place([phd, job])
    assert a.lines[0].endswith("…") and job.left + 4 - (a.x + a.width) >= 12
    # A third chapter on the PhD's row, inside its title: the PhD's title ends before it.
    third = Band("Consulting", 180, 500, 0, 1)
    a, b, c = place([phd, Band("Teaching", 100, 300, 1, 1), third])
    assert c.row == a.row and c.x - (a.x + a.width) >= 12
    assert b.lines == ("Teaching",) and a.lines[0].endswith("…")
    assert a.x + a.width - b.x >= 24  # still stacked over the teaching job's title
    # A title on the row below that would end just where the next begins is cut, too.
    a, b, c = place([phd, Band("Teaching", 100, 300, 1, 1), Band("Consulting", 154, 500, 0, 1)])
    assert b.lines == ("Teach…",) and c.x - (b.x + b.width) >= 12


def test_bands_that_start_before_the_view_share_its_left_edge_stacked():
    titles = place([Band("Postdoc", 0, 500, 0, 1), Band("Parental leave", 0, 300, 1, 1)])
    assert [t.lines for t in titles] == [("Postdoc",), ("Parental leave",)]
    assert [t.row for t in titles] == [0, 1]


def test_a_lane_title_takes_two_lines_only_where_no_other_title_is():
    phd = Band("PhD in computational biology", 0, 180, 0, 2)
    a, b = place([phd, Band("Teaching", 60, 300, 1, 1)])
    assert len(a.lines) == 1 and b.lines == ("Teaching",)  # the row below is the job's
    [a] = place([phd, Band("Teaching", 60, 70, 1, 1)])  # the job's title does not fit
    assert a.lines == ("PhD in computational", "biology")
