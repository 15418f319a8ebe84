// The generic field rules through the public validator (validation.md §1
// KI-GEN, §2 KI-TEL, §3 KI-EML), on realistic request bodies of several
// objecttypes, in every mode where the mode matters.

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include "validate_helpers.hpp"

using namespace ki;
using namespace ki::test;
using rules::Modus;

namespace {

// A JSON string literal for `s`.
std::string q(std::string_view s) { return boost::json::serialize(boost::json::string(s)); }

// POST /klantcontacten with the required properties and `extra` members.
std::string klantcontact(std::string_view extra = {}) {
  return std::string(R"({"kanaal": "telefoon", "onderwerp": "Aanvraag parkeervergunning",
                         "taal": "nld", "vertrouwelijk": false)") +
         std::string(extra) + "}";
}

// POST /klantcontacten with one property replaced by `waarde` (raw JSON).
std::string klantcontact_met(std::string_view veld, std::string_view waarde) {
  boost::json::object o = boost::json::parse(klantcontact()).as_object();
  o[veld] = boost::json::parse(waarde);
  return boost::json::serialize(o);
}

// POST /betrokkenen.
std::string betrokkene(std::string_view extra = {}) {
  return std::string(R"({"hadKlantcontact": {"uuid": "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a31"},
                         "rol": "klant", "initiator": true)") +
         std::string(extra) + "}";
}

// POST /partijen.
std::string partij(std::string_view extra = {}) {
  return std::string(R"({"soortPartij": "persoon", "indicatieActief": true)") + std::string(extra) +
         "}";
}

// POST /digitaleadressen.
std::string digitaal_adres(std::string_view soort, std::string_view adres) {
  return R"({"verstrektDoorPartij": {"uuid": "8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01"}, "adres": )" +
         q(adres) + R"(, "soortDigitaalAdres": )" + q(soort) + "}";
}

// POST /actoren, a medewerker with the given telefoonnummer and emailadres (raw JSON).
std::string medewerker(std::string_view telefoon, std::string_view email = R"("")") {
  return R"({"naam": "Fatima el Amrani", "soortActor": "medewerker", "indicatieActief": true,
             "actorIdentificatie": {"functie": "KCC-medewerker", "telefoonnummer": )" +
         std::string(telefoon) + R"(, "emailadres": )" + std::string(email) + "}}";
}

std::string organisatorische_eenheid(std::string_view velden) {
  return R"({"naam": "Team Vergunningen", "soortActor": "organisatorische_eenheid",
             "actorIdentificatie": {)" +
         std::string(velden) + "}}";
}

// POST /internetaken.
std::string interne_taak(std::string_view extra) {
  return std::string(R"({"gevraagdeHandeling": "Terugbellen over parkeervergunning",
                         "aanleidinggevendKlantcontact": {"uuid": "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a31"},
                         "status": "te_verwerken")") +
         std::string(extra) + "}";
}

const std::string vereist = "Dit veld is vereist.";
const std::string leeg = "Dit veld mag niet leeg zijn.";
const std::string geen_tekst = "Not a valid string.";

}  // namespace

// ---- KI-GEN-001 --------------------------------------------------------------

TEST_CASE("KI-GEN-001 required properties") {
  SUBCASE("KI-GEN-001 POST and PUT: every required property, in field order") {
    for (auto modus : {Modus::create, Modus::update}) {
      CHECK_FOUTEN(fouten<Klantcontact>("{}", opties(modus)), {"kanaal", "required", vereist},
                   {"onderwerp", "required", vereist}, {"taal", "required", vereist},
                   {"vertrouwelijk", "required", vereist});
      CHECK_FOUTEN(fouten<Partij>("{}", opties(modus)), {"soortPartij", "required", vereist},
                   {"indicatieActief", "required", vereist});
      CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"bic": "INGBNL2A"})", opties(modus)),
                   {"iban", "required", vereist});
    }
  }
  SUBCASE("KI-GEN-001 PATCH: nothing is required") {
    const auto patch = opties(Modus::partial);
    CHECK_FOUTEN(fouten<Klantcontact>("{}", patch));
    CHECK_FOUTEN(fouten<Klantcontact>(R"({"onderwerp": "Ander onderwerp"})", patch));
    CHECK_FOUTEN(fouten<Partij>(R"({"interneNotitie": "Let op"})", patch));
    CHECK_FOUTEN(fouten<Betrokkene>(R"({"initiator": false})", patch));
  }
  SUBCASE("KI-GEN-001 passing: the required properties present") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact()));
    CHECK_FOUTEN(fouten<Partij>(partij()));
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(), opties(Modus::update)));
  }
  SUBCASE("KI-GEN-001 a key that parses to another name does not count (§0.3)") {
    CHECK_FOUTEN(fouten<Partij>(R"({"soort_partij": "persoon", "indicatie_actief": true})"));
    CHECK_FOUTEN(fouten<Partij>(R"({"SoortPartij": "persoon", "indicatieActief": true})"),
                 {"soortPartij", "required", vereist});
  }
  SUBCASE("KI-GEN-001 a reference without uuid") {
    CHECK_FOUTEN(
        fouten<Betrokkene>(R"({"hadKlantcontact": {}, "rol": "klant", "initiator": true})"),
        {"hadKlantcontact.uuid", "required", vereist});
  }
}

// ---- KI-GEN-002 / KI-GEN-025 ---------------------------------------------------

TEST_CASE("KI-GEN-002 null for a non-nullable property") {
  SUBCASE("KI-GEN-002 failing") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("kanaal", "null")),
                 {"kanaal", "null", leeg});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("vertrouwelijk", "null")),
                 {"vertrouwelijk", "null", leeg});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("plaatsgevondenOp", "null")),
                 {"plaatsgevondenOp", "null", leeg});
    CHECK_FOUTEN(fouten<Klantcontact>(R"({"inhoud": null})", opties(Modus::partial)),
                 {"inhoud", "null", leeg});
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene(R"(, "rol": null)")), {"rol", "null", leeg});
    CHECK_FOUTEN(fouten<Betrokkene>(
                     R"({"hadKlantcontact": {"uuid": null}, "rol": "klant", "initiator": true})"),
                 {"hadKlantcontact.uuid", "null", leeg});
  }
  SUBCASE("KI-GEN-002 passing: nullable properties take null") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(
        R"(, "nummer": null, "referentienummer": null, "indicatieContactGelukt": null)")));
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene(
        R"(, "wasPartij": null, "bezoekadres": null, "correspondentieadres": null, "contactnaam": null)")));
    CHECK_FOUTEN(fouten<Partij>(partij(
        R"(, "digitaleAdressen": null, "rekeningnummers": null, "partijIdentificatoren": null,
            "voorkeursDigitaalAdres": null, "indicatieGeheimhouding": null)")));
  }
}

TEST_CASE("KI-GEN-025 optional nested objects that are not nullable") {
  SUBCASE("KI-GEN-025 failing: null") {
    CHECK_FOUTEN(fouten<Actor>(R"({"naam": "Fatima el Amrani", "soortActor": "medewerker",
                                    "actorIdentificatie": null})"),
                 {"actorIdentificatie", "null", leeg});
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "partijIdentificatie": null)")),
                 {"partijIdentificatie", "null", leeg});
    CHECK_FOUTEN(fouten<InterneTaak>(interne_taak(R"(, "toegewezenAanActor": null)")),
                 {"toegewezenAanActor", "null", leeg});
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(
            R"({"klantcontact": {"kanaal": "telefoon", "onderwerp": "Vraag", "taal": "nld", "vertrouwelijk": false},
                         "betrokkene": null, "onderwerpobject": null})"),
        {"betrokkene", "null", leeg}, {"onderwerpobject", "null", leeg});
  }
  SUBCASE("KI-GEN-025 passing: the key omitted") {
    CHECK_FOUTEN(
        fouten<Actor>(R"({"naam": "Scanstraat", "soortActor": "geautomatiseerde_actor"})"));
    CHECK_FOUTEN(fouten<Partij>(partij()));
    CHECK_FOUTEN(fouten<InterneTaak>(interne_taak(
        R"(, "toegewezenAanActor": {"uuid": "49b22823-2465-4b7e-9bae-cbc7cddcfda4"})")));
  }
}

// ---- KI-GEN-003 ----------------------------------------------------------------

TEST_CASE("KI-GEN-003 blank required text") {
  SUBCASE("KI-GEN-003 failing") {
    for (std::string_view v :
         {R"("")", R"("   ")", R"("\t\n")", R"("\u00a0\u2003")", R"("\u0085\u3000\u001c")"}) {
      CAPTURE(v);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("onderwerp", v)),
                   {"onderwerp", "blank", leeg});
    }
    CHECK_FOUTEN(fouten<Klantcontact>(
                     R"({"kanaal": " ", "onderwerp": "", "taal": "", "vertrouwelijk": true})"),
                 {"kanaal", "blank", leeg}, {"onderwerp", "blank", leeg}, {"taal", "blank", leeg});
    CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": "  "})"), {"iban", "blank", leeg});
    CHECK_FOUTEN(fouten<InterneTaak>(R"({"gevraagdeHandeling": ""})", opties(Modus::partial)),
                 {"gevraagdeHandeling", "blank", leeg});
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("overig", " ")), {"adres", "blank", leeg});
  }
  SUBCASE("KI-GEN-003 passing: optional text may be empty; required text filled") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(
        R"(, "inhoud": "", "reactie": "  ", "hoofdOnderwerpType": "", "nummer": "")")));
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("onderwerp", R"("Afval")")));
    // Not whitespace for Python: a zero-width space is text.
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("onderwerp", R"("\u200b")")));
    auto v = rules::validate<Klantcontact>(klantcontact(R"(, "reactie": " \t ")"));
    CHECK_FOUTEN(v.errors);
    CHECK(v.value.reactie.has_value());
    CHECK(v.value.reactie.value_or("x").empty());  // stored as ""
  }
}

// ---- KI-GEN-004 / KI-GEN-005 ---------------------------------------------------

TEST_CASE("KI-GEN-004 maximum length after trimming") {
  SUBCASE("KI-GEN-004 failing") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact_met("taal", R"("Nederlands")")),
        {"taal", "max_length", "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."});
    // Beyond ASCII the characters are counted, not the bytes.
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact_met("taal", R"("éëïö")")),
        {"taal", "max_length", "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."});
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact_met("taal", R"("nl€d")")),
        {"taal", "max_length", "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."});
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact_met("onderwerp", q(std::string(201, 'o')))),
        {"onderwerp", "max_length", "Zorg ervoor dat dit veld niet meer dan 200 karakters bevat."});
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact_met("nummer", R"("12345678901")")),
        {"nummer", "max_length", "Zorg ervoor dat dit veld niet meer dan 10 karakters bevat."});
    CHECK_FOUTEN(
        fouten<Betrokkene>(betrokkene(R"(, "contactnaam": {"voorletters": "A.B.C.D.E.F"})")),
        {"contactnaam.voorletters", "max_length",
         "Zorg ervoor dat dit veld niet meer dan 10 karakters bevat."});
  }
  SUBCASE("KI-GEN-004 passing: at the limit, counted in characters, after trimming") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("taal", R"("nld")")));
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("taal", R"("  nld  ")")));
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("taal", R"("éëï")")));
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("onderwerp", q(std::string(200, 'o')))));
  }
}

TEST_CASE("KI-GEN-005 minimum length") {
  SUBCASE("KI-GEN-005 failing and passing bic") {
    CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": "NL91ABNA0417164300", "bic": "INGB"})"),
                 {"bic", "min_length", "Zorg ervoor dat dit veld minimaal 8 karakters bevat."});
    CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": "NL91ABNA0417164300", "bic": "INGBNL2A"})"));
    CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": "NL91ABNA0417164300", "bic": ""})"));
  }
  SUBCASE("KI-GEN-005 failing and passing land") {
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "bezoekadres": {"land": "BE"})")));
    CHECK_FOUTEN(
        fouten<Partij>(partij(R"(, "bezoekadres": {"land": "N"})")),
        {"bezoekadres.land", "invalid", ""},
        {"bezoekadres.land", "min_length", "Zorg ervoor dat dit veld minimaal 2 karakters bevat."});
  }
}

// ---- KI-GEN-006 ----------------------------------------------------------------

TEST_CASE("KI-GEN-006 enums: exact, case-sensitive, untrimmed") {
  SUBCASE("KI-GEN-006 passing") {
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene(R"(, "rol": "vertegenwoordiger")")));
    CHECK_FOUTEN(fouten<Partij>(R"({"soortPartij": "organisatie", "indicatieActief": true})"));
    CHECK_FOUTEN(fouten<InterneTaak>(R"({"status": "verwerkt"})", opties(Modus::partial)));
  }
  SUBCASE("KI-GEN-006 failing") {
    struct G {
      std::string_view raw;
      std::string reden;
    };
    for (const auto& g :
         {G{R"("Klant")", "\"Klant\" is een ongeldige keuze."},
          G{R"(" klant")", "\" klant\" is een ongeldige keuze."},
          G{R"("")", "\"\" is een ongeldige keuze."}, G{"1", "\"1\" is een ongeldige keuze."},
          G{"true", "\"True\" is een ongeldige keuze."},
          G{"1.0", "\"1.0\" is een ongeldige keuze."},
          G{R"(["klant"])", "\"['klant']\" is een ongeldige keuze."},
          G{R"({"rol": "klant", "n": [1, true, null]})",
            "\"{'rol': 'klant', 'n': [1, True, None]}\" is een ongeldige keuze."},
          G{R"(["d'hondt"])", "\"[\"d'hondt\"]\" is een ongeldige keuze."}}) {
      CAPTURE(g.raw);
      CHECK_FOUTEN(fouten<Betrokkene>(betrokkene(std::string(", \"rol\": ") + std::string(g.raw))),
                   {"rol", "invalid_choice", g.reden});
    }
    CHECK_FOUTEN(fouten<Actor>(R"({"naam": "Fatima el Amrani", "soortActor": ""})"),
                 {"soortActor", "invalid_choice", "\"\" is een ongeldige keuze."});
    CHECK_FOUTEN(
        fouten<PartijIdentificator>(
            R"({"partijIdentificator": {"codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
                                        "objectId": "999990019", "codeRegister": "Hr"}})"),
        {"partijIdentificator.codeRegister", "invalid_choice", "\"Hr\" is een ongeldige keuze."});
  }
}

// ---- KI-GEN-007 ----------------------------------------------------------------

TEST_CASE("KI-GEN-007 text properties: numbers become text, other types fail") {
  SUBCASE("KI-GEN-007 passing, with Python str() of the number") {
    struct G {
      std::string_view raw;
      std::string_view tekst;
    };
    for (const auto& g :
         {G{"123", "123"}, G{"2.5", "2.5"}, G{"42.0", "42.0"}, G{"1e20", "1e+20"}, G{"-7", "-7"}}) {
      CAPTURE(g.raw);
      auto v = rules::validate<Klantcontact>(klantcontact_met("onderwerp", g.raw));
      CHECK_FOUTEN(v.errors);
      REQUIRE(v.value.onderwerp.has_value());
      CHECK(*v.value.onderwerp == g.tekst);
    }
    CHECK_FOUTEN(fouten<Bijlage>(
        R"({"bijlageidentificator": {"objectId": 123, "codeObjecttype": "informatieobject",
                                     "codeRegister": "openzaak", "codeSoortObjectId": "uuid"}})"));
  }
  SUBCASE("KI-GEN-007 failing: boolean, array, object") {
    for (std::string_view raw : {"true", "false", R"(["Afval"])", R"({"a": "b"})"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("onderwerp", raw)),
                   {"onderwerp", "invalid", geen_tekst});
    }
    CHECK_FOUTEN(
        fouten<Onderwerpobject>(
            R"({"onderwerpobjectidentificator": {"objectId": true, "codeObjecttype": "zaak",
                                                          "codeRegister": "open-zaak", "codeSoortObjectId": "uuid"}})"),
        {"onderwerpobjectidentificator.objectId", "invalid", geen_tekst});
  }
}

// ---- KI-GEN-008 ----------------------------------------------------------------

TEST_CASE("KI-GEN-008 booleans") {
  SUBCASE("KI-GEN-008 passing") {
    struct G {
      std::string_view raw;
      bool waarde;
    };
    for (const auto& g :
         {G{"true", true}, G{"false", false}, G{"1", true}, G{"0", false}, G{"1.0", true},
          G{"0.0", false}, G{R"("t")", true}, G{R"("Y")", true}, G{R"("yes")", true},
          G{R"("TRUE")", true}, G{R"("on")", true}, G{R"("1")", true}, G{R"("f")", false},
          G{R"("n")", false}, G{R"("No")", false}, G{R"("false")", false}, G{R"("OFF")", false},
          G{R"("0")", false}}) {
      CAPTURE(g.raw);
      auto v = rules::validate<Klantcontact>(klantcontact_met("vertrouwelijk", g.raw));
      CHECK_FOUTEN(v.errors);
      CHECK(v.value.vertrouwelijk.value_or(!g.waarde) == g.waarde);
    }
  }
  SUBCASE("KI-GEN-008 failing") {
    for (std::string_view raw : {R"("nee")", R"("waar")", R"(" true")", "2", "0.5", R"("")",
                                 R"("null")", R"([])", R"({})"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("vertrouwelijk", raw)),
                   {"vertrouwelijk", "invalid", "Must be a valid boolean."});
    }
  }
  SUBCASE("KI-GEN-008 nullable booleans take \"null\" and \"\" as null") {
    for (std::string_view raw : {R"("null")", R"("NULL")", R"("")"}) {
      CAPTURE(raw);
      auto v = rules::validate<Klantcontact>(klantcontact_met("indicatieContactGelukt", raw));
      CHECK_FOUTEN(v.errors);
      CHECK(v.value.indicatieContactGelukt.is_null());
    }
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "indicatieGeheimhouding": "Null")")));
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "indicatieGeheimhouding": "nee")")),
                 {"indicatieGeheimhouding", "invalid", "Must be a valid boolean."});
  }
}

// ---- KI-GEN-009 / KI-GEN-010 -----------------------------------------------------

TEST_CASE("KI-GEN-009 huisnummer: an integer in any of Python's int() forms") {
  SUBCASE("KI-GEN-009 passing") {
    struct G {
      std::string_view raw;
      std::int64_t waarde;
    };
    for (const auto& g : {G{"10", 10}, G{R"("10")", 10}, G{"10.0", 10}, G{R"("42.00")", 42},
                          G{"1e3", 1000}, G{R"("12.0 ")", 12}, G{R"(" 42 ")", 42},
                          G{R"("1_000")", 1000}, G{R"("+7")", 7}, G{R"("42.")", 42}}) {
      CAPTURE(g.raw);
      auto v = rules::validate<Betrokkene>(betrokkene(
          std::string(R"(, "bezoekadres": {"huisnummer": )") + std::string(g.raw) + "}"));
      CHECK_FOUTEN(v.errors);
      REQUIRE(v.value.bezoekadres.has_value());
      CHECK(v.value.bezoekadres->huisnummer.value_or(-1) == g.waarde);
    }
  }
  SUBCASE("KI-GEN-009 failing") {
    for (std::string_view raw :
         {R"("10a")", "7.5", R"("12b")", R"("twaalf")", "true", R"("1__0")", R"("")", R"([1])"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(
          fouten<Betrokkene>(betrokkene(std::string(R"(, "bezoekadres": {"huisnummer": )") +
                                        std::string(raw) + "}")),
          {"bezoekadres.huisnummer", "invalid", "Een geldig getal is vereist."});
    }
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene(R"(, "bezoekadres": {"huisnummer": )" +
                                               q(std::string(1001, '1')) + "}")),
                 {"bezoekadres.huisnummer", "max_string_length", ""});
  }
}

TEST_CASE("KI-GEN-010 huisnummer range 1..99999") {
  SUBCASE("KI-GEN-010 passing") {
    CHECK_FOUTEN(fouten<Partij>(partij(
        R"(, "bezoekadres": {"huisnummer": 1}, "correspondentieadres": {"huisnummer": 99999})")));
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "bezoekadres": {"huisnummer": null})")));
  }
  SUBCASE("KI-GEN-010 failing") {
    CHECK_FOUTEN(
        fouten<Partij>(partij(
            R"(, "bezoekadres": {"huisnummer": 0}, "correspondentieadres": {"huisnummer": "100000"})")),
        {"bezoekadres.huisnummer", "min_value",
         "Zorg ervoor dat deze waarde groter is dan of gelijk is aan 1."},
        {"correspondentieadres.huisnummer", "max_value",
         "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan 99999."});
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "bezoekadres": {"huisnummer": -3})")),
                 {"bezoekadres.huisnummer", "min_value", ""});
    // Python's int() is unbounded: a huge number is out of range, not "invalid".
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "bezoekadres": {"huisnummer": 12345678901234567890},
                                         "correspondentieadres": {"huisnummer": "-99999999999999999999"})")),
                 {"bezoekadres.huisnummer", "max_value",
                  "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan 99999."},
                 {"correspondentieadres.huisnummer", "min_value",
                  "Zorg ervoor dat deze waarde groter is dan of gelijk is aan 1."});
  }
}

// ---- KI-GEN-011 / KI-GEN-012 -----------------------------------------------------

TEST_CASE("KI-GEN-011 dates") {
  const std::string reden =
      "Date heeft het verkeerde formaat, gebruik 1 van deze formaten: YYYY-MM-DD.";
  auto relatie = [](std::string_view raw) {
    return std::string(
               R"({"partij": {"uuid": "8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01"}, "beginDatum": )") +
           std::string(raw) + "}";
  };
  SUBCASE("KI-GEN-011 passing") {
    for (std::string_view raw : {R"("2024-01-11")", R"("2024-1-11")", R"("2028-02-29")",
                                 R"("20240111")", R"("2024-W02")", R"("2024-W02-4")", "null"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(fouten<CategorieRelatie>(relatie(raw)));
    }
    auto da = digitaal_adres("email", "a.dejong@example.nl");
    da.insert(da.size() - 1, R"(, "verificatieDatum": "2024-02-15")");
    CHECK_FOUTEN(fouten<DigitaalAdres>(da));
  }
  SUBCASE("KI-GEN-011 failing") {
    for (std::string_view raw : {R"("11-01-2024")", R"("2024-01-11T10:00")", R"("2025-04-31")",
                                 R"("2025-02-29")", R"("2025-00-10")", "20240111", R"("")"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(fouten<CategorieRelatie>(relatie(raw)), {"beginDatum", "invalid", reden});
    }
    auto da = digitaal_adres("email", "a.dejong@example.nl");
    da.insert(da.size() - 1, R"(, "verificatieDatum": "15-02-2024")");
    CHECK_FOUTEN(fouten<DigitaalAdres>(da), {"verificatieDatum", "invalid", reden});
  }
}

TEST_CASE("KI-GEN-012 date-times") {
  const std::string reden =
      "Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: "
      "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
  SUBCASE("KI-GEN-012 passing") {
    for (std::string_view t :
         {"2023-03-01T10:00:00+01:00", "2019-08-24T14:15:22Z", "2025-06-02T14:05:09.5+02:00",
          "2025-06-02 14:05:09+02:00", "2025-06-02T14:05:09", "2025-06-02", "2025-06-02T14:05",
          "2025-06-02T14:05:09.123456789Z", "2025-6-2T9:05:09Z", "2025-06-02T140509+0200",
          "2025-06-02T14:05:09 Z", "2025-06-02 14:05:09 +02:00", "2025-06-02T14:05:09,5Z",
          "2025-06-02T14:05:09   "}) {
      CAPTURE(t);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("plaatsgevondenOp", q(t))));
    }
    CHECK_FOUTEN(
        fouten<InterneTaak>(R"({"status": "verwerkt", "afgehandeldOp": "2024-01-01T01:00:00Z"})",
                            opties(Modus::partial)));
  }
  SUBCASE("KI-GEN-012 failing") {
    for (std::string_view raw :
         {R"("01-03-2023 10:00")", R"("vandaag")", R"("2025-13-01T10:00:00Z")",
          R"("2025-02-30T10:00:00Z")", "1700000000", R"("")"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("plaatsgevondenOp", raw)),
                   {"plaatsgevondenOp", "invalid", reden});
    }
  }
}

// ---- KI-GEN-013 ----------------------------------------------------------------

TEST_CASE("KI-GEN-013 uuid of a reference") {
  auto met_partij = [](std::string_view uuid) {
    return betrokkene(std::string(R"(, "wasPartij": {"uuid": )") + std::string(uuid) + "}");
  };
  SUBCASE("KI-GEN-013 passing") {
    for (std::string_view raw :
         {R"("e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2")", R"("E8203B1BF9E14FA196CE2BCF36E061C2")",
          // 36 characters: canonical in capitals, and with the hyphens elsewhere
          R"("E8203B1B-F9E1-4FA1-96CE-2BCF36E061C2")", R"("e8203b1bf-9e1-4fa1-96ce-2bcf36e061c2")",
          R"("urn:uuid:e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2")",
          R"("{e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2}")", "12345", "0", "true",
          "18446744073709551615"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(fouten<Betrokkene>(met_partij(raw)));
    }
  }
  SUBCASE("KI-GEN-013 failing") {
    for (std::string_view raw : {R"("e8203b1b")", R"("e8203b1b-f9e1-4fa1-96ce-2bcf36e061cX")",
                                 R"("g8203b1b-f9e1-4fa1-96ce-2bcf36e061c2")",
                                 R"(" e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2")", R"("")", "1.5", "-1",
                                 R"({})", R"([])", "340282366920938463463374607431768211456"}) {
      CAPTURE(raw);
      CHECK_FOUTEN(fouten<Betrokkene>(met_partij(raw)),
                   {"wasPartij.uuid", "invalid", "Must be a valid UUID."});
    }
    CHECK_FOUTEN(
        fouten<Partij>(partij(
            R"(, "digitaleAdressen": [{"uuid": "1"}, {"uuid": "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2"}, {"uuid": "x"}])")),
        {"digitaleAdressen.0.uuid", "invalid", "Must be a valid UUID."},
        {"digitaleAdressen.2.uuid", "invalid", "Must be a valid UUID."});
  }
}

// ---- KI-GEN-015 / KI-GEN-016 / KI-GEN-024 ------------------------------------------

TEST_CASE("KI-GEN-015 nested object that is not a JSON object") {
  SUBCASE("KI-GEN-015 failing, with the Python type name") {
    struct G {
      std::string_view raw;
      std::string_view type;
    };
    for (const auto& g :
         {G{R"("8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01")", "str"}, G{"5", "int"}, G{"2.5", "float"},
          G{"true", "bool"}, G{R"([{"uuid": "8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01"}])", "list"}}) {
      CAPTURE(g.raw);
      CHECK_FOUTEN(
          fouten<Betrokkene>(betrokkene(std::string(R"(, "wasPartij": )") + std::string(g.raw))),
          {"wasPartij.nonFieldErrors", "invalid",
           "Ongeldige data. Verwacht een dictionary, kreeg een " + std::string(g.type) + "."});
    }
    CHECK_FOUTEN(
        fouten<Betrokkene>(betrokkene(R"(, "bezoekadres": "Amstel 1", "contactnaam": ["Jan"])")),
        {"bezoekadres.nonFieldErrors", "invalid",
         "Ongeldige data. Verwacht een dictionary, kreeg een str."},
        {"contactnaam.nonFieldErrors", "invalid",
         "Ongeldige data. Verwacht een dictionary, kreeg een list."});
    CHECK_FOUTEN(
        fouten<Partij>(partij(R"(, "digitaleAdressen": ["8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01"])")),
        {"digitaleAdressen.0.nonFieldErrors", "invalid",
         "Ongeldige data. Verwacht een dictionary, kreeg een str."});
    CHECK_FOUTEN(fouten<PartijIdentificator>(R"({"partijIdentificator": "bsn"})"),
                 {"partijIdentificator.nonFieldErrors", "invalid",
                  "Ongeldige data. Verwacht een dictionary, kreeg een str."});
  }
  SUBCASE("KI-GEN-015 passing") {
    CHECK_FOUTEN(fouten<Betrokkene>(betrokkene(
        R"(, "wasPartij": {"uuid": "8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01"}, "bezoekadres": {}, "contactnaam": {"voornaam": "Jan"})")));
  }
}

TEST_CASE("KI-GEN-016 lists of nested objects") {
  SUBCASE("KI-GEN-016 failing: not an array") {
    CHECK_FOUTEN(fouten<Partij>(partij(R"(, "digitaleAdressen": {})")),
                 {"digitaleAdressen.nonFieldErrors", "not_a_list",
                  "Verwachtte een lijst met items, maar kreeg type \"dict\"."});
    CHECK_FOUTEN(fouten<Partij>(partij(
                     R"(, "rekeningnummers": "NL91ABNA0417164300", "partijIdentificatoren": 3)")),
                 {"rekeningnummers.nonFieldErrors", "not_a_list",
                  "Verwachtte een lijst met items, maar kreeg type \"str\"."},
                 {"partijIdentificatoren.nonFieldErrors", "not_a_list",
                  "Verwachtte een lijst met items, maar kreeg type \"int\"."});
    CHECK_FOUTEN(
        fouten<InterneTaak>(interne_taak(
            R"(, "toegewezenAanActoren": {"uuid": "49b22823-2465-4b7e-9bae-cbc7cddcfda4"})")),
        {"toegewezenAanActoren.nonFieldErrors", "not_a_list",
         "Verwachtte een lijst met items, maar kreeg type \"dict\"."});
    CHECK_FOUTEN(fouten<InterneTaak>(interne_taak(R"(, "toegewezenAanActoren": null)")),
                 {"toegewezenAanActoren", "null", leeg});
  }
  SUBCASE("KI-GEN-016 passing: [] always, null for the Partij lists") {
    CHECK_FOUTEN(fouten<Partij>(
        partij(R"(, "digitaleAdressen": [], "rekeningnummers": [], "partijIdentificatoren": [])")));
    CHECK_FOUTEN(fouten<Partij>(partij(
        R"(, "digitaleAdressen": null, "rekeningnummers": null, "partijIdentificatoren": null)")));
    CHECK_FOUTEN(fouten<InterneTaak>(interne_taak(R"(, "toegewezenAanActoren": [])")));
  }
}

TEST_CASE("KI-GEN-024 the body must be a JSON object") {
  struct G {
    std::string_view body;
    std::string_view type;
  };
  for (const auto& g : {G{R"([{"naam": "Balie"}])", "list"}, G{R"("Balie")", "str"}, G{"12", "int"},
                        G{"1.5", "float"}, G{"false", "bool"}}) {
    CAPTURE(g.body);
    CHECK_FOUTEN(
        fouten<Klantcontact>(g.body),
        {"nonFieldErrors", "invalid",
         "Ongeldige data. Verwacht een dictionary, kreeg een " + std::string(g.type) + "."});
    CHECK_FOUTEN(fouten<Partij>(g.body, opties(Modus::partial)), {"nonFieldErrors", "invalid", ""});
  }
  CHECK_FOUTEN(fouten<Klantcontact>("null"), {"nonFieldErrors", "null", "No data provided"});
  CHECK_FOUTEN(fouten<Categorie>("{}"));
  CHECK_FOUTEN(fouten<Categorie>(R"({"naam": "Ondernemers"})"));
}

// ---- KI-GEN-017 / KI-GEN-018 -------------------------------------------------------

TEST_CASE("KI-GEN-017 hoofdOnderwerpType is a URL") {
  for (std::string_view u :
       {"https://zaken.example.nl/catalogi/api/v1/zaaktypen/1", "http://localhost:8080/catalogi/7",
        "ftp://ftp.gemeente.nl/typen/7", "HTTPS://Zaken.Example.NL", "http://10.0.0.1/typen", ""}) {
    CAPTURE(u);
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("hoofdOnderwerpType", q(u))));
  }
  for (std::string_view u :
       {"zaaktype-1", "https://zaken/api/7", "urn:isbn:9789000000000", "https://example.123/x",
        "mailto:info@gemeente.nl", "https://zaken.example.nl/a b"}) {
    CAPTURE(u);
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("hoofdOnderwerpType", q(u))),
                 {"hoofdOnderwerpType", "invalid", "Voer een geldige URL in."});
  }
}

TEST_CASE("KI-GEN-018 DigitaalAdres.referentie is a slug") {
  auto met_referentie = [](std::string_view r) {
    auto da = digitaal_adres("email", "a.dejong@example.nl");
    da.insert(da.size() - 1, ", \"referentie\": " + q(r));
    return da;
  };
  for (std::string_view r : {"werk-email_1", "prive", "", "  werk  "}) {
    CAPTURE(r);
    CHECK_FOUTEN(fouten<DigitaalAdres>(met_referentie(r)));
  }
  for (std::string_view r : {"werk email", "wérk", "werk.email"}) {
    CAPTURE(r);
    CHECK_FOUTEN(fouten<DigitaalAdres>(met_referentie(r)),
                 {"referentie", "invalid",
                  "Voer een geldige \"slug\" in, bestaande uit letters, cijfers, lage streepjes of "
                  "streepjes."});
  }
}

// ---- KI-GEN-019 / KI-GEN-020 -------------------------------------------------------

TEST_CASE("KI-GEN-019 NUL and lone surrogate characters") {
  SUBCASE("KI-GEN-019 failing") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("onderwerp", R"("a\u0000b")")),
                 {"onderwerp", "null_characters_not_allowed", "Null characters are not allowed."});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("inhoud", R"("\u0000")")),
                 {"inhoud", "null_characters_not_allowed", "Null characters are not allowed."});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "inhoud": "a\ud800b")")),
                 {"inhoud", "surrogate_characters_not_allowed",
                  "Surrogate characters are not allowed: U+D800."});
    CHECK_FOUTEN(fouten<Klantcontact>(
                     klantcontact(R"(, "reactie": "\udfff", "metadata": {"k": "x\udc00"})")),
                 {"reactie", "surrogate_characters_not_allowed",
                  "Surrogate characters are not allowed: U+DFFF."},
                 {"metadata.k", "surrogate_characters_not_allowed",
                  "Surrogate characters are not allowed: U+DC00."});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "inhoud": "\u0000\ud83d")")),
                 {"inhoud", "null_characters_not_allowed", "Null characters are not allowed."},
                 {"inhoud", "surrogate_characters_not_allowed",
                  "Surrogate characters are not allowed: U+D83D."});
    // A parsed value carrying a lone surrogate (WTF-8) is judged alike.
    boost::json::object o = boost::json::parse(klantcontact()).as_object();
    o["inhoud"] = boost::json::string("x\xED\xA0\x80");
    CHECK_FOUTEN(rules::validate<Klantcontact>(boost::json::value(o)).errors,
                 {"inhoud", "surrogate_characters_not_allowed",
                  "Surrogate characters are not allowed: U+D800."});
  }
  SUBCASE("KI-GEN-019 failing wherever the NUL falls in the 16-byte blocks checked at once") {
    for (int plek = 0; plek < 40; ++plek) {
      std::string tekst(40, 'a');
      tekst.replace(static_cast<std::size_t>(plek), 1, "\\u0000");
      CAPTURE(plek);
      CHECK_FOUTEN(
          fouten<Klantcontact>(klantcontact_met("onderwerp", "\"" + tekst + "\"")),
          {"onderwerp", "null_characters_not_allowed", "Null characters are not allowed."});
    }
  }
  SUBCASE("KI-GEN-019 failing wherever NUL or a lone surrogate falls, in texts up to 40 long") {
    // Short texts and tails are checked 8 bytes at a time.
    for (std::size_t lengte = 1; lengte <= 40; ++lengte)
      for (std::size_t plek = 0; plek < lengte; ++plek) {
        std::string nul(lengte, 'a'), surrogaat(lengte, 'a');
        nul.replace(plek, 1, "\\u0000");
        surrogaat.replace(plek, 1, "\\ud800");
        CAPTURE(lengte);
        CAPTURE(plek);
        CHECK_FOUTEN(
            fouten<Klantcontact>(klantcontact_met("onderwerp", "\"" + nul + "\"")),
            {"onderwerp", "null_characters_not_allowed", "Null characters are not allowed."});
        // (A lone surrogate escape is not JSON to boost::json::parse; the
        // body carries it as text, where onderwerp's last value counts.)
        CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(", \"onderwerp\": \"" + surrogaat + "\"")),
                     {"onderwerp", "surrogate_characters_not_allowed",
                      "Surrogate characters are not allowed: U+D800."});
      }
  }
  SUBCASE("KI-GEN-019 passing and KI-GEN-004 counting characters wherever a non-ASCII one falls") {
    // 200 characters, 201 bytes: at onderwerp's maxLength of 200, not over it.
    for (int plek = 0; plek < 40; ++plek) {
      std::string tekst(200, 'a');
      tekst.replace(static_cast<std::size_t>(plek), 1, "\u00e9");
      CAPTURE(plek);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("onderwerp", "\"" + tekst + "\"")));
    }
  }
  SUBCASE("KI-GEN-019 passing: a proper surrogate pair, other control characters") {
    CHECK_FOUTEN(fouten<Klantcontact>(
        klantcontact(R"(, "inhoud": "Bedankt \ud83d\ude00", "reactie": "a\u0001b")")));
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "inhoud": "pad \\ud800 als tekst")")));
  }
  SUBCASE("KI-GEN-019 malformed JSON stays a parse error") {
    const auto e = fouten<Klantcontact>(R"({"inhoud": "\ud800)");
    REQUIRE(e.size() == 1);
    CHECK(e[0].name == "nonFieldErrors");
    CHECK(e[0].code == "parse_error");
  }
}

TEST_CASE("KI-GEN-020 surrounding whitespace is removed before the checks and storage") {
  auto v = rules::validate<Klantcontact>(std::string_view(
      R"({"kanaal": "\u00a0telefoon\u2003", "onderwerp": "\n Afval \t", "taal": " nld ",
          "vertrouwelijk": false, "nummer": " 0000000001 ", "inhoud": "\u001c tekst \u001f"})"));
  CHECK_FOUTEN(v.errors);
  CHECK(v.value.kanaal.value_or("") == "telefoon");
  CHECK(v.value.onderwerp.value_or("") == "Afval");
  CHECK(v.value.taal.value_or("") == "nld");
  CHECK(v.value.nummer.value_or("") == "0000000001");
  CHECK(v.value.inhoud.value_or("") == "tekst");
  auto r = rules::validate<Rekeningnummer>(
      std::string_view(R"({"iban": "  NL91ABNA0417164300 ", "bic": " ABNANL2A "})"));
  CHECK_FOUTEN(r.errors);
  CHECK(r.value.iban.value_or("") == "NL91ABNA0417164300");
  CHECK(r.value.bic.value_or("") == "ABNANL2A");
  // Not trimmed: enums (KI-GEN-006) and uuids (KI-GEN-013).
  CHECK_FOUTEN(fouten<Betrokkene>(betrokkene(R"(, "rol": "klant ")")),
               {"rol", "invalid_choice", "\"klant \" is een ongeldige keuze."});
  // Trimming makes a too-long value fit, but not an inner space.
  CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("taal", R"("n l")")));
  CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("taal", R"(" n ld ")")),
               {"taal", "max_length", "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."});
}

// ---- KI-GEN-021 ----------------------------------------------------------------

TEST_CASE("KI-GEN-021 unknown and read-only properties are ignored") {
  SUBCASE("KI-GEN-021 passing: ignored even when they would be invalid") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(
        R"(, "uuid": "geen-uuid", "url": 12, "hadBetrokkenen": "x", "_expand": null,
            "gingOverOnderwerpobjecten": 5, "onbekend": {"a": [1]}, "codeKanaal": null)")));
    auto v = rules::validate<Betrokkene>(
        betrokkene(R"(, "volledigeNaam": true, "digitaleAdressen": "x")"));
    CHECK_FOUTEN(v.errors);
    CHECK(v.value.volledigeNaam.is_absent());
    CHECK(v.value.digitaleAdressen.is_absent());
  }
  SUBCASE("KI-GEN-021 failing: an unknown key does not stand in for a required one") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(
            R"({"codeKanaal": "telefoon", "onderwerp": "Vraag", "taal": "nld", "vertrouwelijk": false})"),
        {"kanaal", "required", vereist});
  }
}

// ---- KI-GEN-022 ----------------------------------------------------------------

TEST_CASE("KI-GEN-022 nummer and referentienummer are integer text") {
  const std::string reden = "Voer een geldig geheel getal in.";
  for (std::string_view raw : {R"("0000000001")", R"("23009182")", R"("-42")", R"("")", "null",
                               R"("٠١٢٣")", "123454321"}) {
    CAPTURE(raw);
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("nummer", raw)));
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("referentienummer", raw)));
    CHECK_FOUTEN(fouten<Partij>(partij(std::string(R"(, "nummer": )") + std::string(raw))));
    CHECK_FOUTEN(fouten<InterneTaak>(
        std::string(R"({"referentienummer": )") + std::string(raw) + "}", opties(Modus::partial)));
  }
  for (std::string_view raw : {R"("KC-001")", R"("12a")", R"("+42")", R"("1 2")", R"("4.0")"}) {
    CAPTURE(raw);
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("nummer", raw)),
                 {"nummer", "invalid", reden});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact_met("referentienummer", raw)),
                 {"referentienummer", "invalid", reden});
    CHECK_FOUTEN(fouten<Partij>(partij(std::string(R"(, "nummer": )") + std::string(raw))),
                 {"nummer", "invalid", reden});
    CHECK_FOUTEN(fouten<InterneTaak>(std::string(R"({"nummer": )") + std::string(raw) + "}",
                                     opties(Modus::partial)),
                 {"nummer", "invalid", reden});
  }
  CHECK_FOUTEN(
      fouten<Klantcontact>(klantcontact_met("nummer", R"("KC-0000000001")")),
      {"nummer", "invalid", reden},
      {"nummer", "max_length", "Zorg ervoor dat dit veld niet meer dan 10 karakters bevat."});
}

// ---- KI-TEL --------------------------------------------------------------------

namespace {
const std::string tel_prefix =
    "Het opgegeven telefoonnummer is ongeldig, telefoonnummers beginnend met 0800, 0900, 1400 "
    "of 140xx zijn niet toegestaan.";
const std::string tel_vorm = "Het opgegeven telefoonnummer is ongeldig.";
}  // namespace

TEST_CASE("KI-TEL-001 forbidden prefixes 0800, 0900, 1400, 140") {
  for (std::string_view t : {"0800123456", "0900123456", "1400", "14012", "14079", "140"}) {
    CAPTURE(t);
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("telefoonnummer", t)),
                 {"adres", "invalid", tel_prefix});
    CHECK_FOUTEN(fouten<Actor>(medewerker(q(t))),
                 {"actorIdentificatie.telefoonnummer", "invalid", tel_prefix});
  }
  for (std::string_view t : {"0881234567", "+31800123456"}) {
    CAPTURE(t);
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("telefoonnummer", t)));
    CHECK_FOUTEN(fouten<Actor>(medewerker(q(t))));
  }
}

TEST_CASE("KI-TEL-002 the three accepted shapes") {
  for (std::string_view t : {"0612345678", "0201234567", "+31612345678", "+441134960000",
                             "+12065550100", "0031612345678", "00311234567", " 0612345678 "}) {
    CAPTURE(t);
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("telefoonnummer", t)));
    CHECK_FOUTEN(fouten<Actor>(medewerker(q(t))));
    CHECK_FOUTEN(fouten<Actor>(organisatorische_eenheid("\"telefoonnummer\": " + q(t))));
  }
  for (std::string_view t : {"0695azerty", "azerty0545", "@4566544++8", "onetwothreefour",
                             "020 753 0523", "+311234", "316123456789", "0340-232221"}) {
    CAPTURE(t);
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("telefoonnummer", t)),
                 {"adres", "invalid", tel_vorm});
    CHECK_FOUTEN(fouten<Actor>(medewerker(q(t))),
                 {"actorIdentificatie.telefoonnummer", "invalid", tel_vorm});
    CHECK_FOUTEN(fouten<Actor>(organisatorische_eenheid("\"telefoonnummer\": " + q(t))),
                 {"actorIdentificatie.telefoonnummer", "invalid", tel_vorm});
  }
  SUBCASE("KI-TEL-002 not applied elsewhere") {
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("overig", "020 753 0523")));
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("email", "0201234567")),
                 {"adres", "invalid", "Voer een geldig e-mailadres in."});
    CHECK_FOUTEN(fouten<Actor>(
        organisatorische_eenheid(R"("telefoonnummer": "", "faxnummer": "020-1234567")")));
  }
  SUBCASE("KI-TEL-002 the medewerker telefoonnummer is required, the OE one is not") {
    CHECK_FOUTEN(fouten<Actor>(medewerker(R"("")")),
                 {"actorIdentificatie.telefoonnummer", "blank", leeg});
    CHECK_FOUTEN(fouten<Actor>(organisatorische_eenheid(R"("omschrijving": "Vergunningen")")));
  }
}

// ---- KI-EML --------------------------------------------------------------------

namespace {
const std::string eml = "Voer een geldig e-mailadres in.";
}  // namespace

TEST_CASE("KI-EML-001 DigitaalAdres.adres for soortDigitaalAdres email") {
  SUBCASE("KI-EML-001 passing") {
    for (std::string_view a : {"foo@bar.com", "jan.janssen@VNG.nl", " a.dejong@example.nl "}) {
      CAPTURE(a);
      CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("email", a)));
    }
  }
  SUBCASE("KI-EML-001 failing") {
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("email", "invalid")),
                 {"adres", "invalid", eml});
    // After the 80-character limit: both errors, the length last.
    const std::string lang = std::string(75, 'a') + "@bar.com";
    CHECK_FOUTEN(
        fouten<DigitaalAdres>(digitaal_adres("email", lang)),
        {"adres", "max_length", "Zorg ervoor dat dit veld niet meer dan 80 karakters bevat."});
    CHECK_FOUTEN(
        fouten<DigitaalAdres>(digitaal_adres("email", std::string(77, 'a') + "@bar")),
        {"adres", "max_length", "Zorg ervoor dat dit veld niet meer dan 80 karakters bevat."});
    // PATCH with adres only (no soort in the request): the register's business.
    CHECK_FOUTEN(fouten<DigitaalAdres>(R"({"adres": "invalid"})", opties(Modus::partial)));
    CHECK_FOUTEN(fouten<DigitaalAdres>(R"({"adres": "invalid", "soortDigitaalAdres": "email"})",
                                       opties(Modus::partial)),
                 {"adres", "invalid", eml});
  }
}

TEST_CASE("KI-EML-002 actorIdentificatie.emailadres") {
  SUBCASE("KI-EML-002 passing") {
    CHECK_FOUTEN(fouten<Actor>(medewerker(R"("0201234567")", R"("phil@bozeman.com")")));
    CHECK_FOUTEN(fouten<Actor>(medewerker(R"("0201234567")", R"("")")));
    CHECK_FOUTEN(
        fouten<Actor>(organisatorische_eenheid(R"("emailadres": "vergunningen@gemeente.nl")")));
  }
  SUBCASE("KI-EML-002 failing") {
    CHECK_FOUTEN(fouten<Actor>(medewerker(R"("0201234567")", R"("phil@")")),
                 {"actorIdentificatie.emailadres", "invalid", eml});
    CHECK_FOUTEN(
        fouten<Actor>(organisatorische_eenheid(R"("emailadres": "vergunningen@gemeente")")),
        {"actorIdentificatie.emailadres", "invalid", eml});
    CHECK_FOUTEN(fouten<Actor>(medewerker(R"("0201234567")", q(std::string(250, 'a') + "@x.nl"))),
                 {"actorIdentificatie.emailadres", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 254 karakters bevat."});
  }
}

TEST_CASE("KI-EML-003 Django 5.2 EmailValidator") {
  for (std::string_view a :
       {"user+tag@sub.example.co.uk", "d'hondt@example.be", "PIET@GEMEENTE.NL", "x@localhost",
        "user@[10.1.2.3]", "post@provincie.frl", "loket@stad.amsterdam", "info@bäckerei.de",
        "info@xn--bcher-kva.de", "\"piet\\ de\"@gemeente.nl", "\"p..boer\"@gemeente.nl",
        "user@[2001:db8::7]"}) {
    CAPTURE(a);
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("email", a)));
  }
  for (std::string_view a :
       {"foo@bar", "foo@bar.c", "foo@bar.nl.", "foo@bar.n1", ".foo@bar.com", "foo.@bar.com",
        "foo..bar@bar.com", "foo bar@bar.com", "\"foo bar\"@bar.com", "jür@gemeente.nl",
        "foo@-bar.com", "foo@ba_r.nl", "foo@bar..nl", "@bar.com", "foo@[IPv6:2001:db8::7]",
        "piet@@gemeente.nl", "info@10.20.30.40", "x@LOCALHOST", "user@[256.0.0.1]"}) {
    CAPTURE(a);
    CHECK_FOUTEN(fouten<DigitaalAdres>(digitaal_adres("email", a)), {"adres", "invalid", eml});
  }
}
