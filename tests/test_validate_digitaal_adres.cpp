// KI-DA: DigitaalAdres on POST/PUT/PATCH /digitaleadressen (validation.md
// §13, §0.4, P-01): every rule that needs no stored data.

#include <doctest/doctest.h>

#include <string>

#include "validate_helpers.hpp"

using ki::DigitaalAdres;
using ki::rules::Modus;
using ki::test::fouten;
using ki::test::opties;
using namespace ki::test::teksten;

namespace {

const std::string kPartij = R"({"uuid":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"})";
const std::string kBetrokkene = R"({"uuid":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"})";

const std::string kTeLang80 = "Zorg ervoor dat dit veld niet meer dan 80 karakters bevat.";
const std::string kStandaard =
    "`is_standaard_adres` kan alleen gezet worden als `verstrekt_door_partij` niet leeg is.";

// A create body: verstrektDoorPartij (JSON), adres and soort, plus `extra`
// (starts with a comma, or empty).
std::string adres(const std::string& soort, const std::string& waarde,
                  const std::string& partij = kPartij, const std::string& extra = "") {
  return R"({"verstrektDoorPartij":)" + partij + R"(,"adres":")" + waarde +
         R"(","soortDigitaalAdres":")" + soort + "\"" + extra + "}";
}

ki::InvalidParams da(const std::string& json, Modus modus = Modus::create) {
  return fouten<DigitaalAdres>(json, opties(modus));
}

}  // namespace

TEST_CASE("KI-DA-001: adres of soort email is an e-mail address") {
  SUBCASE("KI-DA-001 pass") {
    CHECK_FOUTEN(da(adres("email", "foo@bar.com")));
    CHECK_FOUTEN(da(adres("email", "jan.janssen@VNG.nl")));
    CHECK_FOUTEN(da(adres("email", "  klantcontact@gemeente-utrecht.nl ")));
  }
  SUBCASE("KI-DA-001 fail") {
    CHECK_FOUTEN(da(adres("email", "invalid")), {"adres", "invalid", kEmail});
    CHECK_FOUTEN(da(adres("email", "piet@gemeente")), {"adres", "invalid", kEmail});
    CHECK_FOUTEN(da(adres("email", "invalid"), Modus::update), {"adres", "invalid", kEmail});
  }
  SUBCASE("KI-DA-001: only the exact raw value email selects the check") {
    CHECK_FOUTEN(da(adres("Email", "invalid")),
                 {"soortDigitaalAdres", "invalid_choice", "\"Email\" is een ongeldige keuze."});
    CHECK_FOUTEN(da(R"({"verstrektDoorPartij":null,"adres":"invalid"})"),
                 {"soortDigitaalAdres", "required", kVereist});
  }
  SUBCASE("KI-DA-001: after the length check (one error only)") {
    const std::string lang = std::string(75, 'a') + "@bar.com";  // 83 characters
    CHECK_FOUTEN(da(adres("email", lang)), {"adres", "max_length", kTeLang80});
  }
}

TEST_CASE("KI-DA-002: adres of soort telefoonnummer is a phone number") {
  SUBCASE("KI-DA-002 pass") {
    CHECK_FOUTEN(da(adres("telefoonnummer", "0721434543")));
    CHECK_FOUTEN(da(adres("telefoonnummer", "+31612345678")));
    CHECK_FOUTEN(da(adres("telefoonnummer", " 0612345678 ")));
  }
  SUBCASE("KI-DA-002 fail: KI-TEL-002") {
    CHECK_FOUTEN(da(adres("telefoonnummer", "invalid")), {"adres", "invalid", kTelefoon});
    CHECK_FOUTEN(da(adres("telefoonnummer", "020 753 0523")), {"adres", "invalid", kTelefoon});
  }
  SUBCASE("KI-DA-002 fail: KI-TEL-001") {
    CHECK_FOUTEN(da(adres("telefoonnummer", "0800123456")), {"adres", "invalid", kTelefoonPrefix});
    CHECK_FOUTEN(da(adres("telefoonnummer", "14030")), {"adres", "invalid", kTelefoonPrefix});
  }
  SUBCASE("KI-DA-002: an e-mail address is not a phone number, and the other way round") {
    CHECK_FOUTEN(da(adres("telefoonnummer", "foo@bar.com")), {"adres", "invalid", kTelefoon});
    CHECK_FOUTEN(da(adres("email", "0612345678")), {"adres", "invalid", kEmail});
  }
}

TEST_CASE("KI-DA-003: adres of soort overig has no format check") {
  SUBCASE("KI-DA-003 pass") {
    CHECK_FOUTEN(da(adres("overig", "whatever")));
    CHECK_FOUTEN(da(adres("overig", "https://www.utrecht.nl/contact")));
    CHECK_FOUTEN(da(adres("overig", "0800123456")));
  }
  SUBCASE("KI-DA-003 fail: only required, non-blank and at most 80") {
    CHECK_FOUTEN(da(adres("overig", "   ")), {"adres", "blank", kLeeg});
    CHECK_FOUTEN(da(adres("overig", std::string(81, 'x'))), {"adres", "max_length", kTeLang80});
    CHECK_FOUTEN(da(R"({"verstrektDoorPartij":null,"soortDigitaalAdres":"overig"})"),
                 {"adres", "required", kVereist});
  }
}

TEST_CASE("KI-DA-004: isStandaardAdres only with a partij") {
  SUBCASE("KI-DA-004 pass") {
    CHECK_FOUTEN(da(adres("email", "info@bakkerij.nl", kPartij, R"(,"isStandaardAdres":true)")));
    CHECK_FOUTEN(da(adres("email", "info@bakkerij.nl", "null", R"(,"isStandaardAdres":false)")));
  }
  SUBCASE("KI-DA-004 fail: POST and PUT") {
    CHECK_FOUTEN(da(adres("email", "info@bakkerij.nl", "null", R"(,"isStandaardAdres":true)")),
                 {"isStandaardAdres", "invalid", kStandaard});
    CHECK_FOUTEN(da(adres("email", "info@bakkerij.nl", "null", R"(,"isStandaardAdres":"yes")"),
                    Modus::update),
                 {"isStandaardAdres", "invalid", kStandaard});
  }
  SUBCASE("KI-DA-004 fail: PATCH that clears the partij") {
    CHECK_FOUTEN(da(R"({"isStandaardAdres":true,"verstrektDoorPartij":null})", Modus::partial),
                 {"isStandaardAdres", "invalid", kStandaard});
  }
  SUBCASE("KI-DA-004: PUT/PATCH without verstrektDoorPartij keep the stored partij") {
    CHECK_FOUTEN(da(R"({"isStandaardAdres":true})", Modus::partial));
    CHECK_FOUTEN(da(R"({"adres":"info@bakkerij.nl","soortDigitaalAdres":"email",)"
                    R"("isStandaardAdres":true})",
                    Modus::update));
  }
}

TEST_CASE("KI-DA-007: an address linked to nothing is accepted (NOT ENFORCED, KI-VNG-003)") {
  const std::string los =
      R"({"verstrektDoorBetrokkene":null,"verstrektDoorPartij":null,"adres":"info@bakkerij.nl",)"
      R"("soortDigitaalAdres":"email"})";
  SUBCASE("KI-DA-007 default profile accepts it") { CHECK_FOUTEN(da(los)); }
  SUBCASE("KI-VNG-003 strict profile: strict_zonder_eigenaar") {
    CHECK_FOUTEN(fouten<DigitaalAdres>(los, ki::test::strict()),
                 {"nonFieldErrors", "strict_zonder_eigenaar", ""});
  }
  SUBCASE("KI-VNG-003 strict profile: a partij or a betrokkene is enough") {
    CHECK_FOUTEN(fouten<DigitaalAdres>(adres("email", "info@bakkerij.nl"), ki::test::strict()));
    CHECK_FOUTEN(fouten<DigitaalAdres>(
        R"({"verstrektDoorBetrokkene":)" + kBetrokkene +
            R"(,"verstrektDoorPartij":null,"adres":"info@bakkerij.nl","soortDigitaalAdres":"email"})",
        ki::test::strict()));
  }
}

TEST_CASE("KI-DA-008: adres is validated with the effective soort, only when adres is sent") {
  SUBCASE("KI-DA-008 pass: a PATCH of only soortDigitaalAdres is not re-checked") {
    CHECK_FOUTEN(da(R"({"soortDigitaalAdres":"email"})", Modus::partial));
    CHECK_FOUTEN(da(R"({"adres":"0612345678"})", Modus::partial));
  }
  SUBCASE("KI-DA-008 fail: a PATCH with adres and soortDigitaalAdres") {
    CHECK_FOUTEN(da(R"({"adres":"0612345678","soortDigitaalAdres":"email"})", Modus::partial),
                 {"adres", "invalid", kEmail});
  }
}

TEST_CASE("KI-DA-009 (P-01): the key verstrektDoorPartij is required on create") {
  SUBCASE("KI-DA-009 pass: an explicit null") {
    CHECK_FOUTEN(da(adres("email", "info@bakkerij.nl", "null")));
  }
  SUBCASE("KI-DA-009 fail: key missing") {
    CHECK_FOUTEN(da(R"({"adres":"info@bakkerij.nl","soortDigitaalAdres":"email"})"),
                 {"verstrektDoorPartij", "required", kVereist});
  }
  SUBCASE("KI-DA-009 fail: also with verstrektDoorBetrokkene") {
    CHECK_FOUTEN(da(R"({"verstrektDoorBetrokkene":)" + kBetrokkene +
                    R"(,"adres":"info@bakkerij.nl","soortDigitaalAdres":"email"})"),
                 {"verstrektDoorPartij", "required", kVereist});
  }
  SUBCASE("KI-DA-009 pass: create only (PUT and PATCH may leave it out)") {
    CHECK_FOUTEN(da(R"({"adres":"info@bakkerij.nl","soortDigitaalAdres":"email"})", Modus::update));
    CHECK_FOUTEN(da(R"({"omschrijving":"privé"})", Modus::partial));
  }
  SUBCASE("KI-DA-009 (§0.4): only when every field passed") {
    CHECK_FOUTEN(da(R"({"adres":"  ","soortDigitaalAdres":"email"})"), {"adres", "blank", kLeeg});
    CHECK_FOUTEN(da(R"({"adres":"invalid","soortDigitaalAdres":"email"})"),
                 {"adres", "invalid", kEmail});
  }
  SUBCASE("KI-DA-009 before KI-DA-004 (one error only)") {
    CHECK_FOUTEN(
        da(R"({"adres":"info@bakkerij.nl","soortDigitaalAdres":"email","isStandaardAdres":true})"),
        {"verstrektDoorPartij", "required", kVereist});
    CHECK_FOUTEN(
        fouten<DigitaalAdres>(R"({"adres":"info@bakkerij.nl","soortDigitaalAdres":"email"})",
                              ki::test::strict()),
        {"verstrektDoorPartij", "required", kVereist});
  }
}
