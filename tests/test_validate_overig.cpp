// Vertegenwoordigden (KI-VT), CategorieRelatie (KI-CR), Onderwerpobject and
// Bijlage (KI-OO), ActorKlantcontact: validation.md §14, §9 — every rule that
// needs no stored data (KI-VT-001 and KI-AC-001 need it).

#include <doctest/doctest.h>

#include <string>

#include "validate_helpers.hpp"

using ki::rules::Modus;
using ki::test::fouten;
using ki::test::opties;
using namespace ki::test::teksten;

namespace {

const std::string kPartijA = "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2";
const std::string kPartijB = "3b0f3a1c-8d2e-4c6b-9a41-0d5f2e7c9b13";
const std::string kKlantcontact = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8";
const std::string kActor = "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e";
const std::string kCategorie = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";

const std::string kZichzelf = "De partij kan niet zichzelf vertegenwoordigen.";
const std::string kTeLang200 = "Zorg ervoor dat dit veld niet meer dan 200 karakters bevat.";

std::string ref(const std::string& uuid) { return R"({"uuid":")" + uuid + R"("})"; }

std::string vertegenwoordiging(const std::string& vertegenwoordigende,
                               const std::string& vertegenwoordigde) {
  return R"({"vertegenwoordigendePartij":{"uuid":")" + vertegenwoordigende +
         R"("},"vertegenwoordigdePartij":{"uuid":")" + vertegenwoordigde + R"("}})";
}

ki::InvalidParams vt(const std::string& json, Modus modus = Modus::create) {
  return fouten<ki::Vertegenwoordigden>(json, opties(modus));
}

}  // namespace

TEST_CASE("KI-VT-002: a partij cannot represent itself") {
  SUBCASE("KI-VT-002 pass: A represents B") {
    CHECK_FOUTEN(vt(vertegenwoordiging(kPartijA, kPartijB)));
    CHECK_FOUTEN(vt(vertegenwoordiging(kPartijA, kPartijB), Modus::update));
  }
  SUBCASE("KI-VT-002 fail: A represents A") {
    CHECK_FOUTEN(vt(vertegenwoordiging(kPartijA, kPartijA)),
                 {"vertegenwoordigdePartij", "invalid", kZichzelf});
    CHECK_FOUTEN(vt(vertegenwoordiging(kPartijA, kPartijA), Modus::update),
                 {"vertegenwoordigdePartij", "invalid", kZichzelf});
    CHECK_FOUTEN(vt(vertegenwoordiging(kPartijA, kPartijA), Modus::partial),
                 {"vertegenwoordigdePartij", "invalid", kZichzelf});
  }
  SUBCASE("KI-VT-002 fail: the same uuid in another letter case or notation (P-14)") {
    CHECK_FOUTEN(vt(vertegenwoordiging(kPartijA, "E8203B1B-F9E1-4FA1-96CE-2BCF36E061C2")),
                 {"vertegenwoordigdePartij", "invalid", kZichzelf});
    CHECK_FOUTEN(vt(vertegenwoordiging(kPartijA, "e8203b1bf9e14fa196ce2bcf36e061c2")),
                 {"vertegenwoordigdePartij", "invalid", kZichzelf});
    CHECK_FOUTEN(vt(vertegenwoordiging("urn:uuid:" + kPartijA, "{" + kPartijA + "}")),
                 {"vertegenwoordigdePartij", "invalid", kZichzelf});
  }
  SUBCASE("KI-VT-002 (§0.4): an object-level rule, only when the fields passed") {
    CHECK_FOUTEN(vt(R"({"vertegenwoordigendePartij":{"uuid":")" + kPartijA + R"("}})"),
                 {"vertegenwoordigdePartij", "required", kVereist});
    CHECK_FOUTEN(
        vt(R"({"vertegenwoordigdePartij":{"uuid":")" + kPartijA + R"("}})", Modus::partial));
  }
}

TEST_CASE("KI-CR-001: beginDatum may be omitted or null on create (server date)") {
  using ki::CategorieRelatie;
  SUBCASE("KI-CR-001 omitted") {
    CHECK_FOUTEN(fouten<CategorieRelatie>(R"({"partij":)" + ref(kPartijA) + R"(,"categorie":)" +
                                          ref(kCategorie) + "}"));
  }
  SUBCASE("KI-CR-001 null, also on PUT") {
    const std::string b = R"({"partij":)" + ref(kPartijA) + R"(,"categorie":)" + ref(kCategorie) +
                          R"(,"beginDatum":null,"eindDatum":null})";
    CHECK_FOUTEN(fouten<CategorieRelatie>(b));
    CHECK_FOUTEN(fouten<CategorieRelatie>(b, opties(Modus::update)));
  }
}

TEST_CASE("KI-CR-002: no ordering or overlap check; partij and categorie optional (NOT ENFORCED)") {
  using ki::CategorieRelatie;
  SUBCASE("KI-CR-002 pass: an ordinary period") {
    CHECK_FOUTEN(
        fouten<CategorieRelatie>(R"({"beginDatum":"2024-01-11","eindDatum":"2024-01-12"})"));
  }
  SUBCASE("KI-CR-002: eindDatum before beginDatum is accepted, also by the strict profile") {
    const std::string b = R"({"beginDatum":"2024-02-01","eindDatum":"2024-01-01"})";
    CHECK_FOUTEN(fouten<CategorieRelatie>(b));
    CHECK_FOUTEN(fouten<CategorieRelatie>(b, ki::test::strict()));
  }
  SUBCASE("KI-CR-002: POST {}") { CHECK_FOUTEN(fouten<CategorieRelatie>("{}")); }
}

TEST_CASE("KI-OO-001: identificator groups are free text of at most 200 per key") {
  using ki::Bijlage;
  using ki::Onderwerpobject;
  SUBCASE("KI-OO-001 pass: the spec's onderwerpobjectidentificator, no code lists") {
    CHECK_FOUTEN(fouten<Onderwerpobject>(
        R"({"klantcontact":)" + ref(kKlantcontact) +
        R"(,"onderwerpobjectidentificator":{"codeObjecttype":"zaak","codeSoortObjectId":"uuid",)"
        R"("objectId":"c4b5e2a1-7d3f-4e8a-9b6c-0d1e2f3a4b5c","codeRegister":"open-zaak"}})"));
    CHECK_FOUTEN(fouten<Bijlage>(
        R"({"bijlageidentificator":{"codeObjecttype":"document","codeSoortObjectId":"url",)"
        R"("objectId":"https://documenten.gemeente.nl/api/v1/enkelvoudiginformatieobjecten/42",)"
        R"("codeRegister":"drc"},"wasBijlageVanKlantcontact":)" +
        ref(kKlantcontact) + "}"));
    CHECK_FOUTEN(fouten<Onderwerpobject>(R"({"onderwerpobjectidentificator":null})"));
  }
  SUBCASE("KI-OO-001 fail: not a string (OK-test: objectId true)") {
    CHECK_FOUTEN(fouten<Onderwerpobject>(R"({"onderwerpobjectidentificator":{"objectId":true}})"),
                 {"onderwerpobjectidentificator.objectId", "invalid", kGeenTekst});
    CHECK_FOUTEN(fouten<Bijlage>(R"({"bijlageidentificator":{"codeRegister":["drc"]}})"),
                 {"bijlageidentificator.codeRegister", "invalid", kGeenTekst});
  }
  SUBCASE("KI-OO-001 fail: longer than 200") {
    CHECK_FOUTEN(
        fouten<Onderwerpobject>(R"({"onderwerpobjectidentificator":{"codeSoortObjectId":")" +
                                std::string(201, 'z') + R"("}})"),
        {"onderwerpobjectidentificator.codeSoortObjectId", "max_length", kTeLang200});
    CHECK_FOUTEN(fouten<Bijlage>(R"({"bijlageidentificator":{"objectId":")" +
                                 std::string(201, '1') + R"("}})"),
                 {"bijlageidentificator.objectId", "max_length", kTeLang200});
  }
}

TEST_CASE("KI-OO-002: the klantcontact references are all optional") {
  SUBCASE("KI-OO-002 Onderwerpobject {}") {
    CHECK_FOUTEN(fouten<ki::Onderwerpobject>("{}"));
    CHECK_FOUTEN(fouten<ki::Onderwerpobject>(R"({"klantcontact":null,"wasKlantcontact":null})"));
  }
  SUBCASE("KI-OO-002 Bijlage {}") {
    CHECK_FOUTEN(fouten<ki::Bijlage>("{}"));
    CHECK_FOUTEN(fouten<ki::Bijlage>(R"({"wasBijlageVanKlantcontact":null})"));
  }
}

TEST_CASE("ActorKlantcontact: actor and klantcontact are required (KI-GEN-001, KI-GEN-015)") {
  using ki::ActorKlantcontact;
  SUBCASE("pass") {
    CHECK_FOUTEN(fouten<ActorKlantcontact>(R"({"actor":)" + ref(kActor) + R"(,"klantcontact":)" +
                                           ref(kKlantcontact) + "}"));
  }
  SUBCASE("fail: both missing") {
    CHECK_FOUTEN(fouten<ActorKlantcontact>("{}"), {"actor", "required", kVereist},
                 {"klantcontact", "required", kVereist});
  }
  SUBCASE("fail: not a reference object") {
    CHECK_FOUTEN(fouten<ActorKlantcontact>(R"({"actor":")" + kActor + R"(","klantcontact":)" +
                                           ref(kKlantcontact) + "}"),
                 {"actor.nonFieldErrors", "invalid",
                  "Ongeldige data. Verwacht een dictionary, kreeg een str."});
  }
  SUBCASE("PATCH may send one of them") {
    CHECK_FOUTEN(
        fouten<ActorKlantcontact>(R"({"actor":)" + ref(kActor) + "}", opties(Modus::partial)));
  }
}
