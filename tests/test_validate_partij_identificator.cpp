// KI-PI: PartijIdentificator on POST/PUT/PATCH /partij-identificatoren
// (validation.md §12, §0.4): every rule that needs no stored data. The same
// rules inside a Partij request (names with the list prefix, KI-PI-013..015
// between the items) are in test_validate_partij.cpp.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "validate_helpers.hpp"

using ki::PartijIdentificator;
using ki::rules::Modus;
using ki::test::fouten;
using ki::test::opties;
using namespace ki::test::teksten;

namespace {

// A stored kvk_nummer identificator (parent of a vestigingsnummer) and the
// uuid of the identificator being written.
const std::string kKvkOuder = "5f1d2c3b-4a59-4e68-8b7a-6c5d4e3f2a10";
const std::string kEigen = "0b7e4f2a-9c31-4d58-a6e2-71c9d3b8f405";

const std::string kLengte9 = "Deze waarde is ongeldig, reden: Waarde moet 9 tekens lang zijn";
const std::string kLengte8 = "Deze waarde is ongeldig, reden: Waarde moet 8 tekens lang zijn";
const std::string kLengte12 = "Deze waarde is ongeldig, reden: Waarde moet 12 tekens lang zijn";
const std::string kNumeriek = "Deze waarde is ongeldig, reden: Voer een numerieke waarde in";
const std::string kOnjuistRsin = "Deze waarde is ongeldig, reden: Onjuist RSIN nummer";
const std::string kZichzelf =
    "Een `Partijidentificator` kan geen `subIdentificatorVan` zijn van zichzelf.";

// The partijIdentificator group with the four keys.
std::string groep(std::string_view objecttype, std::string_view soort, std::string_view id,
                  std::string_view reg) {
  return std::string(R"({"codeObjecttype":")") + std::string(objecttype) +
         R"(","codeSoortObjectId":")" + std::string(soort) + R"(","objectId":")" + std::string(id) +
         R"(","codeRegister":")" + std::string(reg) + R"("})";
}

std::string bsn(std::string_view id) { return groep("natuurlijk_persoon", "bsn", id, "brp"); }
std::string rsin(std::string_view id) { return groep("niet_natuurlijk_persoon", "rsin", id, "hr"); }
std::string kvk(std::string_view id) {
  return groep("niet_natuurlijk_persoon", "kvk_nummer", id, "hr");
}
std::string vestiging(std::string_view id) {
  return groep("vestiging", "vestigingsnummer", id, "hr");
}

// A request body with the group and optionally more properties (`extra`
// starts with a comma).
std::string body(const std::string& g, const std::string& extra = "") {
  return R"({"partijIdentificator":)" + g + extra + "}";
}
const std::string kMetOuder = R"(,"subIdentificatorVan":{"uuid":")" + kKvkOuder + R"("})";

ki::InvalidParams pi(const std::string& json, Modus modus = Modus::create) {
  return fouten<PartijIdentificator>(json, opties(modus));
}
ki::InvalidParams pi_strict(const std::string& json) {
  return fouten<PartijIdentificator>(json, ki::test::strict());
}

}  // namespace

TEST_CASE("KI-PI-001: partijIdentificator is required on POST and PUT, not on PATCH") {
  SUBCASE("KI-PI-001 pass: a complete group") { CHECK_FOUTEN(pi(body(bsn("999993653")))); }
  SUBCASE("KI-PI-001 fail: missing on POST") {
    CHECK_FOUTEN(pi(R"({"anderePartijIdentificator":""})"),
                 {"partijIdentificator", "required", kVereist});
  }
  SUBCASE("KI-PI-001 fail: missing on PUT") {
    CHECK_FOUTEN(pi("{}", Modus::update), {"partijIdentificator", "required", kVereist});
  }
  SUBCASE("KI-PI-001 pass: PATCH may leave it out") {
    CHECK_FOUTEN(pi(R"({"anderePartijIdentificator":"oud klantnummer 4711"})", Modus::partial));
  }
  SUBCASE("KI-PI-001 fail: not nullable") {
    CHECK_FOUTEN(pi(R"({"partijIdentificator":null})"), {"partijIdentificator", "null", kLeeg});
    CHECK_FOUTEN(pi(R"({"partijIdentificator":null})", Modus::partial),
                 {"partijIdentificator", "null", kLeeg});
  }
}

TEST_CASE("KI-PI-001: all four keys of the group are required, also on PATCH") {
  SUBCASE("KI-PI-001 fail: {} gives four required errors in group order") {
    CHECK_FOUTEN(pi(R"({"partijIdentificator":{}})"),
                 {"partijIdentificator.codeObjecttype", "required", kVereist},
                 {"partijIdentificator.codeSoortObjectId", "required", kVereist},
                 {"partijIdentificator.objectId", "required", kVereist},
                 {"partijIdentificator.codeRegister", "required", kVereist});
  }
  SUBCASE("KI-PI-001 fail: PATCH with only objectId (VNG F8226) gives three required errors") {
    CHECK_FOUTEN(pi(R"({"partijIdentificator":{"objectId":"332444332"}})", Modus::partial),
                 {"partijIdentificator.codeObjecttype", "required", kVereist},
                 {"partijIdentificator.codeSoortObjectId", "required", kVereist},
                 {"partijIdentificator.codeRegister", "required", kVereist});
  }
  SUBCASE("KI-PI-001 pass: PATCH with the complete group (keys in any order)") {
    CHECK_FOUTEN(pi(R"({"partijIdentificator":{"objectId":"111222333","codeRegister":"brp",)"
                    R"("codeSoortObjectId":"bsn","codeObjecttype":"natuurlijk_persoon"}})",
                    Modus::partial));
  }
}

TEST_CASE("KI-PI-001: the codes are enum values; objectId may be empty") {
  SUBCASE("KI-PI-001 fail: an empty code is invalid_choice, not blank") {
    CHECK_FOUTEN(
        pi(body(groep("natuurlijk_persoon", "bsn", "999993653", ""))),
        {"partijIdentificator.codeRegister", "invalid_choice", "\"\" is een ongeldige keuze."});
  }
  SUBCASE("KI-PI-001 fail: codes are case-sensitive and not trimmed") {
    CHECK_FOUTEN(
        pi(body(groep("Natuurlijk_persoon", " bsn", "999993653", "BRP"))),
        {"partijIdentificator.codeObjecttype", "invalid_choice",
         "\"Natuurlijk_persoon\" is een ongeldige keuze."},
        {"partijIdentificator.codeSoortObjectId", "invalid_choice",
         "\" bsn\" is een ongeldige keuze."},
        {"partijIdentificator.codeRegister", "invalid_choice", "\"BRP\" is een ongeldige keuze."});
  }
  SUBCASE("KI-PI-001 pass: objectId \"\" skips KI-PI-004..008") {
    CHECK_FOUTEN(pi(body(bsn(""))));
    CHECK_FOUTEN(pi(body(kvk("   "))));
  }
  SUBCASE("KI-PI-001 fail: objectId null") {
    CHECK_FOUTEN(pi(R"({"partijIdentificator":{"codeObjecttype":"natuurlijk_persoon",)"
                    R"("codeSoortObjectId":"bsn","objectId":null,"codeRegister":"brp"}})"),
                 {"partijIdentificator.objectId", "null", kLeeg});
  }
}

TEST_CASE("KI-PI-002: codeRegister decides the allowed codeObjecttype") {
  SUBCASE("KI-PI-002 pass") {
    CHECK_FOUTEN(pi(body(bsn("999993653"))));
    CHECK_FOUTEN(pi(body(kvk("69599084"))));
    CHECK_FOUTEN(pi(body(vestiging("000038509490"), kMetOuder)));
  }
  SUBCASE("KI-PI-002 fail: brp allows only natuurlijk_persoon") {
    CHECK_FOUTEN(pi(body(groep("niet_natuurlijk_persoon", "rsin", "296648875", "brp"))),
                 {"partijIdentificatorCodeObjecttype", "invalid",
                  "voor `codeRegister` brp zijn alleen deze waarden toegestaan: "
                  "['natuurlijk_persoon']"});
  }
  SUBCASE("KI-PI-002 fail: hr allows vestiging and niet_natuurlijk_persoon") {
    CHECK_FOUTEN(pi(body(groep("natuurlijk_persoon", "bsn", "999993653", "hr"))),
                 {"partijIdentificatorCodeObjecttype", "invalid",
                  "voor `codeRegister` hr zijn alleen deze waarden toegestaan: "
                  "['vestiging', 'niet_natuurlijk_persoon']"});
  }
}

TEST_CASE("KI-PI-003: codeObjecttype decides the allowed codeSoortObjectId") {
  SUBCASE("KI-PI-003 pass: niet_natuurlijk_persoon takes rsin and kvk_nummer") {
    CHECK_FOUTEN(pi(body(rsin("296648875"))));
    CHECK_FOUTEN(pi(body(kvk("12345678"))));
  }
  SUBCASE("KI-PI-003 fail: natuurlijk_persoon only bsn") {
    CHECK_FOUTEN(pi(body(groep("natuurlijk_persoon", "kvk_nummer", "12345678", "brp"))),
                 {"partijIdentificatorCodeSoortObjectId", "invalid",
                  "voor `codeObjecttype` natuurlijk_persoon zijn alleen deze waarden toegestaan: "
                  "['bsn']"});
  }
  SUBCASE("KI-PI-003 fail: vestiging only vestigingsnummer") {
    CHECK_FOUTEN(pi(body(groep("vestiging", "kvk_nummer", "12345678", "hr"))),
                 {"partijIdentificatorCodeSoortObjectId", "invalid",
                  "voor `codeObjecttype` vestiging zijn alleen deze waarden toegestaan: "
                  "['vestigingsnummer']"});
  }
  SUBCASE("KI-PI-003 fail: niet_natuurlijk_persoon only rsin and kvk_nummer") {
    CHECK_FOUTEN(pi(body(groep("niet_natuurlijk_persoon", "bsn", "999993653", "hr"))),
                 {"partijIdentificatorCodeSoortObjectId", "invalid",
                  "voor `codeObjecttype` niet_natuurlijk_persoon zijn alleen deze waarden "
                  "toegestaan: ['rsin', 'kvk_nummer']"});
  }
}

TEST_CASE("KI-PI-004: objectId has the length of its codeSoortObjectId") {
  SUBCASE("KI-PI-004 pass: 9, 9, 8 and 12 characters (after trimming)") {
    CHECK_FOUTEN(pi(body(bsn("296648875"))));
    CHECK_FOUTEN(pi(body(bsn(" 111222333 "))));
    CHECK_FOUTEN(pi(body(rsin("296648875"))));
    CHECK_FOUTEN(pi(body(kvk("12345678"))));
    CHECK_FOUTEN(pi(body(vestiging("296648875154"), kMetOuder)));
  }
  SUBCASE("KI-PI-004 fail: bsn and rsin 9") {
    CHECK_FOUTEN(pi(body(bsn("12"))), {"partijIdentificatorObjectId", "invalid", kLengte9});
    CHECK_FOUTEN(pi(body(bsn("1234567890"))), {"partijIdentificatorObjectId", "invalid", kLengte9});
    CHECK_FOUTEN(pi(body(rsin("12345678"))), {"partijIdentificatorObjectId", "invalid", kLengte9});
  }
  SUBCASE("KI-PI-004 fail: kvk_nummer 8, vestigingsnummer 12") {
    CHECK_FOUTEN(pi(body(kvk("123456789"))), {"partijIdentificatorObjectId", "invalid", kLengte8});
    CHECK_FOUTEN(pi(body(vestiging("29664887515"), kMetOuder)),
                 {"partijIdentificatorObjectId", "invalid", kLengte12});
  }
  SUBCASE("KI-PI-004: the length is checked first (a short non-numeric value)") {
    CHECK_FOUTEN(pi(body(bsn("123"))), {"partijIdentificatorObjectId", "invalid", kLengte9});
    CHECK_FOUTEN(pi(body(bsn("abc"))), {"partijIdentificatorObjectId", "invalid", kLengte9});
  }
  SUBCASE("KI-PI-004: the length counts characters, not UTF-8 bytes") {
    // Nine characters (ten bytes): the length passes, the digits check fails.
    CHECK_FOUTEN(pi(body(bsn("12345678\u00e9"))),
                 {"partijIdentificatorObjectId", "invalid", kNumeriek});
  }
}

TEST_CASE("KI-PI-005: objectId must be all digits") {
  SUBCASE("KI-PI-005 pass") { CHECK_FOUTEN(pi(body(kvk("12345678")))); }
  SUBCASE("KI-PI-005 fail") {
    CHECK_FOUTEN(pi(body(bsn("123TEST12"))), {"partijIdentificatorObjectId", "invalid", kNumeriek});
    CHECK_FOUTEN(pi(body(kvk("1234567A"))), {"partijIdentificatorObjectId", "invalid", kNumeriek});
    CHECK_FOUTEN(pi(body(rsin("-29664887"))),
                 {"partijIdentificatorObjectId", "invalid", kNumeriek});
  }
}

TEST_CASE("KI-PI-006: a BSN passes the 11-proef") {
  SUBCASE("KI-PI-006 pass") {
    for (const char* id : {"999993653", "111222333", "296648875", "123456782", "999990019"}) {
      CAPTURE(id);
      CHECK_FOUTEN(pi(body(bsn(id))));
    }
  }
  SUBCASE("KI-PI-006 pass: a numeric BSN is taken as text (KI-GEN-007)") {
    CHECK_FOUTEN(pi(R"({"partijIdentificator":{"codeObjecttype":"natuurlijk_persoon",)"
                    R"("codeSoortObjectId":"bsn","objectId":999993653,"codeRegister":"brp"}})"));
  }
  SUBCASE("KI-PI-006 fail") {
    CHECK_FOUTEN(pi(body(bsn("123456789"))),
                 {"partijIdentificatorObjectId", "invalid", kOnjuistBsn});
    CHECK_FOUTEN(pi(body(bsn("999993654"))),
                 {"partijIdentificatorObjectId", "invalid", kOnjuistBsn});
  }
  SUBCASE("KI-PI-006: BSN 000000000 passes the 11-proef; strict_nulnummer in the strict profile") {
    CHECK_FOUTEN(pi(body(bsn("000000000"))));
    CHECK_FOUTEN(pi_strict(body(bsn("000000000"))),
                 {"partijIdentificatorObjectId", "strict_nulnummer", ""});
    CHECK_FOUTEN(pi_strict(body(bsn("999993653"))));
  }
}

TEST_CASE("KI-PI-007: an RSIN passes the 11-proef") {
  SUBCASE("KI-PI-007 pass") { CHECK_FOUTEN(pi(body(rsin("296648875")))); }
  SUBCASE("KI-PI-007 fail") {
    CHECK_FOUTEN(pi(body(rsin("123456789"))),
                 {"partijIdentificatorObjectId", "invalid", kOnjuistRsin});
  }
  SUBCASE("KI-PI-007: RSIN 000000000 passes; strict_nulnummer in the strict profile") {
    CHECK_FOUTEN(pi(body(rsin("000000000"))));
    CHECK_FOUTEN(pi_strict(body(rsin("000000000"))),
                 {"partijIdentificatorObjectId", "strict_nulnummer", ""});
  }
}

TEST_CASE("KI-PI-008: kvk_nummer and vestigingsnummer have no check digit") {
  SUBCASE("KI-PI-008 pass: numbers that fail the 11-proef are fine") {
    CHECK_FOUTEN(pi(body(kvk("12345678"))));
    CHECK_FOUTEN(pi(body(kvk("00000000"))));
    CHECK_FOUTEN(pi(body(vestiging("296648875154"), kMetOuder)));
    CHECK_FOUTEN(pi(body(vestiging("123456789012"), kMetOuder)));
  }
  SUBCASE("KI-PI-008 fail: only length and digits") {
    CHECK_FOUTEN(pi(body(kvk("1234567"))), {"partijIdentificatorObjectId", "invalid", kLengte8});
    CHECK_FOUTEN(pi(body(vestiging("29664887515A"), kMetOuder)),
                 {"partijIdentificatorObjectId", "invalid", kNumeriek});
  }
}

TEST_CASE("KI-PI-009: a vestigingsnummer needs subIdentificatorVan") {
  SUBCASE("KI-PI-009 pass: with a parent") {
    CHECK_FOUTEN(pi(body(vestiging("000038509490"), kMetOuder)));
    CHECK_FOUTEN(pi(body(vestiging("000038509490"), kMetOuder), Modus::update));
  }
  SUBCASE("KI-PI-009 fail: POST without the key") {
    CHECK_FOUTEN(pi(body(vestiging("000038509490"))),
                 {"subIdentificatorVan", "invalid", kSubVerplicht});
  }
  SUBCASE("KI-PI-009 fail: with null, also when a PUT or PATCH sets it to null") {
    const std::string b = body(vestiging("000038509490"), R"(,"subIdentificatorVan":null)");
    CHECK_FOUTEN(pi(b), {"subIdentificatorVan", "invalid", kSubVerplicht});
    CHECK_FOUTEN(pi(b, Modus::update), {"subIdentificatorVan", "invalid", kSubVerplicht});
    CHECK_FOUTEN(pi(b, Modus::partial), {"subIdentificatorVan", "invalid", kSubVerplicht});
  }
  SUBCASE(
      "KI-PI-009: PUT/PATCH without the key keep the stored parent (effective value, "
      "judged by the register)") {
    CHECK_FOUTEN(pi(body(vestiging("000038509490")), Modus::update));
    CHECK_FOUTEN(pi(body(vestiging("000038509490")), Modus::partial));
  }
  SUBCASE("KI-PI-009 only after KI-PI-004/005: a bad vestigingsnummer reports only objectId") {
    CHECK_FOUTEN(pi(body(vestiging("3850949"))),
                 {"partijIdentificatorObjectId", "invalid", kLengte12});
    CHECK_FOUTEN(pi(body(vestiging("00003850949X"))),
                 {"partijIdentificatorObjectId", "invalid", kNumeriek});
  }
  SUBCASE("KI-PI-009: other soorten need no parent") {
    CHECK_FOUTEN(pi(body(kvk("69599084"), R"(,"subIdentificatorVan":null)")));
  }
}

TEST_CASE("KI-PI-002..009 (§0.4, P-10): only the first failing cross-field rule is reported") {
  SUBCASE("KI-PI-002 hides KI-PI-003 and KI-PI-004") {
    // brp/niet_natuurlijk_persoon (002), niet_natuurlijk_persoon/bsn (003), length (004).
    CHECK_FOUTEN(pi(body(groep("niet_natuurlijk_persoon", "bsn", "123", "brp"))),
                 {"partijIdentificatorCodeObjecttype", "invalid", ""});
  }
  SUBCASE("KI-PI-003 hides KI-PI-004") {
    CHECK_FOUTEN(pi(body(groep("natuurlijk_persoon", "kvk_nummer", "123", "brp"))),
                 {"partijIdentificatorCodeSoortObjectId", "invalid", ""});
  }
  SUBCASE("KI-PI-003 hides KI-PI-009") {
    CHECK_FOUTEN(
        pi(body(groep("niet_natuurlijk_persoon", "vestigingsnummer", "000038509490", "hr"))),
        {"partijIdentificatorCodeSoortObjectId", "invalid", ""});
  }
  SUBCASE("KI-PI-004 hides KI-PI-006") {
    CHECK_FOUTEN(pi(body(bsn("12345678"))), {"partijIdentificatorObjectId", "invalid", kLengte9});
  }
}

TEST_CASE("KI-PI-002..009 (§0.4): cross-field rules run only when every field passed") {
  SUBCASE("an invalid code: only the field error, not KI-PI-003") {
    CHECK_FOUTEN(
        pi(body(groep("natuurlijk_persoon", "kvk_nummer", "123", "Brp"))),
        {"partijIdentificator.codeRegister", "invalid_choice", "\"Brp\" is een ongeldige keuze."});
  }
  SUBCASE("a field error elsewhere hides KI-PI-006 and KI-PI-009") {
    const std::string lang(201, 'x');
    CHECK_FOUTEN(pi(body(bsn("123456789"), R"(,"anderePartijIdentificator":")" + lang + "\"")),
                 {"anderePartijIdentificator", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 200 karakters bevat."});
    CHECK_FOUTEN(pi(body(vestiging("000038509490"), R"(,"subIdentificatorVan":{"uuid":"123"})")),
                 {"subIdentificatorVan.uuid", "invalid", "Must be a valid UUID."});
  }
}

TEST_CASE("KI-PI-011: an identificator cannot be its own subIdentificatorVan") {
  SUBCASE("KI-PI-011 pass: another identificator") {
    CHECK_FOUTEN(pi(R"({"uuid":")" + kEigen + R"(","partijIdentificator":)" +
                    vestiging("000038509490") + kMetOuder + "}"));
  }
  SUBCASE("KI-PI-011 fail: itself") {
    CHECK_FOUTEN(pi(R"({"uuid":")" + kEigen + R"(","partijIdentificator":)" + kvk("69599084") +
                    R"(,"subIdentificatorVan":{"uuid":")" + kEigen + R"("}})"),
                 {"subIdentificatorVan", "invalid", kZichzelf});
  }
  SUBCASE("KI-PI-011 fail: itself in another notation (uuids compared as values)") {
    CHECK_FOUTEN(pi(R"({"uuid":")" + kEigen + R"(","partijIdentificator":)" + kvk("69599084") +
                    R"(,"subIdentificatorVan":{"uuid":"0B7E4F2A9C314D58A6E271C9D3B8F405"}})"),
                 {"subIdentificatorVan", "invalid", kZichzelf});
  }
}

TEST_CASE("KI-PI-018: anderePartijIdentificator is free text of at most 200 characters") {
  SUBCASE("KI-PI-018 pass") {
    CHECK_FOUTEN(
        pi(body(bsn("999993653"), R"(,"anderePartijIdentificator":"Klantnummer 4711 / oud")")));
    CHECK_FOUTEN(pi(body(bsn("999993653"),
                         R"(,"anderePartijIdentificator":")" + std::string(200, 'a') + "\"")));
  }
  SUBCASE("KI-PI-018 fail") {
    CHECK_FOUTEN(pi(body(bsn("999993653"),
                         R"(,"anderePartijIdentificator":")" + std::string(201, 'a') + "\"")),
                 {"anderePartijIdentificator", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 200 karakters bevat."});
  }
}
