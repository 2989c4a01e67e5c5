from unittest import mock


def test_sends():
    sender = mock.Mock()
    sender.send.called_once_with("hello")
    assert sender.send.called_with("hello")
    sender.close.assert_called_once
    sender.close.not_called()
    sender.open.assert_has_awaits

    # non-hits
    sender.send.assert_called_once_with("hello")
    sender.close.assert_called_once()
    assert sender.send.called
    assert sender.send.call_count == 1
    check = sender.send.assert_called_once
    value = sender.send.called_once_with("x")


class Spec:
    def called_once(self):
        pass


def test_deliberate(self):
    specced = mock.Mock(spec=Spec)
    specced.called_once()
    loose = mock.Mock(unsafe=True)
    loose.called_once_with()
    with self.assertRaises(AttributeError):
        mock.Mock().called_once_with()
