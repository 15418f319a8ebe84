// KI-PA: Partij on POST/PUT/PATCH /partijen (validation.md §11, §0.4), with
// its nested partijIdentificatoren (KI-PA-007..009, KI-PI-013..015 between
// the items of one request): every rule that needs no stored data.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "validate_helpers.hpp"

using ki::Partij;
using ki::rules::Modus;
using ki::test::fouten;
using ki::test::opties;
using namespace ki::test::teksten;

namespace {

// Stored digitale adressen, rekeningnummers, identificatoren and partijen.
const std::string kAdresA = "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2";
const std::string kAdresB = "3b0f3a1c-8d2e-4c6b-9a41-0d5f2e7c9b13";
const std::string kRekeningA = "7a1e6c52-3d4b-4f8e-9b20-51c7d6e4a389";
const std::string kRekeningB = "c4d2b1a0-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const std::string kIdentA = "2d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a";
const std::string kIdentB = "8e7f6a5b-4c3d-4e2f-9a1b-0c9d8e7f6a5b";
const std::string kKvkOuderA = "5f1d2c3b-4a59-4e68-8b7a-6c5d4e3f2a10";
const std::string kKvkOuderB = "6a2e3d4c-5b6a-4f79-9c8b-7d6e5f4a3b21";
const std::string kOrganisatie = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

const std::string kAdresNietGelinkt = "Het voorkeurs adres moet een gelinkte digitaal adres zijn.";
const std::string kAdresLeeg =
    "voorkeursDigitaalAdres mag niet meegegeven worden als digitaleAdressen leeg is.";
const std::string kRekeningNietGelinkt =
    "Het voorkeurs rekeningnummer moet een gelinkte rekeningnummer zijn.";
const std::string kRekeningLeeg =
    "voorkeursRekeningnummer mag niet meegegeven worden als rekeningnummers leeg is.";
const std::string kDuplicaat =
    "Duplicaat uuid kan niet worden ingevoerd voor `partij_identificatoren`.";
const std::string kAutomatisch =
    "Het veld `identificeerde_partij` wordt automatisch ingesteld en dient niet te worden "
    "opgegeven.";
const std::string kNietUniek =
    "`PartijIdentificator` moet uniek zijn, er bestaat er al een met deze gegevenscombinatie.";
const std::string kSoortNietUniek = "`CodeSoortObjectId` moet uniek zijn voor de Partij.";
const std::string kTaalTeLang = "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat.";

std::string ref(const std::string& uuid) { return R"({"uuid":")" + uuid + R"("})"; }

// A Partij body: a persoon plus `extra` (starts with a comma, or empty).
std::string persoon(const std::string& extra = "") {
  return R"({"soortPartij":"persoon","indicatieActief":true)" + extra + "}";
}

// One item of partijIdentificatoren.
std::string item(std::string_view objecttype, std::string_view soort, std::string_view id,
                 std::string_view reg, const std::string& extra = "") {
  return std::string(R"({"partijIdentificator":{"codeObjecttype":")") + std::string(objecttype) +
         R"(","codeSoortObjectId":")" + std::string(soort) + R"(","objectId":")" + std::string(id) +
         R"(","codeRegister":")" + std::string(reg) + R"("})" + extra + "}";
}
std::string bsn(std::string_view id, const std::string& extra = "") {
  return item("natuurlijk_persoon", "bsn", id, "brp", extra);
}
std::string kvk(std::string_view id, const std::string& extra = "") {
  return item("niet_natuurlijk_persoon", "kvk_nummer", id, "hr", extra);
}
std::string vestiging(std::string_view id, const std::string& ouder) {
  return item("vestiging", "vestigingsnummer", id, "hr", R"(,"subIdentificatorVan":)" + ref(ouder));
}
std::string identificatoren(const std::string& items) {
  return R"(,"partijIdentificatoren":[)" + items + "]";
}

ki::InvalidParams partij(const std::string& json, Modus modus = Modus::create) {
  return fouten<Partij>(json, opties(modus));
}

}  // namespace

TEST_CASE("KI-PA-001: POST voorkeursDigitaalAdres must be one of digitaleAdressen") {
  SUBCASE("KI-PA-001 pass: listed") {
    CHECK_FOUTEN(partij(persoon(R"(,"digitaleAdressen":[)" + ref(kAdresA) +
                                R"(],"voorkeursDigitaalAdres":)" + ref(kAdresA))));
  }
  SUBCASE("KI-PA-001 pass: uuids compared as values (letter case, notation)") {
    CHECK_FOUTEN(partij(
        persoon(R"(,"digitaleAdressen":[)" + ref(kAdresB) + "," + ref(kAdresA) +
                R"(],"voorkeursDigitaalAdres":{"uuid":"E8203B1BF9E14FA196CE2BCF36E061C2"})")));
    CHECK_FOUTEN(
        partij(persoon(R"(,"digitaleAdressen":[)" + ref(kAdresA) +
                       R"(],"voorkeursDigitaalAdres":{"uuid":"urn:uuid:)" + kAdresA + R"("})")));
  }
  SUBCASE("KI-PA-001 pass: no voorkeur") {
    CHECK_FOUTEN(partij(persoon(R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":null)")));
  }
  SUBCASE("KI-PA-001 fail: another address") {
    CHECK_FOUTEN(partij(persoon(R"(,"digitaleAdressen":[)" + ref(kAdresA) +
                                R"(],"voorkeursDigitaalAdres":)" + ref(kAdresB))),
                 {"voorkeursDigitaalAdres", "invalid", kAdresNietGelinkt});
  }
  SUBCASE("KI-PA-001 fail: an empty list never contains it (POST: not the KI-PA-002 text)") {
    CHECK_FOUTEN(
        partij(persoon(R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":)" + ref(kAdresA))),
        {"voorkeursDigitaalAdres", "invalid", kAdresNietGelinkt});
  }
}

TEST_CASE("KI-PA-002: PUT voorkeursDigitaalAdres with an empty digitaleAdressen") {
  SUBCASE("KI-PA-002 pass") {
    CHECK_FOUTEN(partij(persoon(R"(,"digitaleAdressen":[)" + ref(kAdresA) +
                                R"(],"voorkeursDigitaalAdres":)" + ref(kAdresA)),
                        Modus::update));
    CHECK_FOUTEN(
        partij(persoon(R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":null)"), Modus::update));
  }
  SUBCASE("KI-PA-002 fail: []") {
    CHECK_FOUTEN(
        partij(persoon(R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":)" + ref(kAdresA)),
               Modus::update),
        {"voorkeursDigitaalAdres", "invalid", kAdresLeeg});
  }
  SUBCASE("KI-PA-002 fail: null") {
    CHECK_FOUTEN(
        partij(persoon(R"(,"digitaleAdressen":null,"voorkeursDigitaalAdres":)" + ref(kAdresA)),
               Modus::update),
        {"voorkeursDigitaalAdres", "invalid", kAdresLeeg});
  }
}

TEST_CASE("KI-PA-003: PUT/PATCH voorkeursDigitaalAdres must be a linked address") {
  SUBCASE("KI-PA-003 fail: PUT, not in the request's digitaleAdressen") {
    CHECK_FOUTEN(partij(persoon(R"(,"digitaleAdressen":[)" + ref(kAdresA) +
                                R"(],"voorkeursDigitaalAdres":)" + ref(kAdresB)),
                        Modus::update),
                 {"voorkeursDigitaalAdres", "invalid", kAdresNietGelinkt});
  }
  SUBCASE("KI-PA-003 fail: PATCH, not among the addresses after applying digitaleAdressen") {
    CHECK_FOUTEN(partij(R"({"digitaleAdressen":[)" + ref(kAdresA) +
                            R"(],"voorkeursDigitaalAdres":)" + ref(kAdresB) + "}",
                        Modus::partial),
                 {"voorkeursDigitaalAdres", "invalid", kAdresNietGelinkt});
    CHECK_FOUTEN(partij(R"({"digitaleAdressen":[],"voorkeursDigitaalAdres":)" + ref(kAdresA) + "}",
                        Modus::partial),
                 {"voorkeursDigitaalAdres", "invalid", kAdresNietGelinkt});
  }
  SUBCASE("KI-PA-003 pass: PATCH with the address in the list") {
    CHECK_FOUTEN(partij(R"({"digitaleAdressen":[)" + ref(kAdresA) +
                            R"(],"voorkeursDigitaalAdres":)" + ref(kAdresA) + "}",
                        Modus::partial));
  }
  SUBCASE("KI-PA-003: PATCH without digitaleAdressen is judged against the stored addresses") {
    CHECK_FOUTEN(partij(R"({"voorkeursDigitaalAdres":)" + ref(kAdresA) + "}", Modus::partial));
  }
}

TEST_CASE("KI-PA-004: POST voorkeursRekeningnummer must be one of rekeningnummers") {
  SUBCASE("KI-PA-004 pass") {
    CHECK_FOUTEN(partij(persoon(R"(,"rekeningnummers":[)" + ref(kRekeningA) +
                                R"(],"voorkeursRekeningnummer":)" + ref(kRekeningA))));
  }
  SUBCASE("KI-PA-004 fail") {
    CHECK_FOUTEN(partij(persoon(R"(,"rekeningnummers":[)" + ref(kRekeningA) +
                                R"(],"voorkeursRekeningnummer":)" + ref(kRekeningB))),
                 {"voorkeursRekeningnummer", "invalid", kRekeningNietGelinkt});
    CHECK_FOUTEN(
        partij(persoon(R"(,"rekeningnummers":[],"voorkeursRekeningnummer":)" + ref(kRekeningA))),
        {"voorkeursRekeningnummer", "invalid", kRekeningNietGelinkt});
  }
}

TEST_CASE("KI-PA-005: PUT voorkeursRekeningnummer with an empty rekeningnummers") {
  SUBCASE("KI-PA-005 pass") {
    CHECK_FOUTEN(partij(persoon(R"(,"rekeningnummers":[)" + ref(kRekeningA) +
                                R"(],"voorkeursRekeningnummer":)" + ref(kRekeningA)),
                        Modus::update));
  }
  SUBCASE("KI-PA-005 fail") {
    CHECK_FOUTEN(
        partij(persoon(R"(,"rekeningnummers":[],"voorkeursRekeningnummer":)" + ref(kRekeningA)),
               Modus::update),
        {"voorkeursRekeningnummer", "invalid", kRekeningLeeg});
    CHECK_FOUTEN(
        partij(persoon(R"(,"rekeningnummers":null,"voorkeursRekeningnummer":)" + ref(kRekeningA)),
               Modus::update),
        {"voorkeursRekeningnummer", "invalid", kRekeningLeeg});
  }
}

TEST_CASE("KI-PA-006: PUT/PATCH voorkeursRekeningnummer must be a linked rekeningnummer") {
  SUBCASE("KI-PA-006 fail: PUT") {
    CHECK_FOUTEN(partij(persoon(R"(,"rekeningnummers":[)" + ref(kRekeningA) +
                                R"(],"voorkeursRekeningnummer":)" + ref(kRekeningB)),
                        Modus::update),
                 {"voorkeursRekeningnummer", "invalid", kRekeningNietGelinkt});
  }
  SUBCASE("KI-PA-006 fail: PATCH") {
    CHECK_FOUTEN(
        partij(R"({"rekeningnummers":[],"voorkeursRekeningnummer":)" + ref(kRekeningA) + "}",
               Modus::partial),
        {"voorkeursRekeningnummer", "invalid", kRekeningNietGelinkt});
  }
  SUBCASE("KI-PA-006 pass: PATCH") {
    CHECK_FOUTEN(partij(R"({"rekeningnummers":[)" + ref(kRekeningA) +
                            R"(],"voorkeursRekeningnummer":)" + ref(kRekeningA) + "}",
                        Modus::partial));
    CHECK_FOUTEN(partij(R"({"voorkeursRekeningnummer":)" + ref(kRekeningA) + "}", Modus::partial));
  }
}

TEST_CASE("KI-PA-001 before KI-PA-004 (§0.4 phase 4): only the first is reported") {
  CHECK_FOUTEN(
      partij(persoon(R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":)" + ref(kAdresA) +
                     R"(,"rekeningnummers":[],"voorkeursRekeningnummer":)" + ref(kRekeningA))),
      {"voorkeursDigitaalAdres", "invalid", kAdresNietGelinkt});
  CHECK_FOUTEN(
      partij(persoon(R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":)" + ref(kAdresA) +
                     R"(,"rekeningnummers":[],"voorkeursRekeningnummer":)" + ref(kRekeningA)),
             Modus::update),
      {"voorkeursDigitaalAdres", "invalid", kAdresLeeg});
}

TEST_CASE("KI-PA-001/004 (§0.4 phase 4): checked only when every other check passed") {
  const std::string fout_voorkeur =
      R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":)" + ref(kAdresA);
  SUBCASE("a field error hides KI-PA-001") {
    CHECK_FOUTEN(partij(persoon(fout_voorkeur + R"(,"voorkeurstaal":"nederlands")")),
                 {"voorkeurstaal", "max_length", kTaalTeLang});
  }
  SUBCASE("a detail error hides KI-PA-001") {
    CHECK_FOUTEN(partij(persoon(fout_voorkeur + R"(,"partijIdentificatie":{"contactnaam":"Jan"})")),
                 {"partijIdentificatie.contactnaam.nonFieldErrors", "invalid", kGeenObject});
  }
  SUBCASE("an item error hides KI-PA-001") {
    CHECK_FOUTEN(partij(persoon(fout_voorkeur + identificatoren(bsn("123456789")))),
                 {"partijIdentificatoren.0.partijIdentificatorObjectId", "invalid", kOnjuistBsn});
  }
}

TEST_CASE("KI-PA-007: the same uuid twice in partijIdentificatoren") {
  SUBCASE("KI-PA-007 pass: distinct uuids") {
    CHECK_FOUTEN(
        partij(persoon(identificatoren(bsn("999993653", R"(,"uuid":")" + kIdentA + "\"") + "," +
                                       kvk("69599084", R"(,"uuid":")" + kIdentB + "\"")))));
  }
  SUBCASE("KI-PA-007 fail: same uuid (compared as values)") {
    CHECK_FOUTEN(partij(persoon(identificatoren(
                     bsn("999993653", R"(,"uuid":")" + kIdentA + "\"") + "," +
                     kvk("69599084", R"(,"uuid":"2D9C8B7A-6F5E-4D3C-8B2A-1F0E9D8C7B6A")")))),
                 {"partijIdentificatoren.identificeerdePartij", "duplicated", kDuplicaat});
  }
  SUBCASE("KI-PA-007 fail: on PUT and PATCH too") {
    const std::string b = identificatoren(bsn("999993653", R"(,"uuid":")" + kIdentA + "\"") + "," +
                                          kvk("69599084", R"(,"uuid":")" + kIdentA + "\""));
    CHECK_FOUTEN(partij(persoon(b), Modus::update),
                 {"partijIdentificatoren.identificeerdePartij", "duplicated", kDuplicaat});
    CHECK_FOUTEN(partij("{" + b.substr(1) + "}", Modus::partial),
                 {"partijIdentificatoren.identificeerdePartij", "duplicated", kDuplicaat});
  }
  SUBCASE("KI-PA-007 (§0.4): only after all items passed") {
    CHECK_FOUTEN(
        partij(persoon(identificatoren(bsn("123456789", R"(,"uuid":")" + kIdentA + "\"") + "," +
                                       kvk("69599084", R"(,"uuid":")" + kIdentA + "\"")))),
        {"partijIdentificatoren.0.partijIdentificatorObjectId", "invalid", kOnjuistBsn});
  }
  SUBCASE("KI-PA-007 (§0.4): reported together with the other field errors, in field order") {
    CHECK_FOUTEN(
        partij(persoon(identificatoren(bsn("999993653", R"(,"uuid":")" + kIdentA + "\"") + "," +
                                       kvk("69599084", R"(,"uuid":")" + kIdentA + "\"")) +
                       R"(,"voorkeurstaal":"nederlands")")),
        {"partijIdentificatoren.identificeerdePartij", "duplicated", kDuplicaat},
        {"voorkeurstaal", "max_length", kTaalTeLang});
  }
}

TEST_CASE("KI-PA-008: POST items may not carry identificeerdePartij") {
  const std::string met_partij = R"(,"identificeerdePartij":)" + ref(kOrganisatie);
  SUBCASE("KI-PA-008 pass: omitted or null") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653")))));
    CHECK_FOUTEN(
        partij(persoon(identificatoren(bsn("999993653", R"(,"identificeerdePartij":null)")))));
  }
  SUBCASE("KI-PA-008 fail: POST") {
    CHECK_FOUTEN(
        partij(persoon(identificatoren(bsn("999993653") + "," + kvk("69599084", met_partij)))),
        {"partijIdentificatoren.identificeerdePartij", "invalid", kAutomatisch});
  }
  SUBCASE("KI-PA-008 pass: PUT and PATCH allow it") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653", met_partij))), Modus::update));
    CHECK_FOUTEN(partij("{" + identificatoren(bsn("999993653", met_partij)).substr(1) + "}",
                        Modus::partial));
  }
  SUBCASE("KI-PA-008 after KI-PA-007: at most one list error") {
    CHECK_FOUTEN(partij(persoon(identificatoren(
                     bsn("999993653", R"(,"uuid":")" + kIdentA + "\"" + met_partij) + "," +
                     kvk("69599084", R"(,"uuid":")" + kIdentA + "\"")))),
                 {"partijIdentificatoren.identificeerdePartij", "duplicated", kDuplicaat});
  }
}

TEST_CASE("KI-PA-009: every item passes the KI-PI rules, named under the list") {
  SUBCASE("KI-PA-009 pass") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653")))));
    CHECK_FOUTEN(partij(
        R"({"soortPartij":"organisatie","indicatieActief":true)" +
        identificatoren(kvk("69599084") + "," + vestiging("000038509490", kKvkOuderA)) + "}"));
  }
  SUBCASE("KI-PA-009 fail: field-level errors of an item (KI-PI-001)") {
    CHECK_FOUTEN(
        partij(persoon(identificatoren(item("natuurlijk_persoon", "bsn", "999993653", "Brp") +
                                       R"(,{"anderePartijIdentificator":"x"})"))),
        {"partijIdentificatoren.0.partijIdentificator.codeRegister", "invalid_choice",
         "\"Brp\" is een ongeldige keuze."},
        {"partijIdentificatoren.1.partijIdentificator", "required", kVereist});
  }
  SUBCASE("KI-PA-009 fail: cross-field errors of several items, flat names (§0.1 C.9)") {
    CHECK_FOUTEN(partij(persoon(
                     identificatoren(bsn("123456789") + "," + kvk("69599084") + "," +
                                     item("natuurlijk_persoon", "bsn", "999993653", "hr") + "," +
                                     item("vestiging", "vestigingsnummer", "000038509490", "hr")))),
                 {"partijIdentificatoren.0.partijIdentificatorObjectId", "invalid", kOnjuistBsn},
                 {"partijIdentificatoren.2.partijIdentificatorCodeObjecttype", "invalid",
                  "voor `codeRegister` hr zijn alleen deze waarden toegestaan: "
                  "['vestiging', 'niet_natuurlijk_persoon']"},
                 {"partijIdentificatoren.3.subIdentificatorVan", "invalid", kSubVerplicht});
  }
  SUBCASE("KI-PA-009 (§0.4): item errors come with the other field errors, in field order") {
    CHECK_FOUTEN(partij(R"({"nummer":"P-1")" + identificatoren(bsn("123456789")) +
                        R"(,"soortPartij":"persoon","voorkeurstaal":"nederlands"})"),
                 {"nummer", "invalid", "Voer een geldig geheel getal in."},
                 {"partijIdentificatoren.0.partijIdentificatorObjectId", "invalid", kOnjuistBsn},
                 {"voorkeurstaal", "max_length", kTaalTeLang},
                 {"indicatieActief", "required", kVereist});
  }
}

TEST_CASE("KI-PA-011: Partij.nummer is an integer text") {
  SUBCASE("KI-PA-011 pass") {
    CHECK_FOUTEN(partij(persoon(R"(,"nummer":"0000000042")")));
    CHECK_FOUTEN(partij(persoon(R"(,"nummer":null)")));
  }
  SUBCASE("KI-PA-011 fail") {
    CHECK_FOUTEN(partij(persoon(R"(,"nummer":"P-0000042")")),
                 {"nummer", "invalid", "Voer een geldig geheel getal in."});
  }
}

TEST_CASE("KI-PA-012: no cross-check between soortPartij and the identificatoren or the detail") {
  SUBCASE("KI-PA-012: a persoon may carry a kvk_nummer identificator") {
    CHECK_FOUTEN(partij(persoon(identificatoren(kvk("69599084")))));
  }
  SUBCASE("KI-PA-012: detail keys of another kind are ignored") {
    CHECK_FOUTEN(
        partij(R"({"soortPartij":"organisatie","indicatieActief":true,)"
               R"("partijIdentificatie":{"naam":"Gemeente Utrecht","contactnaam":"geen object",)"
               R"("werkteVoorPartij":"geen object"}})"));
    CHECK_FOUTEN(partij(persoon(R"(,"partijIdentificatie":{"naam":true,)"
                                R"("contactnaam":{"voornaam":"Jan","achternaam":"Jansen"}})")));
  }
}

TEST_CASE("KI-PA-013: indicatieActief false is accepted (NOT ENFORCED)") {
  const std::string inactief = R"({"soortPartij":"persoon","indicatieActief":false})";
  SUBCASE("KI-PA-013 default profile") { CHECK_FOUTEN(partij(inactief)); }
  SUBCASE("KI-PA-013 strict profile adds no check") {
    CHECK_FOUTEN(fouten<Partij>(inactief, ki::test::strict()));
  }
}

TEST_CASE("KI-PA-014: a voorkeur without its list") {
  SUBCASE("KI-PA-014 fail: POST without digitaleAdressen") {
    CHECK_FOUTEN(partij(persoon(R"(,"voorkeursDigitaalAdres":)" + ref(kAdresA))),
                 {"voorkeursDigitaalAdres", "invalid", ""});
  }
  SUBCASE("KI-PA-014 fail: POST with digitaleAdressen null") {
    CHECK_FOUTEN(
        partij(persoon(R"(,"digitaleAdressen":null,"voorkeursDigitaalAdres":)" + ref(kAdresA))),
        {"voorkeursDigitaalAdres", "invalid", ""});
  }
  SUBCASE("KI-PA-014 fail: POST voorkeursRekeningnummer without rekeningnummers") {
    CHECK_FOUTEN(partij(persoon(R"(,"voorkeursRekeningnummer":)" + ref(kRekeningA))),
                 {"voorkeursRekeningnummer", "invalid", ""});
    CHECK_FOUTEN(
        partij(persoon(R"(,"rekeningnummers":null,"voorkeursRekeningnummer":)" + ref(kRekeningA))),
        {"voorkeursRekeningnummer", "invalid", ""});
  }
  SUBCASE("KI-PA-014 fail: PUT without digitaleAdressen (a server error in Open Klant)") {
    CHECK_FOUTEN(partij(persoon(R"(,"voorkeursDigitaalAdres":)" + ref(kAdresA)), Modus::update),
                 {"voorkeursDigitaalAdres", "invalid", ""});
  }
  SUBCASE("KI-PA-014 pass: with the list, or a null voorkeur") {
    CHECK_FOUTEN(
        partij(persoon(R"(,"voorkeursDigitaalAdres":null,"voorkeursRekeningnummer":null)")));
    CHECK_FOUTEN(partij(persoon(R"(,"rekeningnummers":[)" + ref(kRekeningA) +
                                R"(],"voorkeursRekeningnummer":)" + ref(kRekeningA))));
  }
  SUBCASE("KI-PA-014 pass: PATCH without the list (the stored list counts)") {
    CHECK_FOUTEN(partij(R"({"voorkeursDigitaalAdres":)" + ref(kAdresA) + "}", Modus::partial));
  }
}

TEST_CASE("KI-PI-013: identical identificatoren in one Partij request") {
  SUBCASE("KI-PI-013 pass: different identificatoren") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653") + "," + kvk("69599084")))));
  }
  SUBCASE("KI-PI-013 fail: the same BSN twice also violates KI-PI-015; both, 013 first") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653") + "," + bsn("999993653")))),
                 {"__all__", "invalid", kNietUniek}, {"__all__", "invalid", kSoortNietUniek});
  }
  SUBCASE("KI-PI-013 fail: identical after trimming") {
    CHECK_FOUTEN(partij(persoon(identificatoren(kvk("69599084") + "," + kvk(" 69599084 ")))),
                 {"__all__", "invalid", kNietUniek}, {"__all__", "invalid", kSoortNietUniek});
  }
}

TEST_CASE("KI-PI-014: the same vestigingsnummer twice under one KvK") {
  SUBCASE("KI-PI-014 fail: same parent (uuids compared as values)") {
    CHECK_FOUTEN(
        partij(R"({"soortPartij":"organisatie","indicatieActief":true)" +
               identificatoren(vestiging("000038509490", kKvkOuderA) + "," +
                               vestiging("000038509490", "5F1D2C3B-4A59-4E68-8B7A-6C5D4E3F2A10")) +
               "}"),
        {"__all__", "invalid", kNietUniek}, {"__all__", "invalid", kSoortNietUniek});
  }
  SUBCASE("KI-PI-014 pass: under different parents (only KI-PI-015 remains)") {
    CHECK_FOUTEN(partij(R"({"soortPartij":"organisatie","indicatieActief":true)" +
                        identificatoren(vestiging("000038509490", kKvkOuderA) + "," +
                                        vestiging("000038509490", kKvkOuderB)) +
                        "}"),
                 {"__all__", "invalid", kSoortNietUniek});
  }
}

TEST_CASE("KI-PI-015: one codeSoortObjectId per partij, also between the items of one request") {
  SUBCASE("KI-PI-015 pass: bsn and kvk_nummer") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("111222333") + "," + kvk("12345678")))));
  }
  SUBCASE("KI-PI-015 fail: two different valid BSNs") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653") + "," + bsn("111222333")))),
                 {"__all__", "invalid", kSoortNietUniek});
  }
  SUBCASE("KI-PI-015 fail: on PUT too") {
    CHECK_FOUTEN(
        partij(persoon(identificatoren(kvk("69599084") + "," + kvk("12345678"))), Modus::update),
        {"__all__", "invalid", kSoortNietUniek});
  }
}

TEST_CASE("KI-PI-013..015 (§0.4 phase 4): items stored in order; the first failing item stops") {
  SUBCASE("KI-PI-013 only the second item's errors, never under the list") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653") + "," + bsn("999993653") + "," +
                                                kvk("69599084") + "," + kvk("69599084")))),
                 {"__all__", "invalid", kNietUniek}, {"__all__", "invalid", kSoortNietUniek});
  }
  SUBCASE("KI-PI-015 on a later item") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653") + "," + kvk("69599084") + "," +
                                                kvk("12345678") + "," + bsn("111222333")))),
                 {"__all__", "invalid", kSoortNietUniek});
  }
  SUBCASE("KI-PI-013..015 run after KI-PA-001") {
    CHECK_FOUTEN(
        partij(persoon(R"(,"digitaleAdressen":[],"voorkeursDigitaalAdres":)" + ref(kAdresA) +
                       identificatoren(bsn("999993653") + "," + bsn("999993653")))),
        {"voorkeursDigitaalAdres", "invalid", kAdresNietGelinkt});
  }
  SUBCASE("KI-PI-013..015 run after the detail") {
    CHECK_FOUTEN(partij(persoon(identificatoren(bsn("999993653") + "," + bsn("999993653")) +
                                R"(,"partijIdentificatie":{"contactnaam":"Jan"})")),
                 {"partijIdentificatie.contactnaam.nonFieldErrors", "invalid", kGeenObject});
  }
}

TEST_CASE("§0.4 polymorphism: partijIdentificatie is checked only when the base fields pass") {
  const std::string fout_detail = R"(,"partijIdentificatie":{"contactnaam":"Jan"})";
  SUBCASE("the detail alone") {
    CHECK_FOUTEN(partij(persoon(fout_detail)),
                 {"partijIdentificatie.contactnaam.nonFieldErrors", "invalid", kGeenObject});
  }
  SUBCASE("a base-field error hides the detail error") {
    CHECK_FOUTEN(partij(persoon(fout_detail + R"(,"voorkeurstaal":"nederlands")")),
                 {"voorkeurstaal", "max_length", kTaalTeLang});
    CHECK_FOUTEN(partij(persoon(fout_detail + identificatoren(bsn("123456789")))),
                 {"partijIdentificatoren.0.partijIdentificatorObjectId", "invalid", kOnjuistBsn});
  }
  SUBCASE("an invalid soortPartij: the detail is not checked") {
    CHECK_FOUTEN(partij(R"({"soortPartij":"Persoon","indicatieActief":true)" + fout_detail + "}"),
                 {"soortPartij", "invalid_choice", "\"Persoon\" is een ongeldige keuze."});
  }
  SUBCASE("valid details of each kind") {
    CHECK_FOUTEN(partij(
        persoon(R"(,"partijIdentificatie":{"contactnaam":{"voorletters":"J.","voornaam":"Jan",)"
                R"("voorvoegselAchternaam":"van","achternaam":"Dijk"}})")));
    CHECK_FOUTEN(partij(R"({"soortPartij":"organisatie","indicatieActief":true,)"
                        R"("partijIdentificatie":{"naam":"Bakkerij De Gouden Korrel"}})"));
    CHECK_FOUTEN(partij(R"({"soortPartij":"contactpersoon","indicatieActief":true,)"
                        R"("partijIdentificatie":{"contactnaam":null,"werkteVoorPartij":)" +
                        ref(kOrganisatie) + "}}"));
  }
  SUBCASE("null is rejected (KI-GEN-025)") {
    CHECK_FOUTEN(partij(persoon(R"(,"partijIdentificatie":null)")),
                 {"partijIdentificatie", "null", kLeeg});
  }
  SUBCASE("PATCH without soortPartij ignores partijIdentificatie") {
    CHECK_FOUTEN(partij(R"({"partijIdentificatie":{"contactnaam":"Jan"}})", Modus::partial));
    CHECK_FOUTEN(partij(R"({"soortPartij":"persoon","partijIdentificatie":{"contactnaam":"Jan"}})",
                        Modus::partial),
                 {"partijIdentificatie.contactnaam.nonFieldErrors", "invalid", kGeenObject});
  }
}

TEST_CASE("KI-VNG-007 voorkeurstaal: no code-list check by default, strict_taalcode when strict") {
  const std::string nl = persoon(R"(,"voorkeurstaal":"nl")");
  SUBCASE("KI-VNG-007 default profile accepts any text of at most 3") {
    CHECK_FOUTEN(partij(nl));
    CHECK_FOUTEN(partij(persoon(R"(,"voorkeurstaal":"ndl")")));
  }
  SUBCASE("KI-VNG-007 strict profile wants an ISO 639-2 code") {
    CHECK_FOUTEN(fouten<Partij>(nl, ki::test::strict()), {"voorkeurstaal", "strict_taalcode", ""});
    CHECK_FOUTEN(fouten<Partij>(persoon(R"(,"voorkeurstaal":"nld")"), ki::test::strict()));
    CHECK_FOUTEN(fouten<Partij>(persoon(R"(,"voorkeurstaal":"")"), ki::test::strict()));
  }
}
