// The address groups through the public validator (validation.md §4,
// KI-ADR): bezoekadres and correspondentieadres of a Betrokkene (POST
// /betrokkenen, /maak-klantcontact) and of a Partij (POST /partijen).

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "validate_helpers.hpp"

using namespace ki;
using namespace ki::test;
using rules::Modus;

namespace {

// POST /betrokkenen with the given bezoekadres group (raw JSON).
std::string betrokkene_met(std::string_view bezoekadres) {
  return R"({"hadKlantcontact": {"uuid": "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a31"},
             "bezoekadres": )" +
         std::string(bezoekadres) + R"(, "rol": "klant", "initiator": true})";
}

// POST /partijen with the given correspondentieadres group (raw JSON).
std::string partij_met(std::string_view correspondentieadres) {
  return R"({"soortPartij": "persoon", "indicatieActief": true, "correspondentieadres": )" +
         std::string(correspondentieadres) + "}";
}

// An address group with one property (raw JSON value).
std::string adres(std::string_view veld, std::string_view waarde) {
  return R"({")" + std::string(veld) + R"(": )" + std::string(waarde) + "}";
}

std::string tekst(std::string_view s) { return '"' + std::string(s) + '"'; }

const std::string postcode_fout =
    "Postcode moet aan het volgende formaat voldoen: `1234 AB` (met spatie): ";
const std::string bag_fout = "Ongeldige nummeraanduiding BAG-ID: ";
const std::string land_fout = "Ongeldige landcode, de code moet behoren tot de ISO 3166-standaard";

constexpr std::string_view bag_adres = R"({
  "nummeraanduidingId": "0363200000218908", "straatnaam": "Amstel", "huisnummer": 1,
  "huisnummertoevoeging": "", "postcode": "1011 PN", "stad": "Amsterdam",
  "adresregel1": "", "adresregel2": "", "adresregel3": "", "land": "NL"})";

constexpr std::string_view buitenlands_adres = R"({
  "adresregel1": "Rue de la Loi 16", "adresregel2": "1000 Bruxelles", "adresregel3": "",
  "land": "BE"})";

}  // namespace

TEST_CASE("KI-ADR address groups: realistic groups, null and {} are valid") {
  for (std::string_view g :
       {bag_adres, buitenlands_adres, std::string_view("null"), std::string_view("{}")}) {
    CAPTURE(g);
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(g)));
    CHECK_FOUTEN(fouten<Partij>(partij_met(g)));
  }
  // Every format check is skipped for "".
  CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(
      R"({"nummeraanduidingId": "", "postcode": "", "land": "", "huisnummertoevoeging": ""})")));
  // A group that is not an object.
  CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(R"("Amstel 1, Amsterdam")")),
               {"bezoekadres.nonFieldErrors", "invalid",
                "Ongeldige data. Verwacht een dictionary, kreeg een str."});
  // The free lines keep the underscore of the storage name (§0.1 C.12).
  CHECK_FOUTEN(fouten<Partij>(partij_met(adres("adresregel2", tekst(std::string(81, 'x'))))),
               {"correspondentieadres.adresregel_2", "max_length",
                "Zorg ervoor dat dit veld niet meer dan 80 karakters bevat."});
  CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(
                   R"({"adresregel1": ["Amstel 1"], "adresregel3": true, "straatnaam": 12})")),
               {"bezoekadres.adresregel_1", "invalid", "Not a valid string."},
               {"bezoekadres.adresregel_3", "invalid", "Not a valid string."});
}

TEST_CASE("KI-ADR-001 postcode 1234 AB") {
  for (std::string_view p : {"1015 CJ", "1008 DG", "9999 ZZ", " 1015 CJ "}) {
    CAPTURE(p);
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("postcode", tekst(p)))));
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("postcode", tekst(p)))));
  }
  for (std::string_view p : {"1015CJ", "0999 AA", "1111 Aa", "1015 cj", "AB 1234", "1015-CJ",
                             "１０１５ CJ", "1015 ÄB"}) {
    CAPTURE(p);
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("postcode", tekst(p)))),
                 {"bezoekadres.postcode", "invalid", postcode_fout + std::string(p)});
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("postcode", tekst(p)))),
                 {"correspondentieadres.postcode", "invalid", postcode_fout + std::string(p)});
  }
  SUBCASE("KI-ADR-001 the trimmed value in the message; longer than 7 also max_length") {
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("postcode", tekst("  1015CJ ")))),
                 {"bezoekadres.postcode", "invalid", postcode_fout + "1015CJ"});
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("postcode", tekst("1000  AA")))),
                 {"bezoekadres.postcode", "invalid", postcode_fout + "1000  AA"},
                 {"bezoekadres.postcode", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 7 karakters bevat."});
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("postcode", tekst("1000 AAA")))),
                 {"bezoekadres.postcode", "invalid", postcode_fout + "1000 AAA"},
                 {"bezoekadres.postcode", "max_length", ""});
  }
  SUBCASE("KI-ADR-001 inside maak-klantcontact and on PATCH") {
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(
            R"({"klantcontact": {"kanaal": "balie", "onderwerp": "Verhuizing", "taal": "nld", "vertrouwelijk": false},
                "betrokkene": {"rol": "klant", "initiator": true,
                               "correspondentieadres": {"postcode": "3521AZ"}}})"),
        {"betrokkene.correspondentieadres.postcode", "invalid", postcode_fout + "3521AZ"});
    CHECK_FOUTEN(
        fouten<Partij>(R"({"bezoekadres": {"postcode": "3521 az"}})", opties(Modus::partial)),
        {"bezoekadres.postcode", "invalid", postcode_fout + "3521 az"});
    CHECK_FOUTEN(
        fouten<Partij>(R"({"bezoekadres": {"postcode": "3521 AZ"}})", opties(Modus::partial)));
  }
}

TEST_CASE("KI-ADR-002 nummeraanduidingId: exactly 16 digits") {
  for (std::string_view b : {"1234567890000001", "0518200000637599", "3024045390642408"}) {
    CAPTURE(b);
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("nummeraanduidingId", tekst(b)))));
  }
  for (std::string_view b : {"123A123A123A123A", "000000000000000", "Te verwerken",
                             "１２３４５６７８９０１２３４５６"}) {
    CAPTURE(b);
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("nummeraanduidingId", tekst(b)))),
                 {"bezoekadres.nummeraanduidingId", "invalid", bag_fout + std::string(b)});
  }
  CHECK_FOUTEN(
      fouten<Partij>(partij_met(adres("nummeraanduidingId", tekst("1234-1234-1234-1234")))),
      {"correspondentieadres.nummeraanduidingId", "invalid", bag_fout + "1234-1234-1234-1234"},
      {"correspondentieadres.nummeraanduidingId", "max_length",
       "Zorg ervoor dat dit veld niet meer dan 16 karakters bevat."});
  // A number is text (KI-GEN-007): 16 digits pass.
  CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("nummeraanduidingId", "1234567890000001"))));
}

TEST_CASE("KI-ADR-003 huisnummer: integer 1..99999, nullable") {
  SUBCASE("KI-ADR-003 passing") {
    for (std::string_view h : {"10", "null", R"("10")", "99999", "1"}) {
      CAPTURE(h);
      CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("huisnummer", h))));
    }
  }
  SUBCASE("KI-ADR-003 failing") {
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("huisnummer", "0"))),
                 {"bezoekadres.huisnummer", "min_value",
                  "Zorg ervoor dat deze waarde groter is dan of gelijk is aan 1."});
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("huisnummer", "100000"))),
                 {"correspondentieadres.huisnummer", "max_value",
                  "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan 99999."});
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("huisnummer", R"("12b")"))),
                 {"correspondentieadres.huisnummer", "invalid", "Een geldig getal is vereist."});
  }
}

TEST_CASE("KI-ADR-004 land: ISO 3166-1 alpha-2 (django-localflavor + XK)") {
  for (std::string_view l : {"NL", "BE", "XK", "DE", " NL ", "AD", "ZW"}) {  // AD, ZW: the list's ends
    CAPTURE(l);
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("land", tekst(l)))));
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("land", tekst(l)))));
  }
  for (std::string_view l : {"ZZ", "10", "1Z", "UK", "AN", "AA", "N@", "[L"}) {
    CAPTURE(l);
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("land", tekst(l)))),
                 {"bezoekadres.land", "invalid", land_fout});
  }
  CHECK_FOUTEN(fouten<Partij>(partij_met(adres("land", tekst("003")))),
               {"correspondentieadres.land", "invalid", land_fout},
               {"correspondentieadres.land", "max_length",
                "Zorg ervoor dat dit veld niet meer dan 2 karakters bevat."});
  CHECK_FOUTEN(fouten<Partij>(partij_met(adres("land", tekst("zz")))),
               {"correspondentieadres.land", "invalid", land_fout});
}

TEST_CASE("KI-ADR-005 land: a valid code in lower case") {
  SUBCASE("KI-ADR-005 failing: lower or mixed case") {
    for (std::string_view l : {"nl", "gb", "Nl", "xk"}) {
      CAPTURE(l);
      std::string upper(l);
      for (auto& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("land", tekst(l)))),
                   {"bezoekadres.land", "invalid", land_fout + ". Bedoelde u " + upper + "?"});
    }
  }
  SUBCASE("KI-ADR-005 passing: upper case") {
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("land", tekst("NL")))));
  }
}

TEST_CASE("KI-ADR-006 land: exactly two characters when not empty") {
  SUBCASE("KI-ADR-006 passing") {
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("land", tekst("DE")))));
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("land", tekst("")))));
  }
  SUBCASE("KI-ADR-006 failing") {
    CHECK_FOUTEN(fouten<Partij>(partij_met(adres("land", tekst("N")))),
                 {"correspondentieadres.land", "invalid", land_fout},
                 {"correspondentieadres.land", "min_length",
                  "Zorg ervoor dat dit veld minimaal 2 karakters bevat."});
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene_met(adres("land", tekst("NLD")))),
                 {"bezoekadres.land", "invalid", land_fout},
                 {"bezoekadres.land", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 2 karakters bevat."});
    // Several address errors at once, in field order and group order.
    CHECK_FOUTEN(fouten<Partij>(R"({"soortPartij": "persoon", "indicatieActief": true,
                         "bezoekadres": {"nummeraanduidingId": "Te verwerken", "postcode": "1015CJ", "land": "003"},
                         "correspondentieadres": {"huisnummer": 0, "land": "nl"}})"),
                 {"bezoekadres.nummeraanduidingId", "invalid", bag_fout + "Te verwerken"},
                 {"bezoekadres.postcode", "invalid", postcode_fout + "1015CJ"},
                 {"bezoekadres.land", "invalid", land_fout},
                 {"bezoekadres.land", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 2 karakters bevat."},
                 {"correspondentieadres.huisnummer", "min_value", ""},
                 {"correspondentieadres.land", "invalid", land_fout + ". Bedoelde u NL?"});
  }
}
