"""klantinteracties.load_referentielijst, reset_referentielijsten, set_clock."""

import datetime as dt
import unittest

import klantinteracties as ki
from support import load, read

UTC = dt.timezone.utc


def klantcontact(kanaal):
    return {"kanaal": kanaal, "onderwerp": "Parkeervergunning", "taal": "nld",
            "vertrouwelijk": False, "indicatieContactGelukt": True}


def geldig(kanaal):
    return ki.is_valid("Klantcontact", klantcontact(kanaal))


class Kanaal(unittest.TestCase):
    def tearDown(self):
        ki.reset_referentielijsten()
        ki.set_clock(None)

    def test_default_no_kanaal_check(self):
        self.assertTrue(geldig("wat-dan-ook"))

    def test_validity_window(self):
        ki.set_clock(dt.datetime(2026, 1, 1, tzinfo=UTC))
        ki.load_referentielijst("kanaal", read("referentielijsten/kanaal_items.json"))
        for kanaal in ("phone", "email", "no_dates", "no_begin_future_eind"):
            with self.subTest(kanaal):
                self.assertTrue(geldig(kanaal))
        self.assertFalse(geldig("future_email"))
        self.assertEqual(ki.validate("Klantcontact", klantcontact("expired_phone")), [
            ki.InvalidParam("kanaal", "invalid",
                            "'expired_phone' is not a valid kanaal. Allowed values: no_dates, "
                            "no_begin_future_eind, phone, email")])
        ki.set_clock(dt.datetime(2030, 1, 1, tzinfo=UTC))
        self.assertFalse(geldig("phone"))
        ki.set_clock(None)  # the system clock
        self.assertTrue(geldig("email"))
        self.assertFalse(geldig("future_email"))

    def test_clock_forms(self):
        ki.load_referentielijst("kanaal", load("referentielijsten/kanaal_items.json"))  # a dict
        # phone is valid from 2025-10-25T15:09:07Z; begin is inclusive
        ki.set_clock(dt.datetime(2025, 10, 25, 15, 9, 7, tzinfo=UTC))
        self.assertTrue(geldig("phone"))
        ki.set_clock(dt.datetime(2025, 10, 25, 15, 9, 6, 999999, tzinfo=UTC))
        self.assertFalse(geldig("phone"))
        # naive counts as UTC
        ki.set_clock(dt.datetime(2025, 10, 25, 15, 9, 7))
        self.assertTrue(geldig("phone"))
        # an offset is applied: 17:09:06+02:00 is 15:09:06Z
        ki.set_clock(dt.datetime(2025, 10, 25, 17, 9, 6, tzinfo=dt.timezone(dt.timedelta(hours=2))))
        self.assertFalse(geldig("phone"))
        with self.assertRaises(TypeError):
            ki.set_clock(dt.date(2026, 1, 1))  # type: ignore[arg-type]
        with self.assertRaises(ki.InvalidArgumentError):
            ki.set_clock(dt.datetime(2500, 1, 1, tzinfo=UTC))

    def test_list_as_python_list_and_reset(self):
        ki.load_referentielijst("KANAAL", [{"code": "balie", "naam": "Balie", "indicatieActief": True},
                                           {"code": "fax", "naam": "Fax", "indicatieActief": False}])
        self.assertTrue(geldig("balie"))
        self.assertFalse(geldig("fax"))
        ki.reset_referentielijsten()
        self.assertTrue(geldig("fax"))

    def test_every_list_name(self):
        for lijst in ki.REFERENTIELIJSTEN:
            with self.subTest(lijst):
                ki.load_referentielijst(lijst, [{"code": "x", "naam": "X"}])


class Errors(unittest.TestCase):
    def tearDown(self):
        ki.reset_referentielijsten()

    def test_unknown_lijst(self):
        with self.assertRaisesRegex(ki.InvalidArgumentError, "unknown lijst 'kanalen'"):
            ki.load_referentielijst("kanalen", [])

    def test_malformed(self):
        with self.assertRaises(ki.ValidationError) as caught:
            ki.load_referentielijst("kanaal", "[{")
        self.assertEqual(caught.exception.status, -2)
        self.assertEqual([(p.name, p.code) for p in caught.exception.invalid_params],
                         [("nonFieldErrors", "parse_error")])

    def test_not_a_list_document(self):
        with self.assertRaises(ki.ValidationError) as caught:
            ki.load_referentielijst("kanaal", {"count": 0})
        self.assertEqual(caught.exception.invalid_params,
                         [ki.InvalidParam("results", "required", "This field is required.")])
        with self.assertRaises(ki.ValidationError) as caught:
            ki.load_referentielijst("kanaal", [{"code": 1}, "x"])
        self.assertEqual([p.name for p in caught.exception.invalid_params],
                         ["0.code", "1.nonFieldErrors"])
        # nothing changed: kanaal is still unchecked
        self.assertTrue(geldig("wat-dan-ook"))

    def test_not_utf8(self):
        with self.assertRaises(ki.InvalidArgumentError):
            ki.load_referentielijst("kanaal", b'[{"code":"\xff"}]')


if __name__ == "__main__":
    unittest.main()
