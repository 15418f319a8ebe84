// Rekeningnummer through the public validator (validation.md §5, KI-RN),
// POST/PUT/PATCH /rekeningnummers, and the strict profile's IBAN check digits.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "validate_helpers.hpp"

using namespace ki;
using namespace ki::test;
using rules::Modus;

namespace {

std::string rekening(std::string_view iban, std::string_view bic = "ABNANL2A") {
  return R"({"partij": {"uuid": "8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01"}, "iban": ")" +
         std::string(iban) + R"(", "bic": ")" + std::string(bic) + R"("})";
}

std::string max34 = "Zorg ervoor dat dit veld niet meer dan 34 karakters bevat.";

}  // namespace

TEST_CASE("KI-RN realistic bodies in every mode") {
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300")));
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300"), opties(Modus::update)));
  CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": "NL91ABNA0417164300"})"));
  CHECK_FOUTEN(
      fouten<Rekeningnummer>(R"({"partij": null, "iban": "BE71096123456769", "bic": ""})"));
  CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"bic": "INGBNL2A"})", opties(Modus::partial)));
  CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"bic": "INGBNL2A"})"),
               {"iban", "required", "Dit veld is vereist."});
  CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": null})", opties(Modus::partial)),
               {"iban", "null", "Dit veld mag niet leeg zijn."});
  CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": ""})", opties(Modus::update)),
               {"iban", "blank", "Dit veld mag niet leeg zijn."});
  // No uniqueness on iban, and the same body twice is fine statelessly.
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300")));
}

TEST_CASE("KI-RN-001 iban: two letters, two digits, 1-30 letters/digits; no checksum") {
  for (std::string_view i :
       {"NL18BANK23481326", "AB12test1253678", "ab129", "NL91ABNA0417164300", " NL18BANK23481326 ",
        "NL00ABNA0417164300", "AB12345678901234567890123456789012"}) {
    CAPTURE(i);
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i)));
  }
  for (std::string_view i : {"1231md4832842834", "AB123dasd#asdasda", "AB12", "NL18 BANK 2348 1326",
                             "NL1BANK23481326", "N118BANK23481326", "NL18-BANK-2348"}) {
    CAPTURE(i);
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i)),
                 {"iban", "invalid", "Ongeldige IBAN: " + std::string(i)});
  }
  // The trimmed value in the message.
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("  AB12  ")),
               {"iban", "invalid", "Ongeldige IBAN: AB12"});
  // On PATCH too.
  CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": "AB12"})", opties(Modus::partial)),
               {"iban", "invalid", "Ongeldige IBAN: AB12"});
}

TEST_CASE("KI-RN-002 iban longer than 34") {
  SUBCASE("KI-RN-002 failing") {
    const std::string i36 = "AB1259345934953495934953495345345345";
    REQUIRE(i36.size() == 36);
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i36)),
                 {"iban", "invalid", "Ongeldige IBAN: " + i36}, {"iban", "max_length", max34});
    const std::string i35 = "AB123456789012345678901234567890123";
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i35)),
                 {"iban", "invalid", "Ongeldige IBAN: " + i35}, {"iban", "max_length", max34});
  }
  SUBCASE("KI-RN-002 passing: 34 is the limit") {
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("AB12345678901234567890123456789012")));
  }
}

TEST_CASE("KI-RN-003 bic: 8 to 11 characters when not empty, no format check") {
  SUBCASE("KI-RN-003 passing") {
    for (std::string_view b : {"INGBNL2A", "ABNANL2AXXX", "1734723742", "", "   "}) {
      CAPTURE(b);
      CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", b)));
    }
  }
  SUBCASE("KI-RN-003 failing") {
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "INGB")),
                 {"bic", "min_length", "Zorg ervoor dat dit veld minimaal 8 karakters bevat."});
    CHECK_FOUTEN(
        fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "ABNANL2AXXXX")),
        {"bic", "max_length", "Zorg ervoor dat dit veld niet meer dan 11 karakters bevat."});
    CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"bic": "ING"})", opties(Modus::partial)),
                 {"bic", "min_length", ""});
  }
}

TEST_CASE("KI-RN-004 bic without whitespace") {
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "nospaces")));
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", " INGBNL2A ")));
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "INGB NL2A")),
               {"bic", "invalid", "Geen spaties toegestaan: INGB NL2A"});
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "INGB\\tNL2")),
               {"bic", "invalid", "Geen spaties toegestaan: INGB\tNL2"});
  // Python's \S is Unicode-aware: a no-break or em space is whitespace too.
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "INGB\u00a0NL2A")),
               {"bic", "invalid", "Geen spaties toegestaan: INGB\u00a0NL2A"});
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "INGB\u2003NL2A")),
               {"bic", "invalid", "Geen spaties toegestaan: INGB\u2003NL2A"});
  // Too short and with a space: both.
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("NL91ABNA0417164300", "IN GB")),
               {"bic", "invalid", "Geen spaties toegestaan: IN GB"},
               {"bic", "min_length", "Zorg ervoor dat dit veld minimaal 8 karakters bevat."});
  // Errors of iban and bic together, in field order.
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("AB12", "INGB NL2A")),
               {"iban", "invalid", "Ongeldige IBAN: AB12"},
               {"bic", "invalid", "Geen spaties toegestaan: INGB NL2A"});
}

TEST_CASE("strict profile: strict_iban_controlegetal (ISO 13616 mod-97)") {
  for (std::string_view i :
       {"NL91ABNA0417164300", "nl91abna0417164300", "BE71096123456769", "DE89370400440532013000",
        "GB82WEST12345698765432", "NL02ABNA0123456789"}) {
    CAPTURE(i);
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i), strict()));
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i)));
  }
  for (std::string_view i : {"NL00ABNA0417164300", "NL18BANK23481326", "AB12test1253678", "ab129",
                             "NL91ABNA0417164301"}) {
    CAPTURE(i);
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i)));  // KI-RN-001: no checksum by default
    CHECK_FOUTEN(fouten<Rekeningnummer>(rekening(i), strict()),
                 {"iban", "strict_iban_controlegetal",
                  "Het controlegetal van de IBAN klopt niet: " + std::string(i)});
  }
  // A malformed IBAN gets only KI-RN-001, in the strict profile too.
  CHECK_FOUTEN(fouten<Rekeningnummer>(rekening("AB12"), strict()),
               {"iban", "invalid", "Ongeldige IBAN: AB12"});
  CHECK_FOUTEN(fouten<Rekeningnummer>(R"({"iban": "NL00ABNA0417164300"})", strict(Modus::partial)),
               {"iban", "strict_iban_controlegetal", ""});
}
