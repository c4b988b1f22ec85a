from kiosk.core.navigation import History, Route


def test_back_walks_the_real_path():
    history = History()
    for topic in ("a", "b", "c"):
        assert history.visit(Route.topic(topic))
    assert history.back() == Route.topic("b")
    assert history.back() == Route.topic("a")
    assert history.back() == Route.home()
    assert not history.can_go_back
    assert history.back() == Route.home()


def test_visiting_the_current_screen_is_not_a_step():
    history = History()
    history.visit(Route.topic("a"))
    assert not history.visit(Route.topic("a"))
    assert history.back() == Route.home()


def test_home_starts_a_fresh_path_and_reset_clears_it():
    history = History()
    history.visit(Route.topic("a"))
    history.visit(Route.home())
    assert history.routes() == (Route.home(),)
    history.visit(Route.topic("b"))
    assert history.reset() == Route.home()
    assert history.depth == 1


def test_history_is_bounded_for_weeks_of_use():
    history = History(limit=10)
    for index in range(1000):
        history.visit(Route.topic(str(index)))
    assert history.depth == 10
    assert history.routes()[0] == Route.home()
    assert history.current == Route.topic("999")
