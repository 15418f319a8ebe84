// KI-AC: Actor on POST/PUT/PATCH /actoren (validation.md §9, §0.4): the
// polymorphic actorIdentificatie and its details. KI-AC-001 (ActorKlantcontact
// uniqueness) needs stored data; ActorKlantcontact's own fields are in
// test_validate_overig.cpp.

#include <doctest/doctest.h>

#include <string>

#include "validate_helpers.hpp"

using ki::Actor;
using ki::rules::Modus;
using ki::test::fouten;
using ki::test::opties;
using namespace ki::test::teksten;

namespace {

// An actor of the given soort with `extra` (starts with a comma, or empty).
std::string actor(const std::string& soort, const std::string& extra = "") {
  return R"({"naam":"Fatima el Amrani","soortActor":")" + soort + "\"" + extra + "}";
}
std::string detail(const std::string& json) { return R"(,"actorIdentificatie":)" + json; }

ki::InvalidParams ac(const std::string& json, Modus modus = Modus::create) {
  return fouten<Actor>(json, opties(modus));
}

}  // namespace

TEST_CASE("KI-AC-002: actorIdentificatie follows soortActor") {
  SUBCASE("KI-AC-002 pass: the spec's medewerker") {
    CHECK_FOUTEN(
        ac(actor("medewerker", detail(R"({"functie":"KCC","telefoonnummer":"0612345678"})"))));
  }
  SUBCASE("KI-AC-002 fail: the medewerker schema applies") {
    CHECK_FOUTEN(ac(actor("medewerker", detail(R"({"functie":"KCC"})"))),
                 {"actorIdentificatie.telefoonnummer", "required", kVereist});
  }
  SUBCASE("KI-AC-002 pass: optional; {} for an organisatorische eenheid") {
    CHECK_FOUTEN(ac(actor("medewerker")));
    CHECK_FOUTEN(ac(actor("organisatorische_eenheid", detail("{}"))));
  }
  SUBCASE("KI-AC-002 pass: keys of other kinds are ignored") {
    CHECK_FOUTEN(ac(actor("geautomatiseerde_actor",
                          detail(R"({"functie":"scanstraat","telefoonnummer":"geen nummer",)"
                                 R"("emailadres":"geen e-mail"})"))));
    CHECK_FOUTEN(
        ac(actor("medewerker", detail(R"({"functie":"Klantadviseur","telefoonnummer":"0612345678",)"
                                      R"("faxnummer":true,"omschrijving":["x"]})"))));
  }
  SUBCASE("KI-AC-002 fail: null and non-objects") {
    CHECK_FOUTEN(ac(actor("organisatorische_eenheid", detail("null"))),
                 {"actorIdentificatie", "null", kLeeg});
    CHECK_FOUTEN(ac(actor("organisatorische_eenheid", detail(R"("Afdeling Burgerzaken")"))),
                 {"actorIdentificatie.nonFieldErrors", "invalid", kGeenObject});
  }
  SUBCASE("KI-AC-002 (§0.4): a base-field error hides the detail error") {
    CHECK_FOUTEN(
        ac(R"({"naam":"","soortActor":"medewerker","actorIdentificatie":{"functie":"KCC"}})"),
        {"naam", "blank", kLeeg});
    CHECK_FOUTEN(
        ac(actor("medewerker", R"(,"indicatieActief":"misschien")" + detail(R"({"functie":""})"))),
        {"indicatieActief", "invalid", "Must be a valid boolean."});
  }
  SUBCASE("KI-AC-002: an invalid or missing soortActor: the detail is not checked") {
    CHECK_FOUTEN(ac(actor("Medewerker", detail(R"({"functie":"KCC"})"))),
                 {"soortActor", "invalid_choice", "\"Medewerker\" is een ongeldige keuze."});
    CHECK_FOUTEN(ac(R"({"naam":"Fatima el Amrani","actorIdentificatie":{"functie":"KCC"}})"),
                 {"soortActor", "required", kVereist});
    CHECK_FOUTEN(ac(R"({"actorIdentificatie":{"functie":"KCC"}})", Modus::partial));
  }
  SUBCASE("KI-AC-002: PATCH with soortActor checks the detail") {
    CHECK_FOUTEN(
        ac(R"({"soortActor":"medewerker","actorIdentificatie":{"functie":"KCC"}})", Modus::partial),
        {"actorIdentificatie.telefoonnummer", "required", kVereist});
  }
}

TEST_CASE("KI-AC-003: Medewerker functie and telefoonnummer are required and non-blank") {
  SUBCASE("KI-AC-003 pass") {
    CHECK_FOUTEN(ac(actor("medewerker", detail(R"({"functie":"Klantadviseur","emailadres":"",)"
                                               R"("telefoonnummer":"0201234567"})"))));
  }
  SUBCASE("KI-AC-003 fail: required") {
    CHECK_FOUTEN(ac(actor("medewerker", detail("{}"))),
                 {"actorIdentificatie.functie", "required", kVereist},
                 {"actorIdentificatie.telefoonnummer", "required", kVereist});
  }
  SUBCASE("KI-AC-003 fail: blank") {
    CHECK_FOUTEN(ac(actor("medewerker", detail(R"({"functie":"  ","telefoonnummer":""})"))),
                 {"actorIdentificatie.functie", "blank", kLeeg},
                 {"actorIdentificatie.telefoonnummer", "blank", kLeeg});
  }
}

TEST_CASE("KI-AC-004: GeautomatiseerdeActor functie is required, non-blank, at most 40") {
  SUBCASE("KI-AC-004 pass") {
    CHECK_FOUTEN(ac(actor("geautomatiseerde_actor", detail(R"({"functie":"scanstraat"})"))));
    CHECK_FOUTEN(ac(actor("geautomatiseerde_actor",
                          detail(R"({"functie":")" + std::string(40, 'f') + R"("})"))));
  }
  SUBCASE("KI-AC-004 fail") {
    CHECK_FOUTEN(ac(actor("geautomatiseerde_actor", detail(R"({"functie":""})"))),
                 {"actorIdentificatie.functie", "blank", kLeeg});
    CHECK_FOUTEN(ac(actor("geautomatiseerde_actor", detail(R"({"omschrijving":"Chatbot"})"))),
                 {"actorIdentificatie.functie", "required", kVereist});
    CHECK_FOUTEN(ac(actor("geautomatiseerde_actor",
                          detail(R"({"functie":")" + std::string(41, 'f') + R"("})"))),
                 {"actorIdentificatie.functie", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 40 karakters bevat."});
  }
}

TEST_CASE("KI-AC-005: telefoonnummer and emailadres of Medewerker and OrganisatorischeEenheid") {
  SUBCASE("KI-AC-005 pass") {
    CHECK_FOUTEN(ac(
        actor("medewerker", detail(R"({"functie":"Klantadviseur","emailadres":"phil@bozeman.com",)"
                                   R"("telefoonnummer":"+31612345678"})"))));
    CHECK_FOUTEN(ac(
        actor("organisatorische_eenheid", detail(R"({"omschrijving":"Burgerzaken","emailadres":"",)"
                                                 R"("faxnummer":"","telefoonnummer":""})"))));
  }
  SUBCASE("KI-AC-005 fail: medewerker telefoonnummer (KI-TEL-002, VNG F5592 example)") {
    CHECK_FOUTEN(ac(actor("medewerker",
                          detail(R"({"functie":"Klantadviseur","telefoonnummer":"0340-232221"})"))),
                 {"actorIdentificatie.telefoonnummer", "invalid", kTelefoon});
  }
  SUBCASE("KI-AC-005 fail: all detail errors together, in field order") {
    CHECK_FOUTEN(
        ac(actor("medewerker",
                 detail(R"({"functie":"","emailadres":"phil@","telefoonnummer":"0900123456"})"))),
        {"actorIdentificatie.functie", "blank", kLeeg},
        {"actorIdentificatie.emailadres", "invalid", kEmail},
        {"actorIdentificatie.telefoonnummer", "invalid", kTelefoonPrefix});
  }
  SUBCASE("KI-AC-005 fail: organisatorische eenheid telefoonnummer and emailadres") {
    CHECK_FOUTEN(
        ac(actor(
            "organisatorische_eenheid",
            detail(R"({"emailadres":"burgerzaken@gemeente","telefoonnummer":"030 286 0000"})"))),
        {"actorIdentificatie.emailadres", "invalid", kEmail},
        {"actorIdentificatie.telefoonnummer", "invalid", kTelefoon});
  }
  SUBCASE("KI-AC-005 pass: faxnummer has no format check") {
    CHECK_FOUTEN(ac(actor("organisatorische_eenheid", detail(R"({"faxnummer":"0340-232221"})"))));
  }
}

TEST_CASE("KI-AC-006: an inactive actor is accepted (NOT ENFORCED)") {
  const std::string inactief = actor("medewerker", R"(,"indicatieActief":false)");
  SUBCASE("KI-AC-006 default profile") { CHECK_FOUTEN(ac(inactief)); }
  SUBCASE("KI-AC-006 strict profile adds no check") {
    CHECK_FOUTEN(fouten<Actor>(inactief, ki::test::strict()));
  }
}

TEST_CASE("KI-AC-007: actoridentificator is free text of at most 200 per key") {
  SUBCASE("KI-AC-007 pass: no code lists") {
    CHECK_FOUTEN(ac(actor(
        "medewerker", R"(,"actoridentificator":{"codeRegister":"12","objectId":"999990019"})")));
    CHECK_FOUTEN(ac(actor("medewerker",
                          R"(,"actoridentificator":{"objectId":"E123456","codeObjecttype":"mdw",)"
                          R"("codeRegister":"personeelssysteem","codeSoortObjectId":"pnr"})")));
    CHECK_FOUTEN(ac(actor("medewerker", R"(,"actoridentificator":null)")));
  }
  SUBCASE("KI-AC-007 fail: length and type") {
    CHECK_FOUTEN(ac(actor("medewerker", R"(,"actoridentificator":{"objectId":")" +
                                            std::string(201, '9') + R"(","codeRegister":true})")),
                 {"actoridentificator.objectId", "max_length",
                  "Zorg ervoor dat dit veld niet meer dan 200 karakters bevat."},
                 {"actoridentificator.codeRegister", "invalid", kGeenTekst});
  }
}
